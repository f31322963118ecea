//! What a person sees, in a real browser: Debian's Chromium driven through
//! chromedriver (WebDriver on loopback), with axe-core for accessibility.
//!
//! Needs `chromium`, `chromium-driver` and `npm ci --prefix tests/browser`.
//! Where one is missing when the tests are built, `build.rs` marks them
//! ignored ("browser: …" in `cargo test`'s report), unless
//! `UNDERSIGNED_BROWSER_TESTS=require` (CI sets it): then they fail. One
//! missing at run time is said on standard error.

mod coordinator;
mod workspace;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::common::{TestApp, PASSWORD};

/// The desktop and phone widths every workspace page is checked at.
pub const DESKTOP: (u32, u32) = (1280, 900);
pub const PHONE: (u32, u32) = (390, 844);
/// The narrowest phones still in use.
pub const NARROW: (u32, u32) = (320, 640);

pub struct Browser {
    driver: Child,
    pub client: Client,
    axe: String,
}

fn find(candidates: &[&str]) -> Option<PathBuf> {
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js")
}

/// Says why the browser tests cannot run, or fails when they must.
fn unavailable(test: &str, why: &str) -> Option<Browser> {
    if std::env::var("UNDERSIGNED_BROWSER_TESTS").as_deref() == Ok("require") {
        panic!("browser test {test}: {why}");
    }
    eprintln!("SKIPPED browser test {test}: {why}");
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    /// A headless Chromium at desktop size, or `None` (said) when absent.
    pub async fn start(test: &str) -> Option<Browser> {
        let Some(chromium) = find(&["/usr/bin/chromium", "/usr/bin/chromium-browser"]) else {
            return unavailable(test, "no Chromium (apt-get install chromium)");
        };
        let Some(chromedriver) = find(&["/usr/bin/chromedriver"]) else {
            return unavailable(test, "no chromedriver (apt-get install chromium-driver)");
        };
        let Ok(axe) = std::fs::read_to_string(axe_path()) else {
            return unavailable(test, "no axe-core (npm ci --prefix tests/browser)");
        };
        let port = free_port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let caps = json!({
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--disable-gpu", "--lang=en-GB", "--hide-scrollbars",
                         format!("--window-size={},{}", DESKTOP.0, DESKTOP.1)],
            }
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!("an object"),
        };
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() > Duration::from_secs(20) => {
                    panic!("chromedriver did not start a session: {e}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let browser = Browser {
            driver,
            client,
            axe,
        };
        browser.resize(DESKTOP).await;
        Some(browser)
    }

    /// Makes the page's viewport `size` CSS pixels (the window around it
    /// may differ by the browser's own frame).
    pub async fn resize(&self, (w, h): (u32, u32)) {
        self.client
            .set_window_size(w, h)
            .await
            .expect("window size");
        let inner = self
            .client
            .execute("return [window.innerWidth, window.innerHeight]", vec![])
            .await
            .expect("viewport");
        let (iw, ih) = (
            inner[0].as_u64().unwrap_or(0) as u32,
            inner[1].as_u64().unwrap_or(0) as u32,
        );
        let (dw, dh) = (i64::from(w) - i64::from(iw), i64::from(h) - i64::from(ih));
        if (dw, dh) != (0, 0) {
            let (ww, wh) = (i64::from(w) + dw, i64::from(h) + dh);
            self.client
                .set_window_size(ww as u32, wh as u32)
                .await
                .expect("window size");
        }
    }

    pub async fn viewport_width(&self) -> u64 {
        self.client
            .execute("return window.innerWidth", vec![])
            .await
            .expect("width")
            .as_u64()
            .unwrap_or(0)
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    /// Signs in through the login form.
    pub async fn login(&self, app: &TestApp, email: &str) {
        self.goto(&app.url("/admin/login")).await;
        self.fill("email", email).await;
        self.fill("password", PASSWORD).await;
        self.client
            .find(Locator::Css("main form button[type=submit]"))
            .await
            .expect("sign-in button")
            .click()
            .await
            .expect("click");
        self.wait_for_path("/admin").await;
    }

    pub async fn fill(&self, name: &str, value: &str) {
        let field = self
            .client
            .find(Locator::Css(&format!("[name=\"{name}\"]")))
            .await
            .unwrap_or_else(|_| panic!("a field named {name}"));
        field.clear().await.expect("clear");
        field.send_keys(value).await.expect("type");
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("an element {css}"))
            .click()
            .await
            .expect("click");
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("url");
        url.path().to_string()
    }

    pub async fn wait_for_path(&self, path: &str) {
        let started = Instant::now();
        while self.path().await != path {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "still at {} instead of {path}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// axe-core's violations on the current page, one line each.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        self.client
            .execute(&format!("{}\nreturn true;", self.axe), vec![])
            .await
            .expect("load axe-core");
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document).then(r => done(r.violations.map(v =>
                   v.id + ': ' + v.help + ' — ' +
                   v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        found
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How far the page is wider than the viewport (0 when it fits), and
    /// the widest element that sticks out, to say where.
    pub async fn overflow(&self) -> (i64, String) {
        let v = self
            .client
            .execute(
                "const vw = window.innerWidth;
                 const over = document.documentElement.scrollWidth - vw;
                 let culprit = '';
                 const clipped = (el) => {
                   for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                     if (getComputedStyle(p).overflowX !== 'visible') return true;
                   }
                   return false;
                 };
                 if (over > 0) {
                   let worst = 0;
                   for (const el of document.querySelectorAll('body *')) {
                     const r = el.getBoundingClientRect();
                     if (r.right > vw && r.right > worst && !clipped(el)) {
                       worst = r.right;
                       culprit = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                         (typeof el.className === 'string' && el.className ? '.' + el.className : '') +
                         ': ' + (el.textContent || '').trim().slice(0, 40);
                     }
                   }
                 }
                 return [over, culprit];",
                vec![],
            )
            .await
            .expect("measure");
        (
            v[0].as_i64().unwrap_or(0),
            v[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Scrolls the first element matching `css` to the top; false when
    /// there is none.
    pub async fn scroll_to(&self, css: &str) -> bool {
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]);
                 if (el) { el.scrollIntoView(); }
                 return !!el;",
                vec![serde_json::Value::String(css.to_string())],
            )
            .await
            .expect("scroll")
            .as_bool()
            .unwrap_or(false)
    }

    /// Saves what the browser shows (for the README and for reading a
    /// failure) under `target/browser/`.
    pub async fn screenshot(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
        std::fs::create_dir_all(&dir).expect("screenshot directory");
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
