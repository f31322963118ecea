//! Statements and their lifecycle (docs/SPEC.md §2).

pub mod blocks;
pub mod charts;
pub mod form;
pub mod history;
pub mod markdown;
pub mod public;
pub mod queries;
pub mod routes;
pub mod service;
pub mod version_routes;
pub mod versions;
pub mod view;

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::statements;
use crate::domain::deadline;

crate::text_enum! {
    /// Where a statement is in its life.
    pub enum Status {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
        Published = "published",
        Archived = "archived",
    }
}

crate::text_enum! {
    /// How the final list is grouped.
    pub enum Grouping {
        /// One alphabetical list.
        None = "none",
        /// Organisations, then individuals.
        Kind = "kind",
        /// By country.
        Country = "country",
    }
}

#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = statements)]
pub struct Statement {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: String,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    pub opens_at: Option<NaiveDateTime>,
    pub deadline: Option<NaiveDateTime>,
    pub timezone: String,
    pub allow_organisations: bool,
    pub allow_individuals: bool,
    pub moderation: bool,
    pub public_list: bool,
    pub require_country: bool,
    pub note: String,
    #[diesel(deserialize_as = String)]
    pub grouping: Grouping,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub opened_at: Option<NaiveDateTime>,
    pub closed_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
    pub archived_at: Option<NaiveDateTime>,
    pub amended_at: Option<NaiveDateTime>,
    pub organiser: String,
    pub contact_erased_at: Option<NaiveDateTime>,
}

impl Statement {
    /// When the contact data of the signatures is (or was) due for
    /// erasure (docs/SPEC.md §7): `days` after the statement was
    /// published, or archived without being published; never before.
    pub fn contact_erase_on(&self, days: u32) -> Option<NaiveDateTime> {
        if !matches!(self.status, Status::Published | Status::Archived) {
            return None;
        }
        self.published_at
            .or(self.archived_at)
            .map(|t| t + chrono::TimeDelta::days(i64::from(days)))
    }

    pub fn stored_status(&self) -> Status {
        self.status
    }

    /// The status as of `now`: an open statement whose deadline has passed
    /// is closed, with no job needed to close it.
    pub fn status_at(&self, now: NaiveDateTime) -> Status {
        match (self.stored_status(), self.deadline) {
            (Status::Open, Some(d)) if d <= now => Status::Closed,
            (s, _) => s,
        }
    }

    /// When signing closed (the deadline, for an automatic close).
    pub fn closed_time(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.closed_at.or_else(|| {
            (self.status_at(now) != Status::Open)
                .then_some(self.deadline)
                .flatten()
                .filter(|d| *d <= now)
        })
    }

    pub fn zone(&self) -> Tz {
        deadline::parse_zone(&self.timezone).unwrap_or(Tz::UTC)
    }

    /// Whether the public may see the statement at all.
    pub fn is_public(&self, now: NaiveDateTime) -> bool {
        match self.status_at(now) {
            Status::Draft => false,
            Status::Archived => self.published_at.is_some(),
            _ => true,
        }
    }

    /// Whether the public may see its list now: the running list while
    /// open (if the statement shows it), the final list once published.
    pub fn list_is_public(&self, now: NaiveDateTime) -> bool {
        match self.status_at(now) {
            Status::Published => true,
            Status::Archived => self.published_at.is_some(),
            Status::Open => self.public_list,
            _ => false,
        }
    }

    /// Whether the final list has been published (and stays so, archived).
    pub fn is_published(&self, now: NaiveDateTime) -> bool {
        self.published_at.is_some()
            && matches!(self.status_at(now), Status::Published | Status::Archived)
    }

    /// Whether signatures are taken now.
    pub fn is_signable(&self, now: NaiveDateTime) -> bool {
        self.status_at(now) == Status::Open
    }
}

/// A lifecycle action a coordinator can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Open,
    Close,
    Reopen,
    Publish,
    Archive,
}

impl Action {
    pub fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "open" => Action::Open,
            "close" => Action::Close,
            "reopen" => Action::Reopen,
            "publish" => Action::Publish,
            "archive" => Action::Archive,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Open => "open",
            Action::Close => "close",
            Action::Reopen => "reopen",
            Action::Publish => "publish",
            Action::Archive => "archive",
        }
    }

    /// The status the action leads to, if allowed from `current`
    /// (the status as of now); otherwise the reason, as a translation key.
    pub fn target(self, current: Status) -> Result<Status, &'static str> {
        use Status::*;
        match (self, current) {
            (Action::Open, Draft) => Ok(Open),
            (Action::Open, _) => Err("refused-open"),
            (Action::Close, Open) => Ok(Closed),
            (Action::Close, _) => Err("refused-close"),
            (Action::Reopen, Closed) => Ok(Open),
            (Action::Reopen, _) => Err("refused-reopen"),
            (Action::Publish, Closed) => Ok(Published),
            (Action::Publish, _) => Err("refused-publish"),
            (Action::Archive, Draft | Closed | Published) => Ok(Archived),
            (Action::Archive, _) => Err("refused-archive"),
        }
    }
}

/// The actions offered for a statement in `status`.
pub fn available_actions(status: Status) -> Vec<&'static str> {
    [
        Action::Open,
        Action::Close,
        Action::Reopen,
        Action::Publish,
        Action::Archive,
    ]
    .into_iter()
    .filter(|a| a.target(status).is_ok())
    .map(Action::as_str)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn lifecycle_follows_the_spec() {
        assert_eq!(Action::Open.target(Draft), Ok(Open));
        assert_eq!(Action::Close.target(Open), Ok(Closed));
        assert_eq!(Action::Reopen.target(Closed), Ok(Open));
        assert_eq!(Action::Publish.target(Closed), Ok(Published));
        assert_eq!(Action::Archive.target(Published), Ok(Archived));
        assert!(Action::Publish.target(Open).is_err());
        assert!(Action::Publish.target(Draft).is_err());
        assert!(Action::Open.target(Published).is_err());
        assert!(Action::Reopen.target(Published).is_err());
        assert!(Action::Archive.target(Open).is_err());
        assert!(Action::Close.target(Archived).is_err());
        assert_eq!(
            available_actions(Closed),
            vec!["reopen", "publish", "archive"]
        );
    }
}
