//! Structured logs, on standard error (standard output is left to command
//! results). Request spans name the route pattern, never the raw
//! path (emailed links carry tokens) nor the client address (docs/SPEC.md §7).

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::{Level, Metadata, Span};
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::prelude::*;
use tracing_subscriber::EnvFilter;

/// The filter when `RUST_LOG` is not set.
pub const DEFAULT_FILTER: &str = "info,actix_server=warn";

/// Crates whose `debug` and `trace` output can carry what a signer typed:
/// Handlebars prints the data of every template it renders (email
/// addresses, contact names, messages), html5ever every token of the HTML
/// it parses, actix-web and actix-http parts of requests (form errors,
/// headers), lettre, hyper, h2 and rustls what goes over the wire. Above
/// `info` they stay silent whatever `RUST_LOG` asks, even `trace` or
/// `handlebars=trace`. (Diesel and libpq log no SQL.)
pub const CAPPED: [&str; 10] = [
    "handlebars",
    "html5ever",
    "markup5ever",
    "ammonia",
    "actix_http",
    "actix_web",
    "lettre",
    "hyper",
    "h2",
    "rustls",
];

/// Whether a span or event may be logged at all (see [`CAPPED`]).
pub fn allowed(meta: &Metadata<'_>) -> bool {
    if *meta.level() <= Level::INFO {
        return true;
    }
    let target = meta.target();
    !CAPPED.iter().any(|c| {
        target
            .strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
    })
}

/// Installs the global subscriber: `json` or human-readable `text`.
pub fn init(format: &str) {
    use std::io::IsTerminal;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let layer = tracing_subscriber::fmt::layer()
        .with_span_events(FmtSpan::CLOSE)
        .with_target(false)
        // Colour codes only for a person at a terminal, not in files or journals.
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        // A log that cannot be written (a full disk) is lost, and the
        // server goes on: the default reports it with eprintln!, which
        // panics when standard error itself is what failed.
        .log_internal_errors(false);
    let registry = tracing_subscriber::registry()
        .with(filter)
        .with(filter_fn(allowed));
    let result = if format.eq_ignore_ascii_case("json") {
        registry.with(layer.json().flatten_event(true)).try_init()
    } else {
        registry.with(layer.compact()).try_init()
    };
    // A second init (tests) keeps the first subscriber.
    let _ = result;
}

/// Root span of every request.
pub struct PrivateRootSpan;

impl RootSpanBuilder for PrivateRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request
            .match_pattern()
            .unwrap_or_else(|| "unmatched".to_string());
        tracing::info_span!(
            "request",
            method = %request.method(),
            route = %route,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing::callsite::Identifier;
    use tracing::field::FieldSet;
    use tracing::metadata::Kind;

    struct Site;
    impl tracing::Callsite for Site {
        fn set_interest(&self, _: tracing::subscriber::Interest) {}
        fn metadata(&self) -> &Metadata<'_> {
            unreachable!()
        }
    }
    static SITE: Site = Site;

    fn meta(target: &'static str, level: Level) -> Metadata<'static> {
        Metadata::new(
            "test",
            target,
            level,
            None,
            None,
            None,
            FieldSet::new(&[], Identifier(&SITE)),
            Kind::EVENT,
        )
    }

    #[test]
    fn chatty_crates_are_capped_at_info() {
        for target in [
            "handlebars::render",
            "handlebars",
            "html5ever::tokenizer",
            "actix_http::h1",
        ] {
            assert!(!allowed(&meta(target, Level::DEBUG)), "{target}");
            assert!(!allowed(&meta(target, Level::TRACE)), "{target}");
            assert!(allowed(&meta(target, Level::WARN)), "{target}");
        }
        assert!(allowed(&meta("undersigned::signing", Level::TRACE)));
        assert!(allowed(&meta("handlebars_extra", Level::DEBUG)));
    }
}
