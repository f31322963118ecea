//! What every handler can reach: the database pool, the settings, the
//! instance keys. Feature-owned runtime parts (the sign writer, the page
//! cache, rate limiters) are registered beside it as their own app data.

use std::sync::Arc;

use actix_web::web;

use crate::config::Settings;
use crate::db::{DbConnection, DbPool};
use crate::error::AppError;
use crate::secrets::Keys;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub settings: Arc<Settings>,
    /// "sqlite" or "postgres".
    pub backend: &'static str,
    pub keys: Keys,
    /// Wakes the email sender when a message was queued.
    pub mail_wakeup: Arc<tokio::sync::Notify>,
    /// Set once the server has stopped: background work ends.
    pub stopping: Arc<std::sync::atomic::AtomicBool>,
    /// Counts the changes made through this instance that public pages may
    /// show (see `web::changes`): pages kept in memory check their version
    /// at once after one, not only once a second.
    pub changes: Arc<std::sync::atomic::AtomicU64>,
}

impl AppState {
    /// Asks background work (the email sender) to end after its current
    /// round.
    pub fn stop_background(&self) {
        self.stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // A stored permit: the sender sees it even if it is mid-round.
        self.mail_wakeup.notify_one();
    }

    /// The number of changes so far (see `changes`).
    pub fn changes_seen(&self) -> u64 {
        self.changes.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Whether `stop_background` was called.
    pub fn is_stopping(&self) -> bool {
        self.stopping.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Runs blocking database work on the blocking thread pool, never on an
    /// async worker.
    pub async fn db<F, T>(&self, work: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
    }
}
