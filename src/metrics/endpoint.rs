//! `GET /metrics`, for the clients in `METRICS_ALLOW` only.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use super::{Metrics, PoolLabels};
use crate::domain::ip_range::any_contains;
use crate::email::sender::OutboxStats;
use crate::state::AppState;

/// Decided by the TCP peer, never by X-Forwarded-For (which anyone can
/// send). Others get the ordinary 404 page: nothing says it exists.
pub async fn scrape(
    req: HttpRequest,
    state: web::Data<AppState>,
    metrics: web::Data<Metrics>,
) -> HttpResponse {
    let allowed = req
        .peer_addr()
        .is_some_and(|peer| any_contains(&state.settings.metrics_allow, peer.ip()));
    if !allowed {
        return crate::web::not_found(req).await;
    }
    // Cheap queries at scrape time (an index covers unsent messages).
    match state
        .db(|conn| Ok(crate::email::sender::stats(conn)?))
        .await
    {
        Ok(stats) => metrics.set_outbox(&stats),
        // The figures of the last good scrape stay.
        Err(e) => tracing::warn!(error = %e, "metrics: outbox figures unavailable"),
    }
    let pool = state.pool.state();
    metrics.set_pool(
        pool.connections,
        pool.idle_connections,
        state.pool.max_size(),
    );
    match metrics.encode() {
        Ok(body) => HttpResponse::Ok()
            .insert_header((
                header::CONTENT_TYPE,
                prometheus_client::encoding::prometheus_text::CONTENT_TYPE,
            ))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "metrics could not be encoded");
            HttpResponse::InternalServerError().finish()
        }
    }
}

impl Metrics {
    fn set_outbox(&self, stats: &OutboxStats) {
        let s = &self.snapshot;
        s.outbox_pending.set(stats.pending);
        s.outbox_oldest_age.set(stats.oldest_pending_age_seconds);
        s.outbox_failing.set(stats.failing);
        s.outbox_parked.set(stats.parked);
    }

    fn set_pool(&self, open: u32, idle: u32, max: u32) {
        let s = &self.snapshot;
        let in_use = open.saturating_sub(idle);
        s.pool
            .get_or_create(&PoolLabels { state: "in_use" })
            .set(in_use.into());
        s.pool
            .get_or_create(&PoolLabels { state: "idle" })
            .set(idle.into());
        s.pool_max.set(max.into());
    }
}
