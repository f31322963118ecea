//! The coordinator workspace for statements: dashboard, editor, preview,
//! lifecycle actions, amendments and the audit log page.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::accounts::session::{AdminPage, CurrentUser};
use crate::audit;
use crate::db::{now, write_tx};
use crate::domain::deadline::{self, DeadlineError};
use crate::domain::slug::Slug;
use crate::error::AppError;
use crate::i18n::{self, Var};
use crate::state::AppState;
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

use super::queries::{self, StatementFields, WriteError};
use super::view::statement_view;
use super::{available_actions, Action, Grouping, Statement, Status};

/// Slugs that would clash with workspace paths.
const RESERVED_SLUGS: &[&str] = &["new"];
const MAX_TITLE: usize = 300;
const MAX_SUMMARY: usize = 2_000;
const MAX_BODY: usize = 60_000;
const MAX_NOTE: usize = 2_000;

/// Languages offered for a statement's text: (code, name in that language).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("ru", "Русский"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("sw", "Kiswahili"),
    ("bo", "བོད་སྐད་"),
];

/// The editor form as submitted (checkboxes send "on").
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize)]
pub struct StatementForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub organiser: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub timezone: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub grouping: String,
    #[serde(default)]
    pub allow_organisations: Option<String>,
    #[serde(default)]
    pub allow_individuals: Option<String>,
    #[serde(default)]
    pub moderation: Option<String>,
    #[serde(default)]
    pub public_list: Option<String>,
    #[serde(default)]
    pub require_country: Option<String>,
    /// "preview" shows the page without saving.
    #[serde(default, skip_serializing)]
    pub action: Option<String>,
}

fn ticked(v: &Option<String>) -> Option<String> {
    v.as_ref().map(|_| "on".to_string())
}

impl StatementForm {
    fn from_statement(s: &Statement) -> Self {
        let on = |b: bool| b.then(|| "on".to_string());
        StatementForm {
            title: s.title.clone(),
            slug: s.slug.clone(),
            organiser: s.organiser.clone(),
            summary: s.summary.clone(),
            body: s.body.clone(),
            language: s.language.clone(),
            deadline: s
                .deadline
                .map(|d| deadline::to_input(d, s.zone()))
                .unwrap_or_default(),
            timezone: s.timezone.clone(),
            note: s.note.clone(),
            grouping: s.grouping.as_str().to_string(),
            allow_organisations: on(s.allow_organisations),
            allow_individuals: on(s.allow_individuals),
            moderation: on(s.moderation),
            public_list: on(s.public_list),
            require_country: on(s.require_country),
            action: None,
        }
    }

    fn blank() -> Self {
        StatementForm {
            language: "en".into(),
            timezone: "UTC".into(),
            grouping: "none".into(),
            allow_organisations: Some("on".into()),
            ..Default::default()
        }
    }

    fn normalised(&self) -> Self {
        StatementForm {
            allow_organisations: ticked(&self.allow_organisations),
            allow_individuals: ticked(&self.allow_individuals),
            moderation: ticked(&self.moderation),
            public_list: ticked(&self.public_list),
            require_country: ticked(&self.require_country),
            ..self.clone()
        }
    }

    /// Checks every field; returns the fields to store or the messages.
    fn parse(&self, page: &Page) -> Result<StatementFields, FormErrors> {
        let mut errors = FormErrors::new();
        let title = collapse(&self.title);
        let title_len = title.chars().count();
        if title_len == 0 || title_len > MAX_TITLE {
            errors.add("title", page.t("statement-title-required"));
        }
        let slug = if self.slug.trim().is_empty() {
            Slug::suggest(&title)
        } else {
            Slug::parse(&self.slug)
        };
        let slug = match slug {
            Some(s) if !RESERVED_SLUGS.contains(&s.as_str()) => Some(s),
            _ => {
                errors.add("slug", page.t("statement-slug-invalid"));
                None
            }
        };
        let organiser = collapse(&self.organiser);
        if organiser.chars().count() > MAX_TITLE {
            errors.add("organiser", page.t("statement-organiser-too-long"));
        }
        let summary = self.summary.trim().to_string();
        if summary.chars().count() > MAX_SUMMARY {
            errors.add("summary", page.t("statement-summary-too-long"));
        }
        let body = self.body.trim_end().to_string();
        if body.chars().count() > MAX_BODY {
            errors.add("body", page.t("statement-body-too-long"));
        }
        let note = self.note.trim().to_string();
        if note.chars().count() > MAX_NOTE {
            errors.add("note", page.t("statement-note-too-long"));
        }
        let language = self.language.trim();
        if !LANGUAGES.iter().any(|(code, _)| *code == language) {
            errors.add("language", page.t("statement-language-invalid"));
        }
        let zone = match deadline::parse_zone(&self.timezone) {
            Ok(z) => Some(z),
            Err(e) => {
                errors.add("timezone", page.t(e.key()));
                None
            }
        };
        let deadline = match (self.deadline.trim(), zone) {
            ("", _) => None,
            (input, Some(z)) => match deadline::parse_local(input, z) {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.add("deadline", deadline_message(page, &e, input, z));
                    None
                }
            },
            (_, None) => None,
        };
        let grouping = Grouping::parse(&self.grouping);
        if grouping.is_none() {
            errors.add("grouping", page.t("statement-grouping-invalid"));
        }
        if self.allow_organisations.is_none() && self.allow_individuals.is_none() {
            errors.add("allow_organisations", page.t("statement-who-required"));
        }
        match (errors.is_empty(), slug, zone, grouping) {
            (true, Some(slug), Some(zone), Some(grouping)) => Ok(StatementFields {
                slug: slug.to_string(),
                title,
                organiser,
                summary,
                body,
                language: language.to_string(),
                deadline,
                timezone: zone.name().to_string(),
                allow_organisations: self.allow_organisations.is_some(),
                allow_individuals: self.allow_individuals.is_some(),
                moderation: self.moderation.is_some(),
                public_list: self.public_list.is_some(),
                require_country: self.require_country.is_some(),
                note,
                grouping,
            }),
            _ => Err(errors),
        }
    }
}

fn deadline_message(page: &Page, e: &DeadlineError, input: &str, zone: chrono_tz::Tz) -> String {
    i18n::t_vars(
        page.lang(),
        e.key(),
        &[
            ("time", Var::Text(input.to_string())),
            ("zone", Var::Text(zone.name().to_string())),
        ],
    )
}

/// Trims and collapses inner runs of whitespace.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn form_data(
    values: &StatementForm,
    statement: Option<&Statement>,
    frozen: bool,
    preview: Option<Value>,
) -> Value {
    let slug_locked = statement.is_some_and(|s| s.stored_status() != Status::Draft);
    json!({
        "values": values,
        "is_new": statement.is_none(),
        "statement": statement.map(|s| json!({"slug": s.slug, "title": s.title})),
        "frozen": frozen,
        "slug_locked": slug_locked,
        "zones": deadline::zone_names(),
        "languages": LANGUAGES.iter().map(|(c, n)| json!({"code": c, "name": n})).collect::<Vec<_>>(),
        "preview": preview,
    })
}

async fn load(state: &AppState, slug: String) -> Result<(Statement, bool), AppError> {
    state
        .db(move |conn| {
            let s = queries::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let frozen = queries::has_signatures(conn, &s.id)?;
            Ok((s, frozen))
        })
        .await
}

pub async fn dashboard(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
) -> Result<HttpResponse, AppError> {
    let (list, counts) = state
        .db(|conn| Ok((queries::list(conn)?, queries::counts_by_status(conn)?)))
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

pub async fn new_form(req: HttpRequest, current: CurrentUser) -> Result<HttpResponse, AppError> {
    Page::new(&req).user(current.user.viewer()).render(
        "statements/edit",
        form_data(&StatementForm::blank(), None, false, None),
    )
}

fn preview_of(fields: &StatementFields, page: &Page, base: Option<&Statement>) -> Value {
    let t = now();
    let s = Statement {
        id: String::new(),
        slug: fields.slug.clone(),
        title: fields.title.clone(),
        summary: fields.summary.clone(),
        body: fields.body.clone(),
        language: fields.language.clone(),
        status: base.map(|b| b.status).unwrap_or(Status::Open),
        opens_at: None,
        deadline: fields.deadline,
        timezone: fields.timezone.clone(),
        allow_organisations: fields.allow_organisations,
        allow_individuals: fields.allow_individuals,
        moderation: fields.moderation,
        public_list: fields.public_list,
        require_country: fields.require_country,
        note: fields.note.clone(),
        grouping: fields.grouping,
        created_by: None,
        created_at: t,
        updated_at: t,
        opened_at: None,
        closed_at: None,
        published_at: None,
        archived_at: None,
        amended_at: base.and_then(|b| b.amended_at),
        organiser: fields.organiser.clone(),
    };
    json!(statement_view(&s, page.lang(), t))
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
    let fields = match values.parse(&page) {
        Ok(f) => f,
        Err(errors) => return invalid_form(&page, &values, None, false, &errors),
    };
    if values.action.as_deref() == Some("preview") {
        let preview = preview_of(&fields, &page, None);
        return page.render(
            "statements/edit",
            form_data(&values, None, false, Some(preview)),
        );
    }
    let user_id = current.user.id.clone();
    let result = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                let s = match queries::insert(conn, &fields, &user_id) {
                    Ok(s) => s,
                    Err(WriteError::SlugTaken) => return Ok(None),
                    Err(WriteError::Db(e)) => return Err(AppError::from(e)),
                };
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.create",
                    Some(&s.id),
                    json!({"slug": s.slug, "title": s.title}),
                )?;
                Ok(Some(s))
            })
        })
        .await?;
    match result {
        Some(s) => Ok(redirect(&format!(
            "/admin/statements/{}?done=created",
            s.slug
        ))),
        None => {
            let errors = FormErrors::single("slug", page.t("statement-slug-taken"));
            invalid_form(&page, &values, None, false, &errors)
        }
    }
}

pub async fn overview(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (s, frozen) = load(&state, path.into_inner()).await?;
    let id = s.id.clone();
    let lang = page.lang();
    let (counts, log, per_day, by_country) = state
        .db(move |conn| {
            Ok((
                queries::counts_for(conn, &id)?,
                audit::list(conn, Some(&id), None, 50)?,
                super::charts::per_day(conn, &id)?,
                super::charts::by_country(conn, &id, lang)?,
            ))
        })
        .await?;
    let t = now();
    let status = s.status_at(t);
    let zone = s.zone();
    let log: Vec<Value> = log
        .iter()
        .map(|e| json!({"at": deadline::describe_utc(e.at), "actor": e.actor, "action": e.action, "details": e.details}))
        .collect();
    page.render(
        "statements/overview",
        json!({
            "statement": statement_view(&s, page.lang(), t),
            "frozen": frozen,
            "actions": available_actions(status),
            "counts": counts,
            "log": log,
            "timezone": s.timezone,
            "zones": deadline::zone_names(),
            "reopen_deadline": s.deadline.filter(|d| *d > t).map(|d| deadline::to_input(d, zone)).unwrap_or_default(),
            "public_url": format!("/s/{}", s.slug),
            "per_day": per_day,
            "by_country": by_country,
        }),
    )
}

pub async fn edit_form(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (s, frozen) = load(&state, path.into_inner()).await?;
    page.render(
        "statements/edit",
        form_data(&StatementForm::from_statement(&s), Some(&s), frozen, None),
    )
}

pub async fn save(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<String>,
    form: web::Form<StatementForm>,
) -> Result<HttpResponse, AppError> {
    let (s, frozen) = load(&state, path.into_inner()).await?;
    let values = form.into_inner().normalised();
    let fields = match values.parse(&page) {
        Ok(f) => f,
        Err(errors) => return invalid_form(&page, &values, Some(&s), frozen, &errors),
    };
    let mut errors = FormErrors::new();
    if s.stored_status() != Status::Draft && fields.slug != s.slug {
        errors.add("slug", page.t("statement-slug-locked"));
    }
    if frozen && (fields.title != s.title || fields.summary != s.summary || fields.body != s.body) {
        errors.add("body", page.t("statement-text-frozen"));
    }
    match s.status_at(now()) {
        Status::Draft => {}
        Status::Open if fields.deadline.is_none_or(|d| d <= now()) => {
            errors.add("deadline", page.t("statement-deadline-future"));
        }
        Status::Open => {}
        // Past its deadline a statement reopens only through "Reopen".
        _ if fields.deadline != s.deadline || fields.timezone != s.timezone => {
            errors.add("deadline", page.t("statement-deadline-reopen"));
        }
        _ => {}
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
    let id = s.id.clone();
    let new_slug = fields.slug.clone();
    let seen = s.clone();
    let saved = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                // The checks above ran on what was read before; what was
                // read must still be what is stored.
                let fresh = queries::find_by_id(conn, &id)?.ok_or(AppError::NotFound)?;
                if fresh.updated_at != seen.updated_at {
                    return Ok(Saved::Stale);
                }
                let text_changed = fields.title != seen.title
                    || fields.summary != seen.summary
                    || fields.body != seen.body;
                if text_changed && queries::has_signatures(conn, &id)? {
                    return Ok(Saved::Frozen);
                }
                match queries::update(conn, &id, &fields) {
                    Ok(()) => {}
                    Err(WriteError::SlugTaken) => return Ok(Saved::SlugTaken),
                    Err(WriteError::Db(e)) => return Err(AppError::from(e)),
                }
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.edit",
                    Some(&id),
                    json!({"slug": fields.slug}),
                )?;
                Ok(Saved::Done)
            })
        })
        .await?;
    let mut errors = FormErrors::new();
    match saved {
        Saved::Done => {
            return Ok(redirect(&format!(
                "/admin/statements/{new_slug}?done=saved"
            )))
        }
        Saved::Stale => return Err(AppError::Conflict(page.t("statement-changed-meanwhile"))),
        Saved::Frozen => errors.add("body", page.t("statement-text-frozen")),
        Saved::SlugTaken => errors.add("slug", page.t("statement-slug-taken")),
    }
    invalid_form(&page, &values, Some(&s), true, &errors)
}

enum Saved {
    Done,
    Stale,
    Frozen,
    SlugTaken,
}

pub async fn preview(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (s, _) = load(&state, path.into_inner()).await?;
    page.render(
        "statements/preview",
        json!({"statement": statement_view(&s, page.lang(), now())}),
    )
}

#[derive(Deserialize)]
pub struct LifecycleForm {
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    timezone: String,
}

pub async fn lifecycle(
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    path: web::Path<(String, String)>,
    form: web::Form<LifecycleForm>,
) -> Result<HttpResponse, AppError> {
    let (slug, action) = path.into_inner();
    let action = Action::parse(&action).ok_or(AppError::NotFound)?;
    let (s, _) = load(&state, slug).await?;
    let t = now();
    let target = action
        .target(s.status_at(t))
        .map_err(|key| AppError::Conflict(page.t(key)))?;
    let new_deadline = match action {
        Action::Reopen => {
            let zone = deadline::parse_zone(&form.timezone)
                .map_err(|e| AppError::Unprocessable(page.t(e.key())))?;
            let d = deadline::parse_local(&form.deadline, zone).map_err(|e| {
                AppError::Unprocessable(deadline_message(&page, &e, &form.deadline, zone))
            })?;
            Some((d, zone.name().to_string()))
        }
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
        .db(move |conn| {
            write_tx(conn, |conn| {
                let details = json!({
                    "from": s.status_at(t).as_str(),
                    "to": target.as_str(),
                    "deadline": new_deadline.as_ref().map(|(d, _)| deadline::rfc3339(*d)),
                });
                if !queries::transition(conn, &s, target, new_deadline)? {
                    return Ok(false);
                }
                audit::record(
                    conn,
                    Some(&user_id),
                    &format!("statement.{}", action.as_str()),
                    Some(&s.id),
                    details,
                )?;
                Ok::<_, AppError>(true)
            })
        })
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

#[derive(Deserialize, serde::Serialize, Default)]
pub struct AmendForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    reason: String,
}

pub async fn amend_form(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (s, _) = load(&state, path.into_inner()).await?;
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
    path: web::Path<String>,
    form: web::Form<AmendForm>,
) -> Result<HttpResponse, AppError> {
    let (s, _) = load(&state, path.into_inner()).await?;
    let refused = page.t("refused-amend");
    if matches!(s.status_at(now()), Status::Published | Status::Archived) {
        return Err(AppError::Conflict(refused));
    }
    let values = form.into_inner();
    let title = collapse(&values.title);
    let mut errors = FormErrors::new();
    let title_len = title.chars().count();
    if title_len == 0 || title_len > MAX_TITLE {
        errors.add("title", page.t("statement-title-required"));
    }
    if values.summary.trim().chars().count() > MAX_SUMMARY {
        errors.add("summary", page.t("statement-summary-too-long"));
    }
    if values.body.chars().count() > MAX_BODY {
        errors.add("body", page.t("statement-body-too-long"));
    }
    if values.reason.trim().is_empty() {
        errors.add("reason", page.t("amend-reason-required"));
    }
    if !errors.is_empty() {
        return page.invalid(
            "statements/amend",
            json!({"values": values, "slug": s.slug}),
            &errors,
        );
    }
    let user_id = current.user.id.clone();
    let slug = s.slug.clone();
    let (summary, body, reason) = (
        values.summary.trim().to_string(),
        values.body.trim_end().to_string(),
        values.reason.trim().to_string(),
    );
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                // Published meanwhile? Then the text stays as published.
                let fresh = queries::find_by_id(conn, &s.id)?.ok_or(AppError::NotFound)?;
                if matches!(fresh.status_at(now()), Status::Published | Status::Archived) {
                    return Err(AppError::Conflict(refused));
                }
                queries::amend(conn, &s.id, &title, &summary, &body)?;
                let details = json!({
                    "reason": reason,
                    "before": {"title": s.title, "summary": s.summary, "body": s.body},
                    "after": {"title": title, "summary": summary, "body": body},
                });
                audit::record(
                    conn,
                    Some(&user_id),
                    "statement.amend",
                    Some(&s.id),
                    details,
                )?;
                Ok::<_, AppError>(())
            })
        })
        .await?;
    Ok(redirect(&format!("/admin/statements/{slug}?done=amended")))
}

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<String>,
}

const AUDIT_PAGE: i64 = 100;

pub async fn audit_page(
    state: web::Data<AppState>,
    AdminPage { page, .. }: AdminPage,
    q: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let before = q.into_inner().before;
    let entries = state
        .db(move |conn| Ok(audit::list(conn, None, before.as_deref(), AUDIT_PAGE)?))
        .await?;
    let next = (entries.len() as i64 == AUDIT_PAGE)
        .then(|| entries.last().map(|e| e.id.clone()))
        .flatten();
    let rows: Vec<Value> = entries
        .iter()
        .map(|e| json!({"at": deadline::describe_utc(e.at), "actor": e.actor, "action": e.action, "statement": e.statement_slug, "details": e.details}))
        .collect();
    page.render("statements/audit", json!({"entries": rows, "next": next}))
}
