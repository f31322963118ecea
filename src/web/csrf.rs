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
/// The interface language someone chose with the language switcher.
pub const LANG_COOKIE: &str = "us_lang";

/// A cookie's name as this site sets it: over https with the `__Host-`
/// prefix, which browsers only accept from a secure origin for the whole
/// host (no `Domain`), so neither a subdomain nor a plain-http page can
/// plant or overwrite it.
pub fn cookie_name(base: &'static str, https: bool) -> &'static str {
    match (base, https) {
        (CSRF_COOKIE, true) => "__Host-us_csrf",
        (SESSION_COOKIE, true) => "__Host-us_session",
        (LANG_COOKIE, true) => "__Host-us_lang",
        _ => base,
    }
}
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

/// Whether the request's media type is `mime` (compared as the framework
/// does, whatever the case).
fn content_type_is(req: &ServiceRequest, mime: &str) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(mime))
}

/// Whether the browser's own headers allow this unsafe request: not
/// `Sec-Fetch-Site: cross-site`, and an `Origin`, when there is one, of
/// this site (its `PUBLIC_URL` or the host it was asked for). `Origin:
/// null` passes: browsers send it from pages with `no-referrer`, such as
/// the emailed-link pages; the token still has to match.
fn same_origin(req: &ServiceRequest, state: &AppState) -> bool {
    let headers = req.headers();
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if text("sec-fetch-site").is_some_and(|v| v.eq_ignore_ascii_case("cross-site")) {
        return false;
    }
    let Some(origin) = text("origin") else {
        return true;
    };
    if origin == "null" {
        return true;
    }
    let public = state.settings.public_url();
    let public_origin = url::Url::parse(&public)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or(public);
    let info = req.connection_info();
    let asked = format!("{}://{}", info.scheme(), info.host());
    origin.eq_ignore_ascii_case(&public_origin) || origin.eq_ignore_ascii_case(&asked)
}

/// The middleware (install with `actix_web::middleware::from_fn`).
pub async fn protect(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Err(actix_web::error::ErrorInternalServerError("state missing"));
    };
    let https = state.settings.is_https();
    let existing = req
        .cookie(cookie_name(CSRF_COOKIE, https))
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32);
    let session = req
        .cookie(cookie_name(SESSION_COOKIE, https))
        .map(|c| c.value().to_string());

    // A path nothing answers is refused by the router, unread: no one
    // holds a connection open with a body for a page that does not exist.
    // The router matches the decoded path (`/%73/…` is `/s/…`): so must this.
    // Only a POST to a path that takes one is read: a wrong method gets
    // its 405 unread too.
    let routed = *req.method() == Method::POST
        && req
            .request()
            .resource_map()
            .match_pattern(req.match_info().as_str())
            .is_some_and(|pattern| super::TAKES_POST.contains(&pattern.as_str()));
    if is_unsafe(req.method()) && routed {
        let client = crate::web::ratelimit::client_key(req.request(), &state.settings);
        let bytes = match super::body::read(&mut req, super::BODY_LIMIT, client).await {
            Ok(b) => b,
            Err(status) => {
                let mut res = error_page(status, None);
                if status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::BAD_REQUEST {
                    // The client is slow or gone: do not wait on the rest.
                    res.head_mut()
                        .set_connection_type(actix_web::http::ConnectionType::Close);
                }
                return Ok(req.into_response(res));
            }
        };
        let pairs = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes).ok();
        let is_form = content_type_is(&req, "application/x-www-form-urlencoded");
        if is_form
            && pairs.as_ref().is_some_and(|pairs| {
                pairs
                    .iter()
                    .any(|(k, v)| super::edge::has_forbidden(k) || super::edge::has_forbidden(v))
            })
        {
            let res = super::edge::refused(req.path());
            return Ok(req.into_response(res));
        }
        let from_form =
            pairs.and_then(|pairs| pairs.into_iter().find(|(k, _)| k == FIELD).map(|(_, v)| v));
        // File uploads (multipart) carry the token in the form's action URL.
        // Only a multipart upload (the CSV import) may carry its token in
        // the address: it has no form fields to read before the file.
        let multipart = content_type_is(&req, "multipart/form-data");
        let from_query = || {
            if !multipart {
                return None;
            }
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
        // A second layer: what the browser says of where the form was.
        let refusal = if !same_origin(&req, &state) {
            Some("cross-site request")
        } else if !valid {
            Some("missing or invalid CSRF token")
        } else {
            None
        };
        if let Some(reason) = refusal {
            tracing::info!(reason, "request refused");
            let res = if req.path().starts_with("/api/") {
                json_error(StatusCode::FORBIDDEN, Some(reason.into()))
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
        let cookie = Cookie::build(
            cookie_name(CSRF_COOKIE, https),
            cookie.get_or_init(random_token).clone(),
        )
        .path("/")
        .http_only(true)
        .secure(https)
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
