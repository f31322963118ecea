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
