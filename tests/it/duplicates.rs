//! Duplicates are decided at confirmation (docs/SPEC.md §3): nothing a
//! submitter can observe depends on whether the organisation or the
//! address already signed, nobody's links are replaced, unconfirmed
//! entries hold no place, and coordinators settle what collides.

use crate::common::{input_value, location, masked, org, org_listed, Backend, TestApp, PASSWORD};

/// Where the organisation an attacker asks about stands.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Target {
    /// It never signed.
    Absent,
    /// Confirmed and named publicly.
    Named,
    /// Confirmed, counted but not named.
    Anonymous,
    /// Signed, never confirmed.
    Unconfirmed,
    /// Confirmed, waiting for the coordinators (moderated statement).
    Pending,
}

const TARGET: &str = "Human Rights in China";
/// A second organisation in the same state, for the rename oracle.
const TARGET2: &str = "Human Rights in Tibet";

async fn get(client: &reqwest::Client, app: &TestApp, path: &str) -> reqwest::Response {
    client.get(app.url(path)).send().await.expect("GET")
}

async fn post(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let html = get(client, app, path).await.text().await.expect("body");
    let token = input_value(&html, "csrf_token").expect("form token");
    let mut fields = form.to_vec();
    fields.push(("csrf_token", &token));
    client
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .expect("POST")
}

/// What the attacker can write down of one answer.
async fn seen(res: reqwest::Response, slug: &str) -> String {
    let status = res.status().as_u16();
    let location = location(&res);
    let mut headers: Vec<String> = res
        .headers()
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "date" | "set-cookie" | "content-length"))
        .map(|(k, v)| format!("{k}: {}", v.to_str().unwrap_or("?")))
        .collect();
    headers.sort();
    let body = res.text().await.expect("body");
    masked(&format!(
        "{status} {location}\n{}\n{body}",
        headers.join("\n")
    ))
    .replace(slug, "SLUG")
}

/// Sets up a statement where `target` stands as asked, then does what an
/// attacker with their own mailbox can do, and returns what they saw.
async fn attack(app: &TestApp, slug: &str, target: Target, moderated: bool) -> String {
    let extra: &[(&str, &str)] = if moderated {
        &[("moderation", "on")]
    } else {
        &[]
    };
    app.open_statement(slug, extra).await;
    for (name, victim) in [(TARGET, "victim"), (TARGET2, "victim2")] {
        let victim = format!("{victim}-{slug}@example.org");
        match target {
            Target::Absent => {}
            Target::Named => {
                app.sign_confirmed(slug, &org(name, &victim)).await;
            }
            Target::Anonymous => {
                app.sign_confirmed(slug, &org_listed(name, &victim, "anonymous"))
                    .await;
            }
            Target::Unconfirmed => {
                app.sign(slug, &org(name, &victim)).await;
            }
            Target::Pending => {
                app.sign_confirmed(slug, &org(name, &victim)).await;
                let n = app
                    .count(
                        "signatures",
                        &format!("email = '{victim}' AND status = 'pending'"),
                    )
                    .await;
                assert_eq!(n, 1);
            }
        }
    }
    let client = app.new_client();
    let mine = format!("attacker-{slug}@example.org");
    let mut log = String::new();

    // The inbox oracle: sign in the target's name with one's own address.
    let before = app.outbox().await.len();
    let res = app.sign_with(&client, slug, &org(TARGET, &mine)).await;
    log += &seen(res, slug).await;
    log += &seen(get(&client, app, &format!("/s/{slug}/thanks")).await, slug).await;
    let mail = app.last_mail_to(&mine).await;
    assert_eq!(
        app.outbox().await.len(),
        before + 1,
        "one email, to the address typed"
    );
    log += &masked(&format!("{}\n{}\n{}", mail.subject, mail.text, mail.html))
        .replace(slug, "SLUG")
        .replace(&mine, "ME");
    let confirm = app.link_to(&mine, "/confirm/").await;
    log += &seen(get(&client, app, &confirm).await, slug).await;
    log += &seen(post(&client, app, &confirm, &[]).await, slug).await;
    let manage = app.link_to(&mine, "/manage/").await;
    log += &seen(get(&client, app, &manage).await, slug).await;

    // The rename oracle: a name one letter away, confirmed, corrected into
    // the target's through its manage link.
    let decoy = format!("decoy-{slug}@example.org");
    app.sign_confirmed(slug, &org("Human Rights in Tibe", &decoy))
        .await;
    let manage = app.link_to(&decoy, "/manage/").await;
    let res = post(&client, app, &manage, &org(TARGET2, &decoy)).await;
    log += &seen(res, slug).await;
    log += &seen(get(&client, app, &manage).await, slug)
        .await
        .replace(&decoy, "DECOY");
    log
}

/// Fails at the first line where two transcripts differ.
fn assert_same(seen: &str, expected: &str, what: &str) {
    for (i, (a, b)) in seen.lines().zip(expected.lines()).enumerate() {
        assert_eq!(a, b, "{what}: line {i} differs");
    }
    assert_eq!(
        seen.lines().count(),
        expected.lines().count(),
        "{what}: length differs"
    );
}

backend_tests! {
    async fn a_submitter_learns_nothing_of_who_signed(app: TestApp) {
        let absent = attack(&app, "case-absent", Target::Absent, false).await;
        for (slug, target) in [("case-named", Target::Named), ("case-anonymous", Target::Anonymous), ("case-unconfirmed", Target::Unconfirmed)] {
            let seen = attack(&app, slug, target, false).await;
            assert_same(&seen, &absent, &format!("{target:?}"));
        }
        let absent = attack(&app, "case-absent-moderated", Target::Absent, true).await;
        let seen = attack(&app, "case-pending-moderated", Target::Pending, true).await;
        assert_same(&seen, &absent, "Pending");
        // The coordinators, not the attacker, see what happened.
        assert_eq!(app.count("signatures", "status = 'review' AND duplicate_of IS NOT NULL").await, 6);
        assert_eq!(app.count("audit_log", "action = 'signature.edit'").await, 6);
    }

    async fn nobody_replaces_a_signers_links(app: TestApp) {
        app.open_statement("links", &[]).await;
        let (first, second) = ("first@example.org", "second@example.org");
        assert_eq!(app.sign("links", &org(TARGET, first)).await.status(), 303);
        let (confirm, manage) = (app.link_to(first, "/confirm/").await, app.link_to(first, "/manage/").await);
        // A stranger signs and confirms for the same organisation…
        app.sign_confirmed("links", &org(TARGET, second)).await;
        // …and the first email still works: both links.
        assert_eq!(app.get(&manage).await.status(), 200);
        assert_eq!(app.confirm(&confirm).await.status(), 200);
        assert_eq!(app.get(&manage).await.status(), 200);
        assert_eq!(app.count("signatures", &format!("email = '{second}' AND status = 'approved'")).await, 1);
        assert_eq!(app.count("signatures", &format!("email = '{first}' AND status = 'review'")).await, 1);
        // A signer who signs twice has two working emails.
        let twice = "twice@example.org";
        let form = org("Signing Twice Group", twice);
        assert_eq!(app.sign("links", &form).await.status(), 303);
        let (c1, m1) = (app.link_to(twice, "/confirm/").await, app.link_to(twice, "/manage/").await);
        assert_eq!(app.sign("links", &form).await.status(), 303);
        let (c2, m2) = (app.link_to(twice, "/confirm/").await, app.link_to(twice, "/manage/").await);
        assert_ne!(c1, c2);
        assert_eq!(app.confirm(&c1).await.status(), 200);
        assert_eq!(app.confirm(&c2).await.status(), 200);
        for m in [m1, m2] {
            assert_eq!(app.get(&m).await.status(), 200);
        }
        assert_eq!(app.count("signatures", &format!("email = '{twice}' AND status = 'approved'")).await, 1);
        assert_eq!(app.count("signatures", &format!("email = '{twice}' AND status = 'review'")).await, 1);
    }

    async fn coordinators_merge_replace_or_reject_possible_duplicates(app: TestApp) {
        app.open_statement("review", &[("public_list", "on")]).await;
        app.sign_confirmed("review", &org(TARGET, "holder@example.org")).await;
        for i in 0..3 {
            app.sign_confirmed("review", &org(TARGET, &format!("later{i}@example.org"))).await;
        }
        assert_eq!(app.count("signatures", "status = 'review'").await, 3);
        let admin = app.stranger();
        let res = admin.post("/admin/login", &[("email", "owner-review@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(res.status(), 303);
        // The queue, and the entry it may duplicate.
        let list = admin.get("/admin/statements/review/signatures?status=review").await.text().await.unwrap();
        assert!(list.contains("later0@example.org") && !list.contains("holder@example.org"));
        let overview = admin.get("/admin/statements/review").await.text().await.unwrap();
        assert!(overview.contains("Possible duplicates: 3"), "{overview}");
        let later0 = app.signature_id("later0@example.org").await;
        let detail = admin.get(&format!("/admin/signatures/{later0}")).await.text().await.unwrap();
        assert!(detail.contains("holder@example.org"), "the holder is shown");
        assert!(detail.contains(&format!("/admin/signatures/{later0}/replace")));
        // Approving it while the holder stands would make two entries.
        let res = admin.post(&format!("/admin/signatures/{later0}/approve"), &[]).await;
        assert_eq!(res.status(), 409);
        // Replace: the later entry takes the place.
        let res = admin.post(&format!("/admin/signatures/{later0}/replace"), &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "email = 'later0@example.org' AND status = 'approved'").await, 1);
        assert_eq!(app.count("signatures", "email = 'holder@example.org' AND status = 'duplicate'").await, 1);
        // Merge and reject.
        let later1 = app.signature_id("later1@example.org").await;
        let res = admin.post(&format!("/admin/signatures/{later1}/merge"), &[("into", &later0)]).await;
        assert_eq!(res.status(), 303);
        let later2 = app.signature_id("later2@example.org").await;
        let res = admin.post(&format!("/admin/signatures/{later2}/reject"), &[]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "status = 'review'").await, 0);
        assert_eq!(app.count("signatures", "status = 'approved'").await, 1);
        for action in ["signature.replace", "signature.merge", "signature.reject"] {
            assert_eq!(app.count("audit_log", &format!("action = '{action}'")).await, 1, "{action}");
        }
        // The public list shows the one entry.
        let page = app.get("/s/review").await.text().await.unwrap();
        assert_eq!(page.matches(TARGET).count(), 1, "{page}");
    }

    #[settings(|s: &mut undersigned::config::Settings| s.rate_limit = 100)]
    async fn a_new_identity_waits_for_the_coordinators(app: TestApp) {
        app.open_statement("identity", &[]).await;
        let me = "me@example.org";
        app.sign_confirmed("identity", &org("Lawyers for Lawyers", me)).await;
        let manage = app.link_to(me, "/manage/").await;
        let edit = |name: &'static str, country: &'static str| {
            let mut form = org(name, me);
            form.retain(|(k, _)| *k != "country");
            form.push(("country", country));
            form
        };
        // A spelling fix takes effect.
        let res = app.post_form_with_token(&manage, &edit("Lawyers for Lawyer", "JP")).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "name = 'Lawyers for Lawyer' AND status = 'approved'").await, 1);
        // Another country, or another name, is held, and answered the same.
        let res = app.post_form_with_token(&manage, &edit("Lawyers for Lawyer", "NL")).await;
        assert_eq!(res.status(), 303);
        assert_eq!(location(&res), format!("{manage}?done=saved"));
        assert_eq!(app.count("signatures", "country = 'NL' AND status = 'review' AND duplicate_of IS NULL").await, 1);
        let page = app.get(&manage).await.text().await.unwrap();
        assert!(page.contains("Lawyers for Lawyer"));
        assert!(!page.contains("Possible duplicate"), "the signer sees their entry as before");
        assert_eq!(app.count("audit_log", "action = 'signature.edit' AND details LIKE '%review%'").await, 1);
        // Edits through one link are limited.
        let mut statuses = Vec::new();
        for _ in 0..6 {
            statuses.push(app.post_form_with_token(&manage, &edit("Lawyers for Lawyer", "NL")).await.status().as_u16());
        }
        assert!(statuses.contains(&429), "{statuses:?}");
        assert_eq!(app.count("audit_log", "action = 'signature.edit'").await, 2 + statuses.iter().filter(|s| **s == 303).count() as i64);
    }

    async fn with_moderation_any_new_name_waits(app: TestApp) {
        app.open_statement("moderated", &[("moderation", "on")]).await;
        let me = "me@example.org";
        app.sign_confirmed("moderated", &org("Lawyers for Lawyers", me)).await;
        app.sql("UPDATE signatures SET status = 'approved'").await;
        let manage = app.link_to(me, "/manage/").await;
        let res = app.post_form_with_token(&manage, &org("Lawyers for Lawyer", me)).await;
        assert_eq!(res.status(), 303);
        assert_eq!(app.count("signatures", "status = 'review'").await, 1);
    }
}
