//! Prometheus metrics, served at `GET /metrics` (see [`endpoint`]).
//!
//! Built on prometheus-client: every app has its own registry rather than
//! a process-wide recorder, so several apps in one process (the tests)
//! never mix their figures, and label sets are typed. Requests are counted
//! by route pattern, never by raw path (emailed links carry tokens).

pub mod endpoint;

use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

fn latency_histogram() -> Histogram {
    Histogram::new([
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
    ])
}

/// What the sign writer reports; clones share the same figures.
#[derive(Clone)]
pub struct SignMetrics {
    /// New signatures committed.
    pub written: Counter,
    /// Signatures per group commit.
    pub batch_size: Histogram,
    /// Signatures handed to the writer and not yet taken up by it.
    pub queue_depth: Gauge,
}

impl Default for SignMetrics {
    fn default() -> Self {
        SignMetrics {
            written: Counter::default(),
            batch_size: Histogram::new([1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0]),
            queue_depth: Gauge::default(),
        }
    }
}

/// Figures read at scrape time (outbox, connection pool).
#[derive(Default)]
struct Snapshot {
    outbox_pending: Gauge,
    outbox_oldest_age: Gauge,
    outbox_failing: Gauge,
    outbox_parked: Gauge,
    pool: Family<PoolLabels, Gauge>,
    pool_max: Gauge,
}

/// Every metric of one app.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    pub sign: SignMetrics,
    snapshot: Snapshot,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("undersigned");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        let sign = SignMetrics::default();
        let snapshot = Snapshot::default();
        registry.register(
            "http_requests",
            "HTTP requests by method, route pattern and status",
            requests.clone(),
        );
        registry.register_with_unit(
            "http_request_duration",
            "Time until the response headers, by method and route pattern",
            Unit::Seconds,
            latency.clone(),
        );
        registry.register(
            "signatures_written",
            "New signatures committed by the sign writer",
            sign.written.clone(),
        );
        registry.register(
            "sign_batch_size",
            "Signatures per group commit of the sign writer",
            sign.batch_size.clone(),
        );
        registry.register(
            "sign_queue_depth",
            "Signatures waiting for the sign writer",
            sign.queue_depth.clone(),
        );
        registry.register(
            "email_outbox_pending",
            "Messages waiting to be sent (parked ones aside)",
            snapshot.outbox_pending.clone(),
        );
        registry.register_with_unit(
            "email_outbox_oldest_pending_age",
            "Age of the oldest message waiting to be sent (0 when none)",
            Unit::Seconds,
            snapshot.outbox_oldest_age.clone(),
        );
        registry.register(
            "email_outbox_failing",
            "Messages waiting to be sent whose last attempt failed",
            snapshot.outbox_failing.clone(),
        );
        registry.register(
            "email_outbox_parked",
            "Messages that can never be sent (an address that does not parse)",
            snapshot.outbox_parked.clone(),
        );
        registry.register(
            "db_pool_connections",
            "Database connections of this instance, in use or idle",
            snapshot.pool.clone(),
        );
        registry.register(
            "db_pool_max_connections",
            "Most database connections this instance opens",
            snapshot.pool_max.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            sign,
            snapshot,
        }
    }

    fn observe_request(&self, method: &Method, route: String, status: u16, took: Duration) {
        let method = method_label(method);
        self.latency
            .get_or_create(&RouteLabels {
                method,
                route: route.clone(),
            })
            .observe(took.as_secs_f64());
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route,
                status,
            })
            .inc();
    }

    /// The registry in the Prometheus text format (0.0.4).
    pub fn encode(&self) -> Result<String, std::fmt::Error> {
        let mut out = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// Known methods by name; anything else is one label value, so that
/// made-up methods cannot grow the label set without bound.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Counts and times every request (install with
/// `actix_web::middleware::from_fn`, outside the error pages so that the
/// final status is seen).
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let method = req.method().clone();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_string());
    let start = Instant::now();
    let res = next.call(req).await;
    if let Some(metrics) = metrics {
        let status = match &res {
            Ok(r) => r.status(),
            Err(e) => e.as_response_error().status_code(),
        };
        metrics.observe_request(&method, route, status.as_u16(), start.elapsed());
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_prometheus_text_format() {
        let m = Metrics::new();
        m.sign.written.inc_by(3);
        m.sign.batch_size.observe(3.0);
        m.observe_request(
            &Method::GET,
            "/s/{slug}".into(),
            200,
            Duration::from_millis(3),
        );
        m.observe_request(
            &Method::from_bytes(b"BREW").unwrap(),
            "unmatched".into(),
            405,
            Duration::ZERO,
        );
        let text = m.encode().unwrap();
        assert!(
            text.contains("undersigned_signatures_written_total 3\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "undersigned_http_requests_total{method=\"GET\",route=\"/s/{slug}\",status=\"200\"} 1\n"
            ),
            "{text}"
        );
        assert!(text.contains("method=\"other\""), "{text}");
        assert!(text.contains("undersigned_http_request_duration_seconds_bucket"));
        assert!(!text.contains("# EOF"), "0.0.4 text, not OpenMetrics");
    }
}
