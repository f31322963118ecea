//! The repository stands alone: a fresh clone on a bare machine builds and
//! tests with nothing beside it, and CI really runs the PostgreSQL suite.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Tracked files (git), or every file outside build output without git.
fn tracked_files() -> Vec<PathBuf> {
    let listed = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty());
    match listed {
        Some(out) => out
            .stdout
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
            .collect(),
        None => {
            let mut files = Vec::new();
            walk(&root(), Path::new(""), &mut files);
            files
        }
    }
}

fn walk(base: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(base.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if [".git", "target", "data", "node_modules"]
            .iter()
            .any(|n| name == *n)
        {
            continue;
        }
        let path = rel.join(&name);
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(base, &path, out);
        } else {
            out.push(path);
        }
    }
}

/// The longest run of `../` in a line.
fn longest_climb(line: &str) -> usize {
    let (mut best, mut run, mut rest) = (0, 0, line);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("../") {
            run += 1;
            best = best.max(run);
            rest = after;
        } else {
            run = 0;
            let mut chars = rest.chars();
            chars.next();
            rest = chars.as_str();
        }
    }
    best
}

#[test]
fn no_tracked_file_refers_to_a_path_outside_the_repository() {
    let root = root();
    let parent = root
        .parent()
        .map(|p| format!("{}/", p.display()))
        .unwrap_or_default();
    // Spelled in pieces so that this file does not match itself.
    let shared = ["shared", "/fixtures"].concat();
    let mut problems = Vec::new();
    for file in tracked_files() {
        let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
            continue; // binary files (images)
        };
        if file.extension().is_some_and(|e| e == "lock") {
            continue;
        }
        let depth = file.components().count().saturating_sub(1);
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", file.display(), n + 1);
            if longest_climb(line) > depth {
                problems.push(format!(
                    "{at}: climbs out of the repository: {}",
                    line.trim()
                ));
            }
            if line.contains(&shared) {
                problems.push(format!("{at}: names a folder outside the repository"));
            }
            if parent.len() > 1 && line.contains(&parent) {
                problems.push(format!("{at}: names a path of this machine"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_climb_check_sees_an_escape() {
    assert_eq!(longest_climb(r#"include_str!("../../x.csv")"#), 2);
    assert_eq!(longest_climb("cd \"$(dirname \"$0\")/..\""), 0);
    assert_eq!(longest_climb("a/../b/../../c"), 2);
}

#[test]
fn ci_runs_the_postgresql_suite() {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        assert!(
            crate::common::test_database_url().is_some() && cfg!(postgres_tests),
            "CI=true but TEST_DATABASE_URL was not set when the tests were built: \
             the PostgreSQL suite would be skipped"
        );
    }
}

#[test]
fn the_binary_links_no_database_or_tls_library() {
    let Ok(out) = std::process::Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_undersigned"))
        .output()
    else {
        eprintln!("NOTE: ldd not found; linking check SKIPPED");
        return;
    };
    let libs = String::from_utf8_lossy(&out.stdout);
    for lib in ["libpq", "libssl", "libcrypto", "libsqlite3"] {
        assert!(!libs.contains(lib), "the binary links {lib}:\n{libs}");
    }
}
