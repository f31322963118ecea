//! One error type for the application, shown as an HTML page (or JSON
//! under `/api/`) with the right status and no internals.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde_json::{json, Value};

use crate::i18n::DEFAULT_LANG;
use crate::templates;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The thing existed and is gone for good (a closed statement's form).
    #[error("gone: {0}")]
    Gone(String),
    /// The action does not fit the current state (a refused transition).
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    #[error("too many requests: {0}")]
    TooManyRequests(String),
    /// The database could not be reached.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// Any unexpected failure; the detail goes to the log only.
    pub fn internal(e: impl std::fmt::Display) -> Self {
        AppError::Internal(e.to_string())
    }

    /// A database error that is not the request's fault: 503 when the
    /// database cannot serve now, else 500.
    pub fn database(e: &diesel::result::Error) -> Self {
        if crate::db::is_unavailable(e) {
            AppError::Unavailable(e.to_string())
        } else {
            AppError::Internal(e.to_string())
        }
    }

    /// Text shown to the user under the title, if any.
    fn public_message(&self) -> Option<String> {
        match self {
            AppError::BadRequest(m)
            | AppError::Gone(m)
            | AppError::Conflict(m)
            | AppError::Unprocessable(m)
            | AppError::TooManyRequests(m) => Some(m.clone()),
            _ => None,
        }
    }

    fn log(&self) {
        match self {
            AppError::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            AppError::Unavailable(detail) => {
                tracing::warn!(error = %detail, "database unavailable")
            }
            _ => {}
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::database(&other),
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(e.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<handlebars::RenderError> for AppError {
    fn from(e: handlebars::RenderError) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        self.log();
        let mut res = error_page(self.status_code(), self.public_message());
        if let AppError::Unavailable(_) = self {
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        }
        res
    }
}

/// What an error page said, kept on its response so that it can be shown
/// again in the reader's language (see `web::error_pages`).
#[derive(Clone, Debug)]
pub struct ErrorPageOf {
    pub status: StatusCode,
    pub message: Option<String>,
}

/// The HTML page for an error status (in the default language until the
/// error handlers show it in the reader's).
pub fn error_page(status: StatusCode, message: Option<String>) -> HttpResponse {
    // Re-rendered on its way out with the reader's language and the site
    // (`web::error_pages`); this is the page where that cannot happen.
    let site = json!({"name": crate::i18n::t(DEFAULT_LANG, "app-name")});
    let mut res = error_page_in(status, message.clone(), DEFAULT_LANG, site);
    res.extensions_mut().insert(ErrorPageOf { status, message });
    res
}

/// The HTML page for an error status in the interface language `lang`.
pub fn error_page_in(
    status: StatusCode,
    message: Option<String>,
    lang: &str,
    site: Value,
) -> HttpResponse {
    let code = status.as_u16();
    let data = json!({
        "lang": lang,
        "dir": crate::i18n::direction(lang),
        "switcher": [],
        "alternates": [],
        "status": code,
        "title_key": format!("error-{code}-title"),
        "text_key": match code { 403 | 404 | 413 | 500 | 503 => Some(format!("error-{code}-text")), _ => None },
        "message": message,
        "user": null,
        // No settings here: the footer links to /source, which knows them.
        "source_url": null,
        "site": site,
    });
    match templates::render("errors/error", &data) {
        Ok(body) => HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "error page template failed");
            HttpResponse::build(status)
                .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
                .body(status.canonical_reason().unwrap_or("Error").to_string())
        }
    }
}

/// The same errors as JSON, for `/api/`.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct ApiError(#[from] pub AppError);

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        self.0.log();
        json_error(self.status_code(), self.0.public_message())
    }
}

/// `{"error": {"status": 404, "message": "Not Found"}}`.
pub fn json_error(status: StatusCode, message: Option<String>) -> HttpResponse {
    let message =
        message.unwrap_or_else(|| status.canonical_reason().unwrap_or("Error").to_string());
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({"error": {"status": status.as_u16(), "message": message}}))
}
