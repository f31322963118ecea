//! Rendering a page: the template's data plus what every page needs
//! (language, CSRF token, the signed-in user, a notice after a redirect).

use actix_web::http::{header, StatusCode};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::error::AppError;

use super::csrf::{CsrfToken, CsrfUsed};
use super::form::FormErrors;
use crate::{i18n, templates};

/// Notices that may follow a redirect (`?done=…`), as translation keys.
const NOTICES: &[&str] = &[
    "saved",
    "created",
    "opened",
    "closed",
    "reopened",
    "published",
    "archived",
    "amended",
    "password-changed",
    "invited",
    "disabled",
    "enabled",
    "invitation-revoked",
    "mail-queued",
    "signed-in",
    "signed-out",
    "merged",
    "queued",
    "again",
];

/// Who is signed in, as the workspace navigation shows them.
#[derive(serde::Serialize)]
pub struct Viewer<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub is_admin: bool,
}

pub struct Page {
    req: HttpRequest,
    lang: &'static str,
    /// The language asked for in this request's address (`?lang=fr`).
    asked: Option<&'static str>,
    /// Whether this page may be shared through caches (then it never
    /// reads or sets the language cookie).
    shared: bool,
    /// The masked form token, made when a page first asks for it.
    csrf: std::cell::OnceCell<String>,
    user: Value,
    notice: Option<String>,
}

/// The interface language a request asks for in its address (`?lang=`).
pub fn asked_language(req: &HttpRequest) -> Option<&'static str> {
    query_value(req, "lang").and_then(|v| i18n::supported(&v))
}

/// The interface language remembered by the switcher's cookie.
pub fn remembered_language(req: &HttpRequest) -> Option<&'static str> {
    let https = req
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .is_some_and(|state| state.settings.is_https());
    req.cookie(super::csrf::cookie_name(super::csrf::LANG_COOKIE, https))
        .and_then(|c| i18n::supported(c.value()))
}

/// The languages a request prefers, most wanted first: the one in its
/// address, the one remembered (unless the page is shared through
/// caches), then its `Accept-Language`.
pub fn preferred_languages(req: &HttpRequest, shared: bool) -> Vec<i18n::LanguageIdentifier> {
    let mut out = Vec::new();
    let asked = query_value(req, "lang").and_then(|v| v.parse().ok());
    out.extend(asked);
    if !shared {
        out.extend(remembered_language(req).and_then(|l| l.parse().ok()));
    }
    out.extend(i18n::accepted(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    ));
    out
}

fn query_value(req: &HttpRequest, name: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

impl Page {
    /// A page for this visitor alone: the language from the address, the
    /// switcher's cookie or `Accept-Language`.
    pub fn new(req: &HttpRequest) -> Page {
        Self::build(req, false)
    }

    /// A page shared through caches: the language from the address or
    /// `Accept-Language` (both in the cache key), never a cookie.
    pub fn shared(req: &HttpRequest) -> Page {
        Self::build(req, true).without_notice()
    }

    fn build(req: &HttpRequest, shared: bool) -> Page {
        let asked = asked_language(req);
        let lang = i18n::best_of(&preferred_languages(req, shared), i18n::SUPPORTED)
            .unwrap_or(i18n::DEFAULT_LANG);
        let notice = query_value(req, "done")
            .filter(|v| NOTICES.contains(&v.as_str()))
            .map(|v| i18n::t(lang, &format!("notice-{v}")));
        Page {
            req: req.clone(),
            lang,
            asked,
            shared,
            csrf: std::cell::OnceCell::new(),
            user: Value::Null,
            notice,
        }
    }

    /// The same page in the interface language `lang` (a statement read
    /// in its French version is framed in French).
    pub fn in_language(mut self, lang: &'static str) -> Page {
        self.lang = lang;
        self
    }

    /// Remembers a language chosen with the switcher, on pages made for
    /// one visitor only.
    pub fn remember_language(&self, res: &mut actix_web::HttpResponseBuilder) {
        let Some(lang) = self.asked.filter(|_| !self.shared) else {
            return;
        };
        // Emailed links carry the signer's language: opening one leaves no
        // trace in the browser. The choice lasts the browser session only.
        let path = self.req.path();
        let private_link = path.starts_with("/confirm/") || path.starts_with("/manage/");
        if self.req.method() != actix_web::http::Method::GET || private_link {
            return;
        }
        let https = self
            .req
            .app_data::<actix_web::web::Data<crate::state::AppState>>()
            .is_some_and(|state| state.settings.is_https());
        let cookie = actix_web::cookie::Cookie::build(
            super::csrf::cookie_name(super::csrf::LANG_COOKIE, https),
            lang,
        )
        .path("/")
        .secure(https)
        .http_only(true)
        .same_site(actix_web::cookie::SameSite::Lax)
        .finish();
        res.cookie(cookie);
    }

    /// The language switcher: this address in each interface language.
    fn switcher(&self) -> Value {
        let target = if self.req.method() == actix_web::http::Method::GET {
            self.req.path().to_string()
        } else {
            // A form's answer: its address may take no GET.
            "/".to_string()
        };
        // The path and the language only: pages kept for everyone must
        // not carry what one visitor put in their address.
        let links: Vec<Value> = i18n::ENDONYMS
            .iter()
            .map(|(code, name)| {
                let query = serde_urlencoded::to_string([("lang", code)]).unwrap_or_default();
                json!({
                    "code": code,
                    "name": name,
                    "dir": i18n::direction(code),
                    "href": format!("{target}?{query}"),
                    "current": *code == self.lang,
                })
            })
            .collect();
        json!(links)
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// This request's (masked) form token.
    pub fn csrf_token(&self) -> &str {
        self.csrf.get_or_init(|| {
            self.req
                .extensions()
                .get::<CsrfToken>()
                .map(CsrfToken::masked)
                .unwrap_or_default()
        })
    }

    /// The same page with `token` where the form token goes (pages kept in
    /// memory, which each request completes with its own).
    pub fn with_csrf_token(&self, token: &str) -> Page {
        Page {
            req: self.req.clone(),
            lang: self.lang,
            asked: self.asked,
            shared: self.shared,
            csrf: std::cell::OnceCell::from(token.to_string()),
            user: self.user.clone(),
            notice: self.notice.clone(),
        }
    }

    /// Leaves out the notice of `?done=…` (pages shared through a cache).
    pub fn without_notice(mut self) -> Self {
        self.notice = None;
        self
    }

    /// Shows the workspace navigation for this signed-in person.
    pub fn user(mut self, viewer: Viewer<'_>) -> Self {
        self.user = json!(viewer);
        self
    }

    /// A translated message in the page's language.
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    /// Re-shows a form (422) with a message beside each field in error and
    /// every value as typed (the template's data carries them).
    pub fn invalid(
        &self,
        template: &str,
        data: Value,
        errors: &FormErrors,
    ) -> Result<HttpResponse, AppError> {
        self.render_errors(StatusCode::UNPROCESSABLE_ENTITY, template, data, errors)
    }

    /// [`Page::invalid`] with another status (429, 410 …).
    pub fn render_errors(
        &self,
        status: StatusCode,
        template: &str,
        mut data: Value,
        errors: &FormErrors,
    ) -> Result<HttpResponse, AppError> {
        errors.merge_into(&mut data);
        self.render_status(status, template, data)
    }

    pub fn render(&self, template: &str, data: Value) -> Result<HttpResponse, AppError> {
        self.render_status(StatusCode::OK, template, data)
    }

    pub fn render_status(
        &self,
        status: StatusCode,
        template: &str,
        data: Value,
    ) -> Result<HttpResponse, AppError> {
        let mut map = match data {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        map.insert("lang".into(), json!(self.lang));
        map.insert("dir".into(), json!(i18n::direction(self.lang)));
        map.insert("switcher".into(), self.switcher());
        map.entry("alternates").or_insert(json!([]));
        let csrf = self.csrf_token();
        map.insert("csrf_token".into(), json!(csrf));
        map.insert("user".into(), self.user.clone());
        map.insert("source_url".into(), json!(source_url(&self.req)));
        map.insert("site".into(), super::brand::site(&self.req));
        map.entry("notice").or_insert(json!(self.notice));
        let body = templates::render(template, &Value::Object(map))?;
        let mut res = HttpResponse::build(status);
        res.content_type("text/html; charset=utf-8");
        self.remember_language(&mut res);
        let has_token = !csrf.is_empty() && body.contains(csrf);
        if has_token {
            self.req.extensions_mut().insert(CsrfUsed);
        }
        if !self.user.is_null() || has_token {
            // Workspace pages hold private data, and a page with a form
            // holds this browser's token: never cache or share them.
            res.insert_header((header::CACHE_CONTROL, "private, no-store"));
        } else if !self.shared {
            // Its language may come from this browser's cookie.
            res.insert_header((header::CACHE_CONTROL, "private"));
        }
        Ok(res.body(body))
    }
}

impl actix_web::FromRequest for Page {
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Page, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(Page::new(req)))
    }
}

/// Where the footer's source link points (`SOURCE_URL`), if set.
fn source_url(req: &HttpRequest) -> Option<String> {
    req.app_data::<actix_web::web::Data<crate::state::AppState>>()
        .and_then(|state| state.settings.source_url.clone())
}

/// `303 See Other` to a local path.
pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}
