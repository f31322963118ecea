//! Signing: the public form, confirmation, the manage link, duplicates,
//! deadlines, abuse protections and the email outbox.

use crate::common::{input_value, link_in, location, path_of, Backend, TestApp};

pub(crate) fn org<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "organisation"),
        ("name", name),
        ("country", "JP"),
        ("contact_name", "Aiko Tanaka"),
        ("email", email),
        ("website", "https://aln.example.org"),
        ("listing", "public"),
        ("message", "Thank you for coordinating."),
    ]
}

pub(crate) async fn sign(app: &TestApp, slug: &str, form: &[(&str, &str)]) -> reqwest::Response {
    let page = app.get(&format!("/s/{slug}")).await.text().await.unwrap();
    let token = input_value(&page, "csrf_token").expect("form token");
    let mut fields = form.to_vec();
    fields.push(("csrf_token", &token));
    app.post_form(&format!("/s/{slug}/sign"), &fields).await
}

/// The confirmation link sent to `to`, as a path.
pub(crate) async fn confirm_link(app: &TestApp, to: &str) -> String {
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rev()
        .find(|m| m.to == to)
        .expect("a message to the signer");
    path_of(&link_in(&mail.text, "/confirm/").expect("confirm link"))
}

pub(crate) async fn manage_link(app: &TestApp, to: &str) -> String {
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rev()
        .find(|m| m.to == to)
        .expect("a message to the signer");
    path_of(&link_in(&mail.text, "/manage/").expect("manage link"))
}

pub(crate) async fn confirm(app: &TestApp, path: &str) -> reqwest::Response {
    let page = app.get(path).await.text().await.unwrap();
    let token = input_value(&page, "csrf_token").expect("confirm form");
    app.post_form(path, &[("csrf_token", &token)]).await
}

backend_tests! {
    async fn an_organisation_signs_and_confirms(app: TestApp) {
        app.open_statement("xiamen", &[("public_list", "on")]).await;
        let page = app.get("/s/xiamen").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Coordinated by Coalition for Human Rights Defenders"));
        assert!(html.contains("Friday 7 February 2031, 23:59 Zurich time"));
        assert!(html.contains("closes in"));
        assert!(html.contains("No signatures yet."));
        assert!(html.contains("<label for=\"name\">"));
        let res = sign(&app, "xiamen", &org("Asian Lawyers Network (ALN)", "aiko@aln.example.org")).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/s/xiamen/thanks");
        assert!(app.get("/s/xiamen/thanks").await.text().await.unwrap().contains("Follow the link"));
        // Not counted before confirmation.
        assert!(app.get("/s/xiamen").await.text().await.unwrap().contains("No signatures yet."));
        let mail = app.outbox().await.pop().unwrap();
        assert_eq!(mail.to, "aiko@aln.example.org");
        assert!(mail.subject.contains("Please confirm your signature"));
        assert!(mail.text.contains("Asian Lawyers Network (ALN) (Japan)"));
        assert!(mail.text.contains("/manage/") && mail.html.contains("/confirm/"));
        let path = confirm_link(&app, "aiko@aln.example.org").await;
        // Opening the link (as a mail scanner would) changes nothing.
        let look = app.get(&path).await;
        assert_eq!(look.status(), 200);
        assert_eq!(look.headers()["referrer-policy"], "no-referrer");
        assert!(look.text().await.unwrap().contains("Confirm my signature"));
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
        let res = confirm(&app, &path).await;
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("your signature is confirmed"));
        let html = app.get("/s/xiamen").await.text().await.unwrap();
        assert!(html.contains("1 signature so far."));
        assert!(html.contains("Asian Lawyers Network (ALN) (Japan)"));
        // Contact details never reach the public page.
        assert!(!html.contains("aiko@aln.example.org") && !html.contains("Aiko Tanaka") && !html.contains("Thank you for coordinating"));
    }

    async fn an_individual_signs_with_moderation(app: TestApp) {
        app.open_statement("scholars", &[("allow_individuals", "on"), ("moderation", "on"), ("public_list", "on")]).await;
        let form = [
            ("kind", "individual"), ("name", "Marie Curie"), ("title", "Professor of Law, University of Geneva"),
            ("country", "CH"), ("email", "marie@example.org"), ("listing", "public"),
        ];
        assert_eq!(sign(&app, "scholars", &form).await.status(), 303);
        let path = confirm_link(&app, "marie@example.org").await;
        let res = confirm(&app, &path).await;
        assert!(res.text().await.unwrap().contains("review each signature"));
        assert_eq!(app.count("signatures", "status = 'pending'").await, 1);
        // Waiting for review: not counted, not listed.
        let html = app.get("/s/scholars").await.text().await.unwrap();
        assert!(html.contains("No signatures yet.") && !html.contains("Marie Curie"));
        app.sql("UPDATE signatures SET status = 'approved'").await;
        let html = app.get("/s/scholars").await.text().await.unwrap();
        assert!(html.contains("Marie Curie (Switzerland), Professor of Law, University of Geneva"));
    }

    async fn counted_but_not_named(app: TestApp) {
        app.open_statement("quiet", &[("public_list", "on")]).await;
        let mut form = org("Brave Small Group", "brave@example.org");
        form.retain(|(k, _)| *k != "listing");
        form.push(("listing", "anonymous"));
        sign(&app, "quiet", &form).await;
        confirm(&app, &confirm_link(&app, "brave@example.org").await).await;
        let html = app.get("/s/quiet").await.text().await.unwrap();
        assert!(html.contains("1 signature so far."));
        assert!(html.contains("and 1 organisation that asked not to be named"));
        assert!(!html.contains("Brave Small Group"));
    }

    async fn every_validation_rule_reports_and_keeps_input(app: TestApp) {
        app.open_statement("rules", &[("require_country", "on")]).await;
        let long = "x".repeat(301);
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (vec![("name", "")], "Enter the name of the organisation"),
            (vec![("name", "A")], "at least 2 characters"),
            (vec![("name", long.as_str())], "at most 300 characters"),
            (vec![("name", "Evil\u{202E}gro")], "invisible or control characters"),
            (vec![("email", "not-an-email")], "Enter an email address like"),
            (vec![("website", "javascript:alert(1)")], "starting with http:// or https://"),
            (vec![("country", "XX")], "Choose a country from the list"),
            (vec![("country", "")], "Choose a country."),
            (vec![("contact_name", "")], "Enter the name of a contact person"),
            (vec![("listing", "")], "Choose how we should list you"),
            (vec![("kind", "individual")], "Choose who is signing"),
        ];
        for (changes, message) in cases {
            let mut form = org("Lawyers for Lawyers", "l4l@example.org");
            for (k, v) in &changes {
                form.retain(|(f, _)| f != k);
                form.push((k, v));
            }
            let res = sign(&app, "rules", &form).await;
            assert_eq!(res.status(), 422, "{changes:?}");
            let html = res.text().await.unwrap();
            assert!(html.contains(message), "{changes:?}: missing {message:?}");
            assert!(html.contains("class=\"error-summary\""));
            assert_eq!(input_value(&html, "email").as_deref(), form.iter().find(|(k, _)| *k == "email").map(|(_, v)| *v), "email kept");
            assert!(html.contains("Thank you for coordinating."), "message kept");
        }
        // The name is cleaned: NFC, trimmed, inner spaces collapsed.
        let form = org("  Acción   Solidaria ", "as@example.org");
        assert_eq!(sign(&app, "rules", &form).await.status(), 303);
        assert_eq!(app.count("signatures", "name = 'Acción Solidaria'").await, 1);
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
    }

    async fn the_same_organisation_never_signs_twice(app: TestApp) {
        app.open_statement("dupes", &[]).await;
        assert_eq!(sign(&app, "dupes", &org("Acción Solidaria", "first@example.org")).await.status(), 303);
        // Same organisation (other spelling), other address: the same answer…
        let res = sign(&app, "dupes", &org("ACCION  solidaria", "second@example.org")).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/s/dupes/thanks");
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
        // …the first address hears of it, the second gets nothing.
        let outbox = app.outbox().await;
        assert!(outbox.iter().all(|m| m.to != "second@example.org"));
        let notice = outbox.iter().find(|m| m.to == "first@example.org" && m.subject.contains("tried to sign again")).expect("notice to the first signer");
        assert!(notice.text.contains("/manage/"));
        // The same address for another organisation is a duplicate too.
        assert_eq!(sign(&app, "dupes", &org("Another Group", "first@example.org")).await.status(), 303);
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
        // The coordinators see the attempts.
        assert_eq!(app.count("audit_log", "action = 'signature.duplicate_attempt'").await, 2);
        // The same name in another country is another organisation.
        let mut form = org("Acción Solidaria", "third@example.org");
        form.retain(|(k, _)| *k != "country");
        form.push(("country", "VE"));
        assert_eq!(sign(&app, "dupes", &form).await.status(), 303);
        assert_eq!(app.count("signatures", "1 = 1").await, 2);
    }

    async fn the_manage_link_edits_and_withdraws(app: TestApp) {
        app.open_statement("manage", &[("public_list", "on")]).await;
        sign(&app, "manage", &org("Lawers for Lawyers", "l4l@example.org")).await;
        confirm(&app, &confirm_link(&app, "l4l@example.org").await).await;
        let path = manage_link(&app, "l4l@example.org").await;
        let page = app.get(&path).await;
        assert_eq!(page.headers()["referrer-policy"], "no-referrer");
        let html = page.text().await.unwrap();
        assert_eq!(input_value(&html, "name").as_deref(), Some("Lawers for Lawyers"));
        let mut form = org("Lawyers for Lawyers", "ignored@example.org");
        let token = input_value(&html, "csrf_token").unwrap();
        form.push(("csrf_token", &token));
        let res = app.post_form(&path, &form).await;
        assert_eq!(res.status(), 303);
        let public = app.get("/s/manage").await.text().await.unwrap();
        assert!(public.contains("Lawyers for Lawyers (Japan)") && !public.contains("Lawers"));
        // The address stays as signed.
        assert_eq!(app.count("signatures", "email = 'l4l@example.org'").await, 1);
        let html = app.get(&path).await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        let res = app.post_form(&format!("{path}/withdraw"), &[("csrf_token", &token)]).await;
        assert_eq!(res.status(), 303);
        assert!(app.get(&path).await.text().await.unwrap().contains("withdrawn"));
        let public = app.get("/s/manage").await.text().await.unwrap();
        assert!(public.contains("No signatures yet.") && !public.contains("Lawyers for Lawyers"));
        // Having withdrawn, the organisation may sign again.
        assert_eq!(sign(&app, "manage", &org("Lawyers for Lawyers", "l4l@example.org")).await.status(), 303);
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
    }

    async fn the_manage_link_stops_at_the_deadline(app: TestApp) {
        app.open_statement("late", &[]).await;
        sign(&app, "late", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let path = manage_link(&app, "l4l@example.org").await;
        let html = app.get(&path).await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        app.sql("UPDATE statements SET deadline = '2024-01-01 00:00:00'").await;
        let res = app.post_form(&format!("{path}/withdraw"), &[("csrf_token", &token)]).await;
        assert_eq!(res.status(), 410);
        assert!(res.text().await.unwrap().contains("can no longer be changed"));
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
    }

    async fn expired_reused_and_forged_tokens(app: TestApp) {
        app.open_statement("tokens", &[]).await;
        sign(&app, "tokens", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let path = confirm_link(&app, "l4l@example.org").await;
        // Forged: a token nobody was given.
        assert_eq!(app.get("/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await.status(), 410);
        assert_eq!(app.get("/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await.status(), 410);
        // Only hashes are stored: the token itself is nowhere in the database.
        let token = path.rsplit('/').next().unwrap().to_string();
        assert_eq!(app.count("signatures", &format!("confirm_token_hash = '{token}'")).await, 0);
        // Expired.
        let html = app.get(&path).await.text().await.unwrap();
        let csrf = input_value(&html, "csrf_token").unwrap();
        app.sql("UPDATE signatures SET confirm_expires_at = '2024-01-01 00:00:00'").await;
        assert_eq!(app.get(&path).await.status(), 410);
        assert_eq!(app.post_form(&path, &[("csrf_token", &csrf)]).await.status(), 410);
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
        // Valid again, then used twice: the second time changes nothing.
        app.sql("UPDATE signatures SET confirm_expires_at = '2099-01-01 00:00:00'").await;
        assert_eq!(confirm(&app, &path).await.status(), 200);
        let again = app.post_form(&path, &[("csrf_token", &csrf)]).await;
        assert_eq!(again.status(), 200);
        assert!(again.text().await.unwrap().contains("already confirmed"));
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        assert_eq!(app.count("audit_log", "action = 'signature.confirm'").await, 1);
    }

    async fn signing_is_refused_once_closed_and_unknown_for_drafts(app: TestApp) {
        app.open_statement("closing", &[]).await;
        let page = app.get("/s/closing").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        // The deadline passes between showing the form and sending it.
        app.sql("UPDATE statements SET deadline = '2024-01-01 00:00:00'").await;
        let mut form = org("Late Group", "late@example.org");
        form.push(("csrf_token", &token));
        let res = app.post_form("/s/closing/sign", &form).await;
        assert_eq!(res.status(), 410);
        let html = res.text().await.unwrap();
        assert!(html.contains("Signing closed on"));
        assert!(!html.contains("action=\"/s/closing/sign\""), "no form once closed");
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // Published: 410 as well.
        app.sql("UPDATE statements SET status = 'published'").await;
        assert_eq!(app.post_form("/s/closing/sign", &form).await.status(), 410);
        // Drafts and unknown statements: 404.
        app.sql("UPDATE statements SET status = 'draft'").await;
        assert_eq!(app.post_form("/s/closing/sign", &form).await.status(), 404);
        assert_eq!(app.get("/s/closing").await.status(), 404);
        assert_eq!(app.post_form("/s/nothing-here/sign", &form).await.status(), 404);
    }

    async fn robots_filling_the_honeypot_store_nothing(app: TestApp) {
        app.open_statement("honey", &[]).await;
        let mut form = org("Spam Bot Inc", "bot@example.org");
        form.push(("homepage", "http://spam.example"));
        let res = sign(&app, "honey", &form).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/s/honey/thanks");
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        assert!(app.outbox().await.is_empty());
    }

    async fn without_smtp_messages_are_written_to_the_outbox_folder(app: TestApp) {
        app.open_statement("files", &[]).await;
        sign(&app, "files", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let dir = app.data_dir.path().join("outbox");
        let mut found = None;
        for _ in 0..50 {
            if let Some(entry) = std::fs::read_dir(&dir).ok().and_then(|mut d| d.next()) {
                found = Some(entry.unwrap().path());
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let path = found.expect("an .eml file");
        assert_eq!(path.extension().unwrap(), "eml");
        let eml = std::fs::read_to_string(&path).unwrap();
        assert!(eml.contains("To: l4l@example.org"));
        assert!(eml.contains("multipart/alternative"));
        assert!(eml.contains("text/plain") && eml.contains("text/html"));
        assert!(app.outbox().await[0].sent);
    }

    async fn two_hundred_signers_at_once_make_two_hundred_signatures(app: TestApp) {
        app.open_statement("rush", &[]).await;
        let page = app.get("/s/rush").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        let mut tasks = Vec::new();
        for i in 0..200 {
            let (client, url, token) = (app.client.clone(), app.url("/s/rush/sign"), token.clone());
            tasks.push(tokio::spawn(async move {
                let name = format!("Organisation number {i}");
                let email = format!("org{i}@example.org");
                let form = [("kind", "organisation"), ("name", name.as_str()), ("country", "FR"), ("contact_name", "Someone"),
                    ("email", email.as_str()), ("listing", "public"), ("csrf_token", token.as_str())];
                client.post(url).form(&form).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 303);
        }
        assert_eq!(app.count("signatures", "1 = 1").await, 200);
        assert_eq!(app.count("email_outbox", "kind = 'confirm'").await, 200);
    }

    async fn fifty_submissions_of_one_organisation_make_one_signature(app: TestApp) {
        app.open_statement("same", &[]).await;
        let page = app.get("/s/same").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        let mut tasks = Vec::new();
        for i in 0..50 {
            let (client, url, token) = (app.client.clone(), app.url("/s/same/sign"), token.clone());
            tasks.push(tokio::spawn(async move {
                let email = format!("person{i}@example.org");
                let form = [("kind", "organisation"), ("name", "Human Rights in China"), ("country", ""), ("contact_name", "Someone"),
                    ("email", email.as_str()), ("listing", "public"), ("csrf_token", token.as_str())];
                client.post(url).form(&form).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 303);
        }
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
        assert_eq!(app.count("audit_log", "action = 'signature.duplicate_attempt'").await, 49);
    }
}

async fn rate_limited(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.rate_limit = 2).await;
    app.open_statement("limited", &[]).await;
    assert_eq!(
        sign(&app, "limited", &org("First Group", "a@example.org"))
            .await
            .status(),
        303
    );
    assert_eq!(
        sign(&app, "limited", &org("Second Group", "b@example.org"))
            .await
            .status(),
        303
    );
    let res = sign(&app, "limited", &org("Third Group", "c@example.org")).await;
    assert_eq!(res.status(), 429);
    let html = res.text().await.unwrap();
    assert!(html.contains("wait a minute"));
    assert_eq!(input_value(&html, "name").as_deref(), Some("Third Group"));
    assert_eq!(app.count("signatures", "1 = 1").await, 2);
}

backend_tests! {
    async fn signing_is_rate_limited_per_client(backend: Backend) {
        rate_limited(backend).await;
    }
}

/// A tiny SMTP server on loopback that refuses the first message with a
/// temporary error and accepts the next ones; it hands over what it got.
async fn fake_smtp() -> (u16, tokio::sync::mpsc::UnboundedReceiver<String>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut sessions = 0;
        while let Ok((stream, _)) = listener.accept().await {
            sessions += 1;
            let refuse = sessions == 1;
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 fake ESMTP\r\n").await.ok();
                let mut data = String::new();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            tx.send(std::mem::take(&mut data)).ok();
                            write.write_all(b"250 queued\r\n").await.ok();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250 fake\r\n"
                    } else if upper.starts_with("MAIL FROM") {
                        if refuse {
                            b"451 try again later\r\n"
                        } else {
                            b"250 ok\r\n"
                        }
                    } else if upper.starts_with("RCPT TO") {
                        b"250 ok\r\n"
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go on\r\n"
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.ok();
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.ok();
                }
            });
        }
    });
    (port, rx)
}

async fn smtp_retry(backend: Backend) {
    let (port, mut received) = fake_smtp().await;
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.mail_retry_seconds = 1;
    })
    .await;
    app.open_statement("smtp", &[]).await;
    assert_eq!(
        sign(&app, "smtp", &org("Lawyers for Lawyers", "l4l@example.org"))
            .await
            .status(),
        303
    );
    let message = tokio::time::timeout(std::time::Duration::from_secs(30), received.recv())
        .await
        .expect("the message arrives after a retry")
        .unwrap();
    assert!(message.contains("/confirm/"), "{message}");
    // Wait for the sender to record the delivery.
    for _ in 0..50 {
        if app.outbox().await[0].sent {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mail = &app.outbox().await[0];
    assert!(mail.sent);
    assert_eq!(mail.attempts, 2, "refused once, then delivered");
    // With SMTP there are no files.
    assert!(!app.data_dir.path().join("outbox").exists());
}

backend_tests! {
    async fn a_failing_smtp_server_delays_but_never_loses_a_confirmation(backend: Backend) {
        smtp_retry(backend).await;
    }
}

async fn squatting(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.open_statement("squat", &[]).await;
    // Someone signs in a real organisation's name and never confirms.
    assert_eq!(
        sign(
            &app,
            "squat",
            &org("Amnesty International", "squatter@example.org")
        )
        .await
        .status(),
        303
    );
    // While that link is valid, the real organisation's attempt is a duplicate…
    assert_eq!(
        sign(
            &app,
            "squat",
            &org("Amnesty International", "real@example.org")
        )
        .await
        .status(),
        303
    );
    assert_eq!(app.count("signatures", "1 = 1").await, 1);
    // …but once it has expired, it holds no place.
    app.sql("UPDATE signatures SET confirm_expires_at = '2024-01-01 00:00:00'")
        .await;
    assert_eq!(
        sign(
            &app,
            "squat",
            &org("Amnesty International", "real@example.org")
        )
        .await
        .status(),
        303
    );
    assert_eq!(
        app.count(
            "signatures",
            "email = 'real@example.org' AND status = 'unconfirmed'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count(
            "signatures",
            "email = 'squatter@example.org' AND status = 'withdrawn'"
        )
        .await,
        1
    );
}

backend_tests! {
    async fn an_expired_unconfirmed_signature_holds_no_place(backend: Backend) {
        squatting(backend).await;
    }
}
