//! Every workspace page, at desktop and phone widths: no accessibility
//! violation (axe-core) and never wider than the screen.

use super::{Browser, DESKTOP, NARROW, PHONE};
use crate::common::{Backend, TestApp};

/// The fixture's organisations, as a coordinator's list holds them.
pub fn fixture_names() -> Vec<(String, String)> {
    let csv = include_str!("../fixtures/xiamen-2025-signatories.csv");
    csv.lines()
        .skip(1)
        .filter_map(|l| {
            let mut cells = l.rsplitn(3, ',');
            let _qualifier = cells.next()?;
            let country = cells.next()?.to_string();
            let name = cells.next()?.trim_matches('"').to_string();
            Some((name, country))
        })
        .collect()
}

/// An open statement with the fixture's signatures (confirmed), one name
/// far longer than a column, a few unconfirmed, and some approved.
pub async fn busy_statement(app: &TestApp, slug: &str) {
    app.open_statement(slug, &[]).await;
    let long = "International Federation of Associations for the Defence of Human Rights Lawyers and Journalists in Exile (IFADHRLJE)";
    let mut names = fixture_names();
    names.push((long.to_string(), "CH".to_string()));
    for (i, (name, country)) in names.iter().enumerate() {
        let email = format!("contact{i}@ngo{i}.example.org");
        let country = if country.is_empty() { "FR" } else { country };
        let form = [
            ("kind", "organisation"),
            ("name", name.as_str()),
            ("country", country),
            ("contact_name", "Contact Person"),
            ("email", email.as_str()),
            ("listing", "public"),
        ];
        if i % 9 == 8 {
            assert_eq!(app.sign(slug, &form).await.status(), 303);
        } else {
            app.sign_confirmed(slug, &form).await;
        }
    }
}

#[tokio::test]
#[cfg_attr(
    not(browser_tests),
    ignore = "browser: apt-get install chromium chromium-driver; npm ci --prefix tests/browser"
)]
async fn every_workspace_page_is_accessible_and_fits_a_phone() {
    let Some(browser) = Browser::start("every_workspace_page_is_accessible_and_fits_a_phone").await
    else {
        return;
    };
    // axe-core must see a violation where there is one, or its silence
    // below would mean nothing.
    browser
        .goto("data:text/html,<html><body><img src='x.png'><a href='/'></a></body></html>")
        .await;
    assert!(
        !browser.accessibility_violations().await.is_empty(),
        "axe-core found nothing wrong on a page with an image without text"
    );
    let app = TestApp::spawn(Backend::Sqlite).await;
    busy_statement(&app, "xiamen").await;
    let signature = app.signature_id("contact3@ngo3.example.org").await;
    let mut problems = Vec::new();
    // The way in, before signing in.
    for size in [DESKTOP, PHONE] {
        browser.resize(size).await;
        browser.goto(&app.url("/admin/login")).await;
        let (over, culprit) = browser.overflow().await;
        if over > 0 {
            problems.push(format!(
                "/admin/login at {} px is {over} px too wide ({culprit})",
                size.0
            ));
        }
        for v in browser.accessibility_violations().await {
            problems.push(format!("/admin/login at {} px: {v}", size.0));
        }
    }
    browser.resize(DESKTOP).await;
    browser.login(&app, "owner-xiamen@example.org").await;
    // A few decisions, so that the log and history have something to say.
    browser
        .goto(&app.url("/admin/statements/xiamen/signatures"))
        .await;
    browser.click("tbody input[type=checkbox]").await;
    browser.click("button[name=action][value=approve]").await;

    let pages = [
        "/admin".to_string(),
        "/admin/statements/new".into(),
        "/admin/statements/xiamen".into(),
        "/admin/statements/xiamen/edit".into(),
        "/admin/statements/xiamen/preview".into(),
        "/admin/statements/xiamen/versions".into(),
        "/admin/statements/xiamen/versions/fr".into(),
        "/admin/statements/xiamen/amend".into(),
        "/admin/statements/xiamen/signatures".into(),
        "/admin/statements/xiamen/duplicates".into(),
        "/admin/statements/xiamen/import".into(),
        "/admin/statements/xiamen/circulation".into(),
        format!("/admin/signatures/{signature}"),
        "/admin/signers".into(),
        "/admin/audit".into(),
        "/admin/users".into(),
        "/admin/teams".into(),
        "/admin/account".into(),
    ];
    for (label, size) in [("desktop", DESKTOP), ("phone", PHONE), ("narrow", NARROW)] {
        browser.resize(size).await;
        assert_eq!(browser.viewport_width().await, u64::from(size.0));
        for path in &pages {
            browser.goto(&app.url(path)).await;
            let name = format!("{label}{}", path.replace('/', "-").trim_end_matches('-'));
            browser.screenshot(&name).await;
            if browser
                .scroll_to("main .charts, main table, main .log")
                .await
            {
                browser.screenshot(&format!("{name}-list")).await;
            }
            let (over, culprit) = browser.overflow().await;
            if over > 0 {
                problems.push(format!(
                    "{path} at {} px is {over} px too wide ({culprit})",
                    size.0
                ));
            }
            // axe-core at the two widths the workspace is made for; the
            // narrowest phones are checked for width only.
            if size != NARROW {
                for v in browser.accessibility_violations().await {
                    problems.push(format!("{path} at {} px: {v}", size.0));
                }
            }
        }
    }
    browser.close().await;
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The open page loads nothing from another site: share links are plain
/// links until a reader clicks one.
#[tokio::test]
#[cfg_attr(
    not(browser_tests),
    ignore = "browser: apt-get install chromium chromium-driver; npm ci --prefix tests/browser"
)]
async fn the_open_page_asks_nothing_of_other_sites() {
    let Some(browser) = Browser::start("the_open_page_asks_nothing_of_other_sites").await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.open_statement("travel", &[]).await;
    browser.goto(&app.url("/s/travel")).await;
    let origins = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)
               .concat([location.origin]);",
            vec![],
        )
        .await
        .expect("resources");
    let own = app.base.clone();
    let others: Vec<String> = origins
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o.as_str())
        .filter(|o| *o != own)
        .map(str::to_string)
        .collect();
    assert!(others.is_empty(), "requests to other sites: {others:?}");
    // With scripts on, the copy button shows.
    let shown = browser
        .client
        .execute(
            "return !document.querySelector('button[data-copy]').hidden;",
            vec![],
        )
        .await
        .expect("copy button");
    assert_eq!(shown.as_bool(), Some(true));
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "/s/travel: {violations:?}");
    browser.close().await;
}
