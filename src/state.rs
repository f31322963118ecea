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
    /// Set once the server has stopped: background work ends.
    pub stopping: Arc<std::sync::atomic::AtomicBool>,
    /// The group-commit writer for signatures (started with the server).
    pub sign_writer: Option<crate::signing::writer::SignWriter>,
    /// Rendered published pages, by slug and language.
    pub page_cache: Arc<PageCache>,
    /// Limit on sign submissions per client; `None` when turned off.
    pub sign_limiter: Option<Arc<crate::web::ratelimit::Limiter>>,
}

impl AppState {
    /// Ends the background work once the server no longer takes requests:
    /// the sign writer stores what was queued and closes its connection,
    /// the email sender stops after its current round.
    pub fn shutdown(&self) {
        if let Some(writer) = &self.sign_writer {
            writer.shutdown();
        }
        self.stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // A stored permit: the sender sees it even if it is mid-round.
        self.mail_wakeup.notify_one();
    }

    /// Whether `shutdown` was called.
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

/// Rendered pages of published statements. Each is kept with the ETag it
/// was rendered for (a newer ETag, after a change, replaces it) and is
/// served without asking the database at all for `FRESH` after it was last
/// checked, so a correction shows within that time on every instance.
#[derive(Default)]
pub struct PageCache {
    pages: std::sync::Mutex<std::collections::HashMap<String, CachedPage>>,
}

/// One cached page.
#[derive(Clone)]
pub struct CachedPage {
    pub etag: String,
    pub modified: actix_web::http::header::HttpDate,
    pub body: actix_web::web::Bytes,
    /// The same body gzipped once, for the clients that accept it.
    pub gzip: Option<actix_web::web::Bytes>,
    checked: std::time::Instant,
}

impl PageCache {
    /// How long a checked page is served without a new check.
    pub const FRESH: std::time::Duration = std::time::Duration::from_secs(1);

    /// A page checked less than `FRESH` ago.
    pub fn fresh(&self, key: &str) -> Option<CachedPage> {
        let pages = self.pages.lock().ok()?;
        pages
            .get(key)
            .filter(|p| p.checked.elapsed() < Self::FRESH)
            .cloned()
    }

    /// The page if it was rendered for this ETag (and marks it checked).
    pub fn get(&self, key: &str, etag: &str) -> Option<CachedPage> {
        let mut pages = self.pages.lock().ok()?;
        let page = pages.get_mut(key).filter(|p| p.etag == etag)?;
        page.checked = std::time::Instant::now();
        Some(page.clone())
    }

    pub fn put(
        &self,
        key: String,
        etag: String,
        modified: actix_web::http::header::HttpDate,
        body: actix_web::web::Bytes,
    ) {
        // Compressed before taking the lock.
        let gzip = gzip(&body);
        if let Ok(mut pages) = self.pages.lock() {
            // Bounded: published statements are few, but keys come from URLs.
            if pages.len() > 1_000 {
                pages.clear();
            }
            let checked = std::time::Instant::now();
            pages.insert(
                key,
                CachedPage {
                    etag,
                    modified,
                    body,
                    gzip,
                    checked,
                },
            );
        }
    }
}

fn gzip(body: &[u8]) -> Option<actix_web::web::Bytes> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 4),
        flate2::Compression::default(),
    );
    enc.write_all(body).ok()?;
    enc.finish().ok().map(actix_web::web::Bytes::from)
}
