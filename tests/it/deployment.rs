//! The deployment recipes stay true to the code: the container build reads
//! everything the binary is built from and builds it the way CI does, the
//! README shows the commands, and the systemd unit passes systemd's own
//! check where systemd is installed.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The first path segment of every folder or file the build reads outside
/// `src/`: embedded folders, migrations, translations, build script.
fn build_inputs() -> Vec<String> {
    let mut inputs = vec!["Cargo.toml".to_string(), "Cargo.lock".into(), "src".into()];
    if Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("build.rs")
        .exists()
    {
        inputs.push("build.rs".into());
    }
    let mut sources = Vec::new();
    collect(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    for text in sources {
        for marker in ["#[folder = \"", "embed_migrations!(\"", "locales: \""] {
            for part in text.split(marker).skip(1) {
                let path = part.split('"').next().unwrap_or("");
                let top = path
                    .trim_start_matches("./")
                    .split('/')
                    .next()
                    .unwrap_or("");
                if !top.is_empty() && !inputs.iter().any(|i| i == top) {
                    inputs.push(top.to_string());
                }
            }
        }
    }
    // Cargo needs the files of every declared target, built or not.
    let manifest = read("Cargo.toml");
    for line in manifest.lines() {
        if let Some(path) = line.trim().strip_prefix("path = \"") {
            let top = path.split('/').next().unwrap_or("").trim_end_matches('"');
            if !top.is_empty() && !inputs.iter().any(|i| i == top) {
                inputs.push(top.to_string());
            }
        }
    }
    inputs
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).expect("read"));
        }
    }
}

#[test]
fn the_container_build_copies_everything_the_binary_is_built_from() {
    let dockerfile = read("Dockerfile");
    let copied: Vec<&str> = dockerfile
        .lines()
        .filter_map(|l| l.trim().strip_prefix("COPY "))
        .filter(|l| !l.starts_with("--from"))
        .flat_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            words[..words.len().saturating_sub(1)].to_vec()
        })
        .collect();
    let inputs = build_inputs();
    assert!(inputs.iter().any(|i| i == "templates") && inputs.iter().any(|i| i == "migrations"));
    for input in &inputs {
        assert!(
            copied.contains(&input.as_str()),
            "the Dockerfile does not copy {input} (copies {copied:?})"
        );
    }
}

#[test]
fn the_container_builds_the_binary_with_the_command_ci_runs() {
    let command = "cargo build --release --locked --bin undersigned";
    assert!(read("Dockerfile").contains(command), "Dockerfile");
    assert!(read(".ci/run").contains(command), ".ci/run");
}

#[test]
fn the_readme_shows_how_to_deploy() {
    let readme = read("README.md");
    for needle in [
        "docker build -t undersigned .",
        "docker compose up -d",
        "deploy/",
    ] {
        assert!(readme.contains(needle), "README lacks {needle:?}");
    }
    assert!(read("Dockerfile").contains("docker build -t undersigned ."));
    assert!(read("compose.yaml").contains("build: ."));
}

#[test]
fn the_systemd_unit_passes_systemd_analyze() {
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v systemd-analyze"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("NOTE: systemd-analyze not installed; systemd unit check SKIPPED");
        return;
    }
    // The unit names the installed binary; point a copy at the one built.
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = read("deploy/undersigned.service").replace(
        "/usr/local/bin/undersigned",
        env!("CARGO_BIN_EXE_undersigned"),
    );
    let path = dir.path().join("undersigned.service");
    std::fs::write(&path, unit).expect("write unit");
    let out = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .expect("run systemd-analyze");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Lines about the machine (no running systemd in a container) are not
    // about the unit.
    let about_unit: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("undersigned.service"))
        .collect();
    assert!(
        out.status.success() && about_unit.is_empty(),
        "systemd-analyze verify: {stderr}"
    );
}
