//! The coordinators' workspace over HTTP: the signature list (tabs,
//! filters, order, pages, bulk and inline corrections), the audit log in
//! words, and the charts.

use crate::common::{self, Backend, TestApp};
use crate::publication::{import, setup};

/// The names in the list's rows, in order.
fn names(html: &str) -> Vec<String> {
    html.split("<a href=\"/admin/signatures/")
        .skip(1)
        .filter_map(|p| Some(p.split('>').nth(1)?.split('<').next()?.to_string()))
        .collect()
}

fn tab_count(html: &str, label: &str) -> String {
    let at = html
        .find(&format!("{label} <span class=\"tab-count\">"))
        .unwrap_or_else(|| panic!("a tab {label}"));
    html[at..]
        .split("tab-count\">")
        .nth(1)
        .and_then(|p| p.split('<').next())
        .unwrap_or_default()
        .to_string()
}

/// 60 imported organisations: Organisation 00–59, countries FR, then BE
/// for the last ten; then some made pending, unconfirmed, withdrawn, and
/// counted without being named.
async fn sixty<'a>(app: &'a TestApp, slug: &str) -> common::Stranger<'a> {
    let admin = setup(app, slug, &[]).await;
    let mut csv = String::from("name,country\n");
    for i in 0..60 {
        let country = if i >= 50 { "BE" } else { "FR" };
        csv.push_str(&format!("Organisation {i:02},{country}\n"));
    }
    assert_eq!(import(app, &admin, slug, &csv).await.status(), 303);
    app.sql(
        "UPDATE signatures SET status = 'pending' WHERE name IN ('Organisation 01', 'Organisation 02', 'Organisation 03', 'Organisation 04');
         UPDATE signatures SET status = 'unconfirmed' WHERE name = 'Organisation 05';
         UPDATE signatures SET status = 'withdrawn' WHERE name = 'Organisation 06';
         UPDATE signatures SET listing = 'anonymous' WHERE name IN ('Organisation 07', 'Organisation 08')",
    )
    .await;
    admin
}

backend_tests! {
    async fn the_signature_list_has_tabs_filters_orders_and_pages(app: TestApp) {
        let admin = sixty(&app, "list").await;
        let base = "/admin/statements/list/signatures";
        let html = admin.get(base).await.text().await.unwrap();
        assert_eq!(tab_count(&html, "All"), "60");
        assert_eq!(tab_count(&html, "Approved"), "54");
        assert_eq!(tab_count(&html, "Waiting for review"), "4");
        assert_eq!(tab_count(&html, "Withdrawn"), "1");
        // 50 a page by default, newest first; 100 shows them all.
        assert_eq!(names(&html).len(), 50);
        assert!(html.contains("Page 1 of 2") && html.contains("50 shown of 60 matching."));
        let all = admin.get(&format!("{base}?per=100&sort=name")).await.text().await.unwrap();
        let listed = names(&all);
        assert_eq!(listed.len(), 60);
        assert_eq!(listed[0], "Organisation 00");
        assert!(!all.contains("rel=\"next\""));
        // A page size that is not offered falls back to 50.
        assert_eq!(names(&admin.get(&format!("{base}?per=7")).await.text().await.unwrap()).len(), 50);
        // Column headers sort, and a second click reverses.
        let desc = admin.get(&format!("{base}?sort=-name")).await.text().await.unwrap();
        assert_eq!(names(&desc)[0], "Organisation 59");
        assert!(desc.contains("aria-sort=\"descending\""));
        let by_country = admin.get(&format!("{base}?sort=country")).await.text().await.unwrap();
        assert_eq!(names(&by_country)[0], "Organisation 50", "Belgium before France");
        // Tabs, filters and the search narrow the list.
        let pending = admin.get(&format!("{base}?status=pending")).await.text().await.unwrap();
        assert_eq!(names(&pending).len(), 4);
        assert!(pending.contains("aria-current=\"page\">Waiting for review"));
        let unnamed = admin.get(&format!("{base}?listing=anonymous")).await.text().await.unwrap();
        assert_eq!(names(&unnamed), ["Organisation 08", "Organisation 07"]);
        assert!(unnamed.contains("not named"));
        let named = admin.get(&format!("{base}?listing=named&per=100")).await.text().await.unwrap();
        assert_eq!(names(&named).len(), 58);
        let belgium = admin.get(&format!("{base}?country=BE&q=organisation%205")).await.text().await.unwrap();
        assert_eq!(names(&belgium).len(), 10);
    }

    async fn bulk_actions_reach_every_matching_row_and_corrections_stay_in_the_list(app: TestApp) {
        let admin = sixty(&app, "bulk").await;
        let base = "/admin/statements/bulk/signatures";
        let html = admin.get(&format!("{base}?status=pending")).await.text().await.unwrap();
        assert!(html.contains("name=\"expect_approve\" value=\"4\"") && html.contains("name=\"expect_reject\" value=\"4\""));
        let token = common::input_value(&html, "csrf_token").unwrap();
        // Reject everything pending, from the filtered list, in one click.
        let res = admin
            .post(&format!("{base}/bulk"), &[("action", "reject-matching"), ("back", "?status=pending"), ("expect_reject", "4"), ("csrf_token", token.as_str())])
            .await;
        assert_eq!(res.status(), 303);
        assert_eq!(common::location(&res), format!("{base}?status=pending"));
        assert_eq!(app.count("signatures", "status = 'rejected'").await, 4);
        assert_eq!(app.count("signatures", "status = 'pending'").await, 0);
        // Approving never takes an unconfirmed signature: not one by one,
        // not in bulk; nor does it undo rejections in bulk.
        let unconfirmed = admin.get(&format!("{base}?status=unconfirmed")).await.text().await.unwrap();
        let id = unconfirmed.split("id=\"row-").nth(1).unwrap().split('"').next().unwrap().to_string();
        let res = admin.post(&format!("/admin/signatures/{id}/approve"), &[]).await;
        assert_eq!(res.status(), 409);
        assert!(res.text().await.unwrap().contains("has not confirmed their email address yet"));
        app.sql("UPDATE signatures SET status = 'pending' WHERE name IN ('Organisation 20', 'Organisation 21', 'Organisation 22')").await;
        let all = admin.get(base).await.text().await.unwrap();
        assert!(all.contains("Approve all 3"), "only the three waiting");
        let res = admin.post(&format!("{base}/bulk"), &[("action", "approve-matching"), ("back", "?"), ("expect_approve", "3")]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(common::location(&res), base);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 54);
        assert_eq!(app.count("signatures", "status = 'rejected'").await, 4);
        assert_eq!(app.count("signatures", "status = 'unconfirmed'").await, 1);
        assert_eq!(app.count("signatures", "status = 'withdrawn'").await, 1);
        // What arrived since the page was shown is not decided unseen.
        // (The page showed 55 to reject; one more arrives.)
        app.sql("UPDATE signatures SET status = 'pending' WHERE name = 'Organisation 06'").await;
        let res = admin.post(&format!("{base}/bulk"), &[("action", "reject-matching"), ("back", "?"), ("expect_reject", "55")]).await;
        assert_eq!(res.status(), 409);
        assert!(res.text().await.unwrap().contains("The list changed since the page was shown"));
        assert_eq!(app.count("signatures", "status = 'rejected'").await, 4);
        // "All matching" needs the list's filters.
        let res = admin.post(&format!("{base}/bulk"), &[("action", "approve-matching"), ("expect_approve", "1")]).await;
        assert_eq!(res.status(), 400);
        // Inline correction: the name, and the country by its name; the
        // title stays; back to the row in the list.
        app.sql("UPDATE signatures SET title = 'Kept title' WHERE name = 'Organisation 10'").await;
        let list = admin.get(&format!("{base}?q=organisation%2010")).await.text().await.unwrap();
        let id = list.split("id=\"row-").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert!(list.contains(&format!("action=\"/admin/signatures/{id}/edit\"")));
        let res = admin
            .post(&format!("/admin/signatures/{id}/edit"), &[("inline", "true"), ("back", "?q=organisation+10"), ("name", "Organisation Ten"), ("country", "belgium"), ("country_shown", "France")])
            .await;
        assert_eq!(res.status(), 303);
        assert_eq!(common::location(&res), format!("{base}?q=organisation+10#row-{id}"));
        assert_eq!(app.count("signatures", "name = 'Organisation Ten' AND country = 'BE' AND title = 'Kept title'").await, 1);
        // A country left as the row showed it keeps its code.
        let res = admin
            .post(&format!("/admin/signatures/{id}/edit"), &[("inline", "true"), ("back", "?"), ("name", "Organisation 10"), ("country", "Belgium"), ("country_shown", "Belgium")])
            .await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "name = 'Organisation 10' AND country = 'BE'").await, 1);
        // A wrong correction is shown with what was typed, not lost.
        let res = admin
            .post(&format!("/admin/signatures/{id}/edit"), &[("inline", "true"), ("back", "?"), ("name", "O"), ("country", "Atlantis")])
            .await;
        assert_eq!(res.status(), 422);
        let page = res.text().await.unwrap();
        assert!(page.contains("value=\"O\"") && page.contains("Kept title"), "{page}");
        // Each fault says what it is.
        assert!(page.contains("The name must have at least 2 characters."));
        // A `back` that is not a query string goes nowhere else, and only
        // the list's own filters reach the Location header.
        let res = admin
            .post(&format!("/admin/signatures/{id}/edit"), &[("inline", "true"), ("back", "//evil.example/"), ("name", "Organisation 10"), ("country", "BE")])
            .await;
        assert_eq!(common::location(&res), format!("{base}#row-{id}"));
        let res = admin
            .post(&format!("/admin/signatures/{id}/edit"), &[("inline", "true"), ("back", "?q=é&x=%0d%0aSet-Cookie:a"), ("name", "Organisation 10"), ("country", "BE")])
            .await;
        assert_eq!(res.status(), 303);
        assert_eq!(common::location(&res), format!("{base}?q=%C3%A9#row-{id}"));
    }

    async fn the_audit_log_reads_in_words_with_filters_and_pages(app: TestApp) {
        let admin = sixty(&app, "words").await;
        let list = admin.get("/admin/statements/words/signatures?q=organisation%2001").await.text().await.unwrap();
        let id = list.split("id=\"row-").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert_eq!(admin.post(&format!("/admin/signatures/{id}/approve"), &[]).await.status(), 303);
        let audit = admin.get("/admin/audit").await.text().await.unwrap();
        assert!(audit.contains("Owner approved Organisation 01 (France)"), "{audit}");
        assert!(audit.contains("Owner imported 60 signatures"));
        assert!(audit.contains("Owner opened the statement for signatures"));
        assert!(!audit.contains("signature.approve"), "no raw codes");
        assert!(audit.contains("<details><summary>Details</summary>"));
        // The statement's own history says the same.
        let overview = admin.get("/admin/statements/words").await.text().await.unwrap();
        assert!(overview.contains("Owner approved Organisation 01 (France)"));
        // Filters: by kind, by person, by statement.
        let accounts = admin.get("/admin/audit?kind=account").await.text().await.unwrap();
        assert!(accounts.contains("Owner signed in") && !accounts.contains("approved"));
        let nobody = admin.get("/admin/audit?statement=no-such-statement").await.text().await.unwrap();
        assert!(nobody.contains("Nothing recorded yet."));
        // 60 decisions: pages of 50, the next page keeps the filters.
        for _ in 0..30 {
            admin.post(&format!("/admin/signatures/{id}/reject"), &[]).await;
            admin.post(&format!("/admin/signatures/{id}/approve"), &[]).await;
        }
        let first = admin.get("/admin/audit?statement=words&kind=signature").await.text().await.unwrap();
        assert_eq!(first.matches("class=\"log-when\"").count(), 50);
        let older = first.split("<a href=\"/admin/audit?").find(|p| p.contains("before")).expect("older entries").split('"').next().unwrap().replace("&amp;", "&").replace("&#x3D;", "=");
        assert!(older.contains("statement=words") && older.contains("kind=signature") && older.contains("before="));
        let second = admin.get(&format!("/admin/audit?{older}")).await.text().await.unwrap();
        // 61 decisions and the import: 12 on the second page.
        assert_eq!(second.matches("class=\"log-when\"").count(), 12, "{second}");
        assert!(second.contains("Owner imported 60 signatures"));
    }

    async fn charts_count_confirmed_sign_ons_by_day_with_dates_and_the_deadline(app: TestApp) {
        // A deadline ten days ahead: the axis runs on to it.
        let deadline = (chrono::Utc::now() + chrono::Duration::days(10)).format("%Y-%m-%dT12:00").to_string();
        let admin = setup(&app, "charts", &[("deadline", deadline.as_str()), ("timezone", "UTC")]).await;
        let empty = admin.get("/admin/statements/charts").await.text().await.unwrap();
        assert!(empty.contains("No confirmed sign-on yet"));
        let mut csv = String::from("name,country\n");
        let countries = ["FR", "DE", "IT", "ES", "PT", "NL", "BE", "LU", "AT", "CH", "PL", "CZ", "SK", "HU", "RO", "BG", "GR"];
        for (i, c) in countries.iter().enumerate() {
            csv.push_str(&format!("Organisation {i:02},{c}\n"));
        }
        csv.push_str("Extra French one,FR\nNowhere in particular,\n");
        assert_eq!(import(&app, &admin, "charts", &csv).await.status(), 303);
        // Three days ago, two days ago, today; one unconfirmed.
        let day = |n: i64| (chrono::Utc::now() - chrono::Duration::days(n)).format("%Y-%m-%d 10:00:00").to_string();
        app.sql(&format!(
            "UPDATE signatures SET created_at = '{}' WHERE name IN ('Organisation 00', 'Organisation 01', 'Organisation 02', 'Organisation 03', 'Organisation 04');
             UPDATE signatures SET created_at = '{}' WHERE name IN ('Organisation 05', 'Organisation 06', 'Organisation 07');
             UPDATE signatures SET status = 'unconfirmed' WHERE name = 'Organisation 16'",
            day(3),
            day(2)
        ))
        .await;
        let html = admin.get("/admin/statements/charts").await.text().await.unwrap();
        assert!(html.contains("One more is waiting for its signer to confirm."), "{html}");
        // The table beside the charts: day, count, running total.
        let short = |n: i64| {
            let d = chrono::Utc::now().date_naive() - chrono::Duration::days(n);
            format!("{} {}", d.format("%-d"), d.format("%b"))
        };
        assert!(html.contains(&format!("<th scope=\"row\">{}</th><td>5</td><td>5</td>", short(3))), "{html}");
        assert!(html.contains(&format!("<th scope=\"row\">{}</th><td>3</td><td>8</td>", short(2))));
        assert!(html.contains(&format!("<th scope=\"row\">{}</th><td>10</td><td>18</td>", short(0))));
        // The deadline is marked on the axis; dates label it.
        assert!(html.contains("class=\"deadline\"") && html.contains(">Deadline</text>"));
        assert!(html.contains(&format!(">{}</text>", short(3))));
        // Countries: fifteen named, the rest summed, those without apart;
        // the unconfirmed one (Greece) is not counted.
        assert!(html.contains("<th scope=\"row\">France</th><td>2</td>"));
        assert!(html.contains("<th scope=\"row\">Other countries</th><td>1</td>"), "{html}");
        assert!(html.contains("<th scope=\"row\">No country given</th><td>1</td>"));
        assert!(!html.contains(">Greece<"));
    }
}

backend_tests! {
    async fn look_alike_entries_are_suggested_and_merged_as_previewed(app: TestApp) {
        let admin = setup(&app, "alike", &[]).await;
        let csv = "name,country\nFront Line Defenders,IE\nFront Line Defenders (FLD),IE\nAmnesty International,GB\nAmnesty Internacional,GB\nISHR,CH\nInternational Service for Human Rights,CH\nUnrelated Group,FR\nAmnesty International,FR\nSolidarity Network,KE\nTenant Union,KE\n";
        assert_eq!(import(&app, &admin, "alike", csv).await.status(), 303);
        app.sql("UPDATE signatures SET website = 'https://www.frontlinedefenders.org' WHERE name = 'Front Line Defenders (FLD)';
                 UPDATE signatures SET website = 'https://kenya-network.example.org/a' WHERE name = 'Solidarity Network';
                 UPDATE signatures SET website = 'kenya-network.example.org' WHERE name = 'Tenant Union'").await;
        let page = admin.get("/admin/statements/alike/duplicates").await.text().await.unwrap();
        assert_eq!(page.matches("<li class=\"pair\">").count(), 4, "{page}");
        for reason in ["Same name", "Acronym", "Similar spelling", "Same website"] {
            assert!(page.contains(&format!("status reason\">{reason}<")), "{reason}");
        }
        assert!(!page.contains("Unrelated Group"));
        // Amnesty in France is another entry, not the British one twice.
        assert_eq!(page.matches(">Amnesty International<").count(), 1);
        // The preview says what the merge does: the bracketed entry leaves,
        // the kept one takes its website.
        let fld = page.split("<li class=\"pair\">").find(|p| p.contains("Front Line Defenders (FLD)")).unwrap();
        assert!(fld.contains("Front Line Defenders (FLD) leaves the list"));
        assert!(fld.contains("Website: https://www.frontlinedefenders.org (taken from the other entry)"), "{fld}");
        let keep = common::input_value(fld, "keep").unwrap();
        let merge = common::input_value(fld, "merge").unwrap();
        let res = admin.post("/admin/statements/alike/duplicates/merge", &[("keep", keep.as_str()), ("merge", merge.as_str())]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(common::location(&res), "/admin/statements/alike/duplicates?done=merged");
        assert_eq!(app.count("signatures", "status = 'duplicate' AND name = 'Front Line Defenders (FLD)'").await, 1);
        assert_eq!(app.count("signatures", "name = 'Front Line Defenders' AND website = 'https://www.frontlinedefenders.org'").await, 1);
        let after = admin.get("/admin/statements/alike/duplicates?done=merged").await.text().await.unwrap();
        assert_eq!(after.matches("<li class=\"pair\">").count(), 3);
        assert!(after.contains("Merged: one entry stays on the list."));
        let audit = admin.get("/admin/audit").await.text().await.unwrap();
        assert!(audit.contains("Owner merged Front Line Defenders (FLD) into Front Line Defenders (Ireland)"), "{audit}");
        // Entries of another statement cannot be merged from here.
        setup(&app, "elsewhere", &[]).await;
        let res = admin.post("/admin/statements/elsewhere/duplicates/merge", &[("keep", keep.as_str()), ("merge", merge.as_str())]).await;
        assert_eq!(res.status(), 404);
        // A signature with nothing like it has no merge button.
        let list = admin.get("/admin/statements/alike/signatures?q=unrelated").await.text().await.unwrap();
        let id = list.split("id=\"row-").nth(1).unwrap().split('"').next().unwrap().to_string();
        let detail = admin.get(&format!("/admin/signatures/{id}")).await.text().await.unwrap();
        assert!(!detail.contains(&format!("/admin/signatures/{id}/merge")));
        assert!(detail.contains("No other signature with this name or email."));
    }
}

/// A tiny PNG (one white pixel).
const PIXEL: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0d, 0x49, 0x44, 0x41, 0x54,
    0x78, 0x9c, 0x63, 0xf8, 0xff, 0xff, 0x3f, 0, 0x05, 0xfe, 0x02, 0xfe, 0xa7, 0x35, 0x81, 0x84, 0,
    0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

backend_tests! {
    async fn a_coalition_shows_its_own_name_logo_colour_and_footer(backend: Backend) {
        let assets = tempfile::tempdir().unwrap();
        let logo = assets.path().join("logo.png");
        std::fs::write(&logo, PIXEL).unwrap();
        let app = TestApp::spawn_with(backend, |s| {
            s.site_name = "Coalition for Human Rights Defenders".into();
            s.site_logo = Some(logo.clone());
            s.accent_color = Some("#7A1F5C".into());
            s.footer_text = "Write to coalition@example.org".into();
            s.mail_from = "noreply@coalition.example.org".into();
        })
        .await;
        app.open_statement("branded", &[]).await;
        let page = app.stranger().get("/s/branded").await.text().await.unwrap();
        assert!(page.contains("<title>Solidarity with the lawyers of Xiamen · Coalition for Human Rights Defenders</title>"), "{page}");
        assert!(page.contains("class=\"logo\">Coalition for Human Rights Defenders</a>"));
        assert!(page.contains("<p>Write to coalition@example.org</p>"));
        let logo_url = page.split("<img src=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let css_url = page.split("<link rel=\"stylesheet\" href=\"/brand/").nth(1).map(|p| format!("/brand/{}", p.split('"').next().unwrap())).expect("the brand's stylesheet");
        let res = app.stranger().get(&logo_url).await;
        assert_eq!(res.headers()["content-type"], "image/png");
        assert!(res.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        assert_eq!(res.bytes().await.unwrap().as_ref(), PIXEL);
        let css = app.stranger().get(&css_url).await.text().await.unwrap();
        assert_eq!(css.trim(), ":root { --accent: #7a1f5c; }");
        // Error pages and the print view carry it too.
        let missing = app.stranger().get("/s/no-such-statement").await.text().await.unwrap();
        assert!(missing.contains("Coalition for Human Rights Defenders</a>"));
        // Emails come from the coalition, and are signed by it.
        let res = app.sign("branded", &common::org("Free Tibet", "ft@example.org")).await;
        assert_eq!(res.status(), 303);
        let mail = app.delivered().await.into_iter().find(|m| m.to == "ft@example.org").unwrap();
        let text = mail.text.replace("\r\n", "\n");
        assert!(text.contains("-- \nCoalition for Human Rights Defenders\nWrite to coalition@example.org"), "{text}");
        let eml = std::fs::read_dir(app.data_dir.path().join("outbox")).unwrap().flatten().map(|e| std::fs::read_to_string(e.path()).unwrap()).next().unwrap();
        assert!(eml.contains("From: \"Coalition for Human Rights Defenders\" <noreply@coalition.example.org>"), "{eml}");
    }
}

#[test]
fn an_unreadable_accent_colour_or_logo_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = common::test_settings(dir.path(), None);
    settings.accent_color = Some("#ffcc00".into());
    let err = undersigned::prepare(settings.clone())
        .err()
        .expect("refused");
    assert!(err.contains("contrast of 1.5:1"), "{err}");
    settings.accent_color = None;
    settings.site_logo = Some(dir.path().join("logo.gif"));
    let err = undersigned::prepare(settings).err().expect("refused");
    assert!(
        err.contains("give a .png, .jpg, .webp or .svg file"),
        "{err}"
    );
}
