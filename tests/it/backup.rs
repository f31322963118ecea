//! `undersigned backup` against a running server that keeps signing, and
//! the documented restore: the copy in a fresh data folder.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::{Connection, QueryableByName, RunQueryDsl};

use crate::cli::{command, http_get, start_server, terminate};
use crate::common::{input_value, PASSWORD};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// POSTs a form with a CSRF token taken from the sign-in page.
async fn post(client: &reqwest::Client, base: &str, path: &str, form: &[(&str, &str)]) -> u16 {
    let html = client
        .get(format!("{base}/admin/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = input_value(&html, "csrf_token").expect("token");
    let mut fields = form.to_vec();
    fields.push(("csrf_token", &token));
    let res = client
        .post(format!("{base}{path}"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    res.status().as_u16()
}

async fn open_statement(base: &str, slug: &str) {
    let admin = client();
    let signed_in = post(
        &admin,
        base,
        "/admin/login",
        &[("email", "admin@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(signed_in, 303);
    let created = post(
        &admin,
        base,
        "/admin/statements/new",
        &[
            ("title", "Backups while signing"),
            ("slug", slug),
            ("organiser", "Coalition"),
            ("summary", "A statement signed during a backup."),
            ("body", "We sign."),
            ("language", "en"),
            ("deadline", "2031-02-07T23:59"),
            ("timezone", "Europe/Zurich"),
            ("grouping", "none"),
            ("allow_organisations", "on"),
            ("action", "save"),
        ],
    )
    .await;
    assert_eq!(created, 303);
    assert_eq!(
        post(&admin, base, &format!("/admin/statements/{slug}/open"), &[]).await,
        303
    );
}

type Acked = Arc<Mutex<Vec<(String, Instant)>>>;

/// Signs as one client until told to stop (at most 2,000 times), noting
/// each signature with the moment its 303 arrived.
async fn keep_signing(
    base: String,
    slug: &'static str,
    n: usize,
    stop: Arc<AtomicBool>,
    acked: Acked,
) {
    let c = client();
    let html = c
        .get(format!("{base}/s/{slug}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = input_value(&html, "csrf_token").expect("form token");
    for i in 0..2000 {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let name = format!("Backup Group {n}-{i}");
        let email = format!("signer-{n}-{i}@example.org");
        let res = c
            .post(format!("{base}/s/{slug}/sign"))
            .form(&[
                ("kind", "organisation"),
                ("name", name.as_str()),
                ("country", "CH"),
                ("contact_name", "Contact"),
                ("email", email.as_str()),
                ("listing", "public"),
                ("csrf_token", token.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            303,
            "{}",
            res.text().await.unwrap_or_default()
        );
        acked.lock().unwrap().push((name, Instant::now()));
    }
}

#[derive(QueryableByName)]
struct Text {
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_signing_holds_everything_acknowledged_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .args([
            "admin",
            "create",
            "--email",
            "admin@example.org",
            "--name",
            "Ada",
        ])
        .env("UNDERSIGNED_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cmd = command(dir.path());
    // Every client signs from 127.0.0.1.
    cmd.env("RATE_LIMIT", "0");
    let (mut server, addr) = start_server(cmd);
    let base = format!("http://{addr}");
    open_statement(&base, "backup").await;

    let stop = Arc::new(AtomicBool::new(false));
    let acked: Acked = Arc::default();
    let signers: Vec<_> = (0..4)
        .map(|n| {
            tokio::spawn(keep_signing(
                base.clone(),
                "backup",
                n,
                stop.clone(),
                acked.clone(),
            ))
        })
        .collect();
    // Some signatures acknowledged before the copy starts (bounded wait:
    // a loaded machine signs slowly).
    let wait_until = Instant::now() + Duration::from_secs(30);
    while acked.lock().unwrap().len() < 8 && Instant::now() < wait_until {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let copy = dir.path().join("copy.sqlite3");
    let mut backup = command(dir.path());
    backup.arg("backup").arg(&copy);
    let started = Instant::now();
    let out = tokio::task::spawn_blocking(move || backup.output().unwrap())
        .await
        .unwrap();
    // Signing goes on after the copy (bounded wait).
    let done = acked.lock().unwrap().len();
    let wait_until = Instant::now() + Duration::from_secs(10);
    while acked.lock().unwrap().len() < done + 8 && Instant::now() < wait_until {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, Ordering::SeqCst);
    for s in signers {
        s.await.unwrap();
    }
    assert!(terminate(&mut server).success());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("store it encrypted"));

    let acked = acked.lock().unwrap();
    let before: Vec<&str> = acked
        .iter()
        .filter(|(_, at)| *at < started)
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        before.len() >= 4,
        "only {} signatures before the backup",
        before.len()
    );
    assert!(
        acked.len() > before.len(),
        "no signature after the backup began"
    );

    // Restore as documented: the copy is the database of a fresh data folder.
    let restored = tempfile::tempdir().unwrap();
    std::fs::create_dir(restored.path().join("data")).unwrap();
    let db = restored.path().join("data/undersigned.sqlite3");
    std::fs::copy(&copy, &db).unwrap();
    let mut conn = diesel::SqliteConnection::establish(&db.to_string_lossy()).unwrap();
    let check: Vec<Text> =
        diesel::sql_query("SELECT integrity_check AS value FROM pragma_integrity_check()")
            .load(&mut conn)
            .unwrap();
    assert_eq!(
        check.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(),
        ["ok"]
    );
    let names: HashSet<String> = diesel::sql_query("SELECT name AS value FROM signatures")
        .load::<Text>(&mut conn)
        .unwrap()
        .into_iter()
        .map(|r| r.value)
        .collect();
    drop(conn);
    let missing: Vec<&&str> = before.iter().filter(|n| !names.contains(**n)).collect();
    assert!(
        missing.is_empty(),
        "acknowledged before the backup but not in it: {missing:?}"
    );

    // A server starts on the restored folder.
    let (mut again, addr) = start_server(command(restored.path()));
    let health = http_get(&addr, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    terminate(&mut again);

    // A second backup never overwrites the first.
    let before_bytes = std::fs::read(&copy).unwrap();
    let out = command(dir.path())
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&copy).unwrap(), before_bytes);
}

#[test]
fn backup_on_postgresql_points_to_pg_dump() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .args(["backup", "copy.sqlite3"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pg_dump"), "{err}");
    assert!(!dir.path().join("copy.sqlite3").exists());
}
