//! Test harness: every test gets the real HTTP app on a random port with a
//! fresh database, on SQLite always and on PostgreSQL when
//! `TEST_DATABASE_URL` is set.
#![allow(dead_code)]

use std::io::Write;
use std::net::TcpListener;
use std::sync::Once;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use undersigned::config::Settings;
use undersigned::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running app and a cookie-keeping client that does not follow redirects.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub backend: Backend,
    pub data_dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
}

struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.admin_url) {
            let _ = conn.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            ));
        }
    }
}

static SKIP_NOTICE: Once = Once::new();

/// The PostgreSQL server for tests, if configured.
pub fn test_database_url() -> Option<String> {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            SKIP_NOTICE.call_once(|| {
                // Written past the test harness's capture so it is always seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "NOTE: PostgreSQL tests SKIPPED (set TEST_DATABASE_URL=postgres://… to run them)"
                );
            });
            None
        }
    }
}

/// Replaces the database name in a PostgreSQL URL.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let prefix = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{prefix}/{name}?{q}"),
        None => format!("{prefix}/{name}"),
    }
}

/// Creates an empty PostgreSQL database for one test.
fn create_pg_database(admin_url: &str) -> (String, PgDatabase) {
    let name = format!("undersigned_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = PgConnection::establish(admin_url)
        .unwrap_or_else(|e| panic!("TEST_DATABASE_URL is set but unreachable: {e}"));
    conn.batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .expect("create test database");
    (
        with_database(admin_url, &name),
        PgDatabase {
            admin_url: admin_url.to_string(),
            name,
        },
    )
}

/// Settings for a test app with its data in `dir`.
pub fn test_settings(dir: &std::path::Path, database_url: Option<String>) -> Settings {
    let mut settings = Settings::defaults();
    settings.bind = "127.0.0.1:0".parse().expect("address");
    settings.data_dir = dir.to_path_buf();
    settings.database_url = database_url;
    settings.public_url = None;
    settings.db_pool_size = 4;
    settings
}

impl TestApp {
    /// Starts the app; `None` when PostgreSQL was asked for but not configured.
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Starts the app after `adjust` has changed its settings.
    pub async fn spawn_with(
        backend: Backend,
        adjust: impl FnOnce(&mut Settings),
    ) -> Option<TestApp> {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let (database_url, pg) = match backend {
            Backend::Sqlite => (None, None),
            Backend::Postgres => {
                let admin = test_database_url()?;
                let (url, db) = create_pg_database(&admin);
                (Some(url), Some(db))
            }
        };
        let mut settings = test_settings(data_dir.path(), database_url);
        adjust(&mut settings);
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let state = undersigned::prepare(settings).expect("prepare app");
        let app = undersigned::serve(state, listener).expect("serve");
        let base = format!("http://{}", app.addr);
        tokio::spawn(app.server);
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Some(TestApp {
            base,
            client,
            state: app.state,
            backend,
            data_dir,
            pg,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(form)
            .send()
            .await
            .expect("POST")
    }
}

/// Declares each test once and runs it on both backends:
/// `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! backend_tests {
    ($(async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($app: TestApp) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = TestApp::spawn(Backend::Sqlite).await.expect("sqlite app");
                    run(app).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = TestApp::spawn(Backend::Postgres).await {
                        run(app).await;
                    }
                }
            }
        )*
    };
}
