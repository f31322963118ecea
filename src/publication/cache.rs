//! Published pages served from memory: a page is rendered once per
//! version (its ETag) and language, kept with gzip and brotli copies, and
//! answered
//! with `ETag`/`Last-Modified` and `304` when the client has it.

use actix_web::http::header::{self, HttpDate};
use actix_web::{HttpRequest, HttpResponse};

use crate::error::AppError;

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
    /// And compressed with brotli, smaller still.
    pub brotli: Option<actix_web::web::Bytes>,
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

    /// The page for this version, rendered by `render` if it is not kept
    /// yet (then kept, with its gzipped copy).
    pub async fn get_or_render(
        &self,
        key: String,
        etag: String,
        modified: HttpDate,
        render: impl std::future::Future<Output = Result<HttpResponse, AppError>>,
    ) -> Result<CachedPage, AppError> {
        if let Some(page) = self.get(&key, &etag) {
            return Ok(page);
        }
        let res = render.await?;
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .map_err(|_| AppError::internal("page body"))?;
        self.put(key.clone(), etag.clone(), modified, body);
        self.get(&key, &etag)
            .ok_or_else(|| AppError::internal("page cache"))
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
        let brotli = brotli(&body);
        if let Ok(mut pages) = self.pages.lock() {
            // Bounded: keys (statement, version, interface language) come
            // from requests. Full, the page checked longest ago goes.
            if pages.len() >= 1_000 && !pages.contains_key(&key) {
                let oldest = pages
                    .iter()
                    .min_by_key(|(_, p)| p.checked)
                    .map(|(k, _)| k.clone());
                if let Some(k) = oldest {
                    pages.remove(&k);
                }
            }
            let checked = std::time::Instant::now();
            pages.insert(
                key,
                CachedPage {
                    etag,
                    modified,
                    body,
                    gzip,
                    brotli,
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

/// Brotli at quality 9: a few milliseconds once per version, and close
/// to the best ratio (11 costs ten times as much for a few percent).
fn brotli(body: &[u8]) -> Option<actix_web::web::Bytes> {
    let mut out = Vec::with_capacity(body.len() / 5);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok()?;
    Some(actix_web::web::Bytes::from(out))
}

/// Whether the client already has this version (`If-None-Match`). The
/// comparison is weak, as for every GET: a compressing proxy may have
/// marked the tag `W/`.
pub fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    use actix_web::http::header::{EntityTag, Header, IfNoneMatch};
    let Ok(ours) = etag.parse::<EntityTag>() else {
        return false;
    };
    match IfNoneMatch::parse(req) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&ours)),
        Err(_) => false,
    }
}

/// The content coding to answer with: brotli, else gzip, when the client
/// accepts it (`q=0` refuses), else none.
pub fn preferred_encoding(req: &HttpRequest, brotli: bool, gzip: bool) -> Option<&'static str> {
    use actix_web::http::header::{AcceptEncoding, Encoding, Header, Preference};
    let accepted = AcceptEncoding::parse(req).ok()?;
    let accepts = |name: &str| {
        accepted.iter().any(|item| {
            item.quality > actix_web::http::header::Quality::ZERO
                && matches!(&item.item, Preference::Specific(Encoding::Known(e)) if e.as_str() == name)
        })
    };
    if brotli && accepts("br") {
        Some("br")
    } else if gzip && accepts("gzip") {
        Some("gzip")
    } else {
        None
    }
}

/// A page from the cache: 304 when the client has it, compressed when it
/// accepts that.
pub fn respond(req: &HttpRequest, page: CachedPage) -> HttpResponse {
    if not_modified(req, &page.etag) {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, page.etag))
            .insert_header((header::LAST_MODIFIED, page.modified))
            .finish();
    }
    let mut res = HttpResponse::Ok();
    res.content_type("text/html; charset=utf-8")
        .insert_header((header::ETAG, page.etag))
        .insert_header((header::LAST_MODIFIED, page.modified))
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .insert_header((header::VARY, "Accept-Encoding, Accept-Language"));
    // Compressed once when cached, not once per request.
    match (
        preferred_encoding(req, page.brotli.is_some(), page.gzip.is_some()),
        page.brotli,
        page.gzip,
    ) {
        (Some("br"), Some(br), _) => res.insert_header((header::CONTENT_ENCODING, "br")).body(br),
        (Some("gzip"), _, Some(gz)) => res
            .insert_header((header::CONTENT_ENCODING, "gzip"))
            .body(gz),
        _ => res.body(page.body),
    }
}
