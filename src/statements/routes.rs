//! The coordinator workspace for statements: dashboard, editor, preview,
//! lifecycle actions, amendments and the audit log page.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::accounts::session::{AdminPage, CurrentUser};
use crate::audit;
use crate::db::now;
use crate::domain::deadline;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

use super::form::{form_data, preview_of, AmendForm, LifecycleForm, StatementForm};
use super::queries;
use super::service;
use super::view::statement_view;
use super::{available_actions, Action, Statement, Status};

/// The statement named by the path's `{slug}`, for the workspace, and
/// whether someone has signed it (its text is then frozen). 404 when
/// there is none, and to sign-in for a stranger.
pub struct StatementBySlug {
    pub statement: Statement,
    pub frozen: bool,
}

impl actix_web::FromRequest for StatementBySlug {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(
        req: &actix_web::HttpRequest,
        payload: &mut actix_web::dev::Payload,
    ) -> Self::Future {
        // Signed-in first: a stranger learns nothing about which slugs exist.
        let signed_in = CurrentUser::from_request(req, payload);
        let slug = req.match_info().get("slug").map(str::to_string);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            signed_in.await?;
            let (Some(slug), Some(state)) = (slug, state) else {
                return Err(AppError::NotFound.into());
            };
            let found = state
                .db(move |conn| {
                    let s = queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
                    let frozen = queries::has_signatures(conn, &s.id)?;
                    Ok(StatementBySlug {
                        statement: s,
                        frozen,
                    })
                })
                .await?;
            Ok(found)
        })
    }
}

pub async fn dashboard(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
) -> Result<HttpResponse, AppError> {
    let (list, counts) = state
        .db(move |conn| {
            let scope = current.user.scope(conn)?;
            Ok((
                queries::list(conn, &scope)?,
                queries::counts_by_status(conn)?,
            ))
        })
        .await?;
    let t = now();
    let rows: Vec<Value> = list
        .iter()
        .map(|s| {
            let mut v = json!(statement_view(s, page.lang(), t));
            let c = counts.get(&s.id);
            let n = |k: &str| c.and_then(|m| m.get(k)).copied().unwrap_or(0);
            v["counts"] = json!({
                "unconfirmed": n("unconfirmed"),
                "pending": n("pending"),
                "approved": n("approved"),
                "rejected": n("rejected") + n("duplicate"),
                "withdrawn": n("withdrawn"),
            });
            v
        })
        .collect();
    page.render("statements/dashboard", json!({"statements": rows}))
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let user = current.user.clone();
    let teams = state.db(move |conn| Ok(team_choices(conn, &user)?)).await?;
    let mut data = form_data(&StatementForm::blank(), None, false, None);
    data["teams"] = json!(teams);
    Page::new(&req)
        .user(current.user.viewer())
        .render("statements/edit", data)
}

/// The teams `user` may put a new statement in.
fn team_choices(
    conn: &mut crate::db::DbConnection,
    user: &crate::accounts::User,
) -> diesel::QueryResult<Vec<crate::teams::Team>> {
    let scope = user.scope(conn)?;
    crate::teams::choices(conn, &scope)
}

/// The team a new statement goes in: the one chosen among `teams`, or
/// the only one there is.
fn team_of(values: &StatementForm, teams: &[crate::teams::Team]) -> Option<String> {
    match teams {
        [only] if values.team.is_empty() => Some(only.id.clone()),
        _ => teams
            .iter()
            .find(|t| t.id == values.team)
            .map(|t| t.id.clone()),
    }
}

fn invalid_form(
    page: &Page,
    values: &StatementForm,
    statement: Option<&Statement>,
    frozen: bool,
    errors: &FormErrors,
) -> Result<HttpResponse, AppError> {
    page.invalid(
        "statements/edit",
        form_data(values, statement, frozen, None),
        errors,
    )
}

pub async fn create(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    form: web::Form<StatementForm>,
) -> Result<HttpResponse, AppError> {
    let values = form.into_inner().normalised();
    let user = current.user.clone();
    let teams = state.db(move |conn| Ok(team_choices(conn, &user)?)).await?;
    let with_teams = |mut data: Value| {
        data["teams"] = json!(teams);
        data
    };
    let fields = match values.parse(&page) {
        Ok(f) => f,
        Err(errors) => {
            let data = with_teams(form_data(&values, None, false, None));
            return page.invalid("statements/edit", data, &errors);
        }
    };
    let Some(team) = team_of(&values, &teams) else {
        let errors = FormErrors::single("team", page.t("statement-team-needed"));
        let data = with_teams(form_data(&values, None, false, None));
        return page.invalid("statements/edit", data, &errors);
    };
    if values.action.as_deref() == Some("preview") {
        let preview = preview_of(&fields, &page, None);
        return page.render(
            "statements/edit",
            with_teams(form_data(&values, None, false, Some(preview))),
        );
    }
    let user_id = current.user.id.clone();
    let result = state
        .db(move |conn| service::create(conn, &user_id, &team, &fields))
        .await?;
    match result {
        Some(s) => Ok(redirect(&format!(
            "/admin/statements/{}?done=created",
            s.slug
        ))),
        None => {
            let errors = FormErrors::single("slug", page.t("statement-slug-taken"));
            let data = with_teams(form_data(&values, None, false, None));
            page.invalid("statements/edit", data, &errors)
        }
    }
}

pub async fn overview(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
) -> Result<HttpResponse, AppError> {
    let id = s.id.clone();
    let lang = page.lang();
    let others = page.t("chart-others");
    let no_country = page.t("group-no-country");
    let deadline_at = s.deadline;
    let (counts, log, over_time, by_country, versions) = state
        .db(move |conn| {
            Ok((
                queries::counts_for(conn, &id)?,
                audit::list(
                    conn,
                    &audit::Filter {
                        statement_id: Some(id.clone()),
                        ..Default::default()
                    },
                    HISTORY_ON_OVERVIEW,
                )?,
                super::charts::over_time(conn, &id, deadline_at, now().date(), lang)?,
                super::charts::by_country(conn, &id, lang, &others, &no_country)?,
                super::versions::list(conn, &id)?,
            ))
        })
        .await?;
    let version_rows: Vec<Value> = versions
        .iter()
        .map(|v| {
            json!({
                "code": v.language,
                "name": super::form::language_name(&v.language),
                "translation": v.added_after_opening,
                "public": format!("/s/{}?lang={}", s.slug, v.language),
            })
        })
        .collect();
    let addable: Vec<Value> = super::form::LANGUAGES
        .iter()
        .filter(|(c, _)| *c != s.language && !versions.iter().any(|v| v.language == *c))
        .map(|(c, n)| json!({"code": c, "name": n}))
        .collect();
    let t = now();
    let status = s.status_at(t);
    let zone = s.zone();
    let more_history = log.len() as i64 == HISTORY_ON_OVERVIEW;
    let log = super::history::rows(&log, lang);
    page.render(
        "statements/overview",
        json!({
            "statement": statement_view(&s, page.lang(), t),
            "frozen": frozen,
            "original_language": super::form::language_name(&s.language),
            "versions": version_rows,
            "addable": addable,
            "actions": available_actions(status),
            "counts": counts,
            "log": log,
            "more_history": more_history,
            "unconfirmed": counts.get("unconfirmed").copied().unwrap_or(0),
            "timezone": s.timezone,
            "zones": deadline::zone_names(),
            "reopen_deadline": s.deadline.filter(|d| *d > t).map(|d| deadline::to_input(d, zone)).unwrap_or_default(),
            "public_url": format!("/s/{}", s.slug),
            "over_time": over_time,
            "by_country": by_country,
            "contact_erased": s.contact_erased_at.map(deadline::describe_utc),
            "contact_erase_on": s.contact_erase_on(state.settings.retention_days).map(deadline::describe_utc),
            "retention_days": state.settings.retention_days,
        }),
    )
}

pub async fn edit_form(
    AdminPage { page, .. }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
) -> Result<HttpResponse, AppError> {
    page.render(
        "statements/edit",
        form_data(&StatementForm::from_statement(&s), Some(&s), frozen, None),
    )
}

pub async fn save(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug {
        statement: s,
        frozen,
    }: StatementBySlug,
    form: web::Form<StatementForm>,
) -> Result<HttpResponse, AppError> {
    let values = form.into_inner().normalised();
    let fields = match values.parse(&page) {
        Ok(f) => f,
        Err(errors) => return invalid_form(&page, &values, Some(&s), frozen, &errors),
    };
    let mut errors = FormErrors::new();
    for (field, key) in service::edit_refusals(&s, frozen, &fields, now()) {
        errors.add(field, page.t(key));
    }
    if !errors.is_empty() {
        return invalid_form(&page, &values, Some(&s), frozen, &errors);
    }
    if values.action.as_deref() == Some("preview") {
        let preview = preview_of(&fields, &page, Some(&s));
        return page.render(
            "statements/edit",
            form_data(&values, Some(&s), frozen, Some(preview)),
        );
    }
    let user_id = current.user.id.clone();
    let new_slug = fields.slug.clone();
    let seen = s.clone();
    let saved = state
        .db(move |conn| service::save(conn, &user_id, &seen, &fields))
        .await?;
    let mut errors = FormErrors::new();
    match saved {
        service::Saved::Done => {
            return Ok(redirect(&format!(
                "/admin/statements/{new_slug}?done=saved"
            )))
        }
        service::Saved::Stale => {
            return Err(AppError::Conflict(page.t("statement-changed-meanwhile")))
        }
        service::Saved::Frozen => errors.add("body", page.t("statement-text-frozen")),
        service::Saved::SlugTaken => errors.add("slug", page.t("statement-slug-taken")),
        service::Saved::LanguageTaken => {
            errors.add("language", page.t("statement-language-has-version"))
        }
    }
    invalid_form(&page, &values, Some(&s), true, &errors)
}

pub async fn preview(
    AdminPage { page, .. }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
) -> Result<HttpResponse, AppError> {
    page.render(
        "statements/preview",
        json!({"statement": statement_view(&s, page.lang(), now())}),
    )
}

pub async fn lifecycle(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<(String, String)>,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    form: web::Form<LifecycleForm>,
) -> Result<HttpResponse, AppError> {
    let action = Action::parse(&path.into_inner().1).ok_or(AppError::NotFound)?;
    let t = now();
    let target = action
        .target(s.status_at(t))
        .map_err(|key| AppError::Conflict(page.t(key)))?;
    let new_deadline = match action {
        Action::Reopen => Some(form.new_deadline(&page).map_err(AppError::Unprocessable)?),
        _ => None,
    };
    let deadline_to_check = new_deadline.as_ref().map(|(d, _)| *d).or(s.deadline);
    if matches!(action, Action::Open | Action::Reopen) && deadline_to_check.is_none_or(|d| d <= t) {
        return Err(AppError::Conflict(page.t("statement-deadline-future")));
    }
    if action == Action::Open && !s.allow_organisations && !s.allow_individuals {
        return Err(AppError::Conflict(page.t("statement-who-required")));
    }
    let user_id = current.user.id.clone();
    let slug = s.slug.clone();
    let done = state
        .db(move |conn| service::transition(conn, &user_id, &s, action, target, new_deadline))
        .await?;
    if !done {
        return Err(AppError::Conflict(page.t("statement-changed-meanwhile")));
    }
    let notice = match action {
        Action::Open => "opened",
        Action::Close => "closed",
        Action::Reopen => "reopened",
        Action::Publish => "published",
        Action::Archive => "archived",
    };
    Ok(redirect(&format!("/admin/statements/{slug}?done={notice}")))
}

pub async fn amend_form(
    AdminPage { page, .. }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
) -> Result<HttpResponse, AppError> {
    let values = AmendForm {
        title: s.title.clone(),
        summary: s.summary.clone(),
        body: s.body.clone(),
        reason: String::new(),
    };
    page.render(
        "statements/amend",
        json!({"values": values, "slug": s.slug}),
    )
}

pub async fn amend(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    StatementBySlug { statement: s, .. }: StatementBySlug,
    form: web::Form<AmendForm>,
) -> Result<HttpResponse, AppError> {
    let refused = page.t("refused-amend");
    if matches!(s.status_at(now()), Status::Published | Status::Archived) {
        return Err(AppError::Conflict(refused));
    }
    let values = form.into_inner();
    let amendment = match values.parse(&page) {
        Ok(a) => a,
        Err(errors) => {
            let data = json!({"values": values, "slug": s.slug});
            return page.invalid("statements/amend", data, &errors);
        }
    };
    let user_id = current.user.id.clone();
    let slug = s.slug.clone();
    state
        .db(move |conn| service::amend(conn, &user_id, &s, &amendment, refused))
        .await?;
    Ok(redirect(&format!("/admin/statements/{slug}?done=amended")))
}

/// The audit page's filters, as its form sends them (empty means all).
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize)]
pub struct AuditQuery {
    #[serde(default)]
    statement: String,
    #[serde(default)]
    who: String,
    #[serde(default)]
    kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    before: String,
}

const AUDIT_PAGE: i64 = 50;
const HISTORY_ON_OVERVIEW: i64 = 20;

fn some(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

pub async fn audit_page(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    q: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let q = q.into_inner();
    let asked = q.clone();
    let (entries, statements, users) = state
        .db(move |conn| {
            let scope = current.user.scope(conn)?;
            // A statement that does not exist lists nothing, not everything.
            let statement_id = match some(&asked.statement) {
                Some(slug) => Some(
                    queries::find_by_slug(conn, &slug)?
                        .map(|s| s.id)
                        .unwrap_or_default(),
                ),
                None => None,
            };
            let filter = audit::Filter {
                statement_id,
                actor_user_id: some(&asked.who),
                kind: audit::KINDS.iter().copied().find(|k| *k == asked.kind),
                before: some(&asked.before),
                teams: scope.teams().map(<[String]>::to_vec),
            };
            Ok((
                audit::list(conn, &filter, AUDIT_PAGE)?,
                queries::list(conn, &scope)?,
                crate::accounts::list(conn)?,
            ))
        })
        .await?;
    let next = (entries.len() as i64 == AUDIT_PAGE)
        .then(|| entries.last())
        .flatten()
        .map(|last| {
            let mut n = q.clone();
            n.before = last.id.clone();
            format!("?{}", serde_urlencoded::to_string(&n).unwrap_or_default())
        });
    let filtered = !(q.statement.is_empty() && q.who.is_empty() && q.kind.is_empty());
    page.render(
        "statements/audit",
        json!({
            "entries": super::history::rows(&entries, page.lang()),
            "next": next,
            "filter": q,
            "filtered": filtered,
            "statements": statements.iter().map(|s| json!({"slug": s.slug, "title": s.title})).collect::<Vec<_>>(),
            "users": users.iter().map(|u| json!({"id": u.id, "name": u.name})).collect::<Vec<_>>(),
            "kinds": audit::KINDS,
        }),
    )
}
