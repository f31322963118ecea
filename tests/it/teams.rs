//! Teams: a coordinator of one team can neither read nor change anything
//! of another team's statements, through any workspace route; lists
//! (dashboard, audit log, signer search) show only their teams'; what
//! existed before teams is in the default team; invitations name a team.

use undersigned::accounts::Role;

use crate::common::{self, org, Backend, Stranger, TestApp, PASSWORD};

/// Every workspace route that names a statement or a signature, read
/// from the route table itself so that a new route is checked too.
fn scoped_routes() -> Vec<String> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/routes.rs"))
        .expect("src/routes.rs");
    let mut out: Vec<String> = source
        .split("resource(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|p| {
            p.starts_with("/admin/statements/{slug}") || p.starts_with("/admin/signatures/{id}")
        })
        .map(str::to_string)
        .collect();
    out.dedup();
    out
}

/// `pattern` with its parameters filled in for statement `slug`.
fn path_of(pattern: &str, slug: &str, signature: &str, mailing: &str) -> Vec<String> {
    let base = pattern
        .replace("{slug}", slug)
        .replace("{code}", "fr")
        .replace("{ext}", "csv");
    let base = if pattern.starts_with("/admin/signatures/") {
        base.replace("{id}", signature)
    } else {
        base.replace("{id}", mailing)
    };
    // Each action a `{action}` route takes.
    let actions: &[&str] = if !base.contains("{action}") {
        &[""]
    } else if pattern.starts_with("/admin/signatures/") {
        &[
            "approve",
            "reject",
            "edit",
            "withdraw",
            "erase",
            "email-again",
            "replace",
        ]
    } else {
        &["open", "close", "reopen", "publish", "archive"]
    };
    actions
        .iter()
        .map(|a| base.replace("{action}", a))
        .collect()
}

async fn login<'a>(app: &'a TestApp, email: &str) -> Stranger<'a> {
    let s = app.stranger();
    let res = s
        .post("/admin/login", &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(res.status(), 303, "{email} signs in");
    s
}

/// What a coordinator of another team could change, as text.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for (table, condition) in [
        ("statements", "slug = 'alpha' AND status = 'open'"),
        ("signatures", "status = 'approved'"),
        ("signatures", "status = 'pending'"),
        ("signatures", "email IS NOT NULL"),
        ("statement_translations", "1 = 1"),
        ("audit_log", "1 = 1"),
        ("email_outbox", "1 = 1"),
        ("mailings", "1 = 1"),
        ("addressees", "1 = 1"),
        ("deliveries", "1 = 1"),
    ] {
        out.push(app.count(table, condition).await);
    }
    out
}

async fn isolation(app: TestApp) {
    // Statement "alpha" of the default team, with signatures and a version.
    app.open_statement("alpha", &[("moderation", "on")]).await;
    let owner = login(&app, "owner-alpha@example.org").await;
    app.sign_confirmed("alpha", &org("Lawyers for Lawyers", "l4l@example.org"))
        .await;
    app.sign_confirmed("alpha", &org("Front Line Defenders", "fld@example.org"))
        .await;
    let signature = app.signature_id("l4l@example.org").await;
    let res = owner
        .post(
            "/admin/statements/alpha/versions/fr",
            &[
                ("title", "Solidarité"),
                ("summary", "Résumé"),
                ("body", "Nous, organisations."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Team B, and a coordinator in each team.
    let res = owner.post("/admin/teams", &[("name", "Coalition B")]).await;
    assert_eq!(res.status(), 303);
    let team_b = team_id(&app, "Coalition B").await;
    app.create_user_in("cora@example.org", "Cora", Role::Coordinator, &team_b)
        .await;
    app.create_user("dan@example.org", "Dan", Role::Coordinator)
        .await;
    let dan = login(&app, "dan@example.org").await;
    let cora = login(&app, "cora@example.org").await;

    // Dan, of alpha's team, reaches it: the checks below can fail.
    assert_eq!(dan.get("/admin/statements/alpha").await.status(), 200);
    assert_eq!(
        dan.get(&format!("/admin/signatures/{signature}"))
            .await
            .status(),
        200
    );

    let before = fingerprint(&app).await;
    let routes = scoped_routes();
    assert!(routes.len() >= 20, "{routes:?}");
    let fields = [
        ("title", "Taken over"),
        ("summary", "x"),
        ("body", "x"),
        ("name", "Renamed"),
        ("country", "JP"),
        ("action", "approve"),
        ("ids", signature.as_str()),
        ("keep", signature.as_str()),
        ("merge", signature.as_str()),
        ("confirm", "yes"),
        ("audience", "signatories"),
        ("again", "yes"),
        ("addressees", "A,a@example.org"),
        ("deadline", "2031-02-07T23:59"),
        ("timezone", "Europe/Zurich"),
        ("language", "en"),
        ("slug", "alpha"),
        ("grouping", "none"),
        ("allow_organisations", "on"),
        ("csv", "name\nIntruder"),
        ("expect_approve", "1"),
    ];
    for pattern in &routes {
        for path in path_of(pattern, "alpha", &signature, "any") {
            let got = cora.get(&path).await.status().as_u16();
            assert!(
                got == 404 || got == 405,
                "GET {path} answered {got} to another team"
            );
            let got = cora.post(&path, &fields).await.status().as_u16();
            assert!(
                got == 404 || got == 405,
                "POST {path} answered {got} to another team"
            );
        }
    }
    assert_eq!(fingerprint(&app).await, before, "nothing changed");

    // Lists show nothing of alpha.
    for path in [
        "/admin",
        "/admin/audit",
        "/admin/audit?statement=alpha",
        "/admin/signers",
    ] {
        let page = cora.get(path).await.text().await.unwrap();
        assert!(
            !page.contains("Solidarity with the lawyers of Xiamen"),
            "{path} shows alpha"
        );
        assert!(
            !page.contains("Lawyers for Lawyers"),
            "{path} shows a signer"
        );
    }
    let found = cora
        .post("/admin/signers", &[("email", "l4l@example.org")])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !found.contains("Xiamen") && !found.contains("Lawyers for Lawyers"),
        "{found}"
    );
    let export = cora
        .post("/admin/signers/export", &[("email", "l4l@example.org")])
        .await;
    let data: serde_json::Value = export.json().await.unwrap();
    assert_eq!(data["signatures"], serde_json::json!([]));
    cora.post(
        "/admin/signers/erase",
        &[("email", "l4l@example.org"), ("confirm", "on")],
    )
    .await;
    assert_eq!(
        app.count("signatures", "email = 'l4l@example.org'").await,
        1,
        "not erased"
    );
    // The same searches find it for Dan.
    let found = dan
        .post("/admin/signers", &[("email", "l4l@example.org")])
        .await
        .text()
        .await
        .unwrap();
    assert!(found.contains("Solidarity with the lawyers of Xiamen"));
    let audit = dan.get("/admin/audit").await.text().await.unwrap();
    assert!(audit.contains("Solidarity with the lawyers of Xiamen"));

    // Cora's statement goes in her team, out of Dan's sight; teams are
    // for administrators.
    let form = [
        ("title", "Statement of Coalition B"),
        ("slug", "beta"),
        ("language", "en"),
        ("deadline", "2031-02-07T23:59"),
        ("timezone", "Europe/Zurich"),
        ("grouping", "none"),
        ("allow_organisations", "on"),
        ("body", "We stand."),
        ("action", "save"),
    ];
    assert_eq!(
        cora.post("/admin/statements/new", &form).await.status(),
        303
    );
    assert_eq!(
        app.count(
            "statements",
            &format!("slug = 'beta' AND team_id = '{team_b}'")
        )
        .await,
        1
    );
    assert_eq!(cora.get("/admin/statements/beta").await.status(), 200);
    assert_eq!(dan.get("/admin/statements/beta").await.status(), 404);
    // Her own statement's routes do not reach alpha's signatures either.
    let before = fingerprint(&app).await;
    let sig = signature.as_str();
    cora.post(
        "/admin/statements/beta/signatures/bulk",
        &[("action", "approve"), ("ids", sig)],
    )
    .await;
    cora.post(
        "/admin/statements/beta/signatures/bulk",
        &[("action", "reject"), ("ids", sig)],
    )
    .await;
    let other = app.signature_id("fld@example.org").await;
    cora.post(
        "/admin/statements/beta/duplicates/merge",
        &[("keep", sig), ("merge", &other)],
    )
    .await;
    assert_eq!(
        fingerprint(&app).await,
        before,
        "alpha's signatures unchanged"
    );
    assert_eq!(dan.get("/admin/teams").await.status(), 403);
    assert_eq!(
        dan.post("/admin/teams", &[("name", "Mine")]).await.status(),
        403
    );
    // A statement cannot be put in a team one is not in.
    let mut elsewhere = form.to_vec();
    elsewhere[1] = ("slug", "gamma");
    elsewhere.push(("team", "default"));
    assert_eq!(
        cora.post("/admin/statements/new", &elsewhere)
            .await
            .status(),
        422
    );
    // Administrators see every team's statements.
    assert_eq!(owner.get("/admin/statements/beta").await.status(), 200);
}

async fn team_id(app: &TestApp, name: &str) -> String {
    use diesel::prelude::*;
    use undersigned::db::schema::teams;
    let name = name.to_string();
    app.state
        .db(move |conn| {
            Ok(teams::table
                .filter(teams::name.eq(name))
                .select(teams::id)
                .first::<String>(conn)?)
        })
        .await
        .expect("team")
}

async fn user_id(app: &TestApp, email: &str) -> String {
    use diesel::prelude::*;
    use undersigned::db::schema::users;
    let email = email.to_string();
    app.state
        .db(move |conn| {
            Ok(users::table
                .filter(users::email.eq(email))
                .select(users::id)
                .first::<String>(conn)?)
        })
        .await
        .expect("user")
}

backend_tests! {
    async fn a_coordinator_of_one_team_reaches_nothing_of_another(app: TestApp) {
        isolation(app).await;
    }

    async fn an_invitation_names_the_team_its_coordinator_joins(app: TestApp) {
        app.open_statement("alpha", &[]).await;
        let owner = login(&app, "owner-alpha@example.org").await;
        assert_eq!(owner.post("/admin/teams", &[("name", "Coalition B")]).await.status(), 303);
        let team_b = team_id(&app, "Coalition B").await;
        // What existed before is in the default team, members included.
        assert_eq!(app.count("statements", "slug = 'alpha' AND team_id = 'default'").await, 1);
        let res = owner
            .post("/admin/users/invite", &[("email", "new@example.org"), ("role", "coordinator"), ("team", &team_b)])
            .await;
        assert_eq!(res.status(), 200);
        let page = res.text().await.unwrap();
        let link = common::link_in(&page, "/admin/invite/").expect("the invitation link");
        let newcomer = app.stranger();
        let path = common::path_of(&link);
        let html = newcomer.get(&path).await.text().await.unwrap();
        let token = common::input_value(&html, "csrf_token").unwrap();
        let res = newcomer
            .client
            .post(app.url(&path))
            .form(&[("csrf_token", token.as_str()), ("name", "Nadia"), ("password", PASSWORD), ("password_confirm", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap_or_default());
        assert_eq!(
            app.count("team_members", &format!("team_id = '{team_b}' AND user_id = (SELECT id FROM users WHERE email = 'new@example.org')")).await,
            1
        );
        assert_eq!(newcomer.get("/admin/statements/alpha").await.status(), 404);
        // A coordinator is invited into a team that exists.
        let res = owner
            .post("/admin/users/invite", &[("email", "other@example.org"), ("role", "coordinator"), ("team", "nonexistent")])
            .await;
        assert_eq!(res.status(), 422);
        // Membership changes are the administrators', and audited.
        let nadia = user_id(&app, "new@example.org").await;
        let res = owner.post("/admin/teams/default/members", &[("user", &nadia)]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(newcomer.get("/admin/statements/alpha").await.status(), 200);
        let res = owner.post(&format!("/admin/teams/default/members/{nadia}/remove"), &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(newcomer.get("/admin/statements/alpha").await.status(), 404);
        assert_eq!(app.count("audit_log", "action LIKE 'team.%'").await, 3);
    }
}
