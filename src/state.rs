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
