//! The rules and transactions behind the statement workspace: creating,
//! editing, lifecycle transitions and amendments, each audited in the
//! same transaction as the change.

use chrono::NaiveDateTime;
use serde_json::json;

use crate::audit;
use crate::db::{now, write_tx, DbConnection};
use crate::domain::deadline;
use crate::error::AppError;

use super::queries::{self, StatementFields, WriteError};
use super::{Action, Statement, Status};

/// Creates a draft; `None` when the address (slug) is taken.
pub fn create(
    conn: &mut DbConnection,
    user_id: &str,
    team_id: &str,
    fields: &StatementFields,
) -> Result<Option<Statement>, AppError> {
    write_tx(conn, |conn| {
        let s = match queries::insert(conn, fields, user_id, team_id) {
            Ok(s) => s,
            Err(WriteError::SlugTaken) => return Ok(None),
            Err(WriteError::Db(e)) => return Err(AppError::from(e)),
        };
        audit::record(
            conn,
            Some(user_id),
            "statement.create",
            Some(&s.id),
            json!({"slug": s.slug, "title": s.title}),
        )?;
        Ok(Some(s))
    })
}

/// Why an edit of `s` is refused, as (field, message key) pairs: the
/// address is fixed once open, the text once someone signed, and past its
/// deadline a statement reopens only through "Reopen".
pub fn edit_refusals(
    s: &Statement,
    frozen: bool,
    fields: &StatementFields,
    now: NaiveDateTime,
) -> Vec<(&'static str, &'static str)> {
    let mut refusals = Vec::new();
    if s.stored_status() != Status::Draft && fields.slug != s.slug {
        refusals.push(("slug", "statement-slug-locked"));
    }
    if frozen
        && (fields.title != s.title
            || fields.summary != s.summary
            || fields.body != s.body
            || fields.language != s.language)
    {
        refusals.push(("body", "statement-text-frozen"));
    }
    match s.status_at(now) {
        Status::Draft => {}
        Status::Open if fields.deadline.is_none_or(|d| d <= now) => {
            refusals.push(("deadline", "statement-deadline-future"));
        }
        Status::Open => {}
        _ if fields.deadline != s.deadline || fields.timezone != s.timezone => {
            refusals.push(("deadline", "statement-deadline-reopen"));
        }
        _ => {}
    }
    refusals
}

/// What saving an edit did.
pub enum Saved {
    Done,
    /// Someone else changed the statement since it was read.
    Stale,
    /// Someone signed meanwhile: the text is frozen.
    Frozen,
    SlugTaken,
    /// A language version already has the language asked for.
    LanguageTaken,
}

/// Saves an edit of the statement as it was read (`seen`).
pub fn save(
    conn: &mut DbConnection,
    user_id: &str,
    seen: &Statement,
    fields: &StatementFields,
) -> Result<Saved, AppError> {
    write_tx(conn, |conn| {
        // The checks ran on what was read before; what was read must
        // still be what is stored.
        let fresh = queries::find_by_id(conn, &seen.id)?.ok_or(AppError::NotFound)?;
        if fresh.updated_at != seen.updated_at {
            return Ok(Saved::Stale);
        }
        let text_changed = fields.title != seen.title
            || fields.summary != seen.summary
            || fields.body != seen.body
            || fields.language != seen.language;
        if text_changed && queries::has_signatures(conn, &seen.id)? {
            return Ok(Saved::Frozen);
        }
        // The original cannot take the language of one of its versions.
        if fields.language != seen.language
            && super::versions::list(conn, &seen.id)?
                .iter()
                .any(|v| v.language == fields.language)
        {
            return Ok(Saved::LanguageTaken);
        }
        match queries::update(conn, &seen.id, fields) {
            Ok(()) => {}
            Err(WriteError::SlugTaken) => return Ok(Saved::SlugTaken),
            Err(WriteError::Db(e)) => return Err(AppError::from(e)),
        }
        audit::record(
            conn,
            Some(user_id),
            "statement.edit",
            Some(&seen.id),
            json!({"slug": fields.slug}),
        )?;
        Ok(Saved::Done)
    })
}

/// Moves `s` to `target`; false when it changed meanwhile.
pub fn transition(
    conn: &mut DbConnection,
    user_id: &str,
    s: &Statement,
    action: Action,
    target: Status,
    new_deadline: Option<(NaiveDateTime, String)>,
) -> Result<bool, AppError> {
    write_tx(conn, |conn| {
        let details = json!({
            "from": s.status_at(now()).as_str(),
            "to": target.as_str(),
            "deadline": new_deadline.as_ref().map(|(d, _)| deadline::rfc3339(*d)),
        });
        if !queries::transition(conn, s, target, new_deadline.clone())? {
            return Ok(false);
        }
        audit::record(
            conn,
            Some(user_id),
            &format!("statement.{}", action.as_str()),
            Some(&s.id),
            details,
        )?;
        Ok(true)
    })
}

/// A correction of a frozen text, with its reason.
pub struct Amendment {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub reason: String,
}

/// Amends the text of `s`, unless it was published meanwhile (then the
/// text stays as published and `refused` is the answer).
pub fn amend(
    conn: &mut DbConnection,
    user_id: &str,
    s: &Statement,
    a: &Amendment,
    refused: String,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let fresh = queries::find_by_id(conn, &s.id)?.ok_or(AppError::NotFound)?;
        if matches!(fresh.status_at(now()), Status::Published | Status::Archived) {
            return Err(AppError::Conflict(refused));
        }
        queries::amend(conn, &s.id, &a.title, &a.summary, &a.body)?;
        let details = json!({
            "reason": a.reason,
            "before": {"title": s.title, "summary": s.summary, "body": s.body},
            "after": {"title": a.title, "summary": a.summary, "body": a.body},
        });
        audit::record(conn, Some(user_id), "statement.amend", Some(&s.id), details)?;
        Ok(())
    })
}
