//! Importing signatures in the workspace: upload, preview, commit.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;

use crate::accounts::session::AdminPage;
use crate::error::AppError;
use crate::import::{self, Problem, Refused};
use crate::state::AppState;
use crate::statements::queries as statement_queries;
use crate::web::page::{redirect, Page};
use crate::web::BODY_LIMIT;

async fn statement_of(
    state: &AppState,
    slug: String,
) -> Result<crate::statements::Statement, AppError> {
    state
        .db(move |conn| Ok(statement_queries::find_by_slug(conn, &slug)?))
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn form(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let s = statement_of(&state, path.into_inner()).await?;
    page.render("curation/import", json!({"statement": {"slug": s.slug, "title": s.title}, "columns": import::COLUMNS.join(",")}))
}

fn render_preview(
    page: &Page,
    s: &crate::statements::Statement,
    csv: &str,
    parsed: Result<Vec<import::Row>, Vec<Problem>>,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang();
    let (rows, problems) = match parsed {
        Ok(rows) => (rows, Vec::new()),
        Err(p) => (Vec::new(), p),
    };
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let shown: Vec<_> = rows
        .iter()
        .take(500)
        .map(|r| json!({"line": r.line, "name": r.name, "country": r.country.as_deref().map(|c| crate::i18n::country_name(c, lang)), "qualifier": r.qualifier, "kind": r.kind, "title": r.title, "email": r.email}))
        .collect();
    page.render_status(
        status,
        "curation/import-preview",
        json!({
            "statement": {"slug": s.slug, "title": s.title},
            "rows": shown,
            "count": rows.len(),
            "more": rows.len() > 500,
            "problems": problems,
            "csv": csv,
        }),
    )
}

/// `POST …/import/preview` (multipart, the file in field `file`).
pub async fn preview(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
    mut payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let s = statement_of(&state, path.into_inner()).await?;
    let mut data = Vec::new();
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|e| AppError::BadRequest(e.to_string()))?;
        let is_file = field.content_disposition().and_then(|d| d.get_name()) == Some("file");
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| AppError::BadRequest(e.to_string()))?;
            if is_file {
                // The preview sends the file back form-encoded (up to 3 times
                // larger): it must still fit the body limit then.
                if data.len() + chunk.len() > BODY_LIMIT / 3 {
                    return Err(AppError::BadRequest(page.t("import-too-big")));
                }
                data.extend_from_slice(&chunk);
            }
        }
    }
    let csv = match String::from_utf8(data) {
        Ok(t) => t,
        Err(_) => {
            let problems = vec![Problem {
                line: 0,
                message: page.t("import-not-utf8"),
            }];
            return render_preview(&page, &s, "", Err(problems));
        }
    };
    let parsed = import::parse(csv.as_bytes());
    render_preview(&page, &s, &csv, parsed)
}

#[derive(Deserialize)]
pub struct CommitForm {
    #[serde(default)]
    csv: String,
}

/// `POST …/import`: the previewed file, imported whole or not at all.
pub async fn commit(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<String>,
    form: web::Form<CommitForm>,
) -> Result<HttpResponse, AppError> {
    let s = statement_of(&state, path.into_inner()).await?;
    let csv = form.into_inner().csv;
    let rows = match import::parse(csv.as_bytes()) {
        Ok(r) => r,
        Err(p) => return render_preview(&page, &s, &csv, Err(p)),
    };
    let (id, user_id) = (s.id.clone(), current.user.id.clone());
    let outcome = state
        .db(move |conn| Ok(import::commit(conn, &id, &rows, Some(&user_id))))
        .await?;
    match outcome {
        Ok(_) => Ok(redirect(&format!(
            "/admin/statements/{}/signatures?status=approved",
            s.slug
        ))),
        Err(Refused::Problems(p)) => render_preview(&page, &s, &csv, Err(p)),
        Err(Refused::Statement(why)) => Err(AppError::Conflict(why.to_string())),
        Err(Refused::Db(e)) => Err(e),
    }
}
