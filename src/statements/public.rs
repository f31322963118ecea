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
    cfg.service(web::resource("/").get(index));
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
