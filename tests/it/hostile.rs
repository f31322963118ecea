//! What hostile clients send: control characters where text goes, junk in
//! the proxy's header. Every case is answered as a client error, never a
//! 500, the same on both backends.

use crate::common::{org, Backend, TestApp};
use crate::publication::{close_and_publish, setup};

backend_tests! {
    async fn control_characters_are_refused_at_the_edge(app: TestApp) {
        let admin = setup(&app, "edge", &[]).await;
        for path in ["/s/a%00b", "/api/v1/statements/a%00b", "/s/edge%0D%0A", "/s/edge?lang=%00", "/admin/login?next=%07"] {
            assert_eq!(app.get(path).await.status(), 400, "{path}");
        }
        let login = app.stranger().post("/admin/login", &[("email", "a\u{0}@example.org"), ("password", "x")]).await;
        assert_eq!(login.status(), 400);
        let edit = admin.post("/admin/statements/edge/edit", &[("title", "Bell\u{7} title"), ("action", "save")]).await;
        assert_eq!(edit.status(), 400);
        let mut form = org("Null\u{0} Group", "null@example.org");
        assert_eq!(app.sign("edge", &form).await.status(), 400);
        form = org("Escape\u{1b}[31m Group", "esc@example.org");
        assert_eq!(app.sign("edge", &form).await.status(), 400);
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // Line breaks and tabs are text: a statement's body has them.
        let body = admin.post("/admin/statements/edge/edit", &[("title", "Edge"), ("slug", "edge"), ("language", "en"),
            ("body", "First paragraph.\r\n\r\n\tSecond."), ("deadline", "2031-02-07T23:59"), ("timezone", "UTC"),
            ("allow_organisations", "on"), ("grouping", "none"), ("action", "save")]).await;
        assert_ne!(body.status(), 400);
        assert!(body.status().as_u16() < 500);
    }

    async fn the_bulk_return_address_cannot_split_a_header(app: TestApp) {
        let admin = setup(&app, "back", &[]).await;
        for back in ["?status=all\r\nSet-Cookie: x=y", "?status=all\u{0}", "?a#\r\n"] {
            let res = admin.post("/admin/statements/back/signatures/bulk", &[("action", "approve"), ("back", back)]).await;
            assert!(res.status().as_u16() < 500, "{back:?}: {}", res.status());
            assert!(!res.headers().contains_key("x"), "{back:?}");
        }
    }

    async fn the_feed_stays_valid_xml_whatever_was_stored(app: TestApp) {
        let admin = setup(&app, "feed", &[]).await;
        close_and_publish(&admin, "feed").await;
        // Text stored before forms refused control characters.
        let chr = match app.backend { Backend::Sqlite => "char", Backend::Postgres => "chr" };
        app.sql(&format!("UPDATE statements SET title = 'Title' || {chr}(7) || 'bell', summary = 'Sum' || {chr}(11) || 'mary'")).await;
        let feed = app.get("/feed.atom").await.text().await.unwrap();
        let parsed = feed.parse::<atom_syndication::Feed>().expect("valid XML");
        assert_eq!(parsed.entries()[0].title().as_str(), "Titlebell");
    }

    async fn an_import_with_control_characters_is_refused_whole(app: TestApp) {
        let admin = setup(&app, "import", &[]).await;
        let res = crate::publication::import(&app, &admin, "import", "name\nGood Group\nBad\u{0}Group\n").await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("Line 3: holds control characters"));
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
    }
}

#[test]
fn a_log_that_cannot_be_written_never_stops_the_server() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut child = crate::cli::command(dir.path())
        .args(["serve", "--data-dir"])
        .arg(dir.path())
        .args(["--bind", "127.0.0.1:0"])
        .env("RUST_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(full)
        .spawn()
        .expect("start binary");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("undersigned listening on http://")
        .expect("address")
        .to_string();
    for i in 0..30 {
        let path = ["/healthz", "/", "/s/nothing-here", "/admin/login"][i % 4];
        let answer = crate::cli::http_get(&addr, path);
        assert!(answer.starts_with("HTTP/1.1 "), "{path}: {answer}");
    }
    assert!(child.try_wait().unwrap().is_none(), "the server stopped");
    let status = crate::cli::terminate(&mut child);
    assert!(status.success(), "{status:?}");
}

backend_tests! {
    async fn over_https_cookies_are_host_only_and_browsers_keep_to_https(backend: Backend) {
        let app = TestApp::spawn_with(backend, |s| s.public_url = Some("https://sign.example.org".into())).await;
        // The sign-in form sets the form-token cookie.
        let res = app.new_client().get(app.url("/admin/login")).send().await.unwrap();
        assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000");
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(cookie.starts_with("__Host-us_csrf="), "{cookie}");
        assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
        // Plain http (a laptop): no HSTS, plain names.
        let plain = TestApp::spawn(backend).await;
        let res = plain.new_client().get(plain.url("/admin/login")).send().await.unwrap();
        assert!(!res.headers().contains_key("strict-transport-security"));
        assert!(res.headers()["set-cookie"].to_str().unwrap().starts_with("us_csrf="));
    }
}

backend_tests! {
    async fn a_database_that_cannot_write_answers_503_not_500(app: TestApp) {
        // What a full disk says, injected where signatures are written.
        let trigger = match app.backend {
            Backend::Sqlite => "CREATE TRIGGER disk_full BEFORE INSERT ON signatures
                BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
            Backend::Postgres => "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'could not extend file \"base/1/2\": No space left on device'; END $$;
                CREATE TRIGGER disk_full BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION disk_full();",
        };
        app.open_statement("full", &[]).await;
        app.sql(trigger).await;
        let res = app.sign("full", &org("Disk Full Group", "full@example.org")).await;
        assert_eq!(res.status(), 503);
        assert_eq!(res.headers()["retry-after"], "5");
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
    }
}

backend_tests! {
    async fn forms_sent_from_another_site_are_refused_even_with_a_token(app: TestApp) {
        app.open_statement("origin", &[]).await;
        let page = app.get("/s/origin").await.text().await.unwrap();
        let token = crate::common::input_value(&page, "csrf_token").unwrap();
        let mut form = org("Origin Group", "origin@example.org");
        form.push(("csrf_token", token.as_str()));
        let send = |headers: Vec<(&'static str, &'static str)>| {
            let mut req = app.client.post(app.url("/s/origin/sign")).form(&form);
            for (k, v) in headers {
                req = req.header(k, v);
            }
            req.send()
        };
        assert_eq!(send(vec![("origin", "https://evil.example")]).await.unwrap().status(), 403);
        assert_eq!(send(vec![("sec-fetch-site", "cross-site")]).await.unwrap().status(), 403);
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // The site itself, and pages that send no origin (no-referrer): fine.
        let own = app.url("");
        let own: &'static str = Box::leak(own.trim_end_matches('/').to_string().into_boxed_str());
        assert_eq!(send(vec![("origin", own), ("sec-fetch-site", "same-origin")]).await.unwrap().status(), 303);
        assert_eq!(send(vec![("origin", "null")]).await.unwrap().status(), 303);
    }
}

/// A raw HTTP/1.1 exchange: `head` sent, then `body` (maybe short of what
/// the head declared), then whatever the server answers within `wait`.
async fn raw_exchange(app: &TestApp, head: &str, body: &[u8], wait: std::time::Duration) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app
        .url("")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut out = vec![0u8; 4096];
    match tokio::time::timeout(wait, stream.read(&mut out)).await {
        Ok(Ok(n)) => String::from_utf8_lossy(&out[..n]).to_string(),
        Ok(Err(e)) => format!("error {e}"),
        Err(_) => "no answer".into(),
    }
}

backend_tests! {
    async fn a_body_that_never_arrives_is_not_waited_on(app: TestApp) {
        app.open_statement("slow", &[]).await;
        // A path nothing answers: refused without reading the body.
        let head = "POST /nowhere/at/all HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n";
        let answer = raw_exchange(&app, head, b"a=", std::time::Duration::from_secs(3)).await;
        assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
        // A path that takes no POST, and a method no path takes: 405 unread.
        let head = "POST /s/slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n";
        let answer = raw_exchange(&app, head, b"a=", std::time::Duration::from_secs(3)).await;
        assert!(answer.starts_with("HTTP/1.1 405"), "{answer}");
        let head = "PUT /s/slow/sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n";
        let answer = raw_exchange(&app, head, b"a=", std::time::Duration::from_secs(3)).await;
        assert!(answer.starts_with("HTTP/1.1 405"), "{answer}");
        // A declared size past the limit: refused at once.
        let head = "POST /s/slow/sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n";
        let answer = raw_exchange(&app, head, b"a=", std::time::Duration::from_secs(3)).await;
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
        // A body that stalls: given up after the body timeout.
        let head = "POST /s/slow/sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
        let started = std::time::Instant::now();
        let answer = raw_exchange(&app, head, b"kind=organisation&na", std::time::Duration::from_secs(20)).await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
        assert!(started.elapsed() < std::time::Duration::from_secs(15));
    }
}

backend_tests! {
    async fn percent_encoded_paths_and_odd_media_types_get_the_same_checks(app: TestApp) {
        app.open_statement("encoded", &[]).await;
        // The router decodes `%73` to `s`: the token check must see it too.
        let form = org("Encoded Path Group", "encoded@example.org");
        let res = app.client.post(app.url("/%73/encoded/sign")).form(&form).send().await.unwrap();
        assert_eq!(res.status(), 403);
        let res = app.client.post(app.url("/admin/%6Cogin")).form(&[("email", "a@example.org"), ("password", "x")]).send().await.unwrap();
        assert_eq!(res.status(), 403);
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
        // A media type in capitals is still a form: its NUL is refused.
        let page = app.get("/s/encoded").await.text().await.unwrap();
        let token = crate::common::input_value(&page, "csrf_token").unwrap();
        let body = format!("kind=organisation&name=Nul%00Group&country=FR&contact_name=A&email=nul%40example.org&listing=public&csrf_token={token}");
        let res = app.client.post(app.url("/s/encoded/sign"))
            .header("content-type", "Application/X-WWW-Form-Urlencoded; charset=UTF-8")
            .body(body).send().await.unwrap();
        assert_eq!(res.status(), 400);
        assert_eq!(app.count("signatures", "1 = 1").await, 0);
    }
}

backend_tests! {
    async fn two_instances_take_the_same_organisation_at_once_without_error(app: TestApp) {
        app.open_statement("twins", &[]).await;
        let second = app.second_instance();
        // One form token serves both: the instances share their keys.
        let page = app.get("/s/twins").await.text().await.unwrap();
        let token = crate::common::input_value(&page, "csrf_token").unwrap();
        let base = |i: usize| if i.is_multiple_of(2) { app.url("/") } else { second.url("/") };
        const N: usize = 40;
        let emails: Vec<String> = (0..N).map(|i| format!("fld{i}@example.org")).collect();
        let sent = futures_util::future::join_all(emails.iter().enumerate().map(|(i, email)| {
            let mut form = org("Front Line Defenders", email);
            form.push(("csrf_token", &token));
            let url = format!("{}s/twins/sign", base(i));
            let request = app.client.post(url).form(&form);
            async move { request.send().await.unwrap().status().as_u16() }
        }))
        .await;
        assert_eq!(sent, vec![303; N]);
        let mut links = Vec::new();
        for email in &emails {
            links.push(app.link_to(email, "/confirm/").await);
        }
        let confirmed = futures_util::future::join_all(links.iter().enumerate().map(|(i, link)| {
            let url = format!("{}{}", base(i), link.trim_start_matches('/'));
            let request = app.client.post(url).form(&[("csrf_token", token.as_str())]);
            async move { request.send().await.unwrap().status().as_u16() }
        }))
        .await;
        assert_eq!(confirmed, vec![200; N]);
        // One joins the list; the rest wait for the coordinators.
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "status = 'review'").await, N as i64 - 1);
    }
}
