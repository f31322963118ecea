//! Accounts: first-run setup, sign-in and throttling, invitations,
//! disabling, password changes, CSRF, and strangers at every admin route.

use crate::common::{input_value, location, Backend, TestApp, PASSWORD};
use undersigned::accounts::Role;

async fn setup_link(app: &TestApp) -> String {
    let url = app.base.clone();
    let link = app
        .state
        .db(move |conn| undersigned::accounts::issue_setup_link(conn, &url))
        .await
        .unwrap()
        .expect("a setup link while there is no administrator");
    link.strip_prefix(&app.base).unwrap().to_string()
}

backend_tests! {
    async fn setup_link_creates_the_first_administrator_once(app: TestApp) {
        let path = setup_link(&app).await;
        assert!(path.starts_with("/admin/setup/"));
        assert_eq!(app.get(&path).await.status(), 200);
        // Problems are shown per field and what was typed stays.
        let res = app.post(&path, &[("name", "Ada"), ("email", "ada@example.org"), ("password", "short"), ("password_confirm", "short")]).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("at least 12 characters"), "{html}");
        assert_eq!(input_value(&html, "email").as_deref(), Some("ada@example.org"));
        let res = app.post(&path, &[("name", "Ada"), ("email", "Ada@Example.org"), ("password", PASSWORD), ("password_confirm", PASSWORD)]).await;
        assert_eq!(res.status(), 303);
        assert!(location(&res).starts_with("/admin"));
        let dash = app.get("/admin").await;
        assert_eq!(dash.status(), 200);
        assert!(dash.text().await.unwrap().contains("Ada"));
        // Single use: the same link is gone, for another browser too.
        let other = app.stranger();
        assert_eq!(other.get(&path).await.status(), 410);
        let again = other.post(&path, &[("name", "Eve"), ("email", "eve@example.org"), ("password", PASSWORD), ("password_confirm", PASSWORD)]).await;
        assert_eq!(again.status(), 410);
        // With an administrator there is no new link.
        let url = app.base.clone();
        let none = app.state.db(move |c| undersigned::accounts::issue_setup_link(c, &url)).await.unwrap();
        assert!(none.is_none());
    }

    async fn sign_in_works_and_returns_to_the_page_asked_for(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        let res = app.get("/admin/statements/new").await;
        assert_eq!(res.status(), 303);
        let to = location(&res);
        assert_eq!(to, "/admin/login?next=%2Fadmin%2Fstatements%2Fnew");
        let form = app.get(&to).await.text().await.unwrap();
        assert_eq!(input_value(&form, "next").as_deref(), Some("/admin/statements/new"));
        let res = app.post("/admin/login", &[("email", " COORD@example.org "), ("password", PASSWORD), ("next", "/admin/statements/new")]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/admin/statements/new");
        let cookie = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).find(|c| c.starts_with("us_session=")).unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        assert_eq!(app.get("/admin/statements/new").await.status(), 200);
    }

    async fn sign_in_never_redirects_off_site(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        for next in ["https://evil.example/", "//evil.example/x", "/\\evil.example"] {
            let client = app.stranger();
            let res = client.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD), ("next", next)]).await;
            assert_eq!(res.status(), 303);
            assert_eq!(location(&res), "/admin", "next={next}");
        }
    }

    async fn wrong_passwords_fail_and_then_lock_the_account(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        let res = app.post("/admin/login", &[("email", "coord@example.org"), ("password", "wrong password here")]).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("is not right"));
        assert_eq!(input_value(&html, "email").as_deref(), Some("coord@example.org"));
        // An unknown account gets the very same answer.
        let res = app.post("/admin/login", &[("email", "nobody@example.org"), ("password", "wrong password here")]).await;
        assert_eq!(res.status(), 422);
        for _ in 0..4 {
            app.post("/admin/login", &[("email", "coord@example.org"), ("password", "wrong password here")]).await;
        }
        // Locked: even the right password is refused, with a clear message.
        let res = app.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 429);
        assert!(res.text().await.unwrap().contains("try again in 15 minutes"));
        // Once the lock has run out, the right password works again.
        app.sql("UPDATE login_throttle SET locked_until = '2000-01-01 00:00:00', window_start = '2000-01-01 00:00:00'").await;
        app.login("coord@example.org", PASSWORD).await;
    }

    async fn invitations_create_coordinators_who_are_not_administrators(app: TestApp) {
        app.as_admin().await;
        let res = app.post("/admin/users/invite", &[("email", "new@example.org"), ("role", "coordinator"), ("team", "default")]).await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        let link = input_value(&html, "invite-link").or_else(|| {
            html.split("value=\"").find(|p| p.contains("/admin/invite/")).map(|p| p.split('"').next().unwrap().to_string())
        }).expect("invitation link");
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        let guest = app.stranger();
        let page = guest.get(&path).await.text().await.unwrap();
        assert!(page.contains("new@example.org"));
        let res = guest.post(&path, &[("name", "Nadia"), ("password", PASSWORD), ("password_confirm", PASSWORD)]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(guest.get("/admin").await.status(), 200);
        // Coordinators do not manage accounts.
        assert_eq!(guest.get("/admin/users").await.status(), 403);
        // The link worked once.
        assert_eq!(app.stranger().get(&path).await.status(), 410);
        let users = app.get("/admin/users").await.text().await.unwrap();
        assert!(users.contains("Nadia") && users.contains("new@example.org"));
        let audit = app.get("/admin/audit").await.text().await.unwrap();
        assert!(audit.contains("invited new@example.org") && audit.contains("Nadia accepted an invitation"), "{audit}");
    }

    async fn pending_invitations_are_listed_and_can_be_revoked(app: TestApp) {
        app.as_admin().await;
        let res = app.post("/admin/users/invite", &[("email", "late@example.org"), ("role", "admin")]).await;
        let html = res.text().await.unwrap();
        let link = html.split("value=\"").find(|p| p.contains("/admin/invite/")).map(|p| p.split('"').next().unwrap().to_string()).expect("link");
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        let users = app.get("/admin/users").await.text().await.unwrap();
        assert!(users.contains("Pending invitations") && users.contains("late@example.org"), "{users}");
        let revoke = users.split("action=\"").find(|p| p.starts_with("/admin/users/invitations/")).map(|p| p.split('"').next().unwrap().to_string()).expect("revoke form");
        let res = app.post(&revoke, &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/admin/users?done=invitation-revoked");
        // The link no longer works, and the list no longer shows it.
        assert_eq!(app.stranger().get(&path).await.status(), 410);
        assert!(!app.get("/admin/users").await.text().await.unwrap().contains("late@example.org"));
        assert_eq!(app.post(&revoke, &[]).await.status(), 404);
        assert!(app.get("/admin/audit").await.text().await.unwrap().contains("revoked an invitation"));
        // Coordinators cannot revoke.
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        let cora = app.stranger();
        cora.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(cora.post(&revoke, &[]).await.status(), 403);
    }

    async fn disabling_an_account_ends_its_sessions(app: TestApp) {
        app.as_admin().await;
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        let cora = app.stranger();
        let res = cora.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(cora.get("/admin").await.status(), 200);
        let users = app.get("/admin/users").await.text().await.unwrap();
        let id = users.split("/admin/users/").filter_map(|p| p.split('/').next()).find(|id| id.len() == 36).expect("user id").to_string();
        let res = app.post(&format!("/admin/users/{id}/disable"), &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(cora.get("/admin").await.status(), 303);
        let res = cora.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 403);
        assert!(res.text().await.unwrap().contains("disabled"));
        app.post(&format!("/admin/users/{id}/enable"), &[]).await;
        let res = cora.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 303);
    }

    async fn everyone_can_change_their_own_password(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        app.login("coord@example.org", PASSWORD).await;
        let other_browser = app.stranger();
        other_browser.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(other_browser.get("/admin").await.status(), 200);
        let new = "a brand new passphrase for cora";
        let res = app.post("/admin/account", &[("current_password", "not it at all!"), ("password", new), ("password_confirm", new)]).await;
        assert_eq!(res.status(), 422);
        let res = app.post("/admin/account", &[("current_password", PASSWORD), ("password", "password1234"), ("password_confirm", "password1234")]).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("too common"));
        let res = app.post("/admin/account", &[("current_password", PASSWORD), ("password", new), ("password_confirm", new)]).await;
        assert_eq!(res.status(), 303);
        // This browser stays signed in, the other one is signed out.
        assert_eq!(app.get("/admin").await.status(), 200);
        assert_eq!(other_browser.get("/admin").await.status(), 303);
        let res = app.stranger().post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 422);
        let res = app.stranger().post("/admin/login", &[("email", "coord@example.org"), ("password", new)]).await;
        assert_eq!(res.status(), 303);
    }

    async fn sign_out_ends_the_session(app: TestApp) {
        app.as_admin().await;
        let res = app.post("/admin/logout", &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.get("/admin").await.status(), 303);
    }

    async fn forms_without_a_valid_csrf_token_are_refused(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        // No token at all.
        let res = app.post_form("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 403);
        assert!(res.text().await.unwrap().contains("security token"));
        // A token from another browser.
        let foreign = app.stranger();
        let html = foreign.get("/admin/login").await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        app.get("/admin/login").await;
        let res = app.post_form("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD), ("csrf_token", &token)]).await;
        assert_eq!(res.status(), 403);
        // A signed-in coordinator's admin form without a token.
        app.login("coord@example.org", PASSWORD).await;
        let res = app.post_form("/admin/statements/new", &[("title", "Forged")]).await;
        assert_eq!(res.status(), 403);
        let res = app.post_form("/admin/logout", &[]).await;
        assert_eq!(res.status(), 403);
        // The token of the page before sign-in no longer works after it.
        let stale = token;
        let res = app.post_form("/admin/statements/new", &[("title", "Forged"), ("csrf_token", &stale)]).await;
        assert_eq!(res.status(), 403);
        // Public forms are protected the same way.
        let res = app.post_form("/s/some-statement/sign", &[("name", "Org")]).await;
        assert_eq!(res.status(), 403);
        let res = app.post_form("/confirm/sometoken", &[]).await;
        assert_eq!(res.status(), 403);
    }

    async fn strangers_never_see_admin_pages(app: TestApp) {
        app.as_admin().await;
        let res = app.post("/admin/statements/new", &[("title", "A statement"), ("language", "en"), ("timezone", "UTC"), ("grouping", "none"), ("allow_organisations", "on")]).await;
        assert_eq!(res.status(), 303);
        let stranger = app.stranger();
        let gets = [
            "/admin", "/admin/audit", "/admin/users", "/admin/account", "/admin/statements/new",
            "/admin/statements/a-statement", "/admin/statements/a-statement/edit",
            "/admin/statements/a-statement/preview", "/admin/statements/a-statement/amend",
        ];
        for path in gets {
            let res = stranger.get(path).await;
            assert_eq!(res.status(), 303, "GET {path}");
            assert!(location(&res).starts_with("/admin/login?next="), "GET {path}");
            let body = res.text().await.unwrap();
            assert!(!body.contains("A statement"), "GET {path} leaked content");
        }
        let posts = [
            "/admin/statements/new", "/admin/statements/a-statement/edit", "/admin/statements/a-statement/amend",
            "/admin/statements/a-statement/open", "/admin/statements/a-statement/close",
            "/admin/statements/a-statement/reopen", "/admin/statements/a-statement/publish",
            "/admin/statements/a-statement/archive", "/admin/users/invite", "/admin/account",
            "/admin/users/x/disable",
        ];
        for path in posts {
            let res = stranger.post(path, &[("title", "x")]).await;
            assert_eq!(res.status(), 303, "POST {path}");
            assert!(location(&res).starts_with("/admin/login"), "POST {path}");
        }
        // Nothing changed.
        let page = app.get("/admin/statements/a-statement").await.text().await.unwrap();
        assert!(page.contains("Draft"));
    }
}

backend_tests! {
    async fn setup_link_expiry(app: TestApp) {
        expired_setup_link(app).await;
    }
}

async fn expired_setup_link(app: TestApp) {
    let path = setup_link(&app).await;
    assert_eq!(app.get(&path).await.status(), 200);
    // Move the expiry into the past (an hour has gone by).
    let past = (chrono::Utc::now() - chrono::TimeDelta::minutes(1))
        .naive_utc()
        .format("%Y-%m-%d %H:%M:%S");
    app.sql(&format!("UPDATE one_time_tokens SET expires_at = '{past}'"))
        .await;
    assert_eq!(app.get(&path).await.status(), 410);
    let res = app
        .post(
            &path,
            &[
                ("name", "Ada"),
                ("email", "ada@example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 410);
    assert_eq!(app.get("/admin").await.status(), 303);
}

async fn parallel_guesses(app: TestApp) {
    app.create_user("coord@example.org", "Cora", Role::Coordinator)
        .await;
    let token = app.csrf().await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let client = app.client.clone();
        let url = app.url("/admin/login");
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let guess = format!("wrong guess number {i}");
            let form = [
                ("email", "coord@example.org"),
                ("password", guess.as_str()),
                ("csrf_token", token.as_str()),
            ];
            client
                .post(url)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut checked = 0;
    for t in tasks {
        match t.await.unwrap() {
            422 => checked += 1,
            429 => {}
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(
        checked <= 5,
        "{checked} guesses were checked in parallel; the limit is 5"
    );
}

backend_tests! {
    async fn parallel_guesses_never_pass_the_limit(app: TestApp) {
        parallel_guesses(app).await;
    }
}

/// Two clients behind a trusted proxy, told apart by X-Forwarded-For.
async fn lockout_is_per_client(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]
    })
    .await;
    app.create_user("coord@example.org", "Cora", Role::Coordinator)
        .await;
    let attacker = app.stranger();
    let html = attacker.get("/admin/login").await.text().await.unwrap();
    let token = input_value(&html, "csrf_token").unwrap();
    for _ in 0..6 {
        attacker
            .client
            .post(app.url("/admin/login"))
            .header("x-forwarded-for", "203.0.113.66")
            .form(&[
                ("email", "coord@example.org"),
                ("password", "wrong password here"),
                ("csrf_token", token.as_str()),
            ])
            .send()
            .await
            .unwrap();
    }
    let res = attacker
        .client
        .post(app.url("/admin/login"))
        .header("x-forwarded-for", "203.0.113.66")
        .form(&[
            ("email", "coord@example.org"),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429, "the guessing client is locked");
    // The coordinator, from her own address, still signs in.
    let html = app.get("/admin/login").await.text().await.unwrap();
    let token = input_value(&html, "csrf_token").unwrap();
    let res = app
        .client
        .post(app.url("/admin/login"))
        .header("x-forwarded-for", "198.51.100.20")
        .form(&[
            ("email", "coord@example.org"),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

backend_tests! {
    async fn a_stranger_cannot_lock_a_coordinator_out(backend: Backend) {
        lockout_is_per_client(backend).await;
    }
}

/// A wrong sign-in for `email` through the trusted proxy, from `client`.
async fn attempt_from(app: &TestApp, client: &str, email: &str, password: &str) -> u16 {
    let stranger = app.stranger();
    let html = stranger.get("/admin/login").await.text().await.unwrap();
    let token = input_value(&html, "csrf_token").unwrap();
    stranger
        .client
        .post(app.url("/admin/login"))
        .header("x-forwarded-for", client)
        .form(&[
            ("email", email),
            ("password", password),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn behind_a_proxy(backend: Backend) -> TestApp {
    let app = TestApp::spawn_with(backend, |s| {
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]
    })
    .await;
    app.create_user("coord@example.org", "Cora", Role::Coordinator)
        .await;
    app
}

backend_tests! {
    async fn failures_from_everywhere_slow_an_account_but_never_lock_it(backend: Backend) {
        let app = behind_a_proxy(backend).await;
        assert_eq!(attempt_from(&app, "203.0.113.1", "coord@example.org", "wrong password here").await, 422);
        // As if a thousand addresses had each failed at it.
        app.sql("UPDATE login_throttle SET failures = 1000 WHERE client_key LIKE 'account:%'").await;
        let started = std::time::Instant::now();
        assert_eq!(attempt_from(&app, "198.51.100.20", "coord@example.org", PASSWORD).await, 303);
        // The right password waited like a wrong one would.
        assert!(started.elapsed() >= std::time::Duration::from_secs(4), "{:?}", started.elapsed());
    }

    async fn ipv6_neighbours_share_one_limit_and_ports_change_nothing(backend: Backend) {
        let app = behind_a_proxy(backend).await;
        // Five addresses of one /64, then one with a port: one client.
        for i in 1..=5 {
            let ip = format!("2001:db8:1:2::{i}");
            assert_eq!(attempt_from(&app, &ip, "coord@example.org", "wrong password here").await, 422);
        }
        assert_eq!(attempt_from(&app, "[2001:db8:1:2::99]:4711", "coord@example.org", PASSWORD).await, 429);
        // Another network is not affected.
        assert_eq!(attempt_from(&app, "2001:db8:1:3::1", "coord@example.org", PASSWORD).await, 303);
    }

    async fn an_unreadable_forwarded_hop_counts_as_the_proxy(backend: Backend) {
        let app = behind_a_proxy(backend).await;
        // A client that adds junk after its address does not get a new key
        // each time: the proxy's address stands for it, and it is limited.
        for i in 0..5 {
            let hop = format!("203.0.113.{i}, junk-{i}");
            assert_eq!(attempt_from(&app, &hop, "coord@example.org", "wrong password here").await, 422);
        }
        assert_eq!(attempt_from(&app, "203.0.113.77, junk-77", "coord@example.org", PASSWORD).await, 429);
    }

    async fn wrong_current_passwords_never_lock_sign_in(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        app.login("coord@example.org", PASSWORD).await;
        let new = "a new and long passphrase 2031";
        let mut statuses = Vec::new();
        for _ in 0..6 {
            let form = [("current_password", "not my password at all"), ("password", new), ("password_confirm", new)];
            statuses.push(app.post("/admin/account", &form).await.status().as_u16());
        }
        assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
        // Sign-in, from the same client, is not locked by it.
        let other = app.stranger();
        let html = other.get("/admin/login").await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").unwrap();
        let res = other.client.post(app.url("/admin/login"))
            .form(&[("email", "coord@example.org"), ("password", PASSWORD), ("csrf_token", token.as_str())])
            .send().await.unwrap();
        assert_eq!(res.status(), 303);
    }
}

backend_tests! {
    async fn sessions_that_no_longer_work_are_deleted(app: TestApp) {
        app.create_user("coord@example.org", "Cora", Role::Coordinator).await;
        app.login("coord@example.org", PASSWORD).await;
        let other = app.stranger();
        other.post("/admin/login", &[("email", "coord@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(app.count("sessions", "1 = 1").await, 2);
        // One idle too long: the sweep (at start, then every minute) deletes it.
        app.sql("UPDATE sessions SET last_seen_at = '2000-01-01 00:00:00' WHERE id_hash = (SELECT MIN(id_hash) FROM sessions)").await;
        let left = app.rows_after_chores("sessions", 1).await;
        assert_eq!(left, 1, "the sweep left {left} sessions");
    }
}
