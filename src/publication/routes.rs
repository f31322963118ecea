//! Exports, the print view, the JSON API and the Atom feed.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::accounts::session::CurrentUser;
use crate::audit;
use crate::db::now;
use crate::domain::deadline;
use crate::error::{ApiError, AppError};
use crate::state::AppState;
use crate::statements::public::{load_public, Reading};
use crate::statements::view::statement_view;
use crate::statements::{queries as statement_queries, Statement};
use crate::web::page::Page;

use super::export::{self, Format};
use super::final_list::{self, FinalList};

/// The final list of a statement, for the reader's language.
pub async fn final_list_of(
    state: &AppState,
    s: &Statement,
    lang: &'static str,
) -> Result<FinalList, AppError> {
    let id = s.id.clone();
    let (named, anonymous, anonymous_orgs) = state
        .db(move |conn| Ok(export::approved(conn, &id)?))
        .await?;
    let (grouping, language) = (s.grouping, s.language.clone());
    // Sorting thousands of names with a collator is CPU work: off the async workers.
    web::block(move || {
        final_list::build(named, anonymous, anonymous_orgs, grouping, &language, lang)
    })
    .await
    .map_err(AppError::from)
}

pub async fn coordinator_export(
    state: web::Data<AppState>,
    current: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, ext) = path.into_inner();
    let format = Format::parse(&ext).ok_or(AppError::NotFound)?;
    let user_id = current.user.id.clone();
    let s = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            // Exports carry private data: who took one is recorded.
            audit::record(
                conn,
                Some(&user_id),
                "statement.export",
                Some(&s.id),
                json!({"format": ext}),
            )?;
            Ok(s)
        })
        .await?;
    let filename = format!("{}-signatures.{}", s.slug, ext_of(format));
    Ok(export::stream_full(
        state.pool.clone(),
        s.id,
        format,
        filename,
    ))
}

fn ext_of(f: Format) -> &'static str {
    match f {
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Txt => "txt",
    }
}

/// `GET /s/{slug}/signatories.csv|json|txt`: public fields, once published.
pub async fn public_export(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, ext) = path.into_inner();
    let format = Format::parse(&ext).ok_or(AppError::NotFound)?;
    let s = load_public(&state, slug).await?;
    if !s.is_published(now()) {
        return Err(AppError::NotFound);
    }
    let lang = Page::new(&req).lang();
    let etag = format!(
        "\"{}-{}-{}-{}\"",
        s.id,
        s.updated_at.and_utc().timestamp_micros(),
        ext,
        lang
    );
    if super::cache::not_modified(&req, &etag) {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish());
    }
    let list = final_list_of(&state, &s, lang).await?;
    let body = export::public_body(&list, format)?;
    let mut res = export::public_response(body, format, &format!("{}-signatories.{ext}", s.slug));
    res.headers_mut().insert(
        header::ETAG,
        header::HeaderValue::from_str(&etag).map_err(AppError::internal)?,
    );
    Ok(res)
}

/// `GET /s/{slug}/print`: the statement and its list for printing or PDF.
pub async fn print_view(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let reading = Reading::load(&state, &req, path.into_inner()).await?;
    let page = Page::new(&req).in_language(reading.interface);
    let s = reading.read;
    let list = if s.list_is_public(now()) {
        Some(final_list_of(&state, &s, page.lang()).await?)
    } else {
        None
    };
    page.render(
        "publication/print",
        json!({"statement": statement_view(&s, page.lang(), now()), "list": list}),
    )
}

fn api_statement(s: &Statement, list: Option<&FinalList>, count: i64) -> Value {
    let mut v = json!({
        "slug": s.slug,
        "title": s.title,
        "summary": s.summary,
        "organiser": s.organiser,
        "language": s.language,
        "status": s.status_at(now()).as_str(),
        "deadline": s.deadline.map(deadline::rfc3339),
        "timezone": s.timezone,
        "signatory_count": count,
        "published_at": s.published_at.map(deadline::rfc3339),
        "amended_at": s.amended_at.map(deadline::rfc3339),
    });
    if let Some(l) = list {
        v["signatories"] = json!(l
            .groups
            .iter()
            .flat_map(|g| g.entries.iter())
            .map(|e| json!({"name": e.name, "country": e.country, "qualifier": e.qualifier, "kind": e.kind, "title": e.title}))
            .collect::<Vec<_>>());
        v["anonymous_count"] = json!(l.anonymous);
    }
    v
}

/// `GET /api/v1/statements`: every public statement, without lists.
pub async fn api_list(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let t = now();
    let (list, counts) = state
        .db(|conn| {
            Ok((
                statement_queries::list_public(conn)?,
                statement_queries::counts_by_status(conn)?,
            ))
        })
        .await?;
    let items: Vec<Value> = list
        .iter()
        .filter(|s| s.is_public(t))
        .map(|s| {
            let n = counts
                .get(&s.id)
                .and_then(|m| m.get("approved"))
                .copied()
                .unwrap_or(0);
            api_statement(s, None, n)
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({"statements": items})))
}

/// `GET /api/v1/statements/{slug}`: one statement, with its list when public.
pub async fn api_one(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let s = load_public(&state, path.into_inner()).await?;
    let list = final_list_of(&state, &s, crate::i18n::DEFAULT_LANG).await?;
    let count = list.named as i64 + list.anonymous;
    let shown = s.list_is_public(now()).then_some(&list);
    let id = s.id.clone();
    let versions = state
        .db(move |conn| Ok(crate::statements::versions::list(conn, &id)?))
        .await?;
    let mut v = api_statement(&s, shown, count);
    // Every language version: the original, then the others.
    let url = format!("{}/s/{}", state.settings.public_url(), s.slug);
    let original = json!({
        "language": s.language, "title": s.title, "summary": s.summary, "note": s.note,
        "url": url, "original": true, "translation": false,
    });
    let others = versions.iter().map(|t| {
        json!({
            "language": t.language, "title": t.title, "summary": t.summary, "note": t.note,
            "url": format!("{url}?lang={}", t.language), "original": false,
            "translation": t.added_after_opening,
        })
    });
    v["versions"] = json!(std::iter::once(original).chain(others).collect::<Vec<_>>());
    Ok(HttpResponse::Ok().json(v))
}

/// `GET /feed.atom`: published statements, newest first.
pub async fn feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let t = now();
    let (list, versions) = state
        .db(move |conn| {
            let list: Vec<Statement> = statement_queries::list_public(conn)?
                .into_iter()
                .filter(|s| s.is_published(t))
                .collect();
            let ids: Vec<String> = list.iter().map(|s| s.id.clone()).collect();
            let versions = crate::statements::versions::list_for(conn, &ids)?;
            Ok((list, versions))
        })
        .await?;
    let published: Vec<&Statement> = list.iter().collect();
    let xml = super::feed::atom(&published, &versions, &state.settings.public_url());
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(xml))
}
