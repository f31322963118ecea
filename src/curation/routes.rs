//! Workspace pages for curating signatures.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::accounts::session::AdminPage;
use crate::domain::text::{self, TextError};
use crate::domain::{country, deadline, signatory};
use crate::error::AppError;
use crate::signatures::Signature;
use crate::state::AppState;
use crate::statements::queries as statement_queries;
use crate::web::form::{text_message, FormErrors};
use crate::web::page::{redirect, Page};

use super::{Correction, Decision, Filter, Refused};
use crate::signatures::{Listing, SignatureStatus, SignerKind};

const STATUSES: [SignatureStatus; 7] = [
    SignatureStatus::Unconfirmed,
    SignatureStatus::Pending,
    SignatureStatus::Review,
    SignatureStatus::Approved,
    SignatureStatus::Rejected,
    SignatureStatus::Withdrawn,
    SignatureStatus::Duplicate,
];

/// A signature as the coordinators see it: every field.
#[derive(serde::Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    title: &'a str,
    qualifier: &'a str,
    kind: SignerKind,
    country: Option<&'a str>,
    country_name: Option<String>,
    status: SignatureStatus,
    email: Option<&'a str>,
    contact_name: &'a str,
    website: &'a str,
    message: &'a str,
    anonymous: bool,
    created: String,
}

fn row<'a>(s: &'a Signature, lang: &str) -> Row<'a> {
    Row {
        id: &s.id,
        name: &s.name,
        title: &s.title,
        qualifier: &s.qualifier,
        kind: s.kind,
        country: s.country.as_deref(),
        country_name: s
            .country
            .as_deref()
            .map(|c| crate::i18n::country_name(c, lang)),
        status: s.status,
        email: s.email.as_deref(),
        contact_name: &s.contact_name,
        website: &s.website,
        message: &s.message,
        anonymous: s.listing == Listing::Anonymous,
        created: deadline::describe_utc(s.created_at),
    }
}

fn refusal(page: &Page, r: Refused) -> AppError {
    match r {
        Refused::WouldDuplicate => AppError::Conflict(page.t("curation-would-duplicate")),
        Refused::Withdrawn => AppError::Conflict(page.t("curation-withdrawn")),
        Refused::NotFound => AppError::NotFound,
        Refused::Published => AppError::Conflict(page.t("curation-published")),
        Refused::Db(e) => e,
    }
}

pub async fn list_page(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
    filter: web::Query<Filter>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let f = filter.into_inner();
    let f2 = f.clone();
    let (statement, rows, more, counts, countries) = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let (rows, more) = super::list(conn, &s.id, &f2)?;
            let counts = statement_queries::counts_for(conn, &s.id)?;
            let countries = super::countries(conn, &s.id)?;
            Ok((s, rows, more, counts, countries))
        })
        .await?;
    let lang = page.lang();
    let next = more.then(|| {
        let last = rows.last();
        let mut n = f.clone();
        n.after = last.map(|s| s.id.clone()).unwrap_or_default();
        n.after_name = if f.sort == "name" {
            last.map(|s| s.name.clone()).unwrap_or_default()
        } else {
            String::new()
        };
        format!("?{}", serde_urlencoded::to_string(&n).unwrap_or_default())
    });
    let mut country_choices: Vec<(String, String)> = countries
        .iter()
        .map(|c| (c.clone(), crate::i18n::country_name(c, lang)))
        .collect();
    country_choices.sort_by_key(|(_, n)| text::match_key(n));
    page.render(
        "curation/list",
        json!({
            "statement": {"slug": statement.slug, "title": statement.title},
            "rows": rows.iter().map(|s| row(s, lang)).collect::<Vec<_>>(),
            "filter": f,
            "next": next,
            "statuses": STATUSES.iter().map(|s| json!({"value": s, "count": counts.get(s.as_str()).copied().unwrap_or(0)})).collect::<Vec<_>>(),
            "countries": country_choices.into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
        }),
    )
}

pub async fn bulk(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    // Repeated `ids` fields: read the pairs as they come.
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let ids: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .map(|(_, v)| v.clone())
        .collect();
    let decision = pairs
        .iter()
        .find(|(k, _)| k == "action")
        .and_then(|(_, v)| Decision::parse(v))
        .ok_or_else(|| AppError::BadRequest(page.t("curation-choose-action")))?;
    let back = pairs
        .iter()
        .find(|(k, _)| k == "back")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let slug = path.into_inner();
    let user_id = current.user.id.clone();
    let result = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            Ok((
                s.slug.clone(),
                super::decide(conn, &user_id, &s.id, &ids, decision),
            ))
        })
        .await?;
    let (slug, outcome) = result;
    outcome.map_err(|r| refusal(&page, r))?;
    // Back to the list as it was filtered: a query string, nothing else
    // (it goes into a Location header).
    let query = if back.starts_with('?') && !back.chars().any(|c| c.is_control() || c == '#') {
        back
    } else {
        String::new()
    };
    Ok(redirect(&format!(
        "/admin/statements/{slug}/signatures{query}"
    )))
}

pub async fn detail(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    render_detail(&state, &page, path.into_inner(), StatusCode::OK, None, None).await
}

async fn render_detail(
    state: &AppState,
    page: &Page,
    id: String,
    status: StatusCode,
    values: Option<&EditForm>,
    errors: Option<&FormErrors>,
) -> Result<HttpResponse, AppError> {
    let (sig, statement, candidates, holder, mail) = state
        .db(move |conn| {
            let sig = super::find(conn, &id)?.ok_or(AppError::NotFound)?;
            let statement = statement_queries::find_by_id(conn, &sig.statement_id)?
                .ok_or(AppError::NotFound)?;
            let candidates = super::likely_duplicates(conn, &sig)?;
            let holder = match &sig.duplicate_of {
                Some(id) => super::find(conn, id)?,
                None => None,
            };
            let mail = crate::email::state_for_signature(conn, &sig.id)?;
            Ok((sig, statement, candidates, holder, mail))
        })
        .await?;
    let lang = page.lang();
    let values = values.cloned().unwrap_or_else(|| EditForm {
        name: sig.name.clone(),
        country: sig.country.clone().unwrap_or_default(),
        title: sig.title.clone(),
        qualifier: sig.qualifier.clone(),
        into: String::new(),
    });
    let mut data = json!({
        "statement": {"slug": statement.slug, "title": statement.title},
        "signature": row(&sig, lang),
        "review": sig.status == SignatureStatus::Review,
        "holder": holder.as_ref().map(|h| row(h, lang)),
        "mail": mail.map(|m| m.view()),
        "values": values,
        "candidates": candidates.iter().map(|s| row(s, lang)).collect::<Vec<_>>(),
        "countries": crate::i18n::country_choices(lang).into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
    });
    if let Some(e) = errors {
        e.merge_into(&mut data);
    }
    page.render_status(status, "curation/detail", data)
}

#[derive(Clone, Debug, Default, Deserialize, serde::Serialize)]
pub struct EditForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    qualifier: String,
    /// For a merge: the signature this one duplicates.
    #[serde(default)]
    into: String,
}

impl EditForm {
    /// A coordinator's correction, checked by the same rules as the
    /// public form.
    pub fn correction(&self, page: &Page, organisation: bool) -> Result<Correction, FormErrors> {
        let mut errors = FormErrors::new();
        let name_field = if organisation { "name" } else { "person" };
        let name = signatory::name(&self.name, organisation)
            .map_err(|e| errors.add("name", text_message(page, name_field, e)))
            .unwrap_or_default();
        let title = signatory::title(&self.title)
            .map_err(|e| errors.add("title", text_message(page, "title", e)))
            .unwrap_or_default();
        let qualifier = signatory::qualifier(&self.qualifier)
            .map_err(|e| {
                let message = match e {
                    TextError::TooLong => page.t("curation-qualifier-too-long"),
                    other => text_message(page, "qualifier", other),
                };
                errors.add("qualifier", message)
            })
            .unwrap_or_default();
        let country = match self.country.trim() {
            "" => None,
            c => country::parse(c).or_else(|| {
                errors.add("country", page.t("sign-country-invalid"));
                None
            }),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Correction {
            name,
            country,
            title,
            qualifier,
        })
    }
}

pub async fn act(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<(String, String)>,
    form: web::Form<EditForm>,
) -> Result<HttpResponse, AppError> {
    let (id, action) = path.into_inner();
    let form = form.into_inner();
    let user_id = current.user.id.clone();
    let target = id.clone();
    let outcome = match action.as_str() {
        "approve" | "reject" => {
            let d = Decision::parse(&action).ok_or(AppError::NotFound)?;
            state
                .db(move |conn| {
                    let sig = super::find(conn, &target)?.ok_or(AppError::NotFound)?;
                    Ok(super::decide(conn, &user_id, &sig.statement_id, &[target], d).map(|_| ()))
                })
                .await?
        }
        "edit" => {
            let lookup = id.clone();
            let kind = state
                .db(move |conn| Ok(super::find(conn, &lookup)?.ok_or(AppError::NotFound)?.kind))
                .await?;
            let c = match form.correction(&page, kind == SignerKind::Organisation) {
                Ok(c) => c,
                Err(errors) => {
                    let status = StatusCode::UNPROCESSABLE_ENTITY;
                    return render_detail(&state, &page, id, status, Some(&form), Some(&errors))
                        .await;
                }
            };
            state
                .db(move |conn| Ok(super::correct(conn, &user_id, &target, &c)))
                .await?
        }
        "replace" => {
            state
                .db(move |conn| Ok(super::replace(conn, &user_id, &target)))
                .await?
        }
        "send-again" => {
            let nothing = page.t("curation-mail-nothing-to-send");
            state
                .db(move |conn| {
                    crate::db::write_tx(conn, |conn| {
                        let sig = super::find(conn, &target)?.ok_or(AppError::NotFound)?;
                        if crate::email::send_again(conn, &sig.id)? == 0 {
                            return Err(AppError::Conflict(nothing));
                        }
                        crate::audit::record(
                            conn,
                            Some(&user_id),
                            "signature.email_again",
                            Some(&sig.statement_id),
                            json!({"signature": sig.id}),
                        )?;
                        Ok(())
                    })
                })
                .await?;
            state.mail_wakeup.notify_one();
            return Ok(redirect(&format!(
                "/admin/signatures/{id}?done=mail-queued"
            )));
        }
        "merge" => {
            let into = form.into.trim().to_string();
            state
                .db(move |conn| Ok(super::merge(conn, &user_id, &target, &into)))
                .await?
        }
        _ => return Err(AppError::NotFound),
    };
    match outcome {
        Ok(()) => Ok(redirect(&format!("/admin/signatures/{id}?done=saved"))),
        Err(Refused::WouldDuplicate) => {
            let errors = FormErrors::single("name", page.t("curation-would-duplicate"));
            render_detail(
                &state,
                &page,
                id,
                StatusCode::CONFLICT,
                Some(&form),
                Some(&errors),
            )
            .await
        }
        Err(r) => Err(refusal(&page, r)),
    }
}
