//! The audit log: who did what, when. Every coordinator action writes here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::db::schema::{audit_log, statements, users};
use crate::db::{new_id, now, DbConnection};

/// Records an action by a signed-in user.
pub fn record(
    conn: &mut DbConnection,
    actor_user_id: Option<&str>,
    action: &str,
    statement_id: Option<&str>,
    details: Value,
) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::actor_user_id.eq(actor_user_id),
            audit_log::actor_kind.eq(if actor_user_id.is_some() {
                "user"
            } else {
                "system"
            }),
            audit_log::action.eq(action),
            audit_log::statement_id.eq(statement_id),
            audit_log::details.eq(details.to_string()),
        ))
        .execute(conn)?;
    Ok(())
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
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::actor_kind.eq("signer"),
            audit_log::action.eq(action),
            audit_log::statement_id.eq(statement_id),
            audit_log::signature_id.eq(signature_id),
            audit_log::details.eq(details.to_string()),
        ))
        .execute(conn)?;
    Ok(())
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
