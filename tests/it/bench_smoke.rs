//! The benchmark suite in its smoke mode (tiny sizes, a few seconds a
//! step), so that it keeps working. The real run is `bash bench/run.sh`.

use std::io::Write;
use std::process::Command;

#[test]
fn the_benchmark_runs_in_smoke_mode() {
    let missing: Vec<&str> = ["wrk", "nginx", "curl", "python3"]
        .into_iter()
        .filter(|tool| {
            !Command::new("sh")
                .args(["-c", &format!("command -v {tool}")])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(
            std::io::stderr(),
            "NOTE: benchmark smoke test SKIPPED ({} not installed)",
            missing.join(", ")
        );
        return;
    }
    let pg = crate::common::test_database_url().unwrap_or_else(|| "none".into());
    let out = Command::new("bash")
        .args(["bench/run.sh", "--smoke"])
        // None of the developer's settings reach the servers it starts.
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("BIN", env!("CARGO_BIN_EXE_undersigned"))
        .env("CEILING", "0")
        .env("BENCH_DATABASE_URL", pg)
        .output()
        .expect("run bench/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("### sqlite") && stdout.contains("bench: ok"),
        "{stdout}"
    );
    assert!(stdout.contains("signatures/s"));
}
