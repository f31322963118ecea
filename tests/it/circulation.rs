//! Circulation: once published, the final statement goes to every
//! confirmed signatory and is delivered to its addressees, one message
//! per recipient, in the recipient's language, through a real SMTP server
//! on loopback; a mailing is never sent twice by itself, even across a
//! kill -9, and its report says what happened.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::common::smtp::{Received, SmtpSink};
use crate::common::{self, org_listed, Backend, Stranger, TestApp};
use crate::publication::{close_and_publish, setup};

const SLUG: &str = "final";
const TITLE: &str = "Solidarity with the lawyers of Xiamen";
const ADDRESSED_TO: &str = "Permanent Missions to the UN in Geneva";
const REPLY_TO: &str = "coordination@example.org";
const NOTE: &str = "Thank you all: the statement goes to the missions on 10 February.";

fn signer(i: usize) -> (String, String) {
    (
        format!("Organisation {i:02}"),
        format!("signer{i:02}@example.org"),
    )
}

fn addressee(i: usize) -> (String, String) {
    (
        format!("Permanent Mission of Country {i:02}"),
        format!("mission{i:02}@example.org"),
    )
}

/// The first link with `marker` in the newest message `sink` received for
/// `to`, waiting (at most 10 s) for it.
async fn link_from(sink: &SmtpSink, to: &str, marker: &str) -> String {
    let start = Instant::now();
    loop {
        let found = sink
            .all()
            .iter()
            .rev()
            .find(|m| m.rcpt.iter().any(|r| r == to))
            .and_then(|m| common::link_in(&m.text(), marker));
        if let Some(link) = found {
            return common::path_of(&link);
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "a message to {to}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A published statement with 40 confirmed signatures (the first 5
/// anonymous, every fourth in French), 2 withdrawn and 1 erased, and 10
/// addressees. Returns the coordinator and each confirmed signer's
/// address with their language.
async fn published<'a>(
    app: &'a TestApp,
    sink: &SmtpSink,
) -> (Stranger<'a>, HashMap<String, &'static str>) {
    let admin = setup(app, SLUG, &[("public_list", "on")]).await;
    let french = common::client_in("fr");
    let mut confirmed = HashMap::new();
    for i in 0..43 {
        let (name, email) = signer(i);
        let listing = if i < 5 { "anonymous" } else { "public" };
        let (client, lang) = if i % 4 == 1 {
            (&french, "fr")
        } else {
            (&app.client, "en")
        };
        let res = app
            .sign_with(client, SLUG, &org_listed(&name, &email, listing))
            .await;
        assert_eq!(res.status(), 303);
        let link = link_from(sink, &email, "/confirm/").await;
        app.confirm(&link).await;
        if i < 40 {
            confirmed.insert(email, lang);
        }
    }
    for i in 40..43 {
        let (_, email) = signer(i);
        let manage = link_from(sink, &email, "/manage/").await;
        // Without the language the link may carry.
        let manage = manage.split('?').next().unwrap().to_string();
        let action = if i < 42 { "withdraw" } else { "erase" };
        // The form is on the manage page (withdraw) or a page of its own.
        let form_page = if i < 42 {
            manage.clone()
        } else {
            format!("{manage}/erase")
        };
        let html = app.get(&form_page).await.text().await.unwrap();
        let token = common::input_value(&html, "csrf_token").expect("form token");
        let res = app
            .post_form(
                &format!("{manage}/{action}"),
                &[("csrf_token", &token), ("confirm", "yes")],
            )
            .await;
        assert!(
            res.status().is_success() || res.status() == 303,
            "{action}: {}",
            res.status()
        );
    }
    assert_eq!(app.count("signatures", "status = 'approved'").await, 40);
    assert_eq!(app.count("signatures", "status = 'withdrawn'").await, 3);
    close_and_publish(&admin, SLUG).await;
    let csv: String = std::iter::once("name,email\n".to_string())
        .chain((0..10).map(|i| {
            let (name, email) = addressee(i);
            format!("\"{name}\",{email}\n")
        }))
        .collect();
    let res = admin
        .post(
            &format!("/admin/statements/{SLUG}/addressees"),
            &[
                ("addressed_to", ADDRESSED_TO),
                ("reply_to", REPLY_TO),
                ("deliver_at", ""),
                ("addressees", &csv),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    (admin, confirmed)
}

async fn send(admin: &Stranger<'_>, audience: &str, again: bool) -> u16 {
    let mut form = vec![("audience", audience), ("note", NOTE)];
    if again {
        form.push(("again", "yes"));
    }
    admin
        .post(&format!("/admin/statements/{SLUG}/circulation/send"), &form)
        .await
        .status()
        .as_u16()
}

/// Waits (at most `limit`) until `sink` holds `n` messages.
async fn wait_for(sink: &SmtpSink, n: usize, limit: Duration) {
    let start = Instant::now();
    while sink.len() < n {
        assert!(
            start.elapsed() < limit,
            "{} of {n} messages after {limit:?}",
            sink.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every address in `received`, with how many messages it got.
fn recipients(received: &[Received]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for r in received.iter().flat_map(|m| &m.rcpt) {
        *out.entry(r.clone()).or_default() += 1;
    }
    out
}

/// The counts of the report's rows on the circulation page, newest first:
/// (sent, pending, failed, interrupted).
async fn report(admin: &Stranger<'_>) -> Vec<[i64; 4]> {
    let page = admin
        .get(&format!("/admin/statements/{SLUG}/circulation"))
        .await
        .text()
        .await
        .unwrap();
    page.split("<tr data-mailing=")
        .skip(1)
        .map(|row| {
            ["sent", "pending", "failed", "interrupted"].map(|class| {
                let open = format!("<td class=\"{class}\">");
                let at = row.find(&open).expect("a cell") + open.len();
                row[at..].split('<').next().unwrap().trim().parse().unwrap()
            })
        })
        .collect()
}

async fn circulating(backend: Backend) {
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = Some(sink.url());
        s.mail_rate_per_minute = 6000;
    })
    .await;
    let (admin, confirmed) = published(&app, &sink).await;
    // The confirmations have gone; what follows is the mailings.
    app.delivered().await;
    let before = sink.len();

    // The preview shows the messages as composed, and queues nothing.
    let res = admin
        .post(
            &format!("/admin/statements/{SLUG}/circulation/preview"),
            &[("audience", "signatories"), ("note", NOTE)],
        )
        .await;
    assert_eq!(res.status(), 200);
    let preview = res.text().await.unwrap();
    assert!(
        preview.contains("40 signatories with a contact address"),
        "{preview}"
    );
    assert!(preview.contains("The final statement: Solidarity with the lawyers of Xiamen"));
    assert!(preview.contains("Organisation 10") && !preview.contains("Organisation 00"));
    // Each language's attachment can be opened from the preview.
    for lang in ["en", "fr"] {
        let link = format!("/admin/statements/{SLUG}/circulation/statement.pdf?lang={lang}");
        assert!(preview.contains(&link.replace('&', "&amp;")), "{preview}");
        let res = admin.get(&link).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "application/pdf");
        let pdf = res.bytes().await.unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).expect("a PDF");
        assert!(
            text.contains(TITLE) && text.contains("Organisation 10"),
            "{text}"
        );
    }
    let outbox = app.outbox().await.len();

    assert_eq!(send(&admin, "signatories", false).await, 303);
    assert_eq!(send(&admin, "addressees", false).await, 303);
    wait_for(&sink, before + 50, Duration::from_secs(60)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received = sink.all()[before..].to_vec();
    assert_eq!(received.len(), 50, "exactly 40 + 10 messages");

    // One recipient each, nobody twice, the right people only.
    let mut expected: HashSet<String> = confirmed.keys().cloned().collect();
    expected.extend((0..10).map(|i| addressee(i).1));
    let got: HashSet<String> = received.iter().flat_map(|m| m.rcpt.clone()).collect();
    assert_eq!(got, expected);
    for m in &received {
        assert_eq!(m.rcpt.len(), 1, "one recipient per message");
        let to = m.header("To").unwrap();
        assert!(to.contains(&m.rcpt[0]), "{to}");
        assert!(m.header("Cc").is_none() && m.header("Bcc").is_none());
        let text = m.text();
        assert!(text.contains("We, the undersigned organisations"), "{text}");
        assert!(
            text.contains("stand with them") && !text.contains("**"),
            "plain text, not Markdown: {text}"
        );
        assert!(text.contains("Organisation 10"), "the named list");
        for hidden in [
            "Organisation 00",
            "Organisation 04",
            "Organisation 40",
            "Organisation 42",
        ] {
            assert!(!text.contains(hidden), "{hidden} is anonymous or withdrawn");
        }
        let html = m.parsed().body_html(0).unwrap().into_owned();
        let rcpt = &m.rcpt[0];
        // The final statement as a PDF: its text and the published list.
        let attached = m.attachments();
        assert_eq!(attached.len(), 1, "one attachment");
        let (name, content_type, pdf) = &attached[0];
        assert_eq!(
            (name.as_str(), content_type.as_str()),
            (format!("{SLUG}.pdf").as_str(), "application/pdf")
        );
        let pdf_text = pdf_extract::extract_text_from_mem(pdf).expect("a PDF");
        assert!(pdf_text.contains(TITLE), "{pdf_text}");
        assert!(pdf_text.contains("We, the undersigned organisations"));
        assert!(pdf_text.contains("Organisation 10") && !pdf_text.contains("Organisation 00"));
        if let Some(lang) = confirmed.get(rcpt) {
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{rcpt} reads {lang}: {}",
                &html[..200.min(html.len())]
            );
            assert!(text.contains(NOTE));
            assert!(text.contains(&format!("/s/{SLUG}")));
            assert!(m.header("Reply-To").is_none());
            // The PDF speaks the reader's language too.
            let coordinated = if *lang == "en" {
                "Coordinated by"
            } else {
                "Coordination"
            };
            assert!(pdf_text.contains(coordinated), "{lang}: {pdf_text}");
            if *lang == "en" {
                assert_eq!(m.subject(), format!("The final statement: {TITLE}"));
            } else {
                assert_ne!(m.subject(), format!("The final statement: {TITLE}"));
                assert!(m.subject().contains(TITLE));
            }
        } else {
            assert_eq!(m.subject(), TITLE);
            assert!(m.header("Reply-To").unwrap().contains(REPLY_TO));
            let i: usize = rcpt[7..9].parse().unwrap();
            let to = m.header("To").unwrap();
            assert!(to.contains(&addressee(i).0), "the office is named: {to}");
            assert!(!text.contains(NOTE), "the note is for the signatories");
        }
    }

    // The report, the public page and the audit log say so.
    for _ in 0..50 {
        if report(&admin).await == vec![[10, 0, 0, 0], [40, 0, 0, 0]] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(report(&admin).await, vec![[10, 0, 0, 0], [40, 0, 0, 0]]);
    let public = app.get(&format!("/s/{SLUG}")).await.text().await.unwrap();
    assert!(
        public.contains(&format!("Sent to {ADDRESSED_TO} (10) on ")),
        "{public}"
    );
    for action in [
        "statement.circulated",
        "statement.delivered",
        "statement.addressees",
    ] {
        assert_eq!(
            app.count("audit_log", &format!("action = '{action}'"))
                .await,
            1,
            "{action}"
        );
    }

    // Twice only when confirmed.
    assert_eq!(send(&admin, "signatories", false).await, 409);
    assert_eq!(app.outbox().await.len(), outbox + 50, "nothing queued");
    assert_eq!(send(&admin, "signatories", true).await, 303);
    assert_eq!(app.outbox().await.len(), outbox + 90);
    assert_eq!(
        app.count("audit_log", "action = 'statement.circulated'")
            .await,
        2
    );
}

backend_tests! {
    async fn the_final_statement_goes_once_to_each_signatory_and_addressee(backend: Backend) {
        circulating(backend).await;
    }
}

backend_tests! {
    async fn nothing_is_sent_before_publication_and_bad_addressees_are_kept(app: TestApp) {
        let admin = setup(&app, SLUG, &[]).await;
        app.sign_confirmed(SLUG, &org_listed("Lawyers for Lawyers", "l4l@example.org", "public")).await;
        let queued = app.outbox().await.len();
        assert_eq!(send(&admin, "signatories", false).await, 409);
        assert_eq!(app.outbox().await.len(), queued);
        assert_eq!(app.count("mailings", "1 = 1").await, 0);
        let typed = "Mission of Norway, norway@example.org\nMission of Nowhere, not-an-address";
        let res = admin
            .post(
                &format!("/admin/statements/{SLUG}/addressees"),
                &[("addressed_to", ""), ("reply_to", "nobody"), ("deliver_at", ""), ("addressees", typed)],
            )
            .await;
        assert_eq!(res.status(), 422);
        let page = res.text().await.unwrap();
        assert!(page.contains("Line 2 is not"), "{page}");
        assert!(page.contains("Give a valid email address"));
        assert!(page.contains("not-an-address"), "what was typed stays");
        assert_eq!(app.count("addressees", "1 = 1").await, 0);
        // A delivery time already past would send at once, unseen.
        let res = admin
            .post(
                &format!("/admin/statements/{SLUG}/addressees"),
                &[("addressed_to", ""), ("reply_to", ""), ("deliver_at", "2020-02-10T09:00"),
                  ("addressees", "Mission of Norway,norway@example.org")],
            )
            .await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("This time has passed"));
        assert_eq!(app.count("addressees", "1 = 1").await, 0);
        // Not a coordinator: nothing.
        let res = app
            .stranger()
            .post(&format!("/admin/statements/{SLUG}/circulation/send"), &[("audience", "signatories")])
            .await;
        assert!(common::location(&res).starts_with("/admin/login"), "to sign-in");
        assert_eq!(app.count("mailings", "1 = 1").await, 0);
    }

    #[settings(|s: &mut undersigned::config::Settings| s.mail_rate_per_minute = 6000)]
    async fn the_running_server_delivers_at_the_delivery_time_once(app: TestApp) {
        let admin = setup(&app, SLUG, &[]).await;
        app.sign_confirmed(SLUG, &org_listed("Lawyers for Lawyers", "l4l@example.org", "public")).await;
        close_and_publish(&admin, SLUG).await;
        let plan = |when: &'static str| {
            [("addressed_to", ADDRESSED_TO), ("reply_to", REPLY_TO), ("deliver_at", when),
             ("addressees", "Mission of Norway,norway@example.org\nMission of Chile,chile@example.org")]
        };
        let page = |res: reqwest::Response| async move { res.text().await.unwrap() };
        assert_eq!(admin.post(&format!("/admin/statements/{SLUG}/addressees"), &plan("2099-02-10T09:00")).await.status(), 303);
        let shown = page(admin.get(&format!("/admin/statements/{SLUG}/circulation")).await).await;
        assert!(shown.contains("2 addressees receive it on"), "{shown}");
        assert!(shown.contains("2099-02-10T09:00"), "the time as typed, in the statement's zone");
        // Not yet due: the chores of two more instances send nothing.
        let _early = app.second_instance();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(app.count("mailings", "1 = 1").await, 0);
        // Due (as when the time comes): two instances at once deliver it once.
        app.sql("UPDATE deliveries SET deliver_at = '2020-02-10 08:00:00'").await;
        let (_a, _b) = (app.second_instance(), app.second_instance());
        let start = Instant::now();
        while app.count("email_outbox", "kind = 'delivery' AND sent_at IS NOT NULL").await < 2 {
            assert!(start.elapsed() < Duration::from_secs(20), "delivered at its time");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(app.count("mailings", "audience = 'addressees' AND created_by IS NULL").await, 1);
        assert_eq!(app.count("email_outbox", "kind = 'delivery'").await, 2);
        assert_eq!(app.count("audit_log", "action = 'statement.delivered' AND actor_kind = 'system'").await, 1);
        let mails: Vec<_> = app.delivered().await.into_iter().filter(|m| m.subject == TITLE).collect();
        assert_eq!(mails.len(), 2);
        assert!(mails.iter().any(|m| m.to == "norway@example.org" && m.text.contains("We, the undersigned")));
        assert_eq!(app.count("email_outbox", "to_name = 'Mission of Norway'").await, 1);
        // Saving again keeps the time that passed.
        let shown = page(admin.get(&format!("/admin/statements/{SLUG}/circulation")).await).await;
        let kept = common::input_value(&shown, "deliver_at").unwrap();
        let mut again = plan("2099-01-01T00:00");
        again[2].1 = &kept;
        assert_eq!(admin.post(&format!("/admin/statements/{SLUG}/addressees"), &again).await.status(), 303);
        // A click now needs the confirmation of a second sending.
        assert_eq!(send(&admin, "addressees", false).await, 409);
        let public = page(app.get(&format!("/s/{SLUG}")).await).await;
        assert!(public.contains(&format!("Sent to {ADDRESSED_TO} (2) on ")), "{public}");
    }
}

/// The binary on the test's database, sending through `sink`.
fn start_binary(app: &TestApp, sink: &SmtpSink) -> std::process::Child {
    let settings = &app.state.settings;
    let mut cmd = common::binary();
    cmd.env("SMTP_URL", sink.url())
        .arg("serve")
        .arg("--data-dir")
        .arg(&settings.data_dir);
    if let Some(url) = &settings.database_url {
        cmd.arg("--database-url").arg(url);
    }
    crate::cli::start_server(cmd).0
}

/// Sending stops with kill -9 in the middle of a mailing and starts
/// again: nobody gets the statement twice, and whoever got nothing is in
/// the report, as interrupted, for the coordinators to decide.
async fn killed_while_sending(backend: Backend) {
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_url = Some(sink.url());
        // 10 a second: the kill falls in the middle.
        s.mail_rate_per_minute = 600;
    })
    .await;
    let (admin, confirmed) = published(&app, &sink).await;
    app.delivered().await;
    let before = sink.len();
    // From now on the spawned server sends.
    app.state.stop_background();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(send(&admin, "signatories", false).await, 303);
    assert_eq!(send(&admin, "addressees", false).await, 303);

    let mut server = start_binary(&app, &sink);
    wait_for(&sink, before + 15, Duration::from_secs(60)).await;
    server.kill().expect("kill -9");
    server.wait().expect("wait");
    let after_kill = sink.len() - before;
    assert!(after_kill < 50, "killed in the middle ({after_kill} sent)");

    // As after the claims' lease ran out (minutes later).
    app.sql("UPDATE email_outbox SET next_attempt_at = created_at WHERE sent_at IS NULL AND last_error IS NULL")
        .await;
    let mut server = start_binary(&app, &sink);
    let start = Instant::now();
    while app
        .count(
            "email_outbox",
            "mailing_id IS NOT NULL AND sent_at IS NULL AND last_error IS NULL",
        )
        .await
        > 0
    {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the rest is sent"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    crate::cli::terminate(&mut server);

    let received = sink.all()[before..].to_vec();
    let counts = recipients(&received);
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    for m in &received {
        let attached = m.attachments();
        assert!(
            attached.len() == 1 && attached[0].2.starts_with(b"%PDF-"),
            "the PDF goes with every message, before and after the kill"
        );
    }
    let reports = report(&admin).await;
    let [sent, pending, failed, interrupted] = reports
        .iter()
        .fold([0; 4], |acc, r| [0, 1, 2, 3].map(|i| acc[i] + r[i]));
    assert_eq!((pending, failed), (0, 0));
    assert_eq!(sent + interrupted, 50, "{reports:?}");
    // Whoever got nothing is among the interrupted.
    let mut expected: HashSet<String> = confirmed.keys().cloned().collect();
    expected.extend((0..10).map(|i| addressee(i).1));
    let missing = expected.iter().filter(|e| !counts.contains_key(*e)).count() as i64;
    assert!(
        missing <= interrupted,
        "{missing} missing, {interrupted} interrupted"
    );
    assert_eq!(counts.len() as i64 + missing, 50);
}

backend_tests! {
    async fn a_kill_in_the_middle_of_sending_sends_nobody_the_statement_twice(backend: Backend) {
        killed_while_sending(backend).await;
    }
}
