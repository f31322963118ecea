//! What the templates show about a statement, public and workspace pages
//! alike.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::domain::deadline;
use crate::i18n::{self, Var};

use super::markdown::to_safe_html;
use super::{Statement, Status};

/// A statement as the templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub organiser: String,
    pub summary: String,
    pub body_html: String,
    pub note: String,
    pub language: String,
    /// `rtl` or `ltr`: the way the statement's language is written.
    pub dir: &'static str,
    pub status: &'static str,
    pub status_label: String,
    pub is_open: bool,
    pub is_closed: bool,
    pub is_published: bool,
    pub timezone: String,
    pub deadline_local: Option<String>,
    pub deadline_utc: Option<String>,
    pub deadline_rfc3339: Option<String>,
    pub time_left: Option<String>,
    pub closed_local: Option<String>,
    pub amended_local: Option<String>,
    /// The day it was published, in its time zone.
    pub published_on: Option<String>,
    pub allow_organisations: bool,
    pub allow_individuals: bool,
    pub moderation: bool,
    pub public_list: bool,
}

/// Everything the templates show about a statement, as of `now`.
pub fn statement_view(s: &Statement, lang: &str, now: NaiveDateTime) -> StatementView {
    let status = s.status_at(now);
    let zone = s.zone();
    StatementView {
        id: s.id.clone(),
        slug: s.slug.clone(),
        title: s.title.clone(),
        organiser: s.organiser.clone(),
        summary: s.summary.clone(),
        body_html: to_safe_html(&s.body),
        note: s.note.clone(),
        language: s.language.clone(),
        dir: crate::i18n::direction(&s.language),
        status: status.as_str(),
        status_label: i18n::t(lang, &format!("status-{}", status.as_str())),
        is_open: status == Status::Open,
        is_closed: status == Status::Closed,
        is_published: status == Status::Published,
        timezone: s.timezone.clone(),
        deadline_local: s.deadline.map(|d| deadline::describe(d, zone, lang)),
        deadline_utc: s.deadline.map(deadline::describe_utc),
        deadline_rfc3339: s.deadline.map(deadline::rfc3339),
        time_left: s
            .deadline
            .filter(|_| status == Status::Open)
            .map(|d| time_left(lang, d - now)),
        closed_local: s
            .closed_time(now)
            .map(|d| deadline::describe(d, zone, lang)),
        amended_local: s.amended_at.map(|d| deadline::describe(d, zone, lang)),
        published_on: s
            .published_at
            .filter(|_| matches!(status, Status::Published | Status::Archived))
            .map(|d| deadline::describe_day(d, zone, lang)),
        allow_organisations: s.allow_organisations,
        allow_individuals: s.allow_individuals,
        moderation: s.moderation,
        public_list: s.public_list,
    }
}

/// "closes in 3 days", "closes in 5 hours", "closes in 12 minutes".
pub fn time_left(lang: &str, left: chrono::TimeDelta) -> String {
    let (key, n) = if left.num_days() >= 2 {
        ("time-left-days", left.num_days())
    } else if left.num_hours() >= 2 {
        ("time-left-hours", left.num_hours())
    } else {
        ("time-left-minutes", left.num_minutes().max(1))
    };
    i18n::t_vars(lang, key, &[("n", Var::Num(n))])
}
