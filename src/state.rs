//! Shared application state.

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
    /// Rendered published pages, by slug and language.
    pub page_cache: Arc<PageCache>,
    /// Limit on sign submissions per client; `None` when turned off.
    pub sign_limiter: Option<Arc<crate::web::ratelimit::Limiter>>,
}

impl AppState {
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

/// Rendered pages of published statements, each kept with the ETag it was
/// rendered for; a newer ETag (the statement changed) replaces it.
#[derive(Default)]
pub struct PageCache {
    pages: std::sync::Mutex<std::collections::HashMap<String, (String, actix_web::web::Bytes)>>,
}

impl PageCache {
    pub fn get(&self, key: &str, etag: &str) -> Option<actix_web::web::Bytes> {
        let pages = self.pages.lock().ok()?;
        pages
            .get(key)
            .filter(|(e, _)| e == etag)
            .map(|(_, b)| b.clone())
    }

    pub fn put(&self, key: String, etag: String, body: actix_web::web::Bytes) {
        if let Ok(mut pages) = self.pages.lock() {
            // Bounded: published statements are few, but keys come from URLs.
            if pages.len() > 1_000 {
                pages.clear();
            }
            pages.insert(key, (etag, body));
        }
    }
}
