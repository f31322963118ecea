//! Signing: the public form, confirmation, the manage link, duplicates,
//! deadlines, abuse protections and the email outbox.

use crate::common::{input_value, link_in, location, org, Backend, TestApp};

backend_tests! {
    async fn no_working_link_can_be_read_back_from_the_database(app: TestApp) {
        app.open_statement("rest", &[]).await;
        assert_eq!(app.sign("rest", &org("Resting Group", "rest@example.org")).await.status(), 303);
        let mail = app.delivered().await.pop().expect("a message");
        let confirm = link_in(&mail.text, "/confirm/").expect("confirm link");
        let manage = link_in(&mail.text, "/manage/").expect("manage link");
        for link in [confirm, manage] {
            let token = link.rsplit('/').next().unwrap().to_string();
            assert!(token.len() >= 32, "{token}");
            let found = app.where_stored(&token).await;
            assert!(found.is_empty(), "a working token is stored in {found:?}");
        }
        // The search does find what is stored.
        assert!(!app.where_stored("Resting Group").await.is_empty());
    }

    async fn a_confirmation_link_of_a_statement_published_since_offers_no_button(app: TestApp) {
        app.open_statement("since", &[]).await;
        assert_eq!(app.sign("since", &org("Late Group", "late@example.org")).await.status(), 303);
        let link = app.link_to("late@example.org", "/confirm/").await;
        app.sql("UPDATE statements SET status = 'published', published_at = '2025-01-01 00:00:00'").await;
        let res = app.get(&link).await;
        assert_eq!(res.status(), 410);
        let html = res.text().await.unwrap();
        assert!(!html.contains("<form method=\"post\">"), "{html}");
        // The button's POST answers the same.
        assert_eq!(app.post(&link, &[]).await.status(), 410);
    }

    async fn an_organisation_signs_and_confirms(app: TestApp) {
        app.open_statement("xiamen", &[("public_list", "on")]).await;
        let page = app.get("/s/xiamen").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Coordinated by Coalition for Human Rights Defenders"));
        assert!(html.contains("Friday, 7 February 2031 at 23:59 Switzerland Time"));
        assert!(html.contains("closes in"));
        assert!(html.contains("No signatures yet."));
        assert!(html.contains("<label for=\"name\">"));
        let res = app.sign("xiamen", &org("Asian Lawyers Network (ALN)", "aiko@aln.example.org")).await;
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
        let path = app.link_to("aiko@aln.example.org", "/confirm/").await;
        // Opening the link (as a mail scanner would) changes nothing.
        let look = app.get(&path).await;
        assert_eq!(look.status(), 200);
        assert_eq!(look.headers()["referrer-policy"], "no-referrer");
        assert!(look.text().await.unwrap().contains("Confirm my signature"));
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
        let res = app.confirm(&path).await;
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("your signature is confirmed"));
        let html = app.get("/s/xiamen").await.text().await.unwrap();
        assert!(html.contains("1 signature so far."));
        assert!(html.contains("<bdi>Asian Lawyers Network (ALN)</bdi> (Japan)"));
        // Contact details never reach the public page.
        assert!(!html.contains("aiko@aln.example.org") && !html.contains("Aiko Tanaka") && !html.contains("Thank you for coordinating"));
    }

    async fn an_individual_signs_with_moderation(app: TestApp) {
        app.open_statement("scholars", &[("allow_individuals", "on"), ("moderation", "on"), ("public_list", "on")]).await;
        let form = [
            ("kind", "individual"), ("name", "Marie Curie"), ("title", "Professor of Law, University of Geneva"),
            ("country", "CH"), ("email", "marie@example.org"), ("listing", "public"),
        ];
        assert_eq!(app.sign("scholars", &form).await.status(), 303);
        let path = app.link_to("marie@example.org", "/confirm/").await;
        let res = app.confirm(&path).await;
        assert!(res.text().await.unwrap().contains("review each signature"));
        assert_eq!(app.count("signatures", "status = 'pending'").await, 1);
        // Waiting for review: not counted, not listed.
        let html = app.get("/s/scholars").await.text().await.unwrap();
        assert!(html.contains("No signatures yet.") && !html.contains("Marie Curie"));
        app.sql("UPDATE signatures SET status = 'approved'").await;
        // A change made elsewhere (here, straight in the database) shows
        // within a second: the open page is kept in memory.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let html = app.get("/s/scholars").await.text().await.unwrap();
        assert!(html.contains("<bdi>Marie Curie</bdi> (Switzerland), <bdi>Professor of Law, University of Geneva</bdi>"));
    }

    async fn counted_but_not_named(app: TestApp) {
        app.open_statement("quiet", &[("public_list", "on")]).await;
        let mut form = org("Brave Small Group", "brave@example.org");
        form.retain(|(k, _)| *k != "listing");
        form.push(("listing", "anonymous"));
        app.sign("quiet", &form).await;
        app.confirm(&app.link_to("brave@example.org", "/confirm/").await).await;
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
            let res = app.sign("rules", &form).await;
            assert_eq!(res.status(), 422, "{changes:?}");
            let html = res.text().await.unwrap();
            assert!(html.contains(message), "{changes:?}: missing {message:?}");
            assert!(html.contains("class=\"error-summary\""));
            assert_eq!(input_value(&html, "email").as_deref(), form.iter().find(|(k, _)| *k == "email").map(|(_, v)| *v), "email kept");
            assert!(html.contains("Thank you for coordinating."), "message kept");
        }
        // The name is cleaned: NFC, trimmed, inner spaces collapsed.
        let form = org("  Acción   Solidaria ", "as@example.org");
        assert_eq!(app.sign("rules", &form).await.status(), 303);
        assert_eq!(app.count("signatures", "name = 'Acción Solidaria'").await, 1);
        assert_eq!(app.count("signatures", "1 = 1").await, 1);
    }

    async fn the_same_organisation_never_signs_twice(app: TestApp) {
        app.open_statement("dupes", &[]).await;
        let first = app.sign_confirmed("dupes", &org("Acción Solidaria", "first@example.org")).await;
        assert_eq!(first.status(), 200);
        let first = first.text().await.unwrap();
        // Same organisation (other spelling), other address: the same
        // answer and the same email…
        let res = app.sign("dupes", &org("ACCION  solidaria", "second@example.org")).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/s/dupes/thanks");
        let mail = app.last_mail_to("second@example.org").await;
        assert_eq!(mail.subject, app.last_mail_to("first@example.org").await.subject);
        // …and confirming it is answered as the first was, but it waits
        // for the coordinators instead of joining the list.
        let second = app.confirm(&app.link_to("second@example.org", "/confirm/").await).await;
        assert_eq!(second.status(), 200);
        let second = second.text().await.unwrap();
        assert_eq!(first.replace("Acción Solidaria", "X"), second.replace("ACCION solidaria", "X"));
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "status = 'review' AND duplicate_of IS NOT NULL").await, 1);
        // Nobody but the coordinators hears of it: the first address gets
        // nothing (it could be a squatter's).
        assert_eq!(app.outbox().await.iter().filter(|m| m.to == "first@example.org").count(), 1);
        // The same address for another organisation is a duplicate too.
        assert_eq!(app.sign_confirmed("dupes", &org("Another Group", "first@example.org")).await.status(), 200);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "status = 'review'").await, 2);
        // The coordinators see both in the audit log.
        assert_eq!(app.count("audit_log", "action = 'signature.confirm' AND details LIKE '%review%'").await, 2);
        // The same name in another country is another organisation.
        let mut form = org("Acción Solidaria", "third@example.org");
        form.retain(|(k, _)| *k != "country");
        form.push(("country", "VE"));
        assert_eq!(app.sign_confirmed("dupes", &form).await.status(), 200);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 2);
    }

    async fn the_manage_link_edits_and_withdraws(app: TestApp) {
        app.open_statement("manage", &[("public_list", "on")]).await;
        app.sign("manage", &org("Lawers for Lawyers", "l4l@example.org")).await;
        app.confirm(&app.link_to("l4l@example.org", "/confirm/").await).await;
        let path = app.link_to("l4l@example.org", "/manage/").await;
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
        assert!(public.contains("<bdi>Lawyers for Lawyers</bdi> (Japan)") && !public.contains("Lawers"));
        // The address stays as signed.
        assert_eq!(app.count("signatures", "email = 'l4l@example.org'").await, 1);
        let html = app.get(&path).await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        // One click is not enough: the box must be ticked.
        let res = app.post_form(&format!("{path}/withdraw"), &[("csrf_token", &token)]).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("Tick the box to confirm"));
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        let res = app.post_form(&format!("{path}/withdraw"), &[("csrf_token", &token), ("confirm", "yes")]).await;
        assert_eq!(res.status(), 303);
        assert!(app.get(&path).await.text().await.unwrap().contains("withdrawn"));
        let public = app.get("/s/manage").await.text().await.unwrap();
        assert!(public.contains("No signatures yet.") && !public.contains("Lawyers for Lawyers"));
        // Having withdrawn, the organisation may sign again.
        assert_eq!(app.sign("manage", &org("Lawyers for Lawyers", "l4l@example.org")).await.status(), 303);
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
    }

    async fn the_manage_link_stops_at_the_deadline(app: TestApp) {
        app.open_statement("late", &[]).await;
        app.sign("late", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let path = app.link_to("l4l@example.org", "/manage/").await;
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
        app.sign("tokens", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let path = app.link_to("l4l@example.org", "/confirm/").await;
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
        assert_eq!(app.confirm(&path).await.status(), 200);
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
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(app.get("/s/closing").await.status(), 404);
        assert_eq!(app.post_form("/s/nothing-here/sign", &form).await.status(), 404);
    }

    async fn robots_filling_the_honeypot_store_nothing(app: TestApp) {
        app.open_statement("honey", &[]).await;
        let mut form = org("Spam Bot Inc", "bot@example.org");
        form.push(("homepage", "http://spam.example"));
        let res = app.sign("honey", &form).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/s/honey/thanks");
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        assert!(app.outbox().await.is_empty());
    }

    async fn without_smtp_messages_are_written_to_the_outbox_folder(app: TestApp) {
        app.open_statement("files", &[]).await;
        app.sign("files", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        let dir = app.data_dir.path().join("outbox");
        let mut found = None;
        for _ in 0..50 {
            let done = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "eml"));
            if let Some(path) = done {
                found = Some(path);
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
        // The Message-ID is the outbox row's: the same on every retry.
        let id = eml.lines().find_map(|l| l.strip_prefix("Message-ID: <")).expect("a Message-ID");
        let id = id.split('@').next().unwrap();
        assert_eq!(app.count("email_outbox", &format!("id = '{id}'")).await, 1, "{id}");
        // The file comes first, then the record that it was sent.
        assert!(app.delivered().await[0].sent);
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

    async fn a_signature_the_database_refuses_leaves_the_others_of_its_batch_stored(app: TestApp) {
        // Signatures arriving together are stored with one insert; should
        // it fail, each is stored on its own, and only the refused one fails.
        let trigger = match app.backend {
            Backend::Sqlite => "CREATE TRIGGER refuse BEFORE INSERT ON signatures WHEN NEW.name = 'Refused Group'
                BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            Backend::Postgres => "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.name = 'Refused Group' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION refuse();",
        };
        app.sql(trigger).await;
        app.open_statement("batch", &[]).await;
        let page = app.get("/s/batch").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        let mut tasks = Vec::new();
        for i in 0..40 {
            let (client, url, token) = (app.client.clone(), app.url("/s/batch/sign"), token.clone());
            tasks.push(tokio::spawn(async move {
                let name = if i == 20 { "Refused Group".to_string() } else { format!("Organisation number {i}") };
                let email = format!("org{i}@example.org");
                let form = [("kind", "organisation"), ("name", name.as_str()), ("country", "FR"), ("contact_name", "Someone"),
                    ("email", email.as_str()), ("listing", "public"), ("csrf_token", token.as_str())];
                client.post(url).form(&form).send().await.unwrap().status().as_u16()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        assert_eq!(statuses[20], 500);
        assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 39, "{statuses:?}");
        assert_eq!(app.count("signatures", "1 = 1").await, 39);
        assert_eq!(app.count("signatures", "name = 'Refused Group'").await, 0);
        assert_eq!(app.count("email_outbox", "kind = 'confirm'").await, 39);
    }

    async fn fifty_confirmations_of_one_organisation_make_one_entry(app: TestApp) {
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
        // Every submission is stored and gets its confirmation email.
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 50);
        assert_eq!(app.count("email_outbox", "kind = 'confirm'").await, 50);
        // All confirm at once: one entry joins the list, the rest wait.
        let mut links = Vec::new();
        for i in 0..50 {
            links.push(app.link_to(&format!("person{i}@example.org"), "/confirm/").await);
        }
        let mut tasks = Vec::new();
        for link in links {
            let (client, url) = (app.client.clone(), app.url(&link));
            tasks.push(tokio::spawn(async move {
                let page = client.get(&url).send().await.unwrap().text().await.unwrap();
                let token = crate::common::input_value(&page, "csrf_token").unwrap();
                client.post(&url).form(&[("csrf_token", token)]).send().await.unwrap().status().as_u16()
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200);
        }
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "status = 'review'").await, 49);
        assert_eq!(app.count("email_outbox", "kind <> 'confirm'").await, 0, "no notices");
    }
}

async fn rate_limited(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.rate_limit = 2).await;
    app.open_statement("limited", &[]).await;
    assert_eq!(
        app.sign("limited", &org("First Group", "a@example.org"))
            .await
            .status(),
        303
    );
    assert_eq!(
        app.sign("limited", &org("Second Group", "b@example.org"))
            .await
            .status(),
        303
    );
    let res = app
        .sign("limited", &org("Third Group", "c@example.org"))
        .await;
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
        app.sign("smtp", &org("Lawyers for Lawyers", "l4l@example.org"))
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
    // Someone signs in a real organisation's name and never confirms…
    let squatter = org("Amnesty International", "squatter@example.org");
    assert_eq!(app.sign("squat", &squatter).await.status(), 303);
    // …which holds no place: the real organisation signs at once.
    let real = org("Amnesty International", "real@example.org");
    assert_eq!(app.sign_confirmed("squat", &real).await.status(), 200);
    assert_eq!(
        app.count(
            "signatures",
            "email = 'real@example.org' AND status = 'approved'"
        )
        .await,
        1
    );
    // Confirming later, the squatter only reaches the review queue.
    app.confirm(&app.link_to("squatter@example.org", "/confirm/").await)
        .await;
    assert_eq!(
        app.count(
            "signatures",
            "email = 'squatter@example.org' AND status = 'review'"
        )
        .await,
        1
    );
}

backend_tests! {
    async fn an_unconfirmed_signature_holds_no_place(backend: Backend) {
        squatting(backend).await;
    }
}

async fn smtp_refusal(backend: Backend) {
    let port = crate::privacy::refusing_smtp().await;
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.mail_retry_seconds = 1;
    })
    .await;
    app.open_statement("refused", &[]).await;
    assert_eq!(
        app.sign(
            "refused",
            &org("Refused Group", "someone@vexhollow.example")
        )
        .await
        .status(),
        303
    );
    assert_eq!(
        app.sign(
            "refused",
            &org("Accepted Group", "someone@accepted.example")
        )
        .await
        .status(),
        303
    );
    // The refusal is recorded once, and never tried again.
    for _ in 0..100 {
        if app.outbox().await.iter().all(|m| m.attempts > 0) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let mails = app.outbox().await;
    let refused = mails.iter().find(|m| m.to.contains("vexhollow")).unwrap();
    assert!(!refused.sent);
    assert_eq!(refused.attempts, 1, "a permanent refusal is not retried");
    assert_eq!(
        app.count(
            "email_outbox",
            "last_error LIKE '%550%' AND sent_at IS NULL"
        )
        .await,
        1
    );
    assert!(mails.iter().any(|m| m.to.contains("accepted") && m.sent));
    // Coordinators see which signers' emails never arrived.
    app.as_admin().await;
    let refused = app.signature_id("someone@vexhollow.example").await;
    let page = app
        .get(&format!("/admin/signatures/{refused}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Refused by the mail server"), "{page}");
    let accepted = app.signature_id("someone@accepted.example").await;
    let page = app
        .get(&format!("/admin/signatures/{accepted}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Sent 20"), "{page}");
    // Once the address or the server is fixed, a coordinator sends it again.
    let res = app
        .post(&format!("/admin/signatures/{refused}/send-again"), &[])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        crate::common::location(&res),
        format!("/admin/signatures/{refused}?done=mail-queued")
    );
    for _ in 0..100 {
        if app
            .outbox()
            .await
            .iter()
            .any(|m| m.to.contains("vexhollow") && m.attempts == 2)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let again = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.to.contains("vexhollow"))
        .unwrap();
    assert_eq!(again.attempts, 2, "sent again once");
    assert!(app
        .get("/admin/audit")
        .await
        .text()
        .await
        .unwrap()
        .contains("sent the confirmation email of"));
    // Nothing refused, nothing to send again.
    assert_eq!(
        app.post(&format!("/admin/signatures/{accepted}/send-again"), &[])
            .await
            .status(),
        409
    );
}

backend_tests! {
    async fn a_permanent_refusal_is_parked_not_retried(backend: Backend) {
        smtp_refusal(backend).await;
    }
}

/// A mail server that accepts connections and never says a word.
async fn silent_smtp() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    port
}

async fn smtp_silence(backend: Backend) {
    let port = silent_smtp().await;
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.smtp_timeout_seconds = 1;
        s.mail_retry_seconds = 3600;
    })
    .await;
    app.open_statement("silent", &[]).await;
    for i in 0..6 {
        let email = format!("silent{i}@example.org");
        let name = format!("Silent Group {i}");
        assert_eq!(app.sign("silent", &org(&name, &email)).await.status(), 303);
    }
    // Every message is tried and given up on within the timeout: a server
    // that never answers does not hold the outbox.
    let mut tried = 0;
    for _ in 0..150 {
        tried = app
            .outbox()
            .await
            .iter()
            .filter(|m| m.attempts == 1)
            .count();
        if tried == 6 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(tried, 6, "every message was attempted and recorded");
    assert_eq!(
        app.count("email_outbox", "last_error IS NOT NULL AND sent_at IS NULL")
            .await,
        6
    );
}

backend_tests! {
    async fn a_mail_server_that_never_answers_stalls_nothing(backend: Backend) {
        smtp_silence(backend).await;
    }
}
