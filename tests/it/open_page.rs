//! The open statement's page is served from memory (docs/SPEC.md §8): each
//! visitor gets their own form token stitched in, changes to the list
//! show within a second or two, and the form goes at the deadline.

use std::time::Duration;

use crate::common::{input_value, org, Backend, TestApp};

/// The page as a new browser gets it: status, headers that matter, body.
async fn visit(app: &TestApp, slug: &str) -> (reqwest::Response, String) {
    let client = app.new_client();
    let res = client
        .get(app.url(&format!("/s/{slug}")))
        .send()
        .await
        .expect("GET");
    let cookie = res
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_string());
    let cache = res
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string());
    assert!(
        cookie.is_some_and(|c| c.starts_with("us_csrf=")),
        "a new browser gets its cookie"
    );
    assert_eq!(cache.as_deref(), Some("private, no-store"));
    let body = res.text().await.expect("body");
    // The token on the page works for that browser.
    let token = input_value(&body, "csrf_token").expect("form token");
    assert!(!token.contains("PLACEHOLDER"));
    let fields = [("csrf_token", token.as_str()), ("name", "")];
    let res = client
        .post(app.url(&format!("/s/{slug}/sign")))
        .form(&fields)
        .send()
        .await
        .expect("POST");
    assert_eq!(
        res.status(),
        422,
        "the token was accepted; the form was not"
    );
    let again = client
        .get(app.url(&format!("/s/{slug}")))
        .send()
        .await
        .expect("GET");
    (again, body)
}

async fn count_shown(app: &TestApp, slug: &str) -> String {
    let body = app
        .new_client()
        .get(app.url(&format!("/s/{slug}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = body.find("<p class=\"count\">").expect("the count");
    body[start..start + 80].to_string()
}

backend_tests! {
    async fn each_visitor_gets_the_kept_page_with_their_own_token(app: TestApp) {
        app.open_statement("kept-open", &[("public_list", "on")]).await;
        let (res, first) = visit(&app, "kept-open").await;
        assert_eq!(res.status(), 200);
        let (_, second) = visit(&app, "kept-open").await;
        let strip = |s: &str| s.replace(&input_value(s, "csrf_token").unwrap(), "TOKEN");
        assert_ne!(first, second, "tokens differ");
        assert_eq!(strip(&first), strip(&second), "nothing else does");
        // Gzipped for browsers that take it, without compressing per request.
        let res = app.new_client().get(app.url("/s/kept-open")).header("accept-encoding", "gzip").send().await.unwrap();
        assert_eq!(res.headers()["content-encoding"], "gzip");
        assert!(res.headers()["vary"].to_str().unwrap().contains("Accept-Encoding"));
        let gz = res.bytes().await.unwrap();
        let mut html = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut html).unwrap();
        assert_eq!(strip(&html), strip(&first));
        assert!(gz.len() * 3 < html.len(), "{} of {}", gz.len(), html.len());
        // In brotli for those that take it (browsers do), stitched the same way.
        let client = app.new_client();
        let res = client.get(app.url("/s/kept-open")).header("accept-encoding", "gzip, deflate, br").send().await.unwrap();
        assert_eq!(res.headers()["content-encoding"], "br");
        let br = res.bytes().await.unwrap();
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut decoded).expect("a valid brotli stream");
        let html = String::from_utf8(decoded).unwrap();
        assert_eq!(strip(&html), strip(&first));
        assert!(br.len() * 3 < html.len(), "{} of {}", br.len(), html.len());
        // The token it carries works: the form signs with it.
        let token = input_value(&html, "csrf_token").unwrap();
        let mut form = org("Brotli Readers Group", "br@example.org");
        form.push(("csrf_token", token.as_str()));
        let signed = client.post(app.url("/s/kept-open/sign")).form(&form).send().await.unwrap();
        assert_eq!(signed.status(), 303);
    }

    async fn the_kept_page_follows_the_list(app: TestApp) {
        app.open_statement("follows", &[("public_list", "on")]).await;
        let before = count_shown(&app, "follows").await;
        app.sign_confirmed("follows", &org("Lawyers for Lawyers", "l4l@example.org")).await;
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let after = count_shown(&app, "follows").await;
        assert_ne!(before, after, "the count moved");
        let page = app.get("/s/follows").await.text().await.unwrap();
        assert!(page.contains("Lawyers for Lawyers"), "the running list shows the name");
        // A withdrawal leaves the list too.
        let manage = app.link_to("l4l@example.org", "/manage/").await;
        let page = app.get(&manage).await.text().await.unwrap();
        let token = input_value(&page, "csrf_token").unwrap();
        let res = app.post_form(&format!("{manage}/withdraw"), &[("csrf_token", token.as_str()), ("confirm", "yes")]).await;
        assert_eq!(res.status(), 303);
        tokio::time::sleep(Duration::from_millis(1100)).await;
        assert!(!app.get("/s/follows").await.text().await.unwrap().contains("Lawyers for Lawyers"));
        assert_eq!(count_shown(&app, "follows").await, before);
    }

    async fn the_form_goes_at_the_deadline(app: TestApp) {
        app.open_statement("deadline", &[]).await;
        let soon = (chrono::Utc::now() + chrono::TimeDelta::seconds(2)).naive_utc();
        app.sql(&format!("UPDATE statements SET deadline = '{}', updated_at = '{}' WHERE slug = 'deadline'",
            soon.format("%Y-%m-%d %H:%M:%S%.6f"), chrono::Utc::now().naive_utc().format("%Y-%m-%d %H:%M:%S%.6f"))).await;
        assert!(app.get("/s/deadline").await.text().await.unwrap().contains("/s/deadline/sign"), "open: the form");
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let page = app.get("/s/deadline").await.text().await.unwrap();
        assert!(!page.contains("/s/deadline/sign"), "closed: no form, though the page was kept");
    }
}

backend_tests! {
    async fn a_statement_closed_early_is_never_served_open_again(app: TestApp) {
        app.open_statement("early", &[]).await;
        // Kept, and read by many.
        for _ in 0..3 {
            assert!(app.stranger().get("/s/early").await.text().await.unwrap().contains("id=\"sign-form\""));
        }
        let owner = app.stranger();
        let res = owner.post("/admin/login", &[("email", "owner-early@example.org"), ("password", crate::common::PASSWORD)]).await;
        assert_eq!(res.status(), 303);
        assert_eq!(owner.post("/admin/statements/early/close", &[]).await.status(), 303);
        // The next reader finds it closed (while that one page is made, a
        // crowd may still be given the open copy: one refresh at a time);
        // every reader after, however many at once, too.
        assert!(!app.stranger().get("/s/early").await.text().await.unwrap().contains("id=\"sign-form\""));
        let pages = futures_util::future::join_all((0..40).map(|_| async {
            app.stranger().get("/s/early").await.text().await.unwrap()
        }))
        .await;
        assert!(pages.iter().all(|p| !p.contains("id=\"sign-form\"")), "a closed statement served open");
    }
}
