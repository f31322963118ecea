//! A coordinator's last day before publication, in Chromium: 105 sign-ons
//! wait for review, five of them duplicates of others and ten misspelt.
//! The coordinator merges the five pairs, approves the hundred left,
//! corrects the ten names, closes and publishes. The test counts the
//! clicks and the pages it took (README, "The workspace").

use std::time::{Duration, Instant};

use fantoccini::Locator;

use super::Browser;
use crate::common::{Backend, TestApp};

/// Five look-alike pairs: the first of each signs early, the second later.
const PAIRS: [(&str, &str, &str); 5] = [
    ("Front Line Defenders", "Front Line Defenders (FLD)", "IE"),
    ("International Service for Human Rights", "ISHR", "CH"),
    ("Amnesty International", "Amnesty Internacional", "GB"),
    (
        "CIVICUS: World Alliance for Citizen Participation",
        "CIVICUS World Alliance for Citizen Participation",
        "ZA",
    ),
    ("Asian Lawyers Network", "Asian Lawyers Network (ALN)", "JP"),
];

/// Ten names as signers typed them, and as the list should print them.
const TYPOS: [(&str, &str); 10] = [
    ("free tibet", "Free Tibet"),
    ("PEN AMERICA", "PEN America"),
    ("Human Rights Watc", "Human Rights Watch"),
    ("tibet justice center", "Tibet Justice Center"),
    ("Uyghur Human Rights Projet", "Uyghur Human Rights Project"),
    ("hong kong watch", "Hong Kong Watch"),
    ("Safeguard Defender", "Safeguard Defenders"),
    (
        "china against the death penalty",
        "China Against the Death Penalty",
    ),
    ("ARTICLE19", "ARTICLE 19"),
    ("Lawyers for lawyers", "Lawyers for Lawyers"),
];

/// What it took, as the README reports it.
#[derive(Default)]
struct Effort {
    clicks: u32,
    pages: u32,
}

impl Browser {
    /// Clicks `locator` and waits for the page it loads.
    async fn click_through(&self, locator: Locator<'_>, effort: &mut Effort) {
        self.client
            .execute("window.__before = true; return true;", vec![])
            .await
            .expect("mark the page");
        self.click_here(locator, effort).await;
        effort.pages += 1;
        let started = Instant::now();
        loop {
            let loaded = self
                .client
                .execute(
                    "return window.__before === undefined && document.readyState === 'complete';",
                    vec![],
                )
                .await
                .unwrap_or_default();
            if loaded.as_bool() == Some(true) {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "no new page after the click"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Clicks `locator`, which opens or ticks something on the same page.
    async fn click_here(&self, locator: Locator<'_>, effort: &mut Effort) {
        self.client
            .find(locator)
            .await
            .expect("the element to click")
            .click()
            .await
            .expect("click");
        effort.clicks += 1;
    }

    async fn text(&self) -> String {
        self.client.source().await.expect("page source")
    }
}

async fn sign(app: &TestApp, name: &str, country: &str, n: usize) {
    let email = format!("contact{n}@org{n}.example.org");
    let form = [
        ("kind", "organisation"),
        ("name", name),
        ("country", country),
        ("contact_name", "Contact Person"),
        ("email", email.as_str()),
        ("listing", "public"),
    ];
    app.sign_confirmed("geneva", &form).await;
}

#[tokio::test]
#[cfg_attr(
    not(browser_tests),
    ignore = "browser: apt-get install chromium chromium-driver; npm ci --prefix tests/browser"
)]
async fn a_coordinator_merges_approves_corrects_and_publishes_in_the_browser() {
    let Some(browser) =
        Browser::start("a_coordinator_merges_approves_corrects_and_publishes_in_the_browser").await
    else {
        return;
    };
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.mail_rate_per_minute = 60_000).await;
    app.open_statement("geneva", &[("moderation", "on")]).await;
    let mut n = 0;
    for (first, _, country) in PAIRS {
        sign(&app, first, country, n).await;
        n += 1;
    }
    for (typo, _) in TYPOS {
        sign(&app, typo, "US", n).await;
        n += 1;
    }
    for i in 0..85 {
        sign(&app, &format!("Civil Society Group {i:02}"), "FR", n).await;
        n += 1;
    }
    for (_, second, country) in PAIRS {
        sign(&app, second, country, n).await;
        n += 1;
    }
    // One pair is caught at confirmation already (same name once
    // punctuation is set aside): it waits as a possible duplicate.
    assert_eq!(
        app.count("signatures", "status IN ('pending', 'review')")
            .await,
        105
    );

    let mut effort = Effort::default();
    // Sign in (typing is not counted; the button is).
    browser.goto(&app.url("/admin/login")).await;
    effort.pages += 1;
    browser.fill("email", "owner-geneva@example.org").await;
    browser.fill("password", crate::common::PASSWORD).await;
    browser
        .click_through(Locator::Css("main form button[type=submit]"), &mut effort)
        .await;
    // Dashboard → the statement → its possible duplicates.
    browser
        .click_through(
            Locator::Css("a[href='/admin/statements/geneva']"),
            &mut effort,
        )
        .await;
    browser
        .click_through(
            Locator::Css("a[href='/admin/statements/geneva/duplicates']"),
            &mut effort,
        )
        .await;
    browser.screenshot("workspace-duplicates").await;
    assert_eq!(
        browser.text().await.matches("<li class=\"pair\">").count(),
        5
    );
    for _ in 0..5 {
        // The first pair's merge button: the earlier entry stays.
        browser
            .click_through(
                Locator::Css(".pair .merge-preview > form button"),
                &mut effort,
            )
            .await;
    }
    assert!(browser.text().await.contains("No possible duplicates"));
    assert_eq!(app.count("signatures", "status = 'duplicate'").await, 5);
    // The list, its "waiting for review" tab, all 100 approved at once.
    browser
        .click_through(
            Locator::Css("main a[href='/admin/statements/geneva/signatures']"),
            &mut effort,
        )
        .await;
    browser
        .click_through(
            Locator::XPath("//nav[@class='tabs']//a[contains(., 'Waiting for review')]"),
            &mut effort,
        )
        .await;
    assert!(browser.text().await.contains("50 shown of 100 matching."));
    browser
        .click_here(Locator::Css(".bulk-matching summary"), &mut effort)
        .await;
    browser.screenshot("workspace-list-bulk").await;
    browser
        .click_through(
            Locator::Css("button[name=action][value=approve-matching]"),
            &mut effort,
        )
        .await;
    assert_eq!(app.count("signatures", "status = 'approved'").await, 100);
    // Ten names corrected in place, from the list of everything approved.
    browser
        .click_through(
            Locator::XPath("//nav[@class='tabs']//a[contains(., 'Approved')]"),
            &mut effort,
        )
        .await;
    for (typo, right) in TYPOS {
        let row = format!(
            "//tr[.//a[normalize-space()='{}']]",
            typo.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        // Names the list does not show on its first page are searched for.
        if browser.client.find(Locator::XPath(&row)).await.is_err() {
            browser.fill("q", typo).await;
            browser
                .click_through(Locator::Css(".filters button[type=submit]"), &mut effort)
                .await;
        }
        browser
            .click_here(Locator::XPath(&format!("{row}//summary")), &mut effort)
            .await;
        let field = browser
            .client
            .find(Locator::XPath(&format!("{row}//input[@name='name']")))
            .await
            .expect("the name field");
        field.clear().await.expect("clear");
        field.send_keys(right).await.expect("type");
        browser
            .click_through(
                Locator::XPath(&format!("{row}//button[@type='submit']")),
                &mut effort,
            )
            .await;
    }
    for (_, right) in TYPOS {
        assert_eq!(
            app.count(
                "signatures",
                &format!("name = '{right}' AND status = 'approved'")
            )
            .await,
            1,
            "{right}"
        );
    }
    browser.screenshot("workspace-list").await;
    // Back to the statement: close, then publish.
    browser
        .click_through(
            Locator::Css("main p.muted a[href='/admin/statements/geneva']"),
            &mut effort,
        )
        .await;
    browser.scroll_to(".charts").await;
    browser.screenshot("workspace-charts").await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/close'] button"),
            &mut effort,
        )
        .await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/publish'] button"),
            &mut effort,
        )
        .await;
    let public = app.stranger().get("/s/geneva").await.text().await.unwrap();
    assert!(public.contains("Front Line Defenders") && !public.contains("(FLD)"));
    assert!(public.contains("Human Rights Watch") && !public.contains("Human Rights Watc<"));
    assert_eq!(
        app.count("statements", "slug = 'geneva' AND status = 'published'")
            .await,
        1
    );
    let published = format!(
        "approved 100, merged 5 pairs, corrected 10 names, closed and published: {} clicks, {} pages\n",
        effort.clicks, effort.pages
    );
    // Then the statement goes to its signatories and its addressees.
    let mut circulation = Effort::default();
    browser
        .click_through(
            Locator::Css("a[href='/admin/statements/geneva/circulation']"),
            &mut circulation,
        )
        .await;
    browser
        .fill("addressed_to", "Permanent Missions to the UN in Geneva")
        .await;
    let missions = "name,email\nPermanent Mission of Norway,norway@example.org\nPermanent Mission of Chile,chile@example.org\nPermanent Mission of Ghana,ghana@example.org";
    browser.fill("addressees", missions).await;
    browser.fill("reply_to", "coordination@example.org").await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/addressees'] button"),
            &mut circulation,
        )
        .await;
    browser
        .fill(
            "note",
            "Thank you all. The statement goes to the Geneva missions on 10 February.",
        )
        .await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/circulation/preview'] input[value=signatories] ~ p button"),
            &mut circulation,
        )
        .await;
    browser.scroll_to("#preview").await;
    browser.screenshot("circulation-preview").await;
    let mut problems = browser.accessibility_violations().await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/circulation/send'] button"),
            &mut circulation,
        )
        .await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/circulation/preview'] input[value=addressees] ~ p button"),
            &mut circulation,
        )
        .await;
    browser
        .click_through(
            Locator::Css("form[action='/admin/statements/geneva/circulation/send'] button"),
            &mut circulation,
        )
        .await;
    app.delivered().await;
    browser
        .goto(&app.url("/admin/statements/geneva/circulation"))
        .await;
    browser.scroll_to("#report").await;
    browser.screenshot("circulation-report").await;
    problems.extend(browser.accessibility_violations().await);
    assert!(problems.is_empty(), "{problems:?}");
    let page = browser.text().await;
    assert!(
        page.contains("<td class=\"sent\">100</td>"),
        "the report shows 100 sent"
    );
    assert!(
        page.contains("<td class=\"sent\">3</td>"),
        "and 3 delivered"
    );
    let report = format!(
        "{published}sent to 100 signatories and delivered to 3 addressees: {} clicks, {} pages\n",
        circulation.clicks, circulation.pages
    );
    eprint!("{report}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::write(dir.join("coordinator-run.txt"), report).expect("write the report");
    browser.close().await;
}
