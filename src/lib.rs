//! undersigned: a self-hosted joint-statement sign-on service.
//!
//! The binary (`src/main.rs`) parses the command line and calls [`startup`];
//! the integration tests call the same function.

pub mod accounts;
pub mod assets;
pub mod audit;
pub mod circulation;
pub mod cli;
pub mod config;
pub mod curation;
pub mod db;
pub mod domain;
pub mod email;
pub mod error;
pub mod i18n;
pub mod import;
pub mod metrics;
pub mod publication;
pub mod retention;
pub mod routes;
pub mod secrets;
pub mod signatures;
pub mod signing;
pub mod state;
pub mod statements;
pub mod teams;
pub mod templates;
pub mod web;

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{middleware, App, HttpServer};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::state::AppState;

/// Opens the database (creating the data directory), runs migrations and
/// returns the shared state.
pub fn prepare(settings: Settings) -> Result<AppState, String> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| {
        format!(
            "cannot create data directory {}: {e}",
            settings.data_dir.display()
        )
    })?;
    let target = settings.db_target()?;
    let brand = state::Brand::load(&settings)?;
    // A sender that does not parse would hold every email back for ever.
    settings
        .sender()
        .parse::<lettre::message::Mailbox>()
        .map_err(|e| format!("MAIL_FROM {:?} with SITE_NAME: {e}", settings.sender()))?;
    let pool = db::connect(&target, settings.db_pool_size.max(2))?;
    let mut conn = pool
        .get()
        .map_err(|e| format!("cannot connect to {}: {e}", target.redacted()))?;
    let applied = db::run_migrations(&mut conn)?;
    for m in &applied {
        tracing::info!(migration = %m, "applied migration");
    }
    let backend = db::backend_name(&conn);
    let keys = secrets::Keys::load(&mut conn, settings.secret_key.as_deref())?;
    upgrade_name_keys(&mut conn)?;
    drop(conn);
    Ok(AppState {
        pool,
        settings: Arc::new(settings),
        backend,
        keys,
        mail_wakeup: Arc::new(tokio::sync::Notify::new()),
        stopping: Arc::new(std::sync::atomic::AtomicBool::new(false)),
        changes: Arc::new(std::sync::atomic::AtomicU64::new(0)),
        brand: Arc::new(brand),
    })
}

/// Recomputes stored duplicate keys made by an older version (once per
/// database; see `signatures::rekey`). Logs ids and counts, never names.
fn upgrade_name_keys(conn: &mut db::DbConnection) -> Result<(), String> {
    let done = signatures::rekey::upgrade(conn)
        .map_err(|e| format!("cannot update duplicate keys: {e}"))?;
    if let Some(done) = done.filter(|d| d.updated > 0 || !d.collisions.is_empty()) {
        tracing::info!(
            updated = done.updated,
            version = domain::text::DUPLICATE_KEY_VERSION,
            "duplicate keys recomputed"
        );
        for (statement, kept, first) in &done.collisions {
            tracing::warn!(
                statement = %statement,
                signature = %kept,
                same_key_as = %first,
                "two live signatures now have the same duplicate key: the later one keeps its old key; \
                 a coordinator should check it (recorded in the audit log)"
            );
        }
    }
    Ok(())
}

/// Housekeeping that the email sender's loop runs every minute.
const CHORES: &[email::sender::Chore] = &[
    // Sign-in counters whose window ran out (keyed hashes of addresses).
    ("login throttle", |conn, _| accounts::throttle::sweep(conn)),
    // Sessions past their end or idle too long.
    ("sessions", |conn, _| accounts::session::sweep(conn)),
    // Contact data past RETENTION_DAYS, and never-confirmed signatures.
    ("retention", |conn, state| {
        retention::sweep(conn, &state.settings)
    }),
    // Letters whose delivery time came.
    ("delivery", circulation::routes::deliver_due),
];

/// A bound, not yet running server.
pub struct Application {
    pub server: Server,
    pub addr: SocketAddr,
    pub state: AppState,
    pub workers: Workers,
}

/// The background work beside the HTTP server.
pub struct Workers {
    state: AppState,
    sign_writer: signing::writer::SignWriter,
    mail_sender: tokio::task::JoinHandle<()>,
}

impl Workers {
    /// Once the server no longer takes requests: the sign writer stores
    /// what was queued and closes its connection; the email sender is told
    /// to stop after its current round.
    pub fn stop(&self) {
        self.sign_writer.shutdown();
        self.state.stop_background();
    }

    /// Waits (at most `limit`) for the email sender to finish its round.
    pub async fn finish(self, limit: std::time::Duration) {
        let _ = tokio::time::timeout(limit, self.mail_sender).await;
    }
}

/// Prepares the state and binds the listener given in the settings.
pub fn startup(mut settings: Settings) -> Result<Application, String> {
    // Every connection holds a descriptor: take all the system allows
    // (often 1,024 soft, far more hard), so that a crowd of idle clients
    // does not leave none for the database or the health check.
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(n) => tracing::debug!(descriptors = n, "open file limit"),
        Err(e) => tracing::warn!(error = %e, "cannot raise the open file limit"),
    }
    let listener = TcpListener::bind(settings.bind)
        .map_err(|e| format!("cannot listen on {}: {e}", settings.bind))?;
    if settings
        .public_url
        .as_deref()
        .is_none_or(|u| u.trim().is_empty())
    {
        // Links point at the address really bound (port 0 picks one).
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        if !addr.ip().is_loopback() {
            tracing::warn!(
                "BIND {addr} is not a loopback address and PUBLIC_URL is not set: emailed links \
                 would point to http://{addr}; set PUBLIC_URL to the site's external address"
            );
        }
        settings.public_url = Some(format!("http://{addr}"));
    }
    let state = prepare(settings)?;
    serve(state, listener)
}

/// Builds the HTTP server on an existing listener.
pub fn serve(state: AppState, listener: TcpListener) -> Result<Application, String> {
    use actix_web::web::Data;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let metrics = Data::new(metrics::Metrics::new());
    let sign_writer = signing::writer::SignWriter::start(state.pool.clone(), metrics.sign.clone())?;
    let mail_sender = email::sender::spawn(state.clone(), CHORES)?;
    let data = Data::new(state.clone());
    let writer = Data::new(sign_writer.clone());
    let page_cache = Data::new(publication::cache::PageCache::default());
    let open_pages = Data::new(signing::open_page::OpenPages::default());
    let share_images = Data::new(signing::share_image::ShareImages::default());
    let limiter = Data::new(signing::routes::SignLimiter(
        web::ratelimit::Limiter::per_minute(state.settings.rate_limit),
    ));
    let manage_limiter = Data::new(signing::routes::ManageLimiter(
        web::ratelimit::Limiter::per_minute(if state.settings.rate_limit == 0 {
            0
        } else {
            signing::routes::MANAGE_PER_MINUTE
        }),
    ));
    let https = state.settings.is_https();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .app_data(writer.clone())
            .app_data(page_cache.clone())
            .app_data(open_pages.clone())
            .app_data(share_images.clone())
            .app_data(limiter.clone())
            .app_data(manage_limiter.clone())
            .app_data(metrics.clone())
            // The last `wrap` sees a request first.
            .wrap(middleware::from_fn(web::changes::count))
            .wrap(middleware::from_fn(web::csrf::protect))
            .wrap(middleware::from_fn(web::edge::refuse_controls))
            .wrap(web::error_pages())
            .wrap(middleware::from_fn(web::head::as_get))
            .wrap(web::security_headers(https))
            .wrap(middleware::Compress::default())
            .wrap(middleware::from_fn(metrics::track))
            .wrap(TracingLogger::<web::logging::PrivateRootSpan>::new())
            .configure(routes::configure)
    })
    // In-flight requests get this long to finish on SIGTERM/SIGINT.
    .shutdown_timeout(30)
    .listen(listener)
    .map_err(|e| e.to_string())?
    .run();
    let workers = Workers {
        state: state.clone(),
        sign_writer,
        mail_sender,
    };
    Ok(Application {
        server,
        addr,
        state,
        workers,
    })
}
