//! Operations over HTTP: HEAD, proxies given as ranges.

use std::io::{Read, Write};
use std::time::Duration;

use crate::common::{input_value, Backend, TestApp};

/// A response read off the wire, to see exactly what the server sends.
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .headers
            .iter()
            .map(|(n, _)| n.to_ascii_lowercase())
            .filter(|n| n != "date")
            .collect();
        names.sort();
        names
    }
}

/// Sends one request with `Connection: close` and reads until the server
/// closes: any body bytes after a HEAD response would show up here.
async fn raw(app: &TestApp, method: &str, path: &str, extra_headers: &str) -> Raw {
    let addr = app.base.trim_start_matches("http://").to_string();
    let request =
        format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra_headers}\r\n");
    let bytes = tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(request.as_bytes()).unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("read the response");
        out
    })
    .await
    .unwrap();
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("end of headers");
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Raw {
        status,
        headers,
        body: bytes[split + 4..].to_vec(),
    }
}

async fn sign(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    name: &str,
    email: &str,
    forwarded_for: Option<&str>,
) -> u16 {
    let page = client
        .get(app.url(&format!("/s/{slug}")))
        .send()
        .await
        .unwrap();
    let token = input_value(&page.text().await.unwrap(), "csrf_token").expect("form token");
    let mut req = client.post(app.url(&format!("/s/{slug}/sign"))).form(&[
        ("kind", "organisation"),
        ("name", name),
        ("country", "CH"),
        ("contact_name", "Contact"),
        ("email", email),
        ("listing", "public"),
        ("csrf_token", &token),
    ]);
    if let Some(ip) = forwarded_for {
        req = req.header("x-forwarded-for", ip);
    }
    req.send().await.unwrap().status().as_u16()
}

/// The static stylesheet's URL, as the home page links it.
async fn stylesheet(app: &TestApp) -> String {
    let home = app.get("/").await.text().await.unwrap();
    home.split("href=\"")
        .map(|p| p.split('"').next().unwrap())
        .find(|u| u.ends_with("app.css"))
        .expect("stylesheet link")
        .to_string()
}

backend_tests! {
    async fn head_answers_like_get_without_a_body(app: TestApp) {
        app.open_statement("xiamen", &[]).await;
        let css = stylesheet(&app).await;
        for path in ["/", "/s/xiamen", "/healthz", "/feed.atom", "/api/v1/statements", "/api/v1/statements/xiamen", css.as_str()] {
            let get = raw(&app, "GET", path, "").await;
            let head = raw(&app, "HEAD", path, "").await;
            assert_eq!(get.status, 200, "GET {path}");
            assert_eq!(head.status, 200, "HEAD {path}");
            assert!(head.body.is_empty(), "HEAD {path} sent a body of {} bytes", head.body.len());
            assert_eq!(head.header("content-type"), get.header("content-type"), "{path}");
            let length = get.header("content-length").unwrap_or_else(|| panic!("GET {path} has a length"));
            assert_eq!(length, get.body.len().to_string(), "{path}");
            assert_eq!(head.header("content-length"), Some(length), "HEAD {path}");
            assert_eq!(head.names(), get.names(), "the same headers for {path}");
        }
        // Gzipped as for GET.
        let zipped = raw(&app, "HEAD", "/", "Accept-Encoding: gzip\r\n").await;
        assert_eq!(zipped.header("content-encoding"), Some("gzip"));
        assert!(zipped.body.is_empty());
        let missing = raw(&app, "HEAD", "/no/such/page", "").await;
        assert_eq!(missing.status, 404);
        assert!(missing.body.is_empty());
    }

    async fn method_not_allowed_says_what_is(app: TestApp) {
        // A POST-only route.
        for method in ["GET", "HEAD"] {
            let res = raw(&app, method, "/admin/logout", "").await;
            assert_eq!(res.status, 405, "{method}");
            assert_eq!(res.header("allow"), Some("POST"), "{method}");
        }
        // A GET route answers HEAD too, and says so.
        let res = app.post("/healthz", &[]).await;
        assert_eq!(res.status(), 405);
        assert_eq!(res.headers()["allow"], "GET, HEAD");
        assert!(res.text().await.unwrap().contains("Method not allowed"));
    }

    #[settings(|s: &mut undersigned::config::Settings| {
        s.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
        s.rate_limit = 1;
    })]
    async fn clients_behind_a_trusted_range_are_told_apart(app: TestApp) {
        app.open_statement("ranged", &[]).await;
        let c = &app.client;
        assert_eq!(sign(&app, c, "ranged", "First Group", "a@example.org", Some("203.0.113.1")).await, 303);
        assert_eq!(sign(&app, c, "ranged", "Second Group", "b@example.org", Some("203.0.113.1")).await, 429);
        assert_eq!(sign(&app, c, "ranged", "Third Group", "c@example.org", Some("203.0.113.2")).await, 303);
    }
}
