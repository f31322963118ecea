//! Workspace pages for one signer's data: find by email, export, erase.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::accounts::session::AdminPage;
use crate::domain::deadline;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::page::redirect;

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

/// `GET /admin/signers?email=…`.
pub async fn page(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    query: web::Query<SignerQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let found = match address(&q) {
        Some(email) => {
            state
                .db(move |conn| Ok(super::signers::find(conn, &email)?))
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
                "erased": sig.email.is_none(),
                "signed": deadline::describe_utc(sig.created_at),
            })
        })
        .collect();
    page.render(
        "curation/signers",
        json!({"email": q.email.trim(), "searched": address(&q).is_some(), "rows": rows}),
    )
}

/// `GET /admin/signers/export?email=…`: a JSON download.
pub async fn export(
    state: web::Data<AppState>,
    AdminPage { current, .. }: AdminPage,
    query: web::Query<SignerQuery>,
) -> Result<HttpResponse, AppError> {
    let email = address(&query).ok_or(AppError::NotFound)?;
    let user_id = current.user.id.clone();
    let data = state
        .db(move |conn| Ok(super::signers::export(conn, &user_id, &email)?))
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
    let user_id = current.user.id.clone();
    let target = email.clone();
    state
        .db(move |conn| Ok(super::signers::erase(conn, &user_id, &target)?))
        .await?;
    let query = serde_urlencoded::to_string([("email", email.as_str()), ("done", "erased")])
        .map_err(AppError::internal)?;
    Ok(redirect(&format!("/admin/signers?{query}")))
}
