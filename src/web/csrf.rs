//! CSRF protection for every state-changing request, in one middleware.
//!
//! Each browser gets a random `us_csrf` cookie. Forms carry
//! `csrf_token = HMAC(secret, cookie | session cookie)`, so a token is
//! worthless in another browser or another session, and checking it needs
//! no database. Unsafe methods without a valid token get 403 before any
//! handler runs. Each page gets the token masked with a fresh random pad,
//! so compressed responses never repeat it (BREACH).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use std::future::{ready, Ready};
use std::sync::{Arc, OnceLock};

use crate::error::{error_page, json_error};
use crate::secrets::random_token;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "us_csrf";
pub const SESSION_COOKIE: &str = "us_session";
pub const FIELD: &str = "csrf_token";
const PURPOSE: &str = "csrf";

/// Marks a response whose page carries the token: only then does a new
/// browser get the cookie (published pages stay cookie-free and cacheable).
#[derive(Clone, Copy, Debug)]
pub struct CsrfUsed;

/// The token of this request (unmasked; see [`CsrfToken::masked`]). It is
/// computed on first use: pages without a form (a published page served
/// from memory) cost no HMAC and no random bytes.
#[derive(Clone)]
pub struct CsrfToken {
    keys: crate::secrets::Keys,
    /// The browser's cookie, or the one it will get (drawn on first use).
    cookie: Arc<OnceLock<String>>,
    session: Option<String>,
    raw: OnceLock<Vec<u8>>,
}

impl CsrfToken {
    fn raw(&self) -> &[u8] {
        self.raw.get_or_init(|| {
            let cookie = self.cookie.get_or_init(random_token);
            self.keys
                .keyed_hash_bytes(PURPOSE, &material(cookie, self.session.as_deref()))
        })
    }

    /// The token to put in a form: `pad || token XOR pad`, URL-safe.
    pub fn masked(&self) -> String {
        use argon2::password_hash::rand_core::{OsRng, RngCore};
        use base64::Engine;
        let raw = self.raw();
        let mut pad = vec![0u8; raw.len()];
        OsRng.fill_bytes(&mut pad);
        let mut out = pad.clone();
        out.extend(raw.iter().zip(&pad).map(|(t, p)| t ^ p));
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(out)
    }
}

/// The token inside a masked one.
fn unmask(masked: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(masked.trim())
        .ok()?;
    if bytes.is_empty() || bytes.len() % 2 != 0 {
        return None;
    }
    let (pad, hidden) = bytes.split_at(bytes.len() / 2);
    Some(hidden.iter().zip(pad).map(|(h, p)| h ^ p).collect())
}

impl FromRequest for CsrfToken {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = req.extensions().get::<CsrfToken>().cloned();
        ready(
            token.ok_or_else(|| {
                actix_web::error::ErrorInternalServerError("csrf middleware missing")
            }),
        )
    }
}

fn material(csrf_cookie: &str, session_cookie: Option<&str>) -> String {
    format!("{csrf_cookie}|{}", session_cookie.unwrap_or(""))
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The middleware (install with `actix_web::middleware::from_fn`).
pub async fn protect(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Err(actix_web::error::ErrorInternalServerError("state missing"));
    };
    let existing = req
        .cookie(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32);
    let session = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());

    if is_unsafe(req.method()) {
        let bytes = match req.extract::<web::Bytes>().await {
            Ok(b) => b,
            Err(e) => {
                let status = e.as_response_error().status_code();
                return Ok(req.into_response(error_page(status, None)));
            }
        };
        let from_form = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == FIELD).map(|(_, v)| v));
        // File uploads (multipart) carry the token in the form's action URL.
        let from_query = || {
            serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
                .ok()
                .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == FIELD).map(|(_, v)| v))
        };
        let submitted = from_form.or_else(from_query).or_else(|| {
            req.headers()
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        });
        let valid = match (&existing, submitted) {
            (Some(cookie), Some(token)) => unmask(&token).is_some_and(|raw| {
                state.keys.verify_keyed_hash_bytes(
                    PURPOSE,
                    &material(cookie, session.as_deref()),
                    &raw,
                )
            }),
            _ => false,
        };
        if !valid {
            tracing::info!("request refused: missing or invalid CSRF token");
            let res = if req.path().starts_with("/api/") {
                json_error(
                    StatusCode::FORBIDDEN,
                    Some("missing or invalid CSRF token".into()),
                )
            } else {
                error_page(
                    StatusCode::FORBIDDEN,
                    Some(crate::i18n::t("en", "csrf-failed")),
                )
            };
            return Ok(req.into_response(res));
        }
        // Hand the body on to the handler.
        req.set_payload(Payload::from(bytes));
    }

    // A browser without the cookie gets one only with a page that uses
    // the token; until then none is drawn.
    let cookie = Arc::new(existing.clone().map(OnceLock::from).unwrap_or_default());
    req.extensions_mut().insert(CsrfToken {
        keys: state.keys.clone(),
        cookie: cookie.clone(),
        session,
        raw: OnceLock::new(),
    });

    let mut res = next.call(req).await?.map_into_boxed_body();
    let used = res.request().extensions().contains::<CsrfUsed>();
    if existing.is_none() && used {
        let cookie = Cookie::build(CSRF_COOKIE, cookie.get_or_init(random_token).clone())
            .path("/")
            .http_only(true)
            .secure(state.settings.is_https())
            .same_site(SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
        // A page that sets a cookie must not be shared by caches.
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_hides_the_token_and_round_trips() {
        let t = CsrfToken {
            keys: crate::secrets::Keys::for_tests(),
            cookie: Arc::new(OnceLock::from("c".repeat(32))),
            session: None,
            raw: OnceLock::from(vec![7u8; 32]),
        };
        let (a, b) = (t.masked(), t.masked());
        assert_ne!(a, b, "every page gets a different rendering");
        assert_eq!(unmask(&a).unwrap(), vec![7u8; 32]);
        assert_eq!(unmask(&b).unwrap(), vec![7u8; 32]);
        assert!(unmask("!!!").is_none());
        assert!(unmask("").is_none());
    }
}
