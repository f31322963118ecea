//! Public pages: the index of statements and a statement's own page.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::db::now;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::page::Page;

use super::admin::statement_view;
use super::{queries, Status};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/").get(index))
        .service(web::resource("/s/{slug}").get(statement_page));
}

async fn index(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req);
    let list = state.db(|conn| Ok(queries::list_public(conn)?)).await?;
    let t = now();
    let (open, done): (Vec<Value>, Vec<Value>) = {
        let views: Vec<(Status, Value)> = list
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

/// `GET /s/{slug}`: drafts and unknown slugs are 404.
async fn statement_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req);
    let slug = path.into_inner();
    let s = state
        .db(move |conn| Ok(queries::find_by_slug(conn, &slug)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let t = now();
    match s.status_at(t) {
        Status::Draft => return Err(AppError::NotFound),
        Status::Archived if s.published_at.is_none() => return Err(AppError::NotFound),
        _ => {}
    }
    page.render(
        "statements/public",
        json!({"statement": statement_view(&s, page.lang(), t)}),
    )
}
