//! Signers' safety: look-alike names, what a name may hold, what the logs
//! and a copy of the database reveal.

use crate::common::org;
use crate::common::{input_value, Backend, TestApp};

backend_tests! {
    async fn look_alike_names_are_one_organisation(app: TestApp) {
        app.open_statement("alike", &[]).await;
        assert_eq!(app.sign_confirmed("alike", &org("Amnesty International", "first@example.org")).await.status(), 200);
        for (i, name) in [
            "Аmnesty Internationаl",         // Cyrillic а
            "Amnesty\u{200B} International", // zero-width space
            "AMNESTY INTERNATIONAL",
            "Arnnesty lnternational",        // rn for m, l for I
        ]
        .iter()
        .enumerate()
        {
            let email = format!("other{i}@example.org");
            assert_eq!(app.sign_confirmed("alike", &org(name, &email)).await.status(), 200, "{name:?}");
            assert_eq!(app.count("signatures", "status IN ('pending', 'approved')").await, 1, "{name:?} made a second entry");
            assert_eq!(app.count("signatures", "status = 'review'").await, i as i64 + 1, "{name:?} waits for review");
        }
        // Another organisation is another organisation.
        assert_eq!(app.sign_confirmed("alike", &org("Amnistía Internacional", "ai-es@example.org")).await.status(), 200);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 2);
        // Nor can a signer rename theirs into a look-alike of another: the
        // answer is that of any edit, and the entry leaves the list.
        let path = app.link_to("ai-es@example.org", "/manage/").await;
        let html = app.get(&path).await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        let mut form = org("Amnesty Internationаl", "ai-es@example.org");
        form.push(("csrf_token", &token));
        let res = app.post_form(&path, &form).await;
        assert_eq!(res.status(), 303, "answered like any edit");
        assert_eq!(app.count("signatures", "name = 'Amnesty Internationаl' AND status = 'review' AND duplicate_of IS NOT NULL").await, 1);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
    }

    async fn stored_keys_are_recomputed_once_at_start(app: TestApp) {
        use undersigned::signatures::org_key;
        app.open_statement("rekey", &[]).await;
        for (name, email) in [
            ("Amnesty International", "first@example.org"),
            ("Placeholder One", "second@example.org"),
            ("Free Tibet", "tibet@example.org"),
            ("Placeholder Two", "gone@example.org"),
        ] {
            assert_eq!(app.sign("rekey", &org(name, email)).await.status(), 303);
        }
        // As an older version stored them: keys of match_key, and two
        // organisations that only the new keys tell apart as look-alikes.
        app.sql(
            "UPDATE signatures SET name_key = 'amnesty international|JP' WHERE email = 'first@example.org';
             UPDATE signatures SET name = 'Аmnesty Internationаl', name_key = 'аmnesty internationаl|JP' WHERE email = 'second@example.org';
             UPDATE signatures SET name_key = 'free tibet|JP' WHERE email = 'tibet@example.org';
             UPDATE signatures SET name = 'AMNESTY INTERNATIONAL', name_key = 'amnesty international old|JP', status = 'withdrawn' WHERE email = 'gone@example.org';
             UPDATE signatures SET status = 'approved' WHERE status = 'unconfirmed';
             DELETE FROM settings WHERE key = 'name_key_version';",
        )
        .await;
        let key = |email: &str| {
            let email = email.to_string();
            let state = app.state.clone();
            async move {
                state
                    .db(move |conn| {
                        use diesel::prelude::*;
                        use undersigned::db::schema::signatures as sg;
                        Ok(sg::table.filter(sg::email.eq(email)).select(sg::name_key).first::<Option<String>>(conn)?)
                    })
                    .await
                    .unwrap()
                    .unwrap_or_default()
            }
        };
        let settings = (*app.state.settings).clone();
        undersigned::prepare(settings.clone()).expect("start again");
        let amnesty = org_key("Amnesty International", Some("JP"));
        assert_eq!(key("first@example.org").await, amnesty);
        assert_eq!(key("tibet@example.org").await, org_key("Free Tibet", Some("JP")));
        assert_eq!(key("gone@example.org").await, amnesty, "not live: no collision");
        // The later look-alike keeps its old key, for a coordinator to judge.
        assert_eq!(key("second@example.org").await, "аmnesty internationаl|JP");
        assert_eq!(app.count("audit_log", "action = 'signature.look_alike_kept' AND actor_kind = 'system'").await, 1);
        assert_eq!(app.count("settings", "key = 'name_key_version' AND value = '2'").await, 1);
        // Signing again under either spelling is a duplicate.
        app.sign_confirmed("rekey", &org("Аmnesty International", "third@example.org")).await;
        app.sign_confirmed("rekey", &org("FREE TIBET", "fourth@example.org")).await;
        assert_eq!(app.count("signatures", "status = 'approved'").await, 3);
        assert_eq!(app.count("signatures", "status = 'review'").await, 2);
        // Once done, a start changes nothing.
        app.sql("UPDATE signatures SET name_key = 'left alone|JP' WHERE email = 'tibet@example.org'").await;
        undersigned::prepare(settings).expect("start once more");
        assert_eq!(key("tibet@example.org").await, "left alone|JP");
        assert_eq!(app.count("audit_log", "action = 'signature.look_alike_kept'").await, 1);
    }
}

backend_tests! {
    async fn names_need_letters_and_hold_no_addresses_everywhere(app: TestApp) {
        use crate::publication::{import, setup};
        let admin = setup(&app, "names", &[("allow_individuals", "on")]).await;
        const LETTERS: &str = "A name must contain letters";
        const LINKS: &str = "cannot contain a web or email address";
        // The public form.
        let person = |name: &'static str, title: &'static str| {
            vec![("kind", "individual"), ("name", name), ("title", title), ("country", "CH"), ("email", "p@example.org"), ("listing", "public")]
        };
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (org("\u{200B}\u{200B}\u{200B}", "a@example.org"), LETTERS),
            (org("\u{3164}\u{3164}", "a@example.org"), LETTERS),
            (org("2025 / 2026", "a@example.org"), LETTERS),
            (org("Visit www.evil.example", "a@example.org"), LINKS),
            (org("Group https://evil.example", "a@example.org"), LINKS),
            (org("press@evil.example", "a@example.org"), LINKS),
            (person("Marie Curie", "See https://evil.example"), LINKS),
            (person("...", ""), LETTERS),
        ];
        for (form, message) in cases {
            let res = app.sign("names", &form).await;
            assert_eq!(res.status(), 422, "{form:?}");
            let html = res.text().await.unwrap();
            assert!(html.contains(message), "{form:?}: missing {message:?}");
        }
        let mut form = org("Real Group", "a@example.org");
        form.retain(|(k, _)| *k != "contact_name");
        form.push(("contact_name", "Aiko (aiko@real.example)"));
        let res = app.sign("names", &form).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(LINKS));
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // CSV import.
        for (csv, message) in [
            ("name\n\u{200B}\u{200B}\n", "the name must contain letters"),
            ("name\n12345\n", "the name must contain letters"),
            ("name\npress@evil.example\n", "the name must not contain a web or email address"),
            ("name,qualifier\nGood Group,see www.evil.example\n", "must not contain a web or email address"),
            ("name,kind,title\nMarie Curie,individual,https://evil.example\n", "must not contain a web or email address"),
        ] {
            let res = import(&app, &admin, "names", csv).await;
            assert_eq!(res.status(), 422, "{csv:?}");
            assert!(res.text().await.unwrap().contains(message), "{csv:?}: {message}");
        }
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // Coordinators' corrections.
        assert_eq!(import(&app, &admin, "names", "name\nPEN America\n").await.status(), 303);
        let list = admin.get("/admin/statements/names/signatures").await.text().await.unwrap();
        let id = list.split("/admin/signatures/").nth(1).unwrap().split('"').next().unwrap().to_string();
        for (fields, message) in [
            ([("name", "PEN America www.pen.example"), ("qualifier", "")], LINKS),
            ([("name", "\u{3164}\u{3164}"), ("qualifier", "")], LETTERS),
            ([("name", "PEN America"), ("qualifier", "mailto:press")], LINKS),
        ] {
            let mut form = vec![("country", "US"), ("title", "")];
            form.extend(fields);
            let res = admin.post(&format!("/admin/signatures/{id}/edit"), &form).await;
            assert_eq!(res.status(), 422, "{form:?}");
            assert!(res.text().await.unwrap().contains(message), "{form:?}: {message}");
        }
        assert_eq!(app.count("signatures", "name = 'PEN America' AND qualifier = ''").await, 1);
    }
}

/// What a signer typed, distinctive enough to be found in any log line.
const SECRETS: [&str; 9] = [
    "vexhollow",   // email address (local part)
    "Marzipaneva", // contact person
    "Tartufelli",  // contact person, corrected
    "Plumbatrix",  // message
    "Zoltranish",  // message, corrected
    "grindlewick", // website
    "Nimbleworth", // organisation name
    "Orgavant",    // organisation name
    "quibbleton",  // a refused email address
];

/// A browser for the real binary: cookies, and CSRF tokens from forms.
struct Browser {
    base: String,
    client: reqwest::Client,
}

impl Browser {
    async fn page(&self, path: &str) -> String {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        res.text().await.unwrap()
    }

    /// POSTs a form with the token of the form at `form_page`.
    async fn post(
        &self,
        form_page: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let html = self.page(form_page).await;
        let token = input_value(&html, "csrf_token")
            .unwrap_or_else(|| panic!("no form token on {form_page}: {html}"));
        let mut fields = fields.to_vec();
        fields.push(("csrf_token", &token));
        self.client
            .post(format!("{}{path}", self.base))
            .form(&fields)
            .send()
            .await
            .unwrap()
    }
}

/// The messages queued so far: recipient and text (read from the outbox
/// folder once delivered: delivered messages keep no body in the database).
fn outbox_texts(database: &str, data: &std::path::Path) -> Vec<(String, String)> {
    use diesel::prelude::*;
    use undersigned::db::schema::email_outbox as eo;
    let target = undersigned::db::DbTarget::parse(database).unwrap();
    let pool = undersigned::db::connect(&target, 2).unwrap();
    let mut conn = pool.get().unwrap();
    let rows: Vec<(String, String, String)> = eo::table
        .order(eo::id.asc())
        .select((eo::id, eo::to_address, eo::body_text))
        .load(&mut *conn)
        .unwrap();
    rows.into_iter()
        .map(|(id, to, text)| {
            if !text.is_empty() {
                return (to, text);
            }
            let raw =
                std::fs::read(data.join("outbox").join(format!("{id}.eml"))).unwrap_or_default();
            let text = mail_parser::MessageParser::default()
                .parse(&raw)
                .and_then(|m| m.body_text(0).map(|t| t.into_owned()))
                .unwrap_or_default();
            (to, text)
        })
        .collect()
}

fn link_after<'a>(text: &'a str, marker: &str) -> &'a str {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {text}"));
    let start = text[..at].rfind("http").unwrap();
    let end = text[at..]
        .find(|c: char| c.is_whitespace() || c == '"')
        .map_or(text.len(), |e| at + e);
    &text[start..end]
}

/// An SMTP server on loopback that refuses the signer's address, quoting
/// it as real servers do, and accepts the others.
pub(crate) async fn refusing_smtp() -> u16 {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 fake ESMTP\r\n").await.ok();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        "250 queued".to_string()
                    } else if upper.starts_with("RCPT TO") && line.contains("vexhollow") {
                        let address = line.split_once(':').map_or("", |(_, a)| a.trim());
                        format!("550 5.1.1 {address}: Recipient address rejected: User unknown")
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        "354 go on".to_string()
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.ok();
                        break;
                    } else {
                        "250 ok".to_string()
                    };
                    write
                        .write_all(format!("{reply}\r\n").as_bytes())
                        .await
                        .ok();
                }
            });
        }
    });
    port
}

async fn everything_logged(backend: Backend, smtp: bool) {
    use crate::cli::terminate;
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (database, _pg) = match backend {
        Backend::Sqlite => (
            undersigned::db::default_sqlite_path(&data)
                .display()
                .to_string(),
            None,
        ),
        Backend::Postgres => {
            let (url, db) =
                crate::common::create_pg_database(&crate::common::test_database_url().unwrap());
            (url, Some(db))
        }
    };
    let smtp_url = match smtp {
        true => format!("smtp://127.0.0.1:{}", refusing_smtp().await),
        false => String::new(),
    };
    let log_path = dir.path().join("log.jsonl");
    let log = std::fs::File::create(&log_path).unwrap();
    let command = || {
        let mut cmd = crate::common::binary();
        cmd.env("RUST_LOG", "trace")
            .env("LOG_FORMAT", "json")
            .env("DATA_DIR", &data)
            .env("DATABASE_URL", &database)
            .env("MAIL_RETRY_SECONDS", "1")
            .stderr(log.try_clone().unwrap());
        if smtp {
            cmd.env("SMTP_URL", &smtp_url);
        }
        cmd
    };
    let created = command()
        .args([
            "admin",
            "create",
            "--email",
            "owner@example.org",
            "--name",
            "Owner",
        ])
        .env("UNDERSIGNED_PASSWORD", crate::common::PASSWORD)
        .output()
        .unwrap();
    assert!(created.status.success());
    let mut child = command()
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("undersigned listening on ")
        .expect("address line")
        .to_string();
    let browser = |client| Browser {
        base: base.clone(),
        client,
    };
    let new_client = || {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };

    // A coordinator opens a statement.
    let admin = browser(new_client());
    let res = admin
        .post(
            "/admin/login",
            "/admin/login",
            &[
                ("email", "owner@example.org"),
                ("password", crate::common::PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = admin
        .post(
            "/admin/statements/new",
            "/admin/statements/new",
            &[
                ("title", "Solidarity"),
                ("slug", "logs"),
                ("organiser", "Coalition"),
                ("summary", "Summary."),
                ("body", "We stand with them."),
                ("language", "en"),
                ("deadline", "2031-02-07T23:59"),
                ("timezone", "Europe/Zurich"),
                ("grouping", "none"),
                ("allow_organisations", "on"),
                ("public_list", "on"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        admin
            .post("/admin/statements/logs", "/admin/statements/logs/open", &[])
            .await
            .status(),
        303
    );

    // A signer signs (once with a mistake), confirms, corrects and withdraws.
    let signer = browser(new_client());
    let form = |email: &'static str, contact: &'static str, message: &'static str| {
        vec![
            ("kind", "organisation"),
            ("name", "Orgavant Nimbleworth Collective"),
            ("country", "JP"),
            ("contact_name", contact),
            ("email", email),
            ("website", "https://grindlewick.example.org"),
            ("listing", "public"),
            ("message", message),
        ]
    };
    let res = signer
        .post(
            "/s/logs",
            "/s/logs/sign",
            &form("quibbleton@", "Quillon Marzipaneva", "Plumbatrix greetings"),
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = signer
        .post(
            "/s/logs",
            "/s/logs/sign",
            &form(
                "vexhollow.signer@example.org",
                "Quillon Marzipaneva",
                "Plumbatrix greetings",
            ),
        )
        .await;
    assert_eq!(res.status(), 303);
    // The same organisation again, from another address: a duplicate.
    let res = signer
        .post(
            "/s/logs",
            "/s/logs/sign",
            &form(
                "other.vexhollow@example.org",
                "Quillon Marzipaneva",
                "Plumbatrix again",
            ),
        )
        .await;
    assert_eq!(res.status(), 303);
    // The duplicate notice carries fresh links (the first ones no longer work).
    let (_, first) = outbox_texts(&database, &data)
        .into_iter()
        .rev()
        .find(|(to, _)| to == "vexhollow.signer@example.org")
        .expect("a message");
    let confirm_path = crate::common::path_of(link_after(&first, "/confirm/"));
    let manage_path = crate::common::path_of(link_after(&first, "/manage/"));
    assert_eq!(
        signer
            .post(&confirm_path, &confirm_path, &[])
            .await
            .status(),
        200
    );
    let edited = form(
        "vexhollow.signer@example.org",
        "Quillon Tartufelli",
        "Zoltranish second thoughts",
    );
    assert_eq!(
        signer
            .post(&manage_path, &manage_path, &edited)
            .await
            .status(),
        303
    );
    let res = signer
        .post(
            &manage_path,
            &format!("{manage_path}/withdraw"),
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Coordinators look at the signature and export the list.
    let list = admin
        .page("/admin/statements/logs/signatures?status=withdrawn")
        .await;
    assert!(list.contains("Nimbleworth"));
    let id = list
        .split("/admin/signatures/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(admin
        .page(&format!("/admin/signatures/{id}"))
        .await
        .contains("Tartufelli"));
    assert!(admin
        .page("/admin/statements/logs/export.csv")
        .await
        .contains("vexhollow"));
    // Let the email sender deliver (or fail to).
    let outbox = data.join("outbox");
    for _ in 0..100 {
        let done = match smtp {
            true => std::fs::read_to_string(&log_path)
                .unwrap()
                .contains("email not sent"),
            false => std::fs::read_dir(&outbox).map(|d| d.count()).unwrap_or(0) >= 2,
        };
        if done {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(terminate(&mut child).success());

    let logged = std::fs::read_to_string(&log_path).unwrap();
    // It did log, as JSON, at every level asked for.
    assert!(logged.lines().count() > 20, "{logged}");
    for line in logged.lines() {
        assert!(
            serde_json::from_str::<serde_json::Value>(line).is_ok(),
            "not JSON: {line}"
        );
    }
    assert!(
        logged.contains("\"level\":\"TRACE\"") || logged.contains("\"level\":\"DEBUG\""),
        "RUST_LOG=trace had no effect"
    );
    if smtp {
        // The server's refusal is logged, without the address it quoted.
        assert!(
            logged.contains("email not sent") && logged.contains("Recipient address rejected"),
            "{logged}"
        );
        assert!(
            logged.contains("[address]>: Recipient address rejected"),
            "{logged}"
        );
    } else {
        // The confirmation link is logged on purpose without SMTP.
        assert!(logged.contains("confirmation link") && logged.contains("/confirm/"));
        assert!(logged.contains("email sent"));
    }
    let leaks: Vec<String> = logged
        .lines()
        .filter(|l| {
            SECRETS
                .iter()
                .any(|s| l.to_lowercase().contains(&s.to_lowercase()))
        })
        .map(|l| l.chars().take(400).collect())
        .collect();
    assert!(
        leaks.is_empty(),
        "{} lines hold what a signer typed:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

backend_tests! {
    async fn logs_never_hold_what_a_signer_typed(backend: Backend) {
        everything_logged(backend, false).await;
    }

    async fn logs_never_hold_an_address_a_mail_server_refused(backend: Backend) {
        everything_logged(backend, true).await;
    }
}

/// A failed sign-in at `email` from the client at `client` (behind the
/// trusted proxy).
async fn fail_sign_in(app: &TestApp, client: &str, email: &str) {
    let token = app.csrf().await;
    let res = app
        .client
        .post(app.url("/admin/login"))
        .header("x-forwarded-for", client)
        .form(&[
            ("email", email),
            ("password", "not the password at all"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "a failed sign-in is shown again");
}

/// The throttle rows of one client: its own and its (client, account) pair.
async fn client_rows(app: &TestApp, client: &str, accounts: &[&str]) -> i64 {
    let mut keys = Vec::new();
    for account in accounts {
        let k = undersigned::accounts::throttle::Keys::new(&app.state.keys, account, client);
        keys.push(format!("'{}'", k.pair));
        keys.push(format!("'{}'", k.client));
    }
    app.count(
        "login_throttle",
        &format!("client_key IN ({})", keys.join(", ")),
    )
    .await
}

backend_tests! {
    #[settings(|s: &mut undersigned::config::Settings| s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()])]
    async fn sign_in_counters_are_deleted_when_their_window_ends(app: TestApp) {
        use undersigned::accounts::{throttle, Role};
        const X: &str = "203.0.113.7";
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        fail_sign_in(&app, X, "coord@example.org").await;
        fail_sign_in(&app, X, "coord@example.org").await;
        fail_sign_in(&app, X, "nobody@example.org").await;
        let accounts = ["coord@example.org", "nobody@example.org"];
        assert_eq!(client_rows(&app, X, &accounts).await, 3);
        // The window runs out: the next attempt, from anyone, deletes them.
        app.sql("UPDATE login_throttle SET window_start = '2000-01-01 00:00:00'").await;
        fail_sign_in(&app, "198.51.100.9", "other@example.org").await;
        assert_eq!(client_rows(&app, X, &accounts).await, 0);
        assert_eq!(app.count("login_throttle", "window_start < '2001-01-01'").await, 0);
        // A copy of the database holds nothing of that client.
        if app.backend == Backend::Sqlite {
            let copy = app.data_dir.path().join("copy.sqlite3");
            let live = undersigned::db::default_sqlite_path(app.data_dir.path());
            undersigned::db::backup::sqlite_into(&live, &copy).unwrap();
            let bytes = String::from_utf8_lossy(&std::fs::read(&copy).unwrap()).into_owned();
            let x = throttle::Keys::new(&app.state.keys, "coord@example.org", X);
            let y = throttle::Keys::new(&app.state.keys, "other@example.org", "198.51.100.9");
            assert!(bytes.contains(&y.client), "the scan sees live counters");
            for key in [&x.pair, &x.client] {
                assert!(!bytes.contains(key.split_once(':').unwrap().1), "{key} is in the copy");
            }
        }
        // With no attempt at all, the background loop's sweep deletes them
        // (it runs when an instance starts, then every minute).
        const Z: &str = "192.0.2.44";
        fail_sign_in(&app, Z, "coord@example.org").await;
        assert_eq!(client_rows(&app, Z, &accounts).await, 2);
        app.sql("UPDATE login_throttle SET window_start = '2000-01-01 00:00:00'").await;
        let left = app.rows_after_chores("login_throttle", 0).await;
        assert_eq!(left, 0, "the sweep left {left} expired counters");
    }
}

/// A raw copy of the SQLite file holds no link whose email was delivered:
/// the space the erased bodies took is zeroed, not just freed.
#[tokio::test]
async fn the_sqlite_file_keeps_no_delivered_link_in_free_space() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.open_statement("raw", &[]).await;
    assert_eq!(
        app.sign("raw", &crate::common::org("Raw Group", "raw@example.org"))
            .await
            .status(),
        303
    );
    let mail = app.delivered().await.pop().expect("a message");
    let link = crate::common::link_in(&mail.text, "/confirm/").expect("link");
    let token = link.rsplit('/').next().expect("token").to_string();
    assert_eq!(app.count("email_outbox", "body_text = ''").await, 1);
    app.sql("PRAGMA wal_checkpoint(TRUNCATE)").await;
    let file =
        std::fs::read(app.data_dir.path().join("undersigned.sqlite3")).expect("database file");
    let found = file.windows(token.len()).any(|w| w == token.as_bytes());
    assert!(!found, "the token is still in the file");
}
