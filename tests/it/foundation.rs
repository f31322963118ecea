//! The skeleton: health, errors, static files, security headers, on both backends.

use crate::common;
use crate::common::{Backend, TestApp};

backend_tests! {
    async fn healthz_answers_when_the_database_does(app: TestApp) {
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        let expected = match app.backend { Backend::Sqlite => "sqlite", Backend::Postgres => "postgres" };
        assert_eq!(body["database"], expected);
    }

    async fn healthz_fails_when_the_data_folder_is_almost_full(backend: Backend) {
        // More free space asked for than any disk has: as if it were full.
        let app = TestApp::spawn_with(backend, |s| s.min_free_mib = u64::MAX / (1 << 20)).await;
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 503);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["reason"], "disk full");
    }

    async fn unknown_pages_get_a_templated_404_without_internals(app: TestApp) {
        let res = app.get("/no/such/page").await;
        assert_eq!(res.status(), 404);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let body = res.text().await.unwrap();
        assert!(body.contains("Page not found"), "{body}");
        assert!(body.contains("<html lang=\"en\" dir=\"ltr\">"));
    }

    async fn unknown_api_paths_get_json_errors(app: TestApp) {
        let res = app.get("/api/v1/nothing-here").await;
        assert_eq!(res.status(), 404);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"]["status"], 404);
    }

    async fn wrong_method_gets_a_405_page(app: TestApp) {
        let res = app.get("/admin/logout").await;
        assert_eq!(res.status(), 405);
        let body = res.text().await.unwrap();
        assert!(body.contains("Method not allowed"), "{body}");
    }

    async fn pages_carry_security_headers_and_no_third_party_urls(app: TestApp) {
        let res = app.get("/").await;
        assert_eq!(res.status(), 200);
        let h = res.headers().clone();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
        let body = res.text().await.unwrap();
        for attr in ["src=\"", "href=\""] {
            for part in body.split(attr).skip(1) {
                let url = part.split('"').next().unwrap();
                assert!(url.starts_with('/') || url.starts_with('#'), "non-local URL {url}");
            }
        }
    }

    async fn oversized_bodies_are_refused_with_413(app: TestApp) {
        let token = app.csrf().await;
        let big = "x".repeat(2 * 1024 * 1024);
        let res = app.post_form("/admin/login", &[("email", big.as_str()), ("csrf_token", token.as_str())]).await;
        assert_eq!(res.status(), 413);
        assert!(res.text().await.unwrap().contains("larger than this site accepts"));
    }

    async fn static_files_are_served_with_long_cache_headers(app: TestApp) {
        let home = app.get("/").await.text().await.unwrap();
        let css = home
            .split("href=\"")
            .map(|p| p.split('"').next().unwrap())
            .find(|u| u.ends_with("app.css"))
            .expect("stylesheet link")
            .to_string();
        let res = app.get(&css).await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
        assert!(res.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        assert!(res.text().await.unwrap().contains("--accent"));
        assert_eq!(app.get("/static/abc/missing.css").await.status(), 404);
    }
}

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set TEST_DATABASE_URL to run"
)]
async fn healthz_reports_503_when_postgres_goes_away() {
    let app = TestApp::spawn(Backend::Postgres).await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    // Take the database away under the running app.
    let admin = common::test_database_url().unwrap();
    let db_url = match &app.state.settings.database_url {
        Some(u) => u.clone(),
        None => panic!("postgres app without url"),
    };
    let name = db_url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    use diesel::connection::SimpleConnection;
    use diesel::Connection;
    let mut conn = diesel::PgConnection::establish(&admin).unwrap();
    conn.batch_execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"))
        .unwrap();
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 503);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
}
