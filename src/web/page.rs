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
    /// The masked form token, made when a page first asks for it.
    csrf: std::cell::OnceCell<String>,
    user: Value,
    notice: Option<String>,
}

impl Page {
    pub fn new(req: &HttpRequest) -> Page {
        let lang = i18n::negotiate(
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        );
        let notice = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
            .ok()
            .and_then(|q| q.into_iter().find(|(k, _)| k == "done").map(|(_, v)| v))
            .filter(|v| NOTICES.contains(&v.as_str()))
            .map(|v| i18n::t(lang, &format!("notice-{v}")));
        Page {
            req: req.clone(),
            lang,
            csrf: std::cell::OnceCell::new(),
            user: Value::Null,
            notice,
        }
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
        let csrf = self.csrf_token();
        map.insert("csrf_token".into(), json!(csrf));
        map.insert("user".into(), self.user.clone());
        map.insert("source_url".into(), json!(source_url(&self.req)));
        map.entry("notice").or_insert(json!(self.notice));
        let body = templates::render(template, &Value::Object(map))?;
        let mut res = HttpResponse::build(status);
        res.content_type("text/html; charset=utf-8");
        let has_token = !csrf.is_empty() && body.contains(csrf);
        if has_token {
            self.req.extensions_mut().insert(CsrfUsed);
        }
        if !self.user.is_null() || has_token {
            // Workspace pages hold private data, and a page with a form
            // holds this browser's token: never cache or share them.
            res.insert_header((header::CACHE_CONTROL, "private, no-store"));
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
