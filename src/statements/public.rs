//! Public pages: the index of statements and a statement's own page.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use crate::db::now;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::page::Page;

use super::view::{statement_view, StatementView};
use super::{queries, Statement, Status};

pub async fn index(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req);
    let list = state.db(|conn| Ok(queries::list_public(conn)?)).await?;
    let t = now();
    let (open, done): (Vec<StatementView>, Vec<StatementView>) = {
        let views: Vec<(Status, StatementView)> = list
            .iter()
            .map(|s| (s.status_at(t), statement_view(s, page.lang(), t)))
            .collect();
        let open = views
            .iter()
            .filter(|(st, _)| *st == Status::Open)
            .map(|(_, v)| v.clone())
            .collect();
        let done = views
            .into_iter()
            .filter(|(st, _)| *st != Status::Open)
            .map(|(_, v)| v)
            .collect();
        (open, done)
    };
    page.render("home", json!({"open": open, "others": done}))
}

/// Loads a statement the public may see; drafts and unknown slugs are 404.
pub async fn load_public(state: &AppState, slug: String) -> Result<Statement, AppError> {
    let s = state
        .db(move |conn| Ok(queries::find_by_slug(conn, &slug)?))
        .await?
        .ok_or(AppError::NotFound)?;
    if s.is_public(now()) {
        Ok(s)
    } else {
        Err(AppError::NotFound)
    }
}

/// A public statement as one reader reads it: the version of their
/// language (or the original), framed in the interface language that fits.
pub struct Reading {
    pub original: Statement,
    /// The statement in the chosen version.
    pub read: Statement,
    pub versions: Vec<super::versions::Version>,
    /// Every language it can be read in, the original first.
    pub languages: Vec<String>,
    pub chosen: String,
    pub interface: &'static str,
}

impl Reading {
    /// Loads `slug` for the reader of `req`; a published statement's page
    /// is shared through caches, so the language cookie does not count.
    pub async fn load(
        state: &AppState,
        req: &HttpRequest,
        slug: String,
    ) -> Result<Reading, AppError> {
        let original = load_public(state, slug).await?;
        let id = original.id.clone();
        let versions = state
            .db(move |conn| Ok(super::versions::list(conn, &id)?))
            .await?;
        let languages = super::versions::languages(&original, &versions);
        let shared = original.is_published(now());
        let (chosen, interface) = choose(req, &languages, shared);
        let read = versions
            .iter()
            .find(|v| v.language == chosen)
            .map(|v| original.in_version(v))
            .unwrap_or_else(|| original.clone());
        Ok(Reading {
            original,
            read,
            versions,
            languages,
            chosen: chosen.to_string(),
            interface,
        })
    }

    /// Whether the page may be shared through caches.
    pub fn shared(&self) -> bool {
        self.original.is_published(now())
    }

    /// The page to render it with.
    pub fn page(&self, req: &HttpRequest) -> Page {
        let page = if self.shared() {
            Page::shared(req)
        } else {
            Page::new(req).without_notice()
        };
        page.in_language(self.interface)
    }

    /// The key of its page in the caches: statement, version, interface.
    pub fn key(&self) -> String {
        format!("{}|{}|{}", self.original.slug, self.chosen, self.interface)
    }

    /// Whether the version read was added after signing opened (so it is
    /// a translation of what people signed).
    pub fn is_translation(&self) -> bool {
        self.versions
            .iter()
            .any(|v| v.language == self.chosen && v.added_after_opening)
    }

    /// The address of `path` (`/s/{slug}`, `…/print`) in version `code`.
    pub fn href(&self, path: &str, code: &str) -> String {
        if self.languages.len() < 2 {
            return path.to_string();
        }
        format!("{path}?lang={code}")
    }

    /// The versions for the page: each with its name in its own language,
    /// its address, and whether it is the one read or the original.
    pub fn links(&self, path: &str) -> serde_json::Value {
        if self.languages.len() < 2 {
            return json!([]);
        }
        let links: Vec<serde_json::Value> = self
            .languages
            .iter()
            .enumerate()
            .map(|(i, code)| {
                json!({
                    "code": code,
                    "name": super::form::language_name(code),
                    "dir": crate::i18n::direction(code),
                    "href": self.href(path, code),
                    "current": *code == self.chosen,
                    "original": i == 0,
                })
            })
            .collect();
        json!(links)
    }
}

/// The version and interface language for `req` among `languages`.
pub fn choose(req: &HttpRequest, languages: &[String], shared: bool) -> (String, &'static str) {
    let wanted = crate::web::page::preferred_languages(req, shared);
    let (chosen, interface) = super::versions::choose(languages, &wanted);
    (chosen.to_string(), interface)
}
