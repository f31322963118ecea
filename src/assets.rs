//! Static files compiled into the binary, served under a content hash so
//! browsers may cache them for a year.

use std::sync::OnceLock;

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Static;

/// A short hash of all static files together; changes with any of them.
fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        let mut names: Vec<_> = Static::iter().collect();
        names.sort();
        for name in names {
            if let Some(file) = Static::get(&name) {
                hasher.update(name.as_bytes());
                hasher.update(file.metadata.sha256_hash());
            }
        }
        hex::encode(&hasher.finalize()[..6])
    })
}

/// The URL of a static file.
pub fn url(name: &str) -> String {
    format!("/static/{}/{}", version(), name)
}

/// `GET /static/{version}/{name}`.
pub async fn serve(path: web::Path<(String, String)>) -> HttpResponse {
    let (requested_version, name) = path.into_inner();
    let Some(file) = Static::get(&name) else {
        return HttpResponse::NotFound().finish();
    };
    let cache = if requested_version == version() {
        "public, max-age=31536000, immutable"
    } else {
        // An old page asking for an old version gets today's file, briefly cached.
        "public, max-age=300"
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.metadata.mimetype()))
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((
            header::ETAG,
            format!("\"{}\"", hex::encode(file.metadata.sha256_hash())),
        ))
        .body(file.data.into_owned())
}
