//! undersigned: a self-hosted joint-statement sign-on service.
//!
//! The binary (`src/main.rs`) parses the command line and calls [`startup`];
//! the integration tests call the same function.

pub mod accounts;
pub mod audit;
pub mod cli;
pub mod config;
pub mod curation;
pub mod db;
pub mod domain;
pub mod email;
pub mod error;
pub mod import;
pub mod publication;
pub mod secrets;
pub mod signing;
pub mod state;
pub mod statements;
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
    let settings_rate_limit = settings.rate_limit;
    drop(conn);
    Ok(AppState {
        pool,
        settings: Arc::new(settings),
        backend,
        keys,
        mail_wakeup: Arc::new(tokio::sync::Notify::new()),
        stopping: Arc::new(std::sync::atomic::AtomicBool::new(false)),
        page_cache: Arc::new(state::PageCache::default()),
        sign_writer: None,
        sign_limiter: web::ratelimit::Limiter::per_minute(settings_rate_limit).map(Arc::new),
    })
}

/// A bound, not yet running server.
pub struct Application {
    pub server: Server,
    pub addr: SocketAddr,
    pub state: AppState,
    /// The email sender's task; it ends after `AppState::shutdown`.
    pub mail_sender: tokio::task::JoinHandle<()>,
}

/// Prepares the state and binds the listener given in the settings.
pub fn startup(mut settings: Settings) -> Result<Application, String> {
    let listener = TcpListener::bind(settings.bind)
        .map_err(|e| format!("cannot listen on {}: {e}", settings.bind))?;
    if settings.public_url.is_none() {
        // Links point at the address really bound (port 0 picks one).
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        settings.public_url = Some(format!("http://{addr}"));
    }
    let state = prepare(settings)?;
    serve(state, listener)
}

/// Builds the HTTP server on an existing listener.
pub fn serve(mut state: AppState, listener: TcpListener) -> Result<Application, String> {
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    state.sign_writer = Some(signing::writer::SignWriter::start(state.pool.clone())?);
    let mail_sender = email::sender::spawn(state.clone())?;
    let data = actix_web::web::Data::new(state.clone());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .wrap(middleware::from_fn(web::csrf::protect))
            .wrap(web::error_pages())
            .wrap(web::security_headers())
            .wrap(middleware::Compress::default())
            .wrap(TracingLogger::<web::logging::PrivateRootSpan>::new())
            .configure(accounts::routes::routes)
            .configure(curation::routes::routes)
            .configure(curation::import_routes::routes)
            .configure(publication::routes::routes)
            .configure(statements::admin::routes)
            .configure(statements::public::routes)
            .configure(signing::routes::routes)
            .configure(web::routes)
    })
    // In-flight requests get this long to finish on SIGTERM/SIGINT.
    .shutdown_timeout(30)
    .listen(listener)
    .map_err(|e| e.to_string())?
    .run();
    Ok(Application {
        server,
        addr,
        state,
        mail_sender,
    })
}
