//! Test harness: every test gets the real HTTP app on a random port with a
//! fresh database, on SQLite always and on PostgreSQL when
//! `TEST_DATABASE_URL` is set.
#![allow(dead_code)]

pub mod smtp;

use std::net::TcpListener;

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
/// Dropping it stops the server and its background work before the
/// database is dropped.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub backend: Backend,
    pub data_dir: tempfile::TempDir,
    server: actix_web::dev::ServerHandle,
    workers: undersigned::Workers,
    pg: Option<PgDatabase>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Sends the stop command now; the workers end on their own.
        drop(self.server.stop(false));
        self.workers.stop();
    }
}

pub struct PgDatabase {
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

/// The PostgreSQL server for tests, if configured. Read by the tests only,
/// never by the app under test (its settings are built here).
pub fn test_database_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// The `undersigned` binary with none of the developer's environment
/// (`DATABASE_URL`, `SMTP_URL`, `BIND` … exported in a shell change nothing).
pub fn binary() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_undersigned"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("RUST_LOG", "warn");
    cmd
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
pub fn create_pg_database(admin_url: &str) -> (String, PgDatabase) {
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
    // Tests sign many times from one address; the limit has its own test.
    settings.rate_limit = 0;
    settings
}

impl TestApp {
    /// Starts the app on a fresh database.
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Starts the app after `adjust` has changed its settings.
    pub async fn spawn_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> TestApp {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let (database_url, pg) = match backend {
            Backend::Sqlite => (None, None),
            Backend::Postgres => {
                let admin = test_database_url()
                    .expect("PostgreSQL tests need TEST_DATABASE_URL=postgres://…");
                let (url, db) = create_pg_database(&admin);
                (Some(url), Some(db))
            }
        };
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let mut settings = test_settings(data_dir.path(), database_url);
        settings.public_url = Some(format!("http://{}", listener.local_addr().expect("addr")));
        adjust(&mut settings);
        let state = undersigned::prepare(settings).expect("prepare app");
        let app = undersigned::serve(state, listener).expect("serve");
        let base = format!("http://{}", app.addr);
        let server = app.server.handle();
        tokio::spawn(app.server);
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp {
            base,
            client,
            state: app.state,
            backend,
            data_dir,
            server,
            workers: app.workers,
            pg,
        }
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

/// Declares each test once and runs it on both backends, as
/// `name::sqlite` and `name::postgres`. Two forms:
///
/// - `async fn name(app: TestApp) { … }` gets a running app; an optional
///   `#[settings(|s| …)]` before it adjusts the app's settings first;
/// - `async fn name(backend: Backend) { … }` starts what it needs itself.
///
/// The PostgreSQL variants are ignored (reported as such by `cargo test`)
/// unless `TEST_DATABASE_URL` was set when the tests were built.
macro_rules! backend_tests {
    () => {};
    ($(#[settings($adjust:expr)])? async fn $name:ident($app:ident: TestApp) $body:block $($rest:tt)*) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: TestApp) $body

            #[allow(unused_variables)]
            fn adjust(settings: &mut undersigned::config::Settings) {
                $(($adjust)(settings);)?
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run(TestApp::spawn_with(Backend::Sqlite, adjust).await).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            #[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set TEST_DATABASE_URL to run")]
            async fn postgres() {
                run(TestApp::spawn_with(Backend::Postgres, adjust).await).await;
            }
        }
        backend_tests! { $($rest)* }
    };
    (async fn $name:ident($backend:ident: Backend) $body:block $($rest:tt)*) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($backend: Backend) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run(Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            #[cfg_attr(not(postgres_tests), ignore = "PostgreSQL: set TEST_DATABASE_URL to run")]
            async fn postgres() {
                run(Backend::Postgres).await;
            }
        }
        backend_tests! { $($rest)* }
    };
}

/// The value of `<input … name="NAME" value="…">` in a page, unescaped.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\"");
    let at = html.find(&marker)?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let v = tag.split("value=\"").nth(1)?.split('"').next()?;
    Some(
        v.replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#x3D;", "=")
            .replace("&#x2F;", "/")
            .replace("&#x60;", "`")
            .replace("&amp;", "&"),
    )
}

/// A password that passes the policy.
pub const PASSWORD: &str = "tibet solidarity geneva 2025";

impl TestApp {
    /// A CSRF token valid for this client's cookies (taken from a form).
    pub async fn csrf(&self) -> String {
        let (_, html) = self.get_text("/admin/login").await;
        input_value(&html, "csrf_token").expect("csrf token on the login page")
    }

    /// POSTs a form with a valid CSRF token added.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        fields.push(("csrf_token", &token));
        self.post_form(path, &fields).await
    }

    /// Creates an account directly (as `undersigned admin create` does), in
    /// the default team (where every account was before teams).
    pub async fn create_user(&self, email: &str, name: &str, role: undersigned::accounts::Role) {
        self.create_user_in(email, name, role, undersigned::teams::DEFAULT_TEAM)
            .await;
    }

    /// Creates an account in `team`; returns its id.
    pub async fn create_user_in(
        &self,
        email: &str,
        name: &str,
        role: undersigned::accounts::Role,
        team: &str,
    ) -> String {
        let (email, name, team) = (email.to_string(), name.to_string(), team.to_string());
        self.state
            .db(move |conn| {
                let hash = undersigned::accounts::password::hash(PASSWORD).unwrap();
                let user = undersigned::accounts::create(conn, &email, &name, &hash, role)
                    .map_err(|e| match e {
                        undersigned::accounts::CreateError::EmailTaken => panic!("email taken"),
                        undersigned::accounts::CreateError::Db(e) => e,
                    })?;
                undersigned::teams::add_member(conn, &team, &user.id)?;
                Ok(user.id)
            })
            .await
            .expect("create user")
    }

    /// Signs in this client; panics unless it works.
    pub async fn login(&self, email: &str, password: &str) {
        let res = self
            .post(
                "/admin/login",
                &[("email", email), ("password", password), ("next", "/admin")],
            )
            .await;
        assert_eq!(
            res.status(),
            303,
            "sign-in failed: {}",
            res.text().await.unwrap_or_default()
        );
    }

    /// A signed-in administrator on this client.
    pub async fn as_admin(&self) {
        self.create_user(
            "admin@example.org",
            "Ada Admin",
            undersigned::accounts::Role::Admin,
        )
        .await;
        self.login("admin@example.org", PASSWORD).await;
    }

    /// Another client (its own cookies) on the same app.
    pub fn new_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
    }

    /// A copy of this app handle with a fresh client (no cookies).
    pub fn stranger(&self) -> Stranger<'_> {
        Stranger {
            app: self,
            client: self.new_client(),
        }
    }

    /// Runs SQL directly on the app's database (to move clocks, add rows).
    /// The id of the signature with this email address.
    pub async fn signature_id(&self, email: &str) -> String {
        let email = email.to_string();
        self.state
            .db(move |conn| {
                use diesel::prelude::*;
                use undersigned::db::schema::signatures as sg;
                Ok(sg::table
                    .filter(sg::email.eq(email))
                    .select(sg::id)
                    .first::<String>(conn)?)
            })
            .await
            .expect("a signature with this address")
    }

    /// Starts a second instance on the same database, as a load balancer
    /// would run it beside this one.
    pub fn second_instance(&self) -> SecondInstance {
        let state = undersigned::prepare((*self.state.settings).clone()).unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let second = undersigned::serve(state, listener).unwrap();
        let base = format!("http://{}", second.addr);
        let server = second.server.handle();
        tokio::spawn(second.server);
        SecondInstance {
            base,
            server,
            workers: second.workers,
        }
    }

    /// Starts a second instance on the same database (its background
    /// chores run at start, then every minute) and waits, up to ten
    /// seconds, for `table` to hold `want` rows; returns how many it holds.
    pub async fn rows_after_chores(&self, table: &str, want: i64) -> i64 {
        let _second = self.second_instance();
        let mut left = -1;
        for _ in 0..100 {
            left = self.count(table, "1 = 1").await;
            if left == want {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        left
    }

    pub async fn sql(&self, sql: &str) {
        let sql = sql.to_string();
        self.state
            .db(move |conn| {
                use diesel::connection::SimpleConnection;
                conn.batch_execute(&sql).map_err(Into::into)
            })
            .await
            .expect("sql");
    }
}

/// Another instance of the app on the same database, stopped when dropped.
pub struct SecondInstance {
    pub base: String,
    server: actix_web::dev::ServerHandle,
    workers: undersigned::Workers,
}

impl SecondInstance {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
}

impl Drop for SecondInstance {
    fn drop(&mut self) {
        drop(self.server.stop(false));
        self.workers.stop();
    }
}

/// The same app seen from another browser.
pub struct Stranger<'a> {
    pub app: &'a TestApp,
    pub client: reqwest::Client,
}

impl Stranger<'_> {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.app.url(path))
            .send()
            .await
            .expect("GET")
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let html = self.get("/admin/login").await.text().await.unwrap();
        let token = input_value(&html, "csrf_token").expect("token");
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        fields.push(("csrf_token", &token));
        self.client
            .post(self.app.url(path))
            .form(&fields)
            .send()
            .await
            .expect("POST")
    }
}

/// The Location header of a redirect.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// A message in the outbox.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub sent: bool,
    pub attempts: i32,
}

impl TestApp {
    /// Every message queued so far, oldest first.
    pub async fn outbox(&self) -> Vec<Mail> {
        use diesel::prelude::*;
        use undersigned::db::schema::email_outbox as eo;
        type Row = (
            String,
            String,
            String,
            String,
            String,
            Option<chrono::NaiveDateTime>,
            i32,
        );
        let rows: Vec<Row> = self
            .state
            .db(|conn| {
                Ok(eo::table
                    .order(eo::id.asc())
                    .select((
                        eo::id,
                        eo::to_address,
                        eo::subject,
                        eo::body_text,
                        eo::body_html,
                        eo::sent_at,
                        eo::attempts,
                    ))
                    .load(conn)?)
            })
            .await
            .expect("outbox");
        rows.into_iter()
            .map(|(id, to, subject, text, html, sent, attempts)| {
                // Delivered messages keep no body in the database: read
                // what was delivered, as the recipient would.
                let (text, html) = if sent.is_some() && text.is_empty() {
                    self.delivered_bodies(&id)
                } else {
                    (text, html)
                };
                Mail {
                    to,
                    subject,
                    text,
                    html,
                    sent: sent.is_some(),
                    attempts,
                }
            })
            .collect()
    }

    /// Waits (at most 10 s) until every queued message has been delivered,
    /// and returns them as delivered.
    pub async fn delivered(&self) -> Vec<Mail> {
        for _ in 0..100 {
            let all = self.outbox().await;
            if all.iter().all(|m| m.sent) {
                return all;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("messages still undelivered after 10 s")
    }

    /// The text and HTML bodies of a message delivered into the outbox
    /// folder (empty when it went by SMTP).
    fn delivered_bodies(&self, id: &str) -> (String, String) {
        let path = self
            .data_dir
            .path()
            .join("outbox")
            .join(format!("{id}.eml"));
        let Ok(raw) = std::fs::read(&path) else {
            return (String::new(), String::new());
        };
        let message = mail_parser::MessageParser::default()
            .parse(&raw)
            .expect("a delivered message parses");
        let text = message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default();
        let html = message
            .body_html(0)
            .map(|t| t.into_owned())
            .unwrap_or_default();
        (text, html)
    }

    /// Counts rows of a table matching a condition.
    pub async fn count(&self, table: &str, condition: &str) -> i64 {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}");
        self.state
            .db(move |conn| {
                let r: N =
                    undersigned::per_backend!(conn, |c| diesel::sql_query(&sql).get_result(c))?;
                Ok(r.n)
            })
            .await
            .expect("count")
    }

    /// Every (table, column) holding text, on either backend.
    pub async fn text_columns(&self) -> Vec<(String, String)> {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Col {
            #[diesel(sql_type = diesel::sql_types::Text)]
            t: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            c: String,
        }
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name AS t, p.name AS c FROM sqlite_master m \
                 JOIN pragma_table_info(m.name) p WHERE m.type = 'table' \
                 AND upper(p.type) IN ('TEXT', 'VARCHAR')"
            }
            Backend::Postgres => {
                "SELECT table_name::text AS t, column_name::text AS c \
                 FROM information_schema.columns WHERE table_schema = 'public' \
                 AND data_type IN ('text', 'character varying')"
            }
        };
        let cols: Vec<Col> =
            self.state
                .db(move |conn| {
                    Ok(undersigned::per_backend!(conn, |c| diesel::sql_query(sql).load(c))?)
                })
                .await
                .expect("columns");
        cols.into_iter().map(|c| (c.t, c.c)).collect()
    }

    /// The (table, column) pairs where `needle` appears in any row.
    pub async fn where_stored(&self, needle: &str) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for (table, column) in self.text_columns().await {
            let condition = format!("{column} LIKE '%{needle}%'");
            if self.count(&table, &condition).await > 0 {
                found.push((table, column));
            }
        }
        found
    }

    /// A published-looking open statement with `slug`, made by an admin on
    /// another client; `extra` adds form fields (e.g. allow_individuals).
    pub async fn open_statement(&self, slug: &str, extra: &[(&str, &str)]) {
        let admin = self.stranger();
        let email = format!("owner-{slug}@example.org");
        self.create_user(&email, "Owner", undersigned::accounts::Role::Admin)
            .await;
        let res = admin
            .post("/admin/login", &[("email", &email), ("password", PASSWORD)])
            .await;
        assert_eq!(res.status(), 303);
        let mut form = vec![
            ("title", "Solidarity with the lawyers of Xiamen"),
            ("slug", slug),
            ("organiser", "Coalition for Human Rights Defenders"),
            (
                "summary",
                "Civil society organisations reaffirm their solidarity.",
            ),
            (
                "body",
                "We, the undersigned organisations, **stand** with them.",
            ),
            ("language", "en"),
            ("deadline", "2031-02-07T23:59"),
            ("timezone", "Europe/Zurich"),
            ("grouping", "none"),
            ("allow_organisations", "on"),
            ("action", "save"),
        ];
        // A field in `extra` replaces the one above.
        form.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
        form.extend_from_slice(extra);
        let res = admin.post("/admin/statements/new", &form).await;
        assert_eq!(
            res.status(),
            303,
            "{}",
            res.text().await.unwrap_or_default()
        );
        let res = admin
            .post(&format!("/admin/statements/{slug}/open"), &[])
            .await;
        assert_eq!(res.status(), 303);
    }
}

/// The first link in a text that contains `marker` (e.g. "/confirm/").
pub fn link_in(text: &str, marker: &str) -> Option<String> {
    let at = text.find(marker)?;
    let start = text[..at].rfind("http").unwrap_or(at);
    let end = text[at..]
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .map(|e| at + e)
        .unwrap_or(text.len());
    Some(text[start..end].to_string())
}

/// The path of a full URL.
pub fn path_of(url: &str) -> String {
    match url.find("://") {
        Some(i) => url[i + 3..]
            .find('/')
            .map(|p| url[i + 3 + p..].to_string())
            .unwrap_or_default(),
        None => url.to_string(),
    }
}

/// The sign form of an organisation, named publicly.
pub fn org<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    org_listed(name, email, "public")
}

/// The sign form of an organisation with a listing (`public`, `anonymous`).
pub fn org_listed<'a>(name: &'a str, email: &'a str, listing: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "organisation"),
        ("name", name),
        ("country", "JP"),
        ("contact_name", "Aiko Tanaka"),
        ("email", email),
        ("website", "https://aln.example.org"),
        ("listing", listing),
        ("message", "Thank you for coordinating."),
    ]
}

/// Endpoint helpers: what a signer's browser does.
impl TestApp {
    /// Signs `slug` through the public form with this app's client.
    pub async fn sign(&self, slug: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.sign_with(&self.client, slug, form).await
    }

    /// Signs `slug` through the public form with `client` (its cookies).
    pub async fn sign_with(
        &self,
        client: &reqwest::Client,
        slug: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let page = client
            .get(self.url(&format!("/s/{slug}")))
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .expect("body");
        let token = input_value(&page, "csrf_token").expect("form token");
        let mut fields = form.to_vec();
        fields.push(("csrf_token", &token));
        client
            .post(self.url(&format!("/s/{slug}/sign")))
            .form(&fields)
            .send()
            .await
            .expect("POST")
    }

    /// The newest message to `to`.
    pub async fn last_mail_to(&self, to: &str) -> Mail {
        self.outbox()
            .await
            .into_iter()
            .rev()
            .find(|m| m.to == to)
            .unwrap_or_else(|| panic!("a message to {to}"))
    }

    /// The path of the first link with `marker` (`/confirm/`, `/manage/`)
    /// in the newest message to `to`.
    pub async fn link_to(&self, to: &str, marker: &str) -> String {
        let mail = self.last_mail_to(to).await;
        path_of(&link_in(&mail.text, marker).expect("link"))
    }

    /// Signs and follows the confirmation link emailed to `email`; returns
    /// the confirmation's answer.
    pub async fn sign_confirmed(&self, slug: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let email = form
            .iter()
            .find(|(k, _)| *k == "email")
            .map(|(_, v)| v.to_string())
            .expect("an email field");
        assert_eq!(self.sign(slug, form).await.status(), 303, "signed");
        let link = self.link_to(&email, "/confirm/").await;
        self.confirm(&link).await
    }

    /// Posts `form` to `path` with the form token of the page at `path`.
    pub async fn post_form_with_token(
        &self,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let page = self.get(path).await.text().await.expect("body");
        let token = input_value(&page, "csrf_token").expect("form token");
        let mut fields = form.to_vec();
        fields.push(("csrf_token", &token));
        self.post_form(path, &fields).await
    }

    /// Opens a confirmation link and presses its button.
    pub async fn confirm(&self, path: &str) -> reqwest::Response {
        let page = self.get(path).await.text().await.expect("body");
        let token = input_value(&page, "csrf_token").expect("confirm form");
        self.post_form(path, &[("csrf_token", &token)]).await
    }
}

/// `text` with what differs between two otherwise identical answers
/// replaced: link tokens (after `/confirm/`, `/manage/`) and form tokens.
pub fn masked(text: &str) -> String {
    let token_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = text.to_string();
    for marker in ["/confirm/", "/manage/", "name=\"csrf_token\" value=\""] {
        let mut result = String::new();
        let mut rest = out.as_str();
        while let Some(at) = rest.find(marker) {
            let (head, tail) = rest.split_at(at + marker.len());
            result.push_str(head);
            result.push_str("[TOKEN]");
            rest = tail.trim_start_matches(token_char);
        }
        result.push_str(rest);
        out = result;
    }
    out
}

/// A reader of `lang` with their own cookies; the signed-in coordinator
/// reads in the same language.
pub fn client_in(lang: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("accept-language", lang.parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}
