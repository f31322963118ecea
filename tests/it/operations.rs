//! Operations over HTTP: HEAD, /metrics, proxies given as ranges, the
//! source-code link.

use std::io::{Read, Write};
use std::time::Duration;

use crate::common::{input_value, link_in, path_of, Backend, TestApp, PASSWORD};

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

/// One sample of the Prometheus text format.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

/// Parses the Prometheus text format (0.0.4) strictly: `# HELP` and
/// `# TYPE` lines, and `name{label="value",…} value` lines whose family
/// was declared by a `# TYPE`; panics on anything else.
fn parse_exposition(text: &str) -> Vec<Sample> {
    let mut families: Vec<(String, String)> = Vec::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            let mut parts = comment.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("HELP"), Some(_), _) => {}
                (Some("TYPE"), Some(name), Some(kind)) => {
                    assert!(
                        ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                        "{line}"
                    );
                    families.push((name.to_string(), kind.to_string()));
                }
                _ => panic!("unexpected comment {line:?}"),
            }
            continue;
        }
        let sample = parse_sample(line).unwrap_or_else(|| panic!("not a sample line: {line:?}"));
        let declared = families.iter().any(|(family, kind)| {
            sample.name == *family
                || (kind == "histogram"
                    && ["_bucket", "_sum", "_count"]
                        .iter()
                        .any(|suffix| sample.name == format!("{family}{suffix}")))
        });
        assert!(declared, "no # TYPE for {line:?}");
        samples.push(sample);
    }
    samples
}

fn parse_sample(line: &str) -> Option<Sample> {
    let name_end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))?;
    let name = &line[..name_end];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut rest = &line[name_end..];
    let mut labels = Vec::new();
    if let Some(after) = rest.strip_prefix('{') {
        rest = after;
        loop {
            if let Some(after) = rest.strip_prefix('}') {
                rest = after;
                break;
            }
            let eq = rest.find('=')?;
            let label = &rest[..eq];
            if label.is_empty() || !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return None;
            }
            let mut chars = rest[eq + 1..].strip_prefix('"')?.char_indices();
            let mut value = String::new();
            let close = loop {
                match chars.next()? {
                    (i, '"') => break i,
                    (_, '\\') => match chars.next()?.1 {
                        'n' => value.push('\n'),
                        c @ ('\\' | '"') => value.push(c),
                        _ => return None,
                    },
                    (_, c) => value.push(c),
                }
            };
            labels.push((label.to_string(), value));
            rest = &rest[eq + 1..][1 + close + 1..];
            rest = rest.strip_prefix(',').unwrap_or(rest);
        }
    }
    let mut fields = rest.strip_prefix(' ')?.split(' ');
    let value = match fields.next()? {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        v => v.parse().ok()?,
    };
    if let Some(timestamp) = fields.next() {
        timestamp.parse::<i64>().ok()?;
    }
    fields.next().is_none().then(|| Sample {
        name: name.to_string(),
        labels,
        value,
    })
}

/// A scrape of /metrics as a person on this host would make it.
async fn scrape(app: &TestApp) -> (String, Vec<Sample>) {
    let res = app.get("/metrics").await;
    assert_eq!(res.status(), 200);
    let content_type = res.headers()["content-type"].to_str().unwrap().to_string();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = res.text().await.unwrap();
    let samples = parse_exposition(&text);
    (text, samples)
}

/// The value of the sample `name` with (at least) these labels.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.iter().any(|(lk, lv)| lk == k && lv == v))
        })
        .map(|s| s.value)
}

#[test]
fn the_exposition_parser_reads_escapes_and_refuses_nonsense() {
    let samples = parse_exposition(
        "# HELP x_total A counter.\n# TYPE x_total counter\nx_total{route=\"/s/{slug}\",q=\"a\\\"b,c\"} 2\n\
         # TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n",
    );
    assert_eq!(
        samples[0].labels[0],
        ("route".to_string(), "/s/{slug}".to_string())
    );
    assert_eq!(
        samples[0].labels[1],
        ("q".to_string(), "a\"b,c".to_string())
    );
    assert_eq!(samples[0].value, 2.0);
    assert_eq!(samples.len(), 3);
    for bad in [
        "x_total{route=\"open} 1",
        "x_total 1 2 3",
        "x_total one",
        "9x 1",
        "x_total{=\"a\"} 1",
    ] {
        assert!(parse_sample(bad).is_none(), "{bad}");
    }
}

backend_tests! {
    async fn head_answers_like_get_without_a_body(app: TestApp) {
        app.open_statement("xiamen", &[]).await;
        // A published statement too: it is served from the page cache, and
        // it fixes the feed's date (an empty feed says "now").
        app.open_statement("published", &[]).await;
        let owner = app.stranger();
        let signed_in = owner
            .post("/admin/login", &[("email", "owner-published@example.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(signed_in.status(), 303);
        for action in ["close", "publish"] {
            let res = owner.post(&format!("/admin/statements/published/{action}"), &[]).await;
            assert_eq!(res.status(), 303, "{action}");
        }
        let css = stylesheet(&app).await;
        for path in [
            "/",
            "/s/xiamen",
            "/s/published",
            "/healthz",
            "/feed.atom",
            "/api/v1/statements",
            "/api/v1/statements/xiamen",
            css.as_str(),
        ] {
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

    async fn metrics_count_requests_by_route_and_signatures(app: TestApp) {
        app.open_statement("xiamen", &[]).await;
        assert_eq!(sign(&app, &app.client, "xiamen", "Metered Group", "m@example.org", None).await, 303);
        // Follow the emailed confirmation link: its token must never show.
        let mail = app.outbox().await.pop().expect("confirmation message");
        let confirm = path_of(&link_in(&mail.text, "/confirm/").expect("link"));
        assert_eq!(app.get(&confirm).await.status(), 200);
        let token = confirm.trim_start_matches("/confirm/").to_string();
        let (text, samples) = scrape(&app).await;
        assert!(!text.contains(&token), "a raw path in the metrics");
        let get = |name: &str, labels: &[(&str, &str)]| {
            value(&samples, name, labels).unwrap_or_else(|| panic!("no {name} {labels:?} in\n{text}"))
        };
        assert!(get("undersigned_signatures_written_total", &[]) >= 1.0);
        let requests = "undersigned_http_requests_total";
        assert!(get(requests, &[("route", "/s/{slug}"), ("method", "GET"), ("status", "200")]) >= 1.0);
        assert!(get(requests, &[("route", "/s/{slug}/sign"), ("method", "POST"), ("status", "303")]) >= 1.0);
        assert!(get(requests, &[("route", "/confirm/{token}"), ("status", "200")]) >= 1.0);
        let latency = "undersigned_http_request_duration_seconds";
        assert!(get(&format!("{latency}_count"), &[("route", "/s/{slug}"), ("method", "GET")]) >= 1.0);
        assert!(get(&format!("{latency}_bucket"), &[("route", "/s/{slug}"), ("le", "+Inf")]) >= 1.0);
        assert!(get("undersigned_sign_batch_size_count", &[]) >= 1.0);
        assert!(get("undersigned_sign_batch_size_sum", &[]) >= 1.0);
        assert_eq!(get("undersigned_sign_queue_depth", &[]), 0.0);
        for metric in [
            "undersigned_email_outbox_pending",
            "undersigned_email_outbox_oldest_pending_age_seconds",
            "undersigned_email_outbox_failing",
            "undersigned_email_outbox_parked",
        ] {
            get(metric, &[]);
        }
        // The sign writer keeps a connection of its own.
        assert!(get("undersigned_db_pool_connections", &[("state", "in_use")]) >= 1.0);
        get("undersigned_db_pool_connections", &[("state", "idle")]);
        assert_eq!(get("undersigned_db_pool_max_connections", &[]), 4.0);
    }

    async fn metrics_see_a_failing_outbox(app: TestApp) {
        // (Not a confirmation: those go once their links have expired.)
        app.sql(&format!(
            "INSERT INTO email_outbox (id, to_address, subject, body_text, body_html, kind, created_at, attempts, next_attempt_at, last_error) \
             VALUES ('m1', 'a@example.org', 's', 't', 'h', 'notice', '2020-01-01 00:00:00', 3, '{}', 'connection refused')",
            (chrono::Utc::now() + chrono::TimeDelta::hours(1)).naive_utc().format("%Y-%m-%d %H:%M:%S")
        )).await;
        let (text, samples) = scrape(&app).await;
        let get = |name: &str| value(&samples, name, &[]).unwrap_or_else(|| panic!("no {name} in\n{text}"));
        assert_eq!(get("undersigned_email_outbox_pending"), 1.0);
        assert_eq!(get("undersigned_email_outbox_failing"), 1.0);
        assert_eq!(get("undersigned_email_outbox_parked"), 0.0);
        assert!(get("undersigned_email_outbox_oldest_pending_age_seconds") > 86_400.0 * 365.0);
    }

    #[settings(|s: &mut undersigned::config::Settings| {
        s.metrics_allow = vec!["10.0.0.0/8".parse().unwrap(), "::1".parse().unwrap()];
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })]
    async fn metrics_are_hidden_from_other_addresses(app: TestApp) {
        let unknown = app.get("/no-such-page").await.text().await.unwrap();
        let res = app.get("/metrics").await;
        assert_eq!(res.status(), 404);
        assert_eq!(res.text().await.unwrap(), unknown, "the ordinary 404 page");
        // A trusted proxy's X-Forwarded-For does not open it: only the peer counts.
        let res = app.client.get(app.url("/metrics")).header("x-forwarded-for", "10.1.2.3").send().await.unwrap();
        assert_eq!(res.status(), 404);
        assert_eq!(raw(&app, "HEAD", "/metrics", "").await.status, 404);
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

    async fn the_footer_links_to_the_source_page_by_default(app: TestApp) {
        for path in ["/", "/no-such-page", "/admin/login"] {
            let html = app.get(path).await.text().await.unwrap();
            assert!(
                html.contains("<a href=\"/source\">Source code: AGPL-3.0-or-later</a>"),
                "{path}: {html}"
            );
        }
        let res = app.get("/source").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("GNU Affero General Public License"), "{html}");
        assert!(html.contains("SOURCE_URL"), "tells the operator what to do");
        assert_eq!(raw(&app, "HEAD", "/source", "").await.status, 200);
    }

    #[settings(|s: &mut undersigned::config::Settings| {
        s.source_url = Some("https://git.example.org/coalition/undersigned".into());
    })]
    async fn the_footer_links_to_the_published_source(app: TestApp) {
        let unescape = |html: String| html.replace("&#x2F;", "/").replace("&#x3D;", "=");
        let html = unescape(app.get("/").await.text().await.unwrap());
        assert!(
            html.contains("<a href=\"https://git.example.org/coalition/undersigned\">Source code: AGPL-3.0-or-later</a>"),
            "{html}"
        );
        assert!(!html.contains("href=\"/source\""));
        let source = unescape(app.get("/source").await.text().await.unwrap());
        assert!(source.contains("href=\"https://git.example.org/coalition/undersigned\""), "{source}");
    }
}
