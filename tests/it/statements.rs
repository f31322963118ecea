//! Statements in the workspace: editor, slugs, deadlines in time zones,
//! the lifecycle and its refusals, frozen text and amendments.

use crate::common::{input_value, location, Backend, TestApp};

const FUTURE: &str = "2031-02-07T23:59";

fn statement_form<'a>(
    title: &'a str,
    slug: &'a str,
    deadline: &'a str,
    zone: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("slug", slug),
        (
            "summary",
            "Civil society organisations reaffirm their solidarity.",
        ),
        (
            "body",
            "We, the undersigned, **stand** with the lawyers of Xiamen.",
        ),
        ("language", "en"),
        ("deadline", deadline),
        ("timezone", zone),
        ("allow_organisations", "on"),
        ("grouping", "none"),
        ("note", "We cannot take edits to the text."),
        ("action", "save"),
    ]
}

async fn create(
    app: &TestApp,
    title: &str,
    slug: &str,
    deadline: &str,
    zone: &str,
) -> reqwest::Response {
    app.post(
        "/admin/statements/new",
        &statement_form(title, slug, deadline, zone),
    )
    .await
}

async fn action(app: &TestApp, slug: &str, what: &str) -> reqwest::Response {
    app.post(&format!("/admin/statements/{slug}/{what}"), &[])
        .await
}

/// Adds a signature row directly (signing itself is tested elsewhere).
async fn add_signature(app: &TestApp, slug: &str) {
    let now = chrono::Utc::now().naive_utc().format("%Y-%m-%d %H:%M:%S");
    app.sql(&format!(
        "INSERT INTO signatures (id, statement_id, kind, name, listing, status, created_at, updated_at)
         SELECT '{}', id, 'organisation', 'Lawyers for Lawyers', 'public', 'approved', '{now}', '{now}'
         FROM statements WHERE slug = '{slug}'",
        uuid::Uuid::new_v4()
    ))
    .await;
}

backend_tests! {
    async fn creating_a_statement_suggests_a_slug_from_the_title(app: TestApp) {
        app.as_admin().await;
        let res = create(&app, "Fifth anniversary of the “Xiamen gathering”", "", FUTURE, "Europe/Zurich").await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), "/admin/statements/fifth-anniversary-of-the-xiamen-gathering?done=created");
        let page = app.get("/admin/statements/fifth-anniversary-of-the-xiamen-gathering").await.text().await.unwrap();
        assert!(page.contains("Fifth anniversary of the “Xiamen gathering”"));
        assert!(page.contains("Draft"));
        // Drafts are not public.
        assert_eq!(app.stranger().get("/s/fifth-anniversary-of-the-xiamen-gathering").await.status(), 404);
        let dash = app.get("/admin").await.text().await.unwrap();
        assert!(dash.contains("/admin/statements/fifth-anniversary-of-the-xiamen-gathering"));
        let audit = app.get("/admin/audit").await.text().await.unwrap();
        assert!(audit.contains("created the statement"), "{audit}");
    }

    async fn slugs_are_unique(app: TestApp) {
        app.as_admin().await;
        assert_eq!(create(&app, "First", "solidarity", FUTURE, "UTC").await.status(), 303);
        let res = create(&app, "Second", "solidarity", FUTURE, "UTC").await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("already uses this address"), "{html}");
        // Everything typed is still there.
        assert_eq!(input_value(&html, "title").as_deref(), Some("Second"));
        assert_eq!(input_value(&html, "deadline").as_deref(), Some(FUTURE));
        // Renaming another statement onto a taken slug is refused too.
        assert_eq!(create(&app, "Third", "third", FUTURE, "UTC").await.status(), 303);
        let res = app.post("/admin/statements/third/edit", &statement_form("Third", "solidarity", FUTURE, "UTC")).await;
        assert_eq!(res.status(), 422);
        assert_eq!(create(&app, "New", "new", FUTURE, "UTC").await.status(), 422);
    }

    async fn invalid_fields_are_reported_and_kept(app: TestApp) {
        app.as_admin().await;
        let mut form = statement_form("", "Not A Slug", "7/2/2031", "Mars/Olympus");
        form.retain(|(k, _)| *k != "allow_organisations");
        let res = app.post("/admin/statements/new", &form).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        for msg in ["Enter a title", "lower-case letters", "Choose a time zone", "Allow organisations, individuals, or both"] {
            assert!(html.contains(msg), "missing {msg:?}");
        }
        assert!(html.contains("href=\"#title\""), "error summary links to fields");
        assert_eq!(input_value(&html, "slug").as_deref(), Some("Not A Slug"));
        assert_eq!(input_value(&html, "deadline").as_deref(), Some("7/2/2031"));
    }

    async fn deadlines_round_trip_through_their_time_zone(app: TestApp) {
        app.as_admin().await;
        // Winter (UTC+1) and summer (UTC+2) in Zurich, across the March change.
        assert_eq!(create(&app, "Winter", "winter", "2031-03-29T12:00", "Europe/Zurich").await.status(), 303);
        assert_eq!(create(&app, "Summer", "summer", "2031-03-30T12:00", "Europe/Zurich").await.status(), 303);
        let winter = app.get("/admin/statements/winter").await.text().await.unwrap();
        assert!(winter.contains("Saturday, 29 March 2031 at 12:00 Switzerland Time"), "{winter}");
        assert!(winter.contains("2031-03-29 11:00 UTC"));
        let summer = app.get("/admin/statements/summer").await.text().await.unwrap();
        assert!(summer.contains("Sunday, 30 March 2031 at 12:00 Switzerland Time"));
        assert!(summer.contains("2031-03-30 10:00 UTC"));
        let form = app.get("/admin/statements/summer/edit").await.text().await.unwrap();
        assert_eq!(input_value(&form, "deadline").as_deref(), Some("2031-03-30T12:00"));
        assert!(form.contains("<option selected>Europe/Zurich</option>"));
        // 02:30 does not exist that night.
        let res = create(&app, "Gap", "gap", "2031-03-30T02:30", "Europe/Zurich").await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("does not exist in Europe/Zurich"));
        // A zone on the other side of the world.
        assert_eq!(create(&app, "Far", "far", "2031-07-01T09:00", "Pacific/Auckland").await.status(), 303);
        let far = app.get("/admin/statements/far").await.text().await.unwrap();
        assert!(far.contains("2031-06-30 21:00 UTC"));
    }

    async fn preview_shows_the_public_page_without_saving(app: TestApp) {
        app.as_admin().await;
        let mut form = statement_form("Preview me", "preview-me", FUTURE, "UTC");
        form.retain(|(k, _)| *k != "action");
        form.push(("action", "preview"));
        let res = app.post("/admin/statements/new", &form).await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("<strong>stand</strong>"), "markdown rendered");
        // The page reloads at its top: the preview is there, above the form.
        let (preview, form) = (html.find("id=\"preview-title\"").unwrap(), html.find("id=\"editor\"").unwrap());
        assert!(preview < form, "the preview comes first");
        assert_eq!(input_value(&html, "title").as_deref(), Some("Preview me"));
        assert_eq!(app.get("/admin/statements/preview-me").await.status(), 404);
    }

    async fn the_lifecycle_runs_draft_open_closed_published_archived(app: TestApp) {
        app.as_admin().await;
        assert_eq!(create(&app, "Lifecycle", "lifecycle", FUTURE, "Europe/Zurich").await.status(), 303);
        let res = action(&app, "lifecycle", "open").await;
        assert_eq!(res.status(), 303);
        let public = app.stranger().get("/s/lifecycle").await;
        assert_eq!(public.status(), 200);
        let html = public.text().await.unwrap();
        assert!(html.contains("Friday, 7 February 2031 at 23:59 Switzerland Time"), "{html}");
        assert!(html.contains("closes in"));
        assert_eq!(action(&app, "lifecycle", "close").await.status(), 303);
        let html = app.stranger().get("/s/lifecycle").await.text().await.unwrap();
        assert!(html.contains("Signing closed on"));
        let res = app.post("/admin/statements/lifecycle/reopen", &[("deadline", "2032-01-01T12:00"), ("timezone", "America/New_York")]).await;
        assert_eq!(res.status(), 303);
        let page = app.get("/admin/statements/lifecycle").await.text().await.unwrap();
        assert!(page.contains("2032-01-01 17:00 UTC") && page.contains("New York Time"));
        assert_eq!(action(&app, "lifecycle", "close").await.status(), 303);
        assert_eq!(action(&app, "lifecycle", "publish").await.status(), 303);
        assert!(app.get("/admin/statements/lifecycle").await.text().await.unwrap().contains("Published"));
        assert_eq!(action(&app, "lifecycle", "archive").await.status(), 303);
        assert!(app.get("/admin/statements/lifecycle").await.text().await.unwrap().contains("Archived"));
        let audit = app.get("/admin/audit").await.text().await.unwrap();
        for a in ["opened the statement for signatures", "closed the statement", "reopened the statement", "published the statement", "archived the statement"] {
            assert!(audit.contains(a), "audit lacks {a}");
        }
    }

    async fn refused_transitions_say_why(app: TestApp) {
        app.as_admin().await;
        // No deadline: cannot open.
        assert_eq!(create(&app, "No deadline", "no-deadline", "", "UTC").await.status(), 303);
        let res = action(&app, "no-deadline", "open").await;
        assert_eq!(res.status(), 409);
        assert!(res.text().await.unwrap().contains("deadline in the future"));
        // Past deadline: cannot open.
        assert_eq!(create(&app, "Past", "past", "2020-01-01T00:00", "UTC").await.status(), 303);
        assert_eq!(action(&app, "past", "open").await.status(), 409);
        // Draft: cannot close, reopen, publish; can archive.
        for what in ["close", "publish"] {
            assert_eq!(action(&app, "no-deadline", what).await.status(), 409, "{what} from draft");
        }
        let res = app.post("/admin/statements/no-deadline/reopen", &[("deadline", FUTURE), ("timezone", "UTC")]).await;
        assert_eq!(res.status(), 409);
        assert_eq!(create(&app, "Open one", "open-one", FUTURE, "UTC").await.status(), 303);
        assert_eq!(action(&app, "open-one", "open").await.status(), 303);
        // Open: cannot open again, publish or archive.
        for what in ["open", "publish", "archive"] {
            let res = action(&app, "open-one", what).await;
            assert_eq!(res.status(), 409, "{what} from open");
        }
        let res = action(&app, "open-one", "publish").await;
        assert!(res.text().await.unwrap().contains("only once signing is closed"));
        // Reopening needs a future deadline.
        assert_eq!(action(&app, "open-one", "close").await.status(), 303);
        let res = app.post("/admin/statements/open-one/reopen", &[("deadline", "2020-01-01T00:00"), ("timezone", "UTC")]).await;
        assert_eq!(res.status(), 409);
        // Published: cannot reopen or open.
        assert_eq!(action(&app, "open-one", "publish").await.status(), 303);
        let res = app.post("/admin/statements/open-one/reopen", &[("deadline", FUTURE), ("timezone", "UTC")]).await;
        assert_eq!(res.status(), 409);
        assert_eq!(action(&app, "open-one", "open").await.status(), 409);
        assert_eq!(action(&app, "open-one", "sideways").await.status(), 404);
        assert!(app.get("/admin/statements/open-one").await.text().await.unwrap().contains("Published"));
    }

    async fn a_passed_deadline_closes_signing_without_any_job(app: TestApp) {
        app.as_admin().await;
        assert_eq!(create(&app, "Expiring", "expiring", FUTURE, "UTC").await.status(), 303);
        assert_eq!(action(&app, "expiring", "open").await.status(), 303);
        // Time passes: the deadline is now behind us.
        app.sql("UPDATE statements SET deadline = '2024-02-07 22:59:00' WHERE slug = 'expiring'").await;
        let html = app.stranger().get("/s/expiring").await.text().await.unwrap();
        assert!(html.contains("Signing closed on Wednesday, 7 February 2024 at 22:59 UTC"), "{html}");
        // A closed statement's count is a total, not "so far".
        assert!(html.contains("No signatures.") && !html.contains("so far"), "{html}");
        let dash = app.get("/admin").await.text().await.unwrap();
        assert!(dash.contains("status-closed"));
        // Closing again is refused; publishing works.
        assert_eq!(action(&app, "expiring", "close").await.status(), 409);
        assert_eq!(action(&app, "expiring", "publish").await.status(), 303);
    }

    async fn the_text_freezes_at_the_first_signature_and_amendments_are_recorded(app: TestApp) {
        app.as_admin().await;
        assert_eq!(create(&app, "Frozen", "frozen", FUTURE, "UTC").await.status(), 303);
        assert_eq!(action(&app, "frozen", "open").await.status(), 303);
        // The slug is fixed once open.
        let res = app.post("/admin/statements/frozen/edit", &statement_form("Frozen", "renamed", FUTURE, "UTC")).await;
        assert_eq!(res.status(), 422);
        // Before anyone signs, the text can still change.
        let mut form = statement_form("Frozen", "frozen", FUTURE, "UTC");
        form.retain(|(k, _)| *k != "body");
        form.push(("body", "Version two of the text."));
        assert_eq!(app.post("/admin/statements/frozen/edit", &form).await.status(), 303);
        add_signature(&app, "frozen").await;
        let edit = app.get("/admin/statements/frozen/edit").await.text().await.unwrap();
        assert!(edit.contains("can no longer be edited here"));
        let mut form = statement_form("Frozen", "frozen", FUTURE, "UTC");
        form.retain(|(k, _)| *k != "body");
        form.push(("body", "A sneaky change."));
        let res = app.post("/admin/statements/frozen/edit", &form).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("Amend the text"));
        // Settings other than the text still save.
        let mut form = statement_form("Frozen", "frozen", FUTURE, "UTC");
        form.retain(|(k, _)| *k != "body" && *k != "summary");
        form.push(("body", "Version two of the text."));
        form.push(("summary", "Civil society organisations reaffirm their solidarity."));
        form.push(("moderation", "on"));
        assert_eq!(app.post("/admin/statements/frozen/edit", &form).await.status(), 303);
        // Amending needs a reason, then is recorded and shown publicly.
        let res = app.post("/admin/statements/frozen/amend", &[("title", "Frozen"), ("summary", ""), ("body", "Version two of the text, typo fixed."), ("reason", "")]).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("Say why the text changes"), "the message, not its key: {html}");
        let res = app.post("/admin/statements/frozen/amend", &[("title", "Frozen"), ("summary", ""), ("body", "Version two of the text, typo fixed."), ("reason", "typo")]).await;
        assert_eq!(res.status(), 303);
        let public = app.stranger().get("/s/frozen").await.text().await.unwrap();
        assert!(public.contains("typo fixed"));
        assert!(public.contains("The text was amended on"));
        let audit = app.get("/admin/audit").await.text().await.unwrap();
        assert!(audit.contains("amended the signed text"));
        assert!(audit.contains("Version two of the text.") && audit.contains("typo"));
    }

    async fn the_public_index_lists_open_and_published_statements_only(app: TestApp) {
        app.as_admin().await;
        create(&app, "A draft", "a-draft", FUTURE, "UTC").await;
        create(&app, "An open one", "an-open-one", FUTURE, "UTC").await;
        action(&app, "an-open-one", "open").await;
        let home = app.stranger().get("/").await.text().await.unwrap();
        assert!(home.contains("An open one"));
        assert!(!home.contains("A draft"));
    }

    async fn markdown_is_sanitised_on_every_page(app: TestApp) {
        app.as_admin().await;
        let mut form = statement_form("<script>alert('t')</script>", "xss", FUTURE, "UTC");
        form.retain(|(k, _)| *k != "body");
        form.push(("body", "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"));
        assert_eq!(app.post("/admin/statements/new", &form).await.status(), 303);
        action(&app, "xss", "open").await;
        for path in ["/s/xss", "/admin/statements/xss/preview", "/admin/statements/xss", "/admin"] {
            let html = app.get(path).await.text().await.unwrap();
            assert!(!html.contains("<script>alert"), "{path}");
            assert!(!html.contains("onerror="), "{path}");
            assert!(!html.contains("javascript:"), "{path}");
        }
    }
}
