//! The audit log: who did what, when. Every coordinator action writes here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::db::schema::{audit_log, signatures, statements, users};
use crate::db::{new_id, now, DbConnection};

/// One row of the log.
struct Row<'a> {
    actor_user_id: Option<&'a str>,
    actor_kind: &'a str,
    action: &'a str,
    statement_id: Option<&'a str>,
    signature_id: Option<&'a str>,
    details: Value,
}

fn insert(conn: &mut DbConnection, row: Row<'_>) -> QueryResult<()> {
    // An action on one signature names it in its details; the column lets
    // the log show that signature's name and find its history.
    let signature_id = row
        .signature_id
        .or_else(|| row.details.get("signature").and_then(Value::as_str));
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::actor_user_id.eq(row.actor_user_id),
            audit_log::actor_kind.eq(row.actor_kind),
            audit_log::action.eq(row.action),
            audit_log::statement_id.eq(row.statement_id),
            audit_log::signature_id.eq(signature_id),
            audit_log::details.eq(row.details.to_string()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records an action by a signed-in user (or the system, without one).
pub fn record(
    conn: &mut DbConnection,
    actor_user_id: Option<&str>,
    action: &str,
    statement_id: Option<&str>,
    details: Value,
) -> QueryResult<()> {
    let actor_kind = if actor_user_id.is_some() {
        "user"
    } else {
        "system"
    };
    insert(
        conn,
        Row {
            actor_user_id,
            actor_kind,
            action,
            statement_id,
            signature_id: None,
            details,
        },
    )
}

/// Records something a signer did through their own links, or an attempt
/// the coordinators should know about.
pub fn record_signer(
    conn: &mut DbConnection,
    action: &str,
    statement_id: &str,
    signature_id: Option<&str>,
    details: Value,
) -> QueryResult<()> {
    insert(
        conn,
        Row {
            actor_user_id: None,
            actor_kind: "signer",
            action,
            statement_id: Some(statement_id),
            signature_id,
            details,
        },
    )
}

/// Records something the system did to one signature (no one asked).
pub fn record_system_signature(
    conn: &mut DbConnection,
    action: &str,
    statement_id: &str,
    signature_id: &str,
    details: Value,
) -> QueryResult<()> {
    insert(
        conn,
        Row {
            actor_user_id: None,
            actor_kind: "system",
            action,
            statement_id: Some(statement_id),
            signature_id: Some(signature_id),
            details,
        },
    )
}

/// One entry as the workspace shows it: who, what, and the statement and
/// signature it concerns (by name, so that it reads as a sentence).
#[derive(Debug, Serialize, Queryable)]
pub struct AuditEntry {
    pub id: String,
    pub at: NaiveDateTime,
    pub actor_kind: String,
    pub actor: Option<String>,
    pub action: String,
    pub statement_slug: Option<String>,
    pub statement_title: Option<String>,
    pub signature_name: Option<String>,
    pub signature_country: Option<String>,
    pub details: String,
}

/// The families of actions, as the log can be filtered by them (the part
/// of the action before the dot).
pub const KINDS: [&str; 5] = ["statement", "signature", "signer", "account", "team"];

/// Which entries to list: all by default.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub statement_id: Option<String>,
    pub actor_user_id: Option<String>,
    /// One of `KINDS`.
    pub kind: Option<&'static str>,
    /// A cursor: entries older than this id.
    pub before: Option<String>,
    /// Only entries about these teams' statements (a coordinator's view);
    /// `None` for every entry.
    pub teams: Option<Vec<String>>,
}

/// Newest first, at most `limit` entries that pass `filter`.
pub fn list(conn: &mut DbConnection, filter: &Filter, limit: i64) -> QueryResult<Vec<AuditEntry>> {
    let mut q = audit_log::table
        .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_user_id)))
        .left_join(statements::table.on(statements::id.nullable().eq(audit_log::statement_id)))
        .left_join(signatures::table.on(signatures::id.nullable().eq(audit_log::signature_id)))
        .select((
            audit_log::id,
            audit_log::at,
            audit_log::actor_kind,
            users::name.nullable(),
            audit_log::action,
            statements::slug.nullable(),
            statements::title.nullable(),
            signatures::name.nullable(),
            signatures::country.nullable(),
            audit_log::details,
        ))
        .order(audit_log::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(sid) = &filter.statement_id {
        q = q.filter(audit_log::statement_id.eq(sid.clone()));
    }
    if let Some(uid) = &filter.actor_user_id {
        q = q.filter(audit_log::actor_user_id.eq(uid.clone()));
    }
    if let Some(kind) = filter.kind {
        q = q.filter(audit_log::action.like(format!("{kind}.%")));
    }
    if let Some(b) = &filter.before {
        q = q.filter(audit_log::id.lt(b.clone()));
    }
    if let Some(teams) = &filter.teams {
        q = q.filter(statements::team_id.nullable().eq_any(teams.clone()));
    }
    q.load(conn)
}
