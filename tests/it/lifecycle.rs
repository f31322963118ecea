//! Signer data has a lifecycle (docs/SPEC.md §7): contact data is erased
//! after RETENTION_DAYS by the server and by `undersigned purge`; one
//! signer's data can be downloaded and erased from the manage link, and
//! found, exported and erased by coordinators. The public list stays.

use std::time::{Duration, Instant};

use crate::common::{self, org, org_listed, Backend, TestApp};
use crate::publication::{close_and_publish, setup};

/// What a signer typed that only coordinators may see (see `org_listed`).
const PRIVATE: [&str; 4] = [
    "l4l@example.org",
    "Aiko Tanaka",
    "Thank you for coordinating.",
    "aln.example.org",
];

/// A published statement with a public list: one named, one anonymous
/// signature, and one never confirmed.
async fn published<'a>(app: &'a TestApp, slug: &str) -> common::Stranger<'a> {
    let admin = setup(app, slug, &[("public_list", "on")]).await;
    app.sign_confirmed(slug, &org("Lawyers for Lawyers", "l4l@example.org"))
        .await;
    app.sign_confirmed(
        slug,
        &org_listed("Quiet Group", "quiet@example.org", "anonymous"),
    )
    .await;
    assert_eq!(
        app.sign(slug, &org("Never Confirmed", "never@example.org"))
            .await
            .status(),
        303
    );
    close_and_publish(&admin, slug).await;
    admin
}

/// An audit entry as versions before 0.2 wrote it for a duplicate attempt.
fn old_attempt(slug: &str, email: &str) -> String {
    format!(
        "INSERT INTO audit_log (id, at, actor_kind, action, statement_id, details)
         SELECT 'old-{slug}', '2026-01-01 00:00:00', 'signer', 'signature.duplicate_attempt', id,
                '{{\"country\":\"JP\",\"email\":\"{email}\",\"name\":\"X\"}}'
         FROM statements WHERE slug = '{slug}'"
    )
}

/// Messages written to the outbox folder (no SMTP server in tests).
fn eml_files(app: &TestApp) -> usize {
    std::fs::read_dir(app.data_dir.path().join("outbox"))
        .map(|d| {
            d.filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "eml"))
            })
            .count()
        })
        .unwrap_or(0)
}

/// The public page, without its publication day (the tests move that
/// day back to make the retention period pass).
async fn public_text(base: &str, slug: &str) -> String {
    let client = reqwest::Client::new();
    let res = client
        .get(format!("{base}/s/{slug}"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("body");
    page.lines()
        .filter(|l| !l.contains("Published on "))
        .collect::<Vec<_>>()
        .join("\n")
}

backend_tests! {
    async fn the_server_erases_contact_data_after_the_retention_period(app: TestApp) {
        let admin = published(&app, "kept").await;
        let before = public_text(&app.base, "kept").await;
        assert!(before.contains("Lawyers for Lawyers"));
        let overview = admin.get("/admin/statements/kept").await.text().await.unwrap();
        assert!(overview.contains("Will be erased on"), "the erase date is shown");
        for needle in PRIVATE {
            assert!(!app.where_stored(needle).await.is_empty(), "{needle} is kept until then");
        }
        app.delivered().await;
        // An older version wrote the address of a duplicate attempt into the log.
        app.sql(&old_attempt("kept", "l4l@example.org")).await;
        // 180 days later (the default), a running server erases it.
        app.sql("UPDATE statements SET published_at = '2020-01-01 00:00:00' WHERE slug = 'kept';
                 UPDATE signatures SET confirm_expires_at = '2020-01-01 00:00:00' WHERE status = 'unconfirmed'").await;
        let settings = (*app.state.settings).clone();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let state = undersigned::prepare(settings).expect("prepare");
        let other = undersigned::serve(state, listener).expect("serve");
        let base = format!("http://{}", other.addr);
        let handle = other.server.handle();
        tokio::spawn(other.server);
        let started = Instant::now();
        while app.count("statements", "contact_erased_at IS NOT NULL").await == 0 {
            assert!(started.elapsed() < Duration::from_secs(20), "the server erased nothing");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        for needle in PRIVATE {
            assert_eq!(app.where_stored(needle).await, Vec::<(String, String)>::new(), "{needle} is erased");
        }
        assert_eq!(app.count("signatures", "email IS NOT NULL OR contact_name <> '' OR manage_token_hash IS NOT NULL").await, 0);
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 0, "never confirmed: deleted");
        assert_eq!(app.count("email_outbox", "1 = 1").await, 0);
        assert_eq!(eml_files(&app), 0, "the message files go with their rows");
        assert_eq!(app.count("signatures", "name = 'Quiet Group'").await, 0, "an unnamed entry's name is personal data");
        // The list, the count and the audit log stay.
        assert_eq!(public_text(&base, "kept").await, before);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 2);
        assert_eq!(app.count("audit_log", "action = 'statement.contact_erased'").await, 1);
        assert!(app.count("audit_log", "action = 'signature.confirm'").await >= 2);
        let overview = admin.get("/admin/statements/kept").await.text().await.unwrap();
        assert!(overview.contains("Erased on"), "{overview}");
        other.workers.stop();
        handle.stop(true).await;
    }

    async fn the_purge_command_erases_on_request(app: TestApp) {
        published(&app, "purged").await;
        app.open_statement("still-open", &[]).await;
        app.sign_confirmed("still-open", &org("Open Group", "open@example.org")).await;
        let purge = |args: &[&str]| {
            let mut cmd = common::binary();
            cmd.arg("purge").args(args).env("DATA_DIR", app.data_dir.path());
            match &app.state.settings.database_url {
                Some(url) => cmd.env("DATABASE_URL", url),
                None => cmd.env_remove("DATABASE_URL"),
            };
            let out = cmd.output().expect("run purge");
            (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
        };
        // Not due yet under the default 180 days.
        let (ok, out) = purge(&[]);
        assert!(ok, "{out}");
        assert!(out.contains("nothing to erase"), "{out}");
        assert_eq!(app.count("signatures", "email IS NOT NULL").await, 4);
        // An open statement's data is still needed.
        let (ok, out) = purge(&["--statement", "still-open", "--older-than", "0"]);
        assert!(!ok && out.contains("neither published nor archived"), "{out}");
        // Now, for one statement.
        let (ok, out) = purge(&["--statement", "purged", "--older-than", "0"]);
        assert!(ok, "{out}");
        assert!(out.contains("purged: contact data of 2 signatures erased"), "{out}");
        assert_eq!(app.count("signatures", "email IS NOT NULL").await, 1, "the open statement's signer stays");
        assert_eq!(app.count("signatures", "email = 'open@example.org'").await, 1);
        let page = public_text(&app.base, "purged").await;
        assert!(page.contains("Lawyers for Lawyers"));
        let (ok, out) = purge(&["--statement", "purged", "--older-than", "0"]);
        assert!(ok && out.contains("nothing to erase"), "{out}");
    }

    async fn a_signer_downloads_and_erases_their_data(app: TestApp) {
        app.open_statement("mine", &[("public_list", "on")]).await;
        let me = "l4l@example.org";
        app.sign_confirmed("mine", &org("Lawyers for Lawyers", me)).await;
        let manage = app.link_to(me, "/manage/").await;
        let page = app.get(&manage).await.text().await.unwrap();
        assert!(page.contains(&format!("{manage}/data")) && page.contains(&format!("{manage}/erase")));
        // Download.
        let res = app.get(&format!("{manage}/data")).await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
        let data: serde_json::Value = res.json().await.unwrap();
        assert_eq!(data["signature"]["email"], me);
        assert_eq!(data["signature"]["contact_name"], "Aiko Tanaka");
        assert_eq!(data["signature"]["status"], "approved");
        // Erasing asks first, and changes nothing until the button.
        let confirm = app.get(&format!("{manage}/erase")).await;
        assert_eq!(confirm.status(), 200);
        assert!(confirm.text().await.unwrap().contains("cannot be undone"));
        assert_eq!(app.count("signatures", "email IS NOT NULL").await, 1);
        app.delivered().await;
        assert_eq!(eml_files(&app), 1, "the confirmation, as a file");
        let res = app.post_form_with_token(&format!("{manage}/erase"), &[]).await;
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("was withdrawn"));
        for needle in PRIVATE {
            assert_eq!(app.where_stored(needle).await, Vec::<(String, String)>::new(), "{needle} is erased");
        }
        assert_eq!(app.count("signatures", "status = 'withdrawn'").await, 1);
        assert_eq!(eml_files(&app), 0);
        assert_eq!(app.get(&manage).await.status(), 410, "the link stops working");
        for action in ["signature.export", "signature.erase"] {
            assert_eq!(app.count("audit_log", &format!("action = '{action}'")).await, 1, "{action}");
        }
    }

    async fn coordinators_find_export_and_erase_one_signer(app: TestApp) {
        let admin = published(&app, "first").await;
        app.open_statement("second", &[]).await;
        // The same person, another statement, the address in capitals.
        app.sign_confirmed("second", &org("Lawyers for Lawyers", "L4L@example.org")).await;
        app.sign_confirmed("second", &org("Someone Else", "else@example.org")).await;
        let page = admin.post("/admin/signers", &[("email", "l4l@EXAMPLE.org")]).await.text().await.unwrap();
        assert_eq!(page.matches("/admin/signatures/").count(), 2, "{page}");
        assert!(!page.contains("Someone Else"));
        let res = admin.post("/admin/signers/export", &[("email", "l4l@example.org")]).await;
        assert_eq!(res.status(), 200);
        let data: serde_json::Value = res.json().await.unwrap();
        assert_eq!(data["signatures"].as_array().unwrap().len(), 2);
        app.sql(&old_attempt("second", "l4l@example.org")).await;
        // Erasing needs the box ticked.
        let res = admin.post("/admin/signers/erase", &[("email", "l4l@example.org")]).await;
        assert_eq!(res.status(), 422);
        assert_eq!(app.count("signatures", "email_key = 'l4l@example.org'").await, 2);
        let res = admin.post("/admin/signers/erase", &[("email", "l4l@example.org"), ("confirm", "on")]).await;
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("The data of 2 signatures was erased."));
        assert_eq!(app.where_stored("l4l@example.org").await, Vec::<(String, String)>::new());
        assert_eq!(app.where_stored("L4L@example.org").await, Vec::<(String, String)>::new());
        let erased = "email IS NULL AND contact_name = '' AND message = '' AND website = '' AND purged_at IS NOT NULL";
        assert_eq!(app.count("signatures", erased).await, 2);
        // The published entry stays, named as the list names it; the open
        // statement's is withdrawn, and its name, no longer public, goes.
        assert!(public_text(&app.base, "first").await.contains("Lawyers for Lawyers"));
        assert_eq!(app.count("signatures", "name = 'Lawyers for Lawyers' AND status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "name = '—' AND status = 'withdrawn' AND name_key IS NULL").await, 1);
        assert_eq!(app.count("signatures", "email = 'else@example.org'").await, 1, "nobody else's");
        for action in ["signer.export", "signer.erase"] {
            assert_eq!(app.count("audit_log", &format!("action = '{action}'")).await, 1, "{action}");
        }
        assert!(app.where_stored("l4l@example.org").await.is_empty(), "the audit log holds no address");
    }
}
