//! Snapshots of every email and every key page, so that a change to a
//! handler or a template shows up as a diff to review.
//!
//! The snapshots live in `tests/it/snapshots/`, one file per page or email
//! (the address asked for, the status, the caching headers, the body). The
//! SQLite and PostgreSQL runs of a test compare against the same file: both
//! backends must render the same bytes. What changes from run to run is
//! replaced before comparing: CSRF tokens by `[CSRF]`, emailed link tokens
//! by `[TOKEN]`, the port by `[PORT]`, ids by `[UUID]`, the moment of the
//! run by `[NOW]`, time left by `[TIME LEFT]`, cache validators by `[ETAG]`
//! and `[HTTP-DATE]`, the static files' version by `[VERSION]` (see
//! [`settings`]).
//!
//! After a deliberate change, run the tests and review the differences:
//!
//! - with cargo-insta (`cargo install cargo-insta`): `cargo test
//!   snapshots::`, then `cargo insta review` to accept or reject each one;
//! - without it: `INSTA_UPDATE=always cargo test snapshots::` rewrites the
//!   snapshots; read `git diff tests/it/snapshots/` and commit what is meant.
//!
//! A failing run outside CI leaves `.snap.new` files beside the snapshots
//! (ignored by git): accept them or delete them. With `CI=true`, as in CI,
//! a missing or different snapshot fails the test and nothing is written,
//! so every snapshot must be committed.

use crate::common::{input_value, location, org_listed, Backend, Stranger, TestApp};

/// The redactions applied to every snapshot, in this order.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    // Every form carries a fresh, masked token.
    s.add_filter(
        r#"name="csrf_token" value="[^"]*""#,
        r#"name="csrf_token" value="[CSRF]""#,
    );
    // Secret links sent by email.
    s.add_filter(
        r"/(confirm|manage|admin/setup|admin/invite)/[A-Za-z0-9_-]{16,}",
        "/$1/[TOKEN]",
    );
    // The test server's random port.
    s.add_filter(r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]");
    // … also inside the share links' encoded addresses.
    s.add_filter(r"127%2E0%2E0%2E1%3A\d+", "127%2E0%2E0%2E1%3A[PORT]");
    // Cache validators: made of ids and clocks.
    s.add_filter(r"(?m)^etag: .*$", "etag: [ETAG]");
    s.add_filter(r"(?m)^last-modified: .*$", "last-modified: [HTTP-DATE]");
    // Row ids.
    s.add_filter(
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "[UUID]",
    );
    // The charts' day labels ("7 Feb"): their axis ends today.
    s.add_filter(
        r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\b",
        "[DAY]",
    );
    // The static files' version changes with any CSS or script.
    s.add_filter(r"/static/[0-9a-f]+/", "/static/[VERSION]/");
    // Time left before the (fixed) deadline shrinks every day.
    s.add_filter(
        r"closes in [\d,]+ (?:day|hour|minute)s?",
        "closes in [TIME LEFT]",
    );
    // Moments of the run itself (when something was created, signed,
    // published): any date within a day of now, with its time of day, in
    // each format the pages use. Fixed dates (deadlines, dates the tests
    // set) stay as they are.
    let today = chrono::Utc::now().date_naive();
    let days: Vec<chrono::NaiveDate> = [-1, 0, 1]
        .iter()
        .map(|d| today + chrono::TimeDelta::days(*d))
        .collect();
    let any = |format: &str| {
        days.iter()
            .map(|d| d.format(format).to_string())
            .collect::<Vec<_>>()
            .join("|")
    };
    // 2026-11-26, 2026-11-26 14:05, 2026-11-26T14:05:09.123456+00:00
    s.add_filter(
        &format!(
            r"(?:{})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?(?:Z|[+-]\d{{2}}:\d{{2}})?",
            any("%Y-%m-%d")
        ),
        "[NOW]",
    );
    // Thursday 26 November 2026, 15:05
    s.add_filter(
        &format!(
            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(?:{})(?:, \d{{2}}:\d{{2}})?",
            any("%-d %B %Y")
        ),
        "[NOW]",
    );
    // Thu, 26 Nov 2026 14:05:09 GMT
    s.add_filter(
        &format!(
            r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:{}) \d{{2}}:\d{{2}}:\d{{2}} GMT",
            any("%d %b %Y")
        ),
        "[NOW]",
    );
    s
}

/// Checks `text` against the snapshot `name`, with the redactions.
fn check(name: &str, text: &str) {
    settings().bind(|| insta::assert_snapshot!(name, text));
}

/// The address asked for, the status, the headers that matter to a reader
/// or a cache, and the body (JSON and XML one element per line).
async fn response(res: reqwest::Response) -> String {
    let mut out = format!(
        "url: {}\nstatus: {}\n",
        res.url().path(),
        res.status().as_u16()
    );
    for h in ["content-type", "cache-control", "etag", "last-modified"] {
        if let Some(v) = res.headers().get(h) {
            out.push_str(&format!("{h}: {}\n", v.to_str().unwrap_or("?")));
        }
    }
    out.push('\n');
    let content_type = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = res.text().await.expect("body");
    out.push_str(&if content_type.contains("json") {
        indent_json(&body)
    } else if content_type.contains("xml") {
        body.replace("><", ">\n<")
    } else {
        body
    });
    out
}

/// Checks a response against the snapshot `name`.
async fn check_response(name: &str, res: reqwest::Response) {
    check(name, &response(res).await);
}

/// JSON with one member per line, keys in the order they were sent.
fn indent_json(json: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.push(chars.next().unwrap());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out.push('\n');
    out
}

/// An emailed message: subject, then both bodies.
fn mail(m: &crate::common::Mail) -> String {
    format!(
        "to: {}\nsubject: {}\n\n--- text ---\n{}\n--- html ---\n{}",
        m.to, m.subject, m.text, m.html
    )
}

/// The statement's owner (made by `open_statement`), signed in.
async fn owner<'a>(app: &'a TestApp, slug: &str) -> Stranger<'a> {
    let admin = app.stranger();
    let email = format!("owner-{slug}@example.org");
    let res = admin
        .post(
            "/admin/login",
            &[("email", &email), ("password", crate::common::PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), 303);
    admin
}

async fn lifecycle(admin: &Stranger<'_>, slug: &str, action: &str) {
    let res = admin
        .post(&format!("/admin/statements/{slug}/{action}"), &[])
        .await;
    assert_eq!(res.status(), 303, "{action}");
}

backend_tests! {
    async fn emails(app: TestApp) {
        app.open_statement("xiamen", &[("public_list", "on")]).await;
        let first = "aiko@aln.example.org";
        let res = app.sign_with(&app.client, "xiamen", &org_listed("Asian Lawyers Network (ALN)", first, "public")).await;
        assert_eq!(res.status(), 303);
        let outbox = app.delivered().await;
        assert_eq!(outbox.len(), 1);
        check("email_confirm", &mail(&outbox[0]));

        // The same organisation from another address gets the same
        // confirmation; once both confirmed, nobody else is told.
        let path = app.link_to(first, "/confirm/").await;
        assert_eq!(app.confirm(&path).await.status(), 200);
        let other = "other@aln.example.org";
        let res = app.sign_with(&app.stranger().client, "xiamen", &org_listed("ASIAN LAWYERS NETWORK (ALN)", other, "public")).await;
        assert_eq!(res.status(), 303);
        let outbox = app.delivered().await;
        assert_eq!(outbox.len(), 2);
        assert_eq!(outbox[1].to, other);
        let same = |m: &crate::common::Mail| crate::common::masked(&mail(m)).replace(other, first).replace("ASIAN LAWYERS NETWORK", "Asian Lawyers Network");
        assert_eq!(same(&outbox[1]), same(&outbox[0]), "the same confirmation");
        let path = app.link_to(other, "/confirm/").await;
        assert_eq!(app.confirm(&path).await.status(), 200);
        assert_eq!(app.delivered().await.len(), 2);
    }

    async fn public_pages(app: TestApp) {
        app.open_statement("xiamen", &[("public_list", "on")]).await;
        check_response("public_home", app.stranger().get("/").await).await;

        // The form sent back with mistakes, and what was typed.
        let mut bad = org_listed("A", "not-an-email", "public");
        bad.retain(|(k, _)| *k != "country");
        bad.push(("country", "XX"));
        let res = app.sign_with(&app.client, "xiamen", &bad).await;
        assert_eq!(res.status(), 422);
        check_response("public_sign_errors", res).await;

        let first = "aiko@aln.example.org";
        let res = app.sign_with(&app.client, "xiamen", &org_listed("Asian Lawyers Network (ALN)", first, "public")).await;
        assert_eq!(location(&res), "/s/xiamen/thanks");
        check_response("public_thanks", app.get("/s/xiamen/thanks").await).await;
        let path = app.link_to(first, "/confirm/").await;
        check_response("public_confirm", app.get(&path).await).await;
        check_response("public_confirmed", app.confirm(&path).await).await;
        let manage = app.link_to(first, "/manage/").await;
        check_response("public_manage", app.get(&manage).await).await;

        // A second organisation, counted but not named.
        let second = "brave@example.org";
        let client = app.stranger().client;
        assert_eq!(app.sign_with(&client, "xiamen", &org_listed("Brave Small Group", second, "anonymous")).await.status(), 303);
        assert_eq!(app.confirm(&app.link_to(second, "/confirm/").await).await.status(), 200);
        check_response("public_statement_open", app.stranger().get("/s/xiamen").await).await;

        let admin = owner(&app, "xiamen").await;
        lifecycle(&admin, "xiamen", "close").await;
        lifecycle(&admin, "xiamen", "publish").await;
        let reader = app.stranger();
        check_response("public_statement_published", reader.get("/s/xiamen").await).await;
        check_response("public_print", reader.get("/s/xiamen/print").await).await;
        check_response("public_signatories_txt", reader.get("/s/xiamen/signatories.txt").await).await;
        check_response("public_signatories_json", reader.get("/s/xiamen/signatories.json").await).await;
        check_response("api_statement", reader.get("/api/v1/statements/xiamen").await).await;
        check_response("feed_atom", reader.get("/feed.atom").await).await;
    }

    async fn coordinator_pages(app: TestApp) {
        check_response("admin_login", app.get("/admin/login").await).await;
        app.as_admin().await;
        check_response("admin_statement_new", app.get("/admin/statements/new").await).await;
        let res = app.post("/admin/statements/new", &[
            ("title", "Solidarity with the lawyers of Xiamen"),
            ("slug", "xiamen"),
            ("organiser", "Coalition for Human Rights Defenders"),
            ("summary", "Civil society organisations reaffirm their solidarity."),
            ("body", "We, the undersigned organisations, **stand** with them.\n\n- one\n- two"),
            ("note", "We cannot take edits to the text."),
            ("language", "en"),
            ("deadline", "2031-02-07T23:59"),
            ("timezone", "Europe/Zurich"),
            ("grouping", "none"),
            ("allow_organisations", "on"),
            ("allow_individuals", "on"),
            ("public_list", "on"),
            ("action", "save"),
        ]).await;
        assert_eq!(location(&res), "/admin/statements/xiamen?done=created");
        check_response("admin_statement_edit", app.get("/admin/statements/xiamen/edit").await).await;
        assert_eq!(app.post("/admin/statements/xiamen/open", &[]).await.status(), 303);

        // Three signers: confirmed, unconfirmed and not named, an individual.
        let signer = app.stranger();
        assert_eq!(app.sign_with(&signer.client, "xiamen", &org_listed("Asian Lawyers Network (ALN)", "aiko@aln.example.org", "public")).await.status(), 303);
        assert_eq!(app.confirm(&app.link_to("aiko@aln.example.org", "/confirm/").await).await.status(), 200);
        assert_eq!(app.sign_with(&signer.client, "xiamen", &org_listed("Brave Small Group", "brave@example.org", "anonymous")).await.status(), 303);
        let individual = [
            ("kind", "individual"), ("name", "Marie Curie"), ("title", "Professor of Law, University of Geneva"),
            ("country", "CH"), ("email", "marie@example.org"), ("listing", "public"),
        ];
        assert_eq!(app.sign_with(&signer.client, "xiamen", &individual).await.status(), 303);
        // Arrivals on two days, yesterday and today, at times already past:
        // the same chart (a week to today) at any hour.
        let yesterday = chrono::Utc::now().date_naive() - chrono::TimeDelta::days(1);
        let today = chrono::Utc::now().date_naive();
        app.sql(&format!("UPDATE signatures SET created_at = '{yesterday} 08:15:00' WHERE email = 'aiko@aln.example.org';
                 UPDATE signatures SET created_at = '{yesterday} 17:40:00' WHERE email = 'brave@example.org';
                 UPDATE signatures SET created_at = '{today} 00:05:00' WHERE email = 'marie@example.org'")).await;

        check_response("admin_dashboard", app.get("/admin").await).await;
        check_response("admin_statement_edit_signed", app.get("/admin/statements/xiamen/edit").await).await;
        check_response("admin_statement_overview", app.get("/admin/statements/xiamen").await).await;
        let list = response(app.get("/admin/statements/xiamen/signatures").await).await;
        check("admin_signatures", &list);
        let id = list
            .split("/admin/signatures/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a signature link")
            .to_string();
        check_response("admin_signature_detail", app.get(&format!("/admin/signatures/{id}")).await).await;
        check_response("admin_audit", app.get("/admin/audit").await).await;
    }

    async fn error_pages(app: TestApp) {
        check_response("error_404", app.get("/s/nothing-here").await).await;
        app.open_statement("closing", &[]).await;
        let page = app.get("/s/closing").await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        // The deadline passes between showing the form and sending it.
        app.sql("UPDATE statements SET deadline = '2024-01-01 00:00:00'").await;
        let mut form = org_listed("Late Group", "late@example.org", "public");
        form.push(("csrf_token", &token));
        let res = app.post_form("/s/closing/sign", &form).await;
        assert_eq!(res.status(), 410);
        check_response("error_410_closed", res).await;
    }
}
