//! Marks tests that need what a bare machine lacks as ignored, so that
//! `cargo test` reports them as skipped instead of passing without running:
//!
//! - the PostgreSQL variants, unless `TEST_DATABASE_URL` names a server;
//! - the browser tests, unless Chromium, chromedriver and axe-core
//!   (`npm ci --prefix tests/browser`) are there, or
//!   `UNDERSIGNED_BROWSER_TESTS=require` asks for them whatever is there
//!   (then they fail when something is missing).

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-env-changed=TEST_DATABASE_URL");
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    let configured = std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.trim().is_empty());
    if configured {
        println!("cargo::rustc-cfg=postgres_tests");
    }

    let axe = "tests/browser/node_modules/axe-core/axe.min.js";
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
    let driver = "/usr/bin/chromedriver";
    println!("cargo::rerun-if-env-changed=UNDERSIGNED_BROWSER_TESTS");
    // Folders, which exist, rather than the files, which may not (a
    // missing file would rerun this script on every build).
    println!("cargo::rerun-if-changed=/usr/bin");
    println!("cargo::rerun-if-changed=tests/browser");
    println!("cargo::rustc-check-cfg=cfg(browser_tests)");
    let required = std::env::var("UNDERSIGNED_BROWSER_TESTS").as_deref() == Ok("require");
    let present = chromium.iter().any(|p| Path::new(p).exists())
        && Path::new(driver).exists()
        && Path::new(axe).exists();
    if required || present {
        println!("cargo::rustc-cfg=browser_tests");
    }
}
