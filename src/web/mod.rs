//! HTTP plumbing: routes, middleware, pages shared by every feature.

pub mod body;
pub mod brand;
pub mod changes;
pub mod csrf;
pub mod edge;
pub mod form;
pub mod head;
pub mod logging;
pub mod page;
pub mod ratelimit;

use actix_web::dev::ServiceResponse;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{DefaultHeaders, ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use crate::error::{error_page, error_page_in, json_error, AppError, ErrorPageOf};
use crate::state::AppState;

/// The paths that take a POST: only their bodies are read before routing
/// (any other method or path gets its 404 or 405 unread). Kept in step
/// with `routes::configure` by a test.
pub const TAKES_POST: &[&str] = &[
    "/s/{slug}/sign",
    "/confirm/{token}",
    "/manage/{token}",
    "/manage/{token}/withdraw",
    "/manage/{token}/erase",
    "/admin/login",
    "/admin/logout",
    "/admin/setup/{token}",
    "/admin/invite/{token}",
    "/admin/users/invite",
    "/admin/users/invitations/{id}/revoke",
    "/admin/users/{id}/{action}",
    "/admin/account",
    "/admin/statements/new",
    "/admin/statements/{slug}/edit",
    "/admin/statements/{slug}/versions/{code}",
    "/admin/statements/{slug}/versions/{code}/delete",
    "/admin/statements/{slug}/amend",
    "/admin/statements/{slug}/signatures/bulk",
    "/admin/statements/{slug}/duplicates/merge",
    "/admin/statements/{slug}/import",
    "/admin/statements/{slug}/import/preview",
    "/admin/statements/{slug}/circulation/preview",
    "/admin/statements/{slug}/circulation/send",
    "/admin/statements/{slug}/addressees",
    "/admin/statements/{slug}/mailings/{id}/again",
    "/admin/signers",
    "/admin/signers/export",
    "/admin/signers/erase",
    "/admin/teams",
    "/admin/teams/{id}",
    "/admin/teams/{id}/members",
    "/admin/teams/{id}/members/{user}/remove",
    "/admin/signatures/{id}/{action}",
    "/admin/statements/{slug}/{action}",
];

/// Largest form or JSON body accepted. A sign-on is a few kilobytes, but a
/// statement's text in Chinese or Arabic takes up to 9 bytes a character
/// once form-encoded.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// Body size limits and how a refused form body is answered.
pub fn body_limits(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::FormConfig::default()
            .limit(BODY_LIMIT)
            .error_handler(|err, _req| {
                let status = actix_web::ResponseError::status_code(&err);
                if status == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE {
                    actix_web::error::InternalError::from_response(err, error_page(status, None))
                        .into()
                } else {
                    AppError::BadRequest(err.to_string()).into()
                }
            }),
    )
    .app_data(web::JsonConfig::default().limit(BODY_LIMIT))
    .app_data(web::PayloadConfig::default().limit(BODY_LIMIT));
}

/// Security headers on every response (docs/SPEC.md §9).
pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        // Served over https: browsers are told to never try plain http
        // again (a year; subdomains are the operator's to decide).
        DefaultHeaders::new().add((header::STRICT_TRANSPORT_SECURITY, "max-age=31536000"))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
}

/// Turns the framework's own bare error responses (405, 413 …) into pages.
pub fn error_pages<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new()
        .default_handler_client(render_bare_error)
        .default_handler_server(render_bare_error)
}

fn render_bare_error<B: 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let ours = res.response().extensions().get::<ErrorPageOf>().cloned();
    // Responses that already carry a body of ours keep it, in the
    // reader's language when it is an error page.
    if res.headers().contains_key(header::CONTENT_TYPE) && ours.is_none() {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let kept: Vec<_> = [
        header::ALLOW,
        header::RETRY_AFTER,
        header::CONNECTION,
        header::SET_COOKIE,
    ]
    .iter()
    .flat_map(|name| {
        res.headers()
            .get_all(name)
            .map(|v| (name.clone(), v.clone()))
            .collect::<Vec<_>>()
    })
    .collect();
    let close = res.response().head().connection_type() == actix_web::http::ConnectionType::Close;
    let (req, _) = res.into_parts();
    let lang = page::Page::new(&req).lang();
    let mut page = if req.path().starts_with("/api/") {
        json_error(status, None)
    } else {
        let message = ours.and_then(|o| o.message);
        error_page_in(status, message, lang, brand::site(&req))
    };
    // A 405 says which methods would do (RFC 9110 §15.5.6); a 503 when
    // to come back.
    for (name, value) in kept {
        page.headers_mut().append(name, value);
    }
    if close {
        page.head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, page).map_into_right_body(),
    ))
}

pub async fn not_found(req: HttpRequest) -> HttpResponse {
    if req.path().starts_with("/api/") {
        json_error(actix_web::http::StatusCode::NOT_FOUND, None)
    } else {
        error_page(actix_web::http::StatusCode::NOT_FOUND, None)
    }
}

/// `GET /healthz`: 200 when the database answers a query, else 503.
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.backend;
    let result = state
        .db(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SELECT 1 FROM settings LIMIT 1")
                .map_err(AppError::from)
        })
        .await;
    // Reading proves little about writing: a full disk still reads.
    let data_dir = state.settings.data_dir.clone();
    let free = web::block(move || fs4::available_space(&data_dir)).await;
    let min_free = state.settings.min_free_mib.saturating_mul(1024 * 1024);
    let disk_full = matches!(free, Ok(Ok(bytes)) if bytes < min_free);
    let mut res = match result {
        Ok(()) if disk_full => {
            tracing::warn!("health check failed: the data folder is almost full");
            HttpResponse::ServiceUnavailable()
                .json(json!({"status": "unavailable", "database": backend, "reason": "disk full"}))
        }
        Ok(()) => HttpResponse::Ok().json(json!({"status": "ok", "database": backend})),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .json(json!({"status": "unavailable", "database": backend}))
        }
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// `GET /source`: the licence, and where the source code of this site is
/// (the AGPL asks that its users can have it).
pub async fn source_page(req: HttpRequest) -> Result<HttpResponse, AppError> {
    page::Page::new(&req).render("source", json!({"version": env!("CARGO_PKG_VERSION")}))
}
