//! The audit log: who did what, when. Every coordinator action writes here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::db::schema::{audit_log, statements, users};
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
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::actor_user_id.eq(row.actor_user_id),
            audit_log::actor_kind.eq(row.actor_kind),
            audit_log::action.eq(row.action),
            audit_log::statement_id.eq(row.statement_id),
            audit_log::signature_id.eq(row.signature_id),
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

type AuditRow = (
    String,
    NaiveDateTime,
    Option<String>,
    String,
    Option<String>,
    String,
);

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

#[derive(Debug, Serialize)]
pub struct AuditEntry {
    pub id: String,
    pub at: NaiveDateTime,
    pub actor: Option<String>,
    pub action: String,
    pub statement_slug: Option<String>,
    pub details: String,
}

/// Newest first, `limit` entries older than the cursor `before` (an id).
pub fn list(
    conn: &mut DbConnection,
    statement_id: Option<&str>,
    before: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<AuditEntry>> {
    let mut q = audit_log::table
        .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_user_id)))
        .left_join(statements::table.on(statements::id.nullable().eq(audit_log::statement_id)))
        .select((
            audit_log::id,
            audit_log::at,
            users::name.nullable(),
            audit_log::action,
            statements::slug.nullable(),
            audit_log::details,
        ))
        .order(audit_log::id.desc())
        .limit(limit)
        .into_boxed();
    if let Some(sid) = statement_id {
        q = q.filter(audit_log::statement_id.eq(sid.to_string()));
    }
    if let Some(b) = before {
        q = q.filter(audit_log::id.lt(b.to_string()));
    }
    let rows: Vec<AuditRow> = q.load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, at, actor, action, statement_slug, details)| AuditEntry {
                id,
                at,
                actor,
                action,
                statement_slug,
                details,
            },
        )
        .collect())
}
