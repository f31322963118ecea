//! The workspace for a statement's language versions: add, edit and
//! delete them. Once someone has signed, a version's text changes only as
//! an amendment (with a reason in the audit log), and none is deleted.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::accounts::session::AdminPage;
use crate::audit;
use crate::db::write_tx;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

use super::form::{collapse, language_name, LANGUAGES, MAX_BODY, MAX_NOTE, MAX_SUMMARY, MAX_TITLE};
use super::routes::StatementBySlug;
use super::versions::{self, VersionText};
use super::{Statement, Status};

/// A version's form as submitted: its text, and the reason for an
/// amendment.
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize)]
pub struct VersionForm {
    #[serde(flatten)]
    pub text: VersionText,
    #[serde(default)]
    pub reason: String,
}

/// `{code}` of the path, if a statement may have a version in it.
fn language_of(s: &Statement, code: &str) -> Result<&'static str, AppError> {
    LANGUAGES
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == code && *c != s.language)
        .ok_or(AppError::NotFound)
}

fn refuse_if_archived(s: &Statement, page: &Page) -> Result<(), AppError> {
    if s.status_at(crate::db::now()) == Status::Archived {
        return Err(AppError::Conflict(page.t("refused-version-archived")));
    }
    Ok(())
}

#[derive(Deserialize)]
pub struct Pick {
    #[serde(default)]
    version: String,
}

/// `GET /admin/statements/{slug}/versions?version=fr`: the overview's
/// "add a version" choice, to that version's form.
pub async fn pick(
    _: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    q: web::Query<Pick>,
) -> Result<HttpResponse, AppError> {
    let code = language_of(&s, &q.version)?;
    Ok(redirect(&format!(
        "/admin/statements/{}/versions/{code}",
        s.slug
    )))
}

fn render(
    page: &Page,
    s: &Statement,
    code: &str,
    values: &VersionForm,
    exists: bool,
    frozen: bool,
    errors: Option<&FormErrors>,
) -> Result<HttpResponse, AppError> {
    let data = json!({
        "slug": s.slug,
        "code": code,
        "language": language_name(code),
        "dir": crate::i18n::direction(code),
        "original": language_name(&s.language),
        "values": values,
        "exists": exists,
        "amendment": exists && frozen,
        "can_delete": exists && !frozen,
    });
    match errors {
        Some(e) => page.invalid("statements/version", data, e),
        None => page.render("statements/version", data),
    }
}

/// `GET /admin/statements/{slug}/versions/{code}`.
pub async fn form(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let code = language_of(&s, &path.1)?;
    let id = s.id.clone();
    let existing = state
        .db(move |conn| Ok(versions::list(conn, &id)?))
        .await?
        .into_iter()
        .find(|v| v.language == code);
    let values = VersionForm {
        text: existing
            .as_ref()
            .map(|v| VersionText {
                title: v.title.clone(),
                summary: v.summary.clone(),
                body: v.body.clone(),
                note: v.note.clone(),
            })
            .unwrap_or_default(),
        reason: String::new(),
    };
    render(&page, &s, code, &values, existing.is_some(), frozen, None)
}

/// `POST /admin/statements/{slug}/versions/{code}`.
pub async fn save(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
    path: web::Path<(String, String)>,
    form: web::Form<VersionForm>,
) -> Result<HttpResponse, AppError> {
    let code = language_of(&s, &path.1)?;
    refuse_if_archived(&s, &page)?;
    let mut values = form.into_inner();
    values.text.title = collapse(&values.text.title);
    let id = s.id.clone();
    let existing = state
        .db(move |conn| Ok(versions::list(conn, &id)?))
        .await?
        .into_iter()
        .find(|v| v.language == code);
    let amendment = existing.is_some() && frozen;
    // Like the original, a signed version is not amended once published;
    // a new translation may still be added.
    if amendment && s.status_at(crate::db::now()) == Status::Published {
        return Err(AppError::Conflict(page.t("refused-amend")));
    }
    let mut errors = FormErrors::new();
    let title_len = values.text.title.chars().count();
    if title_len == 0 || title_len > MAX_TITLE {
        errors.add("title", page.t("statement-title-required"));
    }
    if values.text.summary.trim().chars().count() > MAX_SUMMARY {
        errors.add("summary", page.t("statement-summary-too-long"));
    }
    if values.text.body.chars().count() > MAX_BODY {
        errors.add("body", page.t("statement-body-too-long"));
    }
    if values.text.note.trim().chars().count() > MAX_NOTE {
        errors.add("note", page.t("statement-note-too-long"));
    }
    if amendment && values.reason.trim().is_empty() {
        errors.add("reason", page.t("amend-reason-required"));
    }
    if !errors.is_empty() {
        return render(
            &page,
            &s,
            code,
            &values,
            existing.is_some(),
            frozen,
            Some(&errors),
        );
    }
    let user_id = current.user.id.clone();
    let slug = s.slug.clone();
    // Added once signing had opened: a translation of the signed text.
    let after_opening = s.opened_at.is_some();
    let changed_meanwhile = page.t("statement-changed-meanwhile");
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                // What was checked must still hold: the same version (or
                // none), and no signature since if no reason was given.
                let now_stored = versions::list(conn, &s.id)?
                    .into_iter()
                    .find(|v| v.language == code);
                let same = match (&now_stored, &existing) {
                    (Some(a), Some(b)) => a.updated_at == b.updated_at,
                    (None, None) => true,
                    _ => false,
                };
                if !same
                    || (existing.is_some()
                        && !amendment
                        && super::queries::has_signatures(conn, &s.id)?)
                {
                    return Err(AppError::Conflict(changed_meanwhile));
                }
                versions::save(conn, &s.id, code, &values.text, after_opening)?;
                let action = if amendment {
                    "statement.version_amend"
                } else {
                    "statement.version_save"
                };
                let mut details = json!({"language": code, "title": values.text.title});
                if amendment {
                    details["reason"] = json!(values.reason.trim());
                    details["before"] = json!(existing);
                }
                audit::record(conn, Some(&user_id), action, Some(&s.id), details)?;
                Ok(())
            })
        })
        .await?;
    Ok(redirect(&format!("/admin/statements/{slug}?done=saved")))
}

/// `POST /admin/statements/{slug}/versions/{code}/delete`: only while
/// nobody has signed.
pub async fn delete(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let code = language_of(&s, &path.1)?;
    refuse_if_archived(&s, &page)?;
    if frozen {
        return Err(AppError::Conflict(page.t("refused-version-delete")));
    }
    let user_id = current.user.id.clone();
    let slug = s.slug.clone();
    let refused = page.t("refused-version-delete");
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                if super::queries::has_signatures(conn, &s.id)? {
                    return Err(AppError::Conflict(refused));
                }
                if versions::delete(conn, &s.id, code)? == 0 {
                    return Err(AppError::NotFound);
                }
                let details = json!({"language": code});
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.version_delete",
                    Some(&s.id),
                    details,
                )?;
                Ok(())
            })
        })
        .await?;
    Ok(redirect(&format!("/admin/statements/{slug}?done=saved")))
}
