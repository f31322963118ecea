//! Workspace pages for one signer's data: find by email, export, erase.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::accounts::session::AdminPage;
use crate::domain::deadline;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct SignerQuery {
    #[serde(default)]
    email: String,
    /// The erase form's "I understand" box.
    #[serde(default)]
    confirm: String,
}

fn address(q: &SignerQuery) -> Option<String> {
    let email = crate::domain::email::normalise(&q.email);
    (!email.is_empty()).then_some(email)
}

/// The page, with what was found for `q` (if it names an address).
async fn render(
    state: &AppState,
    page: &crate::web::page::Page,
    user: &crate::accounts::User,
    q: &SignerQuery,
    erased: Option<usize>,
) -> Result<HttpResponse, AppError> {
    let found = match address(q) {
        Some(email) => {
            let user = user.clone();
            state
                .db(move |conn| {
                    let scope = user.scope(conn)?;
                    Ok(super::signers::find(conn, &scope, &email)?)
                })
                .await?
        }
        None => Vec::new(),
    };
    let lang = page.lang();
    let rows: Vec<_> = found
        .iter()
        .map(|(sig, s)| {
            json!({
                "id": sig.id,
                "statement": s.title,
                "display": crate::i18n::name_with_country(&sig.name, sig.country.as_deref(), lang),
                "status": sig.status,
                "signed": deadline::describe_utc(sig.created_at),
            })
        })
        .collect();
    let erased = erased.map(|n| {
        crate::i18n::t_vars(
            lang,
            "signers-erased-count",
            &[("n", crate::i18n::Var::Num(n as i64))],
        )
    });
    page.render(
        "curation/signers",
        json!({"email": q.email.trim(), "searched": address(q).is_some(), "rows": rows, "notice": erased}),
    )
}

/// `GET /admin/signers`: the search form. Addresses travel in form
/// bodies, never in URLs (history, proxy logs).
pub async fn page(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
) -> Result<HttpResponse, AppError> {
    render(&state, &page, &current.user, &SignerQuery::default(), None).await
}

/// `POST /admin/signers`: every signature given with one address.
pub async fn search(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    form: web::Form<SignerQuery>,
) -> Result<HttpResponse, AppError> {
    render(&state, &page, &current.user, &form.into_inner(), None).await
}

/// `POST /admin/signers/export`: a JSON download.
pub async fn export(
    state: web::Data<AppState>,
    AdminPage { current, .. }: AdminPage,
    form: web::Form<SignerQuery>,
) -> Result<HttpResponse, AppError> {
    let email = address(&form).ok_or(AppError::NotFound)?;
    let user = current.user.clone();
    let data = state
        .db(move |conn| {
            let scope = user.scope(conn)?;
            Ok(super::signers::export(conn, &user.id, &scope, &email)?)
        })
        .await?;
    let body = serde_json::to_string_pretty(&data).map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"signer.json\"",
        ))
        .body(body))
}

/// `POST /admin/signers/erase`: needs the "I understand" box.
pub async fn erase(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    form: web::Form<SignerQuery>,
) -> Result<HttpResponse, AppError> {
    let q = form.into_inner();
    let email = address(&q).ok_or_else(|| AppError::BadRequest(page.t("signers-email-needed")))?;
    if q.confirm != "on" {
        return Err(AppError::Unprocessable(page.t("signers-confirm-needed")));
    }
    let user = current.user.clone();
    let settings = state.settings.clone();
    // The files go on the blocking pool, with the rows.
    let n = state
        .db(move |conn| {
            let scope = user.scope(conn)?;
            let (n, mail) = super::signers::erase(conn, &user.id, &scope, &email)?;
            crate::email::sender::remove_files(&settings, &mail);
            Ok(n)
        })
        .await?;
    render(&state, &page, &current.user, &q, Some(n)).await
}
