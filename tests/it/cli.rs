//! The binary itself: first run on a fresh folder, `migrate`, shutdown.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) fn command(dir: &std::path::Path) -> Command {
    let mut cmd = common::binary();
    cmd.current_dir(dir);
    cmd
}

/// Starts the server and returns it with the address it printed.
pub(crate) fn start_server(mut cmd: Command) -> (Child, String) {
    let mut child = cmd
        .arg("--bind")
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start binary");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read line");
    let addr = line
        .trim()
        .strip_prefix("undersigned listening on http://")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    (child, addr)
}

pub(crate) fn http_get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

pub(crate) fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "server did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn first_run_creates_the_data_folder_and_serves() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = start_server(command(dir.path()));
    assert!(dir.path().join("data/undersigned.sqlite3").exists());
    let res = http_get(&addr, "/healthz");
    assert!(res.starts_with("HTTP/1.1 200"), "{res}");
    assert!(res.contains("\"database\":\"sqlite\""), "{res}");
    let status = terminate(&mut child);
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn an_in_flight_request_finishes_after_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = start_server(command(dir.path()));
    // Send the headers of a request whose body is still to come.
    let mut s = TcpStream::connect(&addr).unwrap();
    let body = "x".repeat(10);
    write!(
        s,
        "POST /admin/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    s.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let pid = child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    // The server is shutting down but still owes this request an answer.
    assert!(
        child.try_wait().unwrap().is_none(),
        "server quit with a request in flight"
    );
    s.write_all(body.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 "), "no answer: {out:?}");
    let status = terminate(&mut child);
    assert!(status.success());
}

#[test]
fn migrate_runs_and_exits_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .args(["migrate", "--data-dir", "store"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("store/undersigned.sqlite3").exists());
    // Twice is fine.
    let again = command(dir.path())
        .args(["migrate", "--data-dir", "store"])
        .output()
        .unwrap();
    assert!(again.status.success());
}

#[test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set TEST_DATABASE_URL to run"
)]
fn migrate_runs_and_exits_on_postgres() {
    let admin = common::test_database_url().expect("TEST_DATABASE_URL");
    use diesel::connection::SimpleConnection;
    use diesel::Connection;
    let name = format!("undersigned_cli_{}", uuid::Uuid::new_v4().simple());
    let mut conn = diesel::PgConnection::establish(&admin).unwrap();
    conn.batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .unwrap();
    let url = common::with_database(&admin, &name);
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .env("DATABASE_URL", &url)
        .arg("migrate")
        .output()
        .unwrap();
    let mut db = diesel::PgConnection::establish(&url).unwrap();
    let has_table = db.batch_execute("SELECT 1 FROM signatures LIMIT 1").is_ok();
    drop(db);
    let _ = conn.batch_execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(has_table);
    assert!(!dir.path().join("data/undersigned.sqlite3").exists());
}

#[test]
fn an_unreachable_database_is_reported_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot connect"), "{err}");
}

/// `admin create` against the database of a running app, whose sign-in
/// then accepts the new administrator.
fn admin_create(
    app: &common::TestApp,
    email: &str,
    password_env: Option<&str>,
    stdin: &str,
) -> std::process::Output {
    let mut cmd = command(app.data_dir.path());
    cmd.args(["admin", "create", "--email", email, "--name", "Cli Admin"]);
    cmd.arg("--data-dir").arg(app.data_dir.path());
    if let Some(url) = &app.state.settings.database_url {
        cmd.env("DATABASE_URL", url);
    }
    match password_env {
        Some(p) => cmd.env("UNDERSIGNED_PASSWORD", p),
        None => cmd.env_remove("UNDERSIGNED_PASSWORD"),
    };
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

use crate::common;
use crate::common::{Backend, TestApp};

backend_tests! {
    async fn admin_create_reads_the_password_from_the_environment(app: TestApp) {
        let out = admin_create(&app, "env@example.org", Some(common::PASSWORD), "");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        app.login("env@example.org", common::PASSWORD).await;
        assert_eq!(app.get("/admin/users").await.status(), 200, "an administrator");
    }

    async fn admin_create_reads_the_password_from_standard_input(app: TestApp) {
        let out = admin_create(&app, "stdin@example.org", None, &format!("{}\n", common::PASSWORD));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        app.login("stdin@example.org", common::PASSWORD).await;
    }

    async fn admin_create_refuses_weak_passwords_and_taken_addresses(app: TestApp) {
        let out = admin_create(&app, "weak@example.org", Some("short"), "");
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("at least 12 characters"));
        assert!(admin_create(&app, "twice@example.org", Some(common::PASSWORD), "").status.success());
        let out = admin_create(&app, "twice@example.org", Some(common::PASSWORD), "");
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("already an account"));
    }
}

#[test]
fn admin_create_takes_no_password_argument() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .args([
            "admin",
            "create",
            "--email",
            "a@example.org",
            "--name",
            "A",
            "--password",
            "x",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn first_start_logs_a_setup_link() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = command(dir.path());
    cmd.env("RUST_LOG", "warn").stderr(Stdio::piped());
    let mut child = cmd
        .arg("--bind")
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut line = String::new();
    BufReader::new(stderr).read_line(&mut line).unwrap();
    terminate(&mut child);
    assert!(line.contains("/admin/setup/"), "{line}");
    assert!(line.contains("within an hour"), "{line}");
}

/// Starts the server with standard error piped and collects its log lines
/// until one satisfies `until` (or 20 seconds pass); then stops it.
fn server_log(mut cmd: Command, until: impl Fn(&str) -> bool) -> Vec<String> {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start binary");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(line) => {
                let done = until(&line);
                lines.push(line);
                if done {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    terminate(&mut child);
    lines
}

#[test]
fn a_public_bind_without_public_url_warns() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = command(dir.path());
    cmd.args(["serve", "--bind", "0.0.0.0:0"]);
    let lines = server_log(cmd, |l| l.contains("PUBLIC_URL"));
    let warning = lines
        .iter()
        .find(|l| l.contains("PUBLIC_URL"))
        .unwrap_or_else(|| panic!("no warning in {lines:#?}"));
    assert!(warning.contains("WARN"), "{warning}");
    assert!(warning.contains("http://0.0.0.0:"), "{warning}");
    assert!(warning.contains("emailed links"), "{warning}");
}

#[test]
fn logs_to_a_pipe_carry_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = command(dir.path());
    cmd.env("RUST_LOG", "info").args(["--bind", "127.0.0.1:0"]);
    let lines = server_log(cmd, |l| l.contains("undersigned listening"));
    assert!(
        lines.iter().any(|l| l.contains("undersigned listening")),
        "{lines:#?}"
    );
    for line in &lines {
        assert!(!line.contains("\x1b["), "colour codes in {line:?}");
        // A loopback address needs no PUBLIC_URL.
        assert!(!line.contains("PUBLIC_URL"), "{line}");
    }
}

#[test]
fn top_level_help_lists_only_commands_and_serve_help_the_server_flags() {
    let dir = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = command(dir.path()).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let top = help(&["--help"]);
    assert!(top.contains("serve") && top.contains("backup"), "{top}");
    for flag in ["--rate-limit", "--bind", "--smtp-url", "--public-url"] {
        assert!(!top.contains(flag), "{flag} in the top-level help:\n{top}");
    }
    let serve = help(&["serve", "--help"]);
    for flag in [
        "--rate-limit",
        "--bind",
        "--smtp-url",
        "--public-url",
        "--trusted-proxies",
    ] {
        assert!(serve.contains(flag), "{flag} not in serve --help:\n{serve}");
    }
    let import = help(&["import", "--help"]);
    assert!(import.contains("--database-url") && import.contains("--data-dir"));
    assert!(!import.contains("--rate-limit"), "{import}");
}

/// Every `undersigned …` command shown in the READMEs' shell blocks, the
/// Dockerfile and the systemd unit.
fn documented_commands() -> Vec<(String, Vec<String>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for doc in ["README.md", "deploy/README.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        let mut in_shell = false;
        let mut joined = String::new();
        for line in text.lines() {
            if line.starts_with("```") {
                in_shell = line == "```sh";
                continue;
            }
            if !in_shell {
                continue;
            }
            if let Some(start) = line.strip_suffix('\\') {
                joined.push_str(start);
                continue;
            }
            joined.push_str(line);
            for args in invocations(&joined) {
                found.push((format!("{doc}: {}", joined.trim()), args));
            }
            joined.clear();
        }
    }
    found.push(("Dockerfile: CMD".into(), vec!["serve".into()]));
    let unit = std::fs::read_to_string(root.join("deploy/undersigned.service")).unwrap();
    for line in unit.lines().filter(|l| l.starts_with("ExecStart=")) {
        for args in invocations(line.trim_start_matches("ExecStart=")) {
            found.push((format!("undersigned.service: {line}"), args));
        }
    }
    found
}

/// The arguments after each `undersigned` word of a shell line that are
/// given to the binary (a command or a flag), up to a shell operator.
fn invocations(line: &str) -> Vec<Vec<String>> {
    let mut line = line.to_string();
    // `$(date +%F)` and the like stand for one word.
    while let Some(start) = line.find("$(") {
        let end = line[start..]
            .find(')')
            .map_or(line.len(), |e| start + e + 1);
        line.replace_range(start..end, "X");
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let commands = ["serve", "migrate", "import", "admin", "backup", "purge"];
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // `--name undersigned`, `-u undersigned`: a value, not the binary.
        let is_value = i > 0 && words[i - 1].starts_with('-');
        if word.rsplit('/').next() != Some("undersigned") || is_value {
            continue;
        }
        let args: Vec<String> = words[i + 1..]
            .iter()
            .take_while(|w| !matches!(**w, "|" | "&&" | ";" | "#") && !w.contains('>'))
            .map(|w| w.trim_matches(|c| c == '"' || c == '\'').to_string())
            .collect();
        match args.first() {
            Some(first) if commands.contains(&first.as_str()) || first.starts_with("--") => {
                out.push(args)
            }
            _ => {}
        }
    }
    out
}

/// The command line of the binary with no environment variable read, so
/// that the caller's environment changes nothing.
fn without_env(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd.mut_args(|arg| arg.env(None));
    for name in names {
        cmd = cmd.mut_subcommand(name, without_env);
    }
    cmd
}

#[test]
fn every_documented_command_parses() {
    use clap::FromArgMatches;
    let commands = documented_commands();
    let shown: Vec<&str> = commands.iter().map(|(_, a)| a[0].as_str()).collect();
    for expected in ["serve", "migrate", "admin", "backup"] {
        assert!(
            shown.contains(&expected),
            "no `{expected}` found in the docs: {commands:#?}"
        );
    }
    for (source, args) in &commands {
        let parsed = without_env(undersigned::config::command())
            .try_get_matches_from(
                std::iter::once("undersigned").chain(args.iter().map(String::as_str)),
            )
            .and_then(|m| undersigned::config::Cli::from_arg_matches(&m));
        assert!(
            parsed.is_ok(),
            "{source}\n{args:?}: {}",
            parsed.unwrap_err()
        );
    }
}

#[test]
fn the_command_finder_reads_shell_lines() {
    assert_eq!(
        invocations(
            "echo \"$PW\" | docker exec -i undersigned undersigned admin create --email E --name N"
        ),
        vec![vec!["admin", "create", "--email", "E", "--name", "N"]]
    );
    assert_eq!(
        invocations("docker exec undersigned undersigned backup /data/u-$(date +%F).sqlite3 && ls"),
        vec![vec!["backup", "/data/u-X.sqlite3"]]
    );
    assert!(invocations("docker logs undersigned 2>&1 | grep x").is_empty());
    assert!(invocations("sudo systemctl restart undersigned").is_empty());
    assert!(
        invocations("docker run -d --name undersigned --restart unless-stopped undersigned")
            .is_empty()
    );
}
