//! The statement editor's forms: what a coordinator typed, checked into
//! the fields a statement is stored with.

use chrono::NaiveDateTime;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::db::now;
use crate::domain::deadline::{self, DeadlineError};
use crate::domain::slug::Slug;
use crate::i18n::{self, Var};
use crate::web::form::FormErrors;
use crate::web::page::Page;

use super::queries::StatementFields;
use super::service::Amendment;
use super::view::statement_view;
use super::{Grouping, Statement, Status};

/// Slugs that would clash with workspace paths.
const RESERVED_SLUGS: &[&str] = &["new"];
pub const MAX_TITLE: usize = 300;
pub const MAX_SUMMARY: usize = 2_000;
pub const MAX_BODY: usize = 60_000;
pub const MAX_NOTE: usize = 2_000;

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

/// A statement language's name in that language ("Français"), or its code.
pub fn language_name(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
        .unwrap_or(code)
}

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
    /// The team of a new statement (its id).
    #[serde(default)]
    pub team: String,
}

fn ticked(v: &Option<String>) -> Option<String> {
    v.as_ref().map(|_| "on".to_string())
}

impl StatementForm {
    pub fn from_statement(s: &Statement) -> Self {
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
            team: String::new(),
        }
    }

    pub fn blank() -> Self {
        StatementForm {
            language: "en".into(),
            timezone: "UTC".into(),
            grouping: "none".into(),
            allow_organisations: Some("on".into()),
            ..Default::default()
        }
    }

    pub fn normalised(&self) -> Self {
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
    pub fn parse(&self, page: &Page) -> Result<StatementFields, FormErrors> {
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

pub fn deadline_message(
    page: &Page,
    e: &DeadlineError,
    input: &str,
    zone: chrono_tz::Tz,
) -> String {
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
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn form_data(
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

pub fn preview_of(fields: &StatementFields, page: &Page, base: Option<&Statement>) -> Value {
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
        contact_erased_at: None,
    };
    json!(statement_view(&s, page.lang(), t))
}

#[derive(Deserialize)]
pub struct LifecycleForm {
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub timezone: String,
}

#[derive(Deserialize, serde::Serialize, Default)]
pub struct AmendForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub reason: String,
}

impl LifecycleForm {
    /// The new deadline of a reopening, or the message saying why not.
    pub fn new_deadline(&self, page: &Page) -> Result<(NaiveDateTime, String), String> {
        let zone = deadline::parse_zone(&self.timezone).map_err(|e| page.t(e.key()))?;
        let d = deadline::parse_local(&self.deadline, zone)
            .map_err(|e| deadline_message(page, &e, &self.deadline, zone))?;
        Ok((d, zone.name().to_string()))
    }
}

impl AmendForm {
    /// Checks an amendment: a title, lengths within the editor's limits,
    /// and a reason for the record.
    pub fn parse(&self, page: &Page) -> Result<Amendment, FormErrors> {
        let title = collapse(&self.title);
        let mut errors = FormErrors::new();
        let title_len = title.chars().count();
        if title_len == 0 || title_len > MAX_TITLE {
            errors.add("title", page.t("statement-title-required"));
        }
        if self.summary.trim().chars().count() > MAX_SUMMARY {
            errors.add("summary", page.t("statement-summary-too-long"));
        }
        if self.body.chars().count() > MAX_BODY {
            errors.add("body", page.t("statement-body-too-long"));
        }
        if self.reason.trim().is_empty() {
            errors.add("reason", page.t("amend-reason-required"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Amendment {
            title,
            summary: self.summary.trim().to_string(),
            body: self.body.trim_end().to_string(),
            reason: self.reason.trim().to_string(),
        })
    }
}
