//! The coalition's logo and accent colour, served under a version that
//! changes with them, so that browsers may keep them for a year.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use crate::state::AppState;

const YEAR: &str = "public, max-age=31536000, immutable";

/// What the templates show of the brand: the app's, or a default one
/// where no app is at hand.
pub fn site(req: &HttpRequest) -> serde_json::Value {
    req.app_data::<web::Data<AppState>>()
        .map(|state| state.brand.view())
        .unwrap_or_else(|| crate::state::Brand::default().view())
}

/// `GET /brand/{version}/logo`.
pub async fn logo(state: web::Data<AppState>) -> HttpResponse {
    match &state.brand.logo {
        Some(logo) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, logo.content_type))
            .insert_header((header::CACHE_CONTROL, YEAR))
            .body(logo.bytes.clone()),
        None => HttpResponse::NotFound().finish(),
    }
}

/// `GET /brand/{version}/brand.css`: the accent colour over the defaults.
pub async fn css(state: web::Data<AppState>) -> HttpResponse {
    match &state.brand.accent {
        Some(accent) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, "text/css; charset=utf-8"))
            .insert_header((header::CACHE_CONTROL, YEAR))
            .body(format!(":root {{ --accent: {accent}; }}\n")),
        None => HttpResponse::NotFound().finish(),
    }
}
