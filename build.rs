//! Marks the PostgreSQL variants of the integration tests as ignored unless
//! `TEST_DATABASE_URL` names a server, so that `cargo test` reports them as
//! skipped instead of passing without running.

fn main() {
    println!("cargo::rerun-if-env-changed=TEST_DATABASE_URL");
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    let configured = std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.trim().is_empty());
    if configured {
        println!("cargo::rustc-cfg=postgres_tests");
    }
}
