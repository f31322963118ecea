//! The possible duplicates page: pairs that look like one signer, each
//! with what a merge would change, and the merge itself.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::accounts::session::AdminPage;
use crate::error::AppError;
use crate::signatures::Signature;
use crate::state::AppState;
use crate::statements::queries as statement_queries;
use crate::web::page::{redirect, Page};

use super::duplicates;
use super::routes::{refusal, row};

/// The lines a merge of `other` into `keep` changes in `keep`, and the
/// entry that leaves the list.
fn changes(page: &Page, keep: &Signature, other: &Signature) -> Vec<Value> {
    let lang = page.lang();
    let after = super::merged(keep, other);
    let country = |c: &Option<String>| {
        c.as_deref()
            .map(|c| crate::i18n::country_name(c, lang))
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    let mut line = |label: &str, before: String, now: String| {
        if before != now {
            out.push(json!({"field": page.t(label), "before": before, "after": now}));
        }
    };
    line(
        "sign-country",
        country(&keep.country),
        country(&after.country),
    );
    line("sign-website", keep.website.clone(), after.website);
    line("sign-title", keep.title.clone(), after.title);
    line(
        "curation-qualifier",
        keep.qualifier.clone(),
        after.qualifier,
    );
    out
}

pub async fn page(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let (statement, (pairs, capped)) = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let pairs = duplicates::pairs(conn, &s.id)?;
            Ok((s, pairs))
        })
        .await?;
    let lang = page.lang();
    let rows: Vec<Value> = pairs
        .iter()
        .map(|p| {
            json!({
                "keep": row(&p.keep, lang),
                "other": row(&p.other, lang),
                "reasons": p.reasons,
                "changes": changes(&page, &p.keep, &p.other),
                // The other way round, when the other entry may be kept.
                "swap": p.other.status.is_live().then(|| changes(&page, &p.other, &p.keep)),
            })
        })
        .collect();
    page.render(
        "curation/duplicates",
        json!({
            "statement": {"slug": statement.slug, "title": statement.title},
            "pairs": rows,
            "capped": capped,
        }),
    )
}

#[derive(Deserialize)]
pub struct MergeForm {
    keep: String,
    merge: String,
}

pub async fn merge(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<String>,
    form: web::Form<MergeForm>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let MergeForm { keep, merge } = form.into_inner();
    let user_id = current.user.id.clone();
    let (slug, outcome) = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            // Both entries must be this statement's (merge checks that they
            // share one statement).
            match super::find(conn, &keep)? {
                Some(k) if k.statement_id == s.id => {}
                _ => return Err(AppError::NotFound),
            }
            Ok((s.slug, super::merge(conn, &user_id, &merge, &keep)))
        })
        .await?;
    outcome.map_err(|r| refusal(&page, r))?;
    Ok(redirect(&format!(
        "/admin/statements/{slug}/duplicates?done=merged"
    )))
}
