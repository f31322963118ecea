//! Workspace pages for curating signatures.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

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
pub(super) struct Row<'a> {
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

pub(super) fn row<'a>(s: &'a Signature, lang: &str) -> Row<'a> {
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

pub(super) fn refusal(page: &Page, r: Refused) -> AppError {
    match r {
        Refused::WouldDuplicate => AppError::Conflict(page.t("curation-would-duplicate")),
        Refused::Withdrawn => AppError::Conflict(page.t("curation-withdrawn")),
        Refused::Unconfirmed => AppError::Conflict(page.t("curation-unconfirmed")),
        Refused::NotFound => AppError::NotFound,
        Refused::Published => AppError::Conflict(page.t("curation-published")),
        Refused::Db(e) => e,
    }
}

/// The list's filters as a form sent them back (`back`, a query string),
/// or none when it does not read as one.
fn filter_of(back: &str) -> Option<Filter> {
    serde_urlencoded::from_str(back.strip_prefix('?')?).ok()
}

/// The list's query for a Location header: rebuilt from the filters it
/// held, so that nothing else reaches the header.
fn list_query(back: &str) -> String {
    filter_of(back)
        .and_then(|f| serde_urlencoded::to_string(&f).ok())
        .filter(|q| !q.is_empty())
        .map(|q| format!("?{q}"))
        .unwrap_or_default()
}

/// A country as typed in the list's inline correction: a code, or a
/// country's name in the coordinator's language (what the suggestions
/// show). Anything else is left for the usual check to refuse.
fn country_code(typed: &str, lang: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() || country::parse(typed).is_some() {
        return typed.to_string();
    }
    let wanted = text::match_key(typed);
    crate::i18n::country_choices(lang)
        .into_iter()
        .find(|(_, name)| text::match_key(name) == wanted)
        .map(|(code, _)| code.to_string())
        .unwrap_or_else(|| typed.to_string())
}

/// The list's address with `f` as its query.
fn list_href(slug: &str, f: &Filter) -> String {
    format!(
        "/admin/statements/{slug}/signatures?{}",
        serde_urlencoded::to_string(f).unwrap_or_default()
    )
}

/// A column header's link: sorts by `column`, the other way when it is
/// already sorted by it.
fn sort_link(slug: &str, f: &Filter, column: &str) -> Value {
    let current = f.sort();
    let (next, state) = if current == column {
        (format!("-{column}"), "ascending")
    } else if current.strip_prefix('-') == Some(column) {
        (column.to_string(), "descending")
    } else {
        (column.to_string(), "none")
    };
    let mut n = f.clone();
    n.sort = next;
    n.page = 0;
    json!({"href": list_href(slug, &n), "state": state})
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
    let (statement, (rows, total, page_number), counts, countries, bulk) = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let listed = super::list(conn, &s.id, &f2)?;
            let counts = statement_queries::counts_for(conn, &s.id)?;
            let countries = super::countries(conn, &s.id)?;
            let bulk = (
                super::matching_count(conn, &s.id, &f2, Decision::Approve)?,
                super::matching_count(conn, &s.id, &f2, Decision::Reject)?,
            );
            Ok((s, listed, counts, countries, bulk))
        })
        .await?;
    let lang = page.lang();
    let slug = statement.slug.as_str();
    let per = f.per_page();
    let pages = ((total + per - 1) / per).max(1);
    let f = Filter {
        page: page_number,
        ..f
    };
    let at = |n: i64| {
        let mut g = f.clone();
        g.page = n;
        list_href(slug, &g)
    };
    let all: i64 = STATUSES
        .iter()
        .map(|s| counts.get(s.as_str()).copied().unwrap_or(0))
        .sum();
    let mut tabs = vec![json!({
        "label": page.t("curation-all"),
        "count": all,
        "href": list_href(slug, &Filter { status: String::new(), page: 0, ..f.clone() }),
        "current": f.status.is_empty(),
    })];
    tabs.extend(STATUSES.iter().map(|st| {
        json!({
            "label": page.t(&format!("sigstatus-{}", st.as_str())),
            "status": st,
            "count": counts.get(st.as_str()).copied().unwrap_or(0),
            "href": list_href(slug, &Filter { status: st.as_str().into(), page: 0, ..f.clone() }),
            "current": f.status == st.as_str(),
        })
    }));
    let mut country_choices: Vec<(String, String)> = countries
        .iter()
        .map(|c| (c.clone(), crate::i18n::country_name(c, lang)))
        .collect();
    country_choices.sort_by_key(|(_, n)| text::match_key(n));
    // The list's own query, for the forms that come back to it.
    let back = format!("?{}", serde_urlencoded::to_string(&f).unwrap_or_default());
    page.render(
        "curation/list",
        json!({
            "statement": {"slug": statement.slug, "title": statement.title},
            "rows": rows.iter().map(|s| row(s, lang)).collect::<Vec<_>>(),
            "filter": f,
            "back": back,
            "total": total,
            "shown": rows.len(),
            "approvable": bulk.0,
            "rejectable": bulk.1,
            "page_number": page_number,
            "pages": pages,
            "previous": (page_number > 1).then(|| at(page_number - 1)),
            "next": (page_number < pages).then(|| at(page_number + 1)),
            "tabs": tabs,
            "sizes": super::PAGE_SIZES,
            "per": per,
            "sort": {
                "name": sort_link(slug, &f, "name"),
                "country": sort_link(slug, &f, "country"),
                "oldest": sort_link(slug, &f, "oldest"),
            },
            "countries": country_choices.into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
            "all_countries": crate::i18n::country_choices(lang).into_iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
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
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ids: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .map(|(_, v)| v.clone())
        .collect();
    let action = field("action");
    // "approve-matching": every row the list's filter matches, not only
    // the ticked ones.
    let (action, matching) = match action.strip_suffix("-matching") {
        Some(a) => (a.to_string(), true),
        None => (action, false),
    };
    let decision = Decision::parse(&action)
        .ok_or_else(|| AppError::BadRequest(page.t("curation-choose-action")))?;
    // Back to the list as it was filtered.
    let back = field("back");
    let query = list_query(&back);
    // "All matching" acts on the filters the page showed, and on as many
    // rows as its button said: rows that arrived since are not decided
    // unseen.
    let matching = if matching {
        let filter = filter_of(&back)
            .ok_or_else(|| AppError::BadRequest(page.t("curation-choose-action")))?;
        let expected: i64 = field(&format!("expect_{action}")).parse().unwrap_or(-1);
        Some((filter, expected))
    } else {
        None
    };
    let changed = page.t("curation-matching-changed");
    let slug = path.into_inner();
    let user_id = current.user.id.clone();
    let result = state
        .db(move |conn| {
            let s = statement_queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let ids = match &matching {
                Some((filter, expected)) => {
                    let ids = super::matching_ids(conn, &s.id, filter, decision)?;
                    if ids.len() as i64 != *expected {
                        return Err(AppError::Conflict(changed));
                    }
                    ids
                }
                None => ids,
            };
            Ok((
                s.slug.clone(),
                super::decide(conn, &user_id, &s.id, &ids, decision),
            ))
        })
        .await?;
    let (slug, outcome) = result;
    outcome.map_err(|r| refusal(&page, r))?;
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
        ..Default::default()
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
    /// The list's inline correction: only the name and country are sent,
    /// the country perhaps by its name; `back` is the list's query.
    #[serde(default, skip_serializing)]
    inline: bool,
    #[serde(default, skip_serializing)]
    back: String,
    #[serde(default, skip_serializing)]
    country_shown: String,
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
    let mut form = form.into_inner();
    let user_id = current.user.id.clone();
    let target = id.clone();
    let mut back_to_list = None;
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
            let (sig, slug) = state
                .db(move |conn| {
                    let sig = super::find(conn, &lookup)?.ok_or(AppError::NotFound)?;
                    let slug = statement_queries::find_by_id(conn, &sig.statement_id)?
                        .map(|s| s.slug)
                        .unwrap_or_default();
                    Ok((sig, slug))
                })
                .await?;
            if form.inline {
                form.title = sig.title.clone();
                form.qualifier = sig.qualifier.clone();
                // The country as the row showed it stands for its code; only
                // a changed one is looked up by name.
                if form.country.trim() == form.country_shown.trim() {
                    form.country = sig.country.clone().unwrap_or_default();
                } else {
                    form.country = country_code(&form.country, page.lang());
                }
                back_to_list = Some(format!(
                    "/admin/statements/{slug}/signatures{}#row-{id}",
                    list_query(&form.back)
                ));
            }
            let c = match form.correction(&page, sig.kind == SignerKind::Organisation) {
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
                        if crate::email::send_again(
                            conn,
                            crate::email::Parked::OfSignature(&sig.id),
                        )? == 0
                        {
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
        Ok(()) => {
            Ok(redirect(&back_to_list.unwrap_or_else(|| {
                format!("/admin/signatures/{id}?done=saved")
            })))
        }
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
