//! Retention (docs/SPEC.md §7): the contact data of the signatures of a
//! statement published or archived more than `RETENTION_DAYS` ago is
//! erased, by the running server (a chore of the email sender's loop) and
//! by `undersigned purge`. The public list, the counts and the audit log
//! stay. Never-confirmed signatures go when their link expires.

use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::config::Settings;
use crate::db::schema::statements as st;
use crate::db::{now, write_tx, DbConnection};
use crate::signatures::erase;
use crate::statements::{Statement, Status};

/// Erases the contact data of every statement due for it `days` after its
/// publication (only `slug`'s, if given). Returns the statements done,
/// with how many signatures each had contact data erased.
pub fn purge(
    conn: &mut DbConnection,
    days: u32,
    slug: Option<&str>,
) -> QueryResult<Vec<(String, usize)>> {
    write_tx(conn, |conn| {
        let t = now();
        let mut q = st::table
            .filter(st::contact_erased_at.is_null())
            .filter(st::status.eq_any([Status::Published.as_str(), Status::Archived.as_str()]))
            .select(Statement::as_select())
            .into_boxed();
        if let Some(slug) = slug {
            q = q.filter(st::slug.eq(slug.to_string()));
        }
        let mut done = Vec::new();
        for s in q.load(conn)? {
            if s.contact_erase_on(days).is_none_or(|due| due > t) {
                continue;
            }
            let n = erase::statement(conn, &s.id, t)?;
            diesel::update(st::table.find(&s.id))
                .set(st::contact_erased_at.eq(Some(t)))
                .execute(conn)?;
            audit::record(
                conn,
                None,
                "statement.contact_erased",
                Some(&s.id),
                json!({"signatures": n, "after_days": days}),
            )?;
            done.push((s.slug, n));
        }
        Ok(done)
    })
}

/// The server's chore: what is due under `RETENTION_DAYS`, and
/// never-confirmed signatures whose link expired.
pub fn sweep(conn: &mut DbConnection, settings: &Settings) -> QueryResult<usize> {
    let expired = erase::expired_unconfirmed(conn, now())?;
    let done = purge(conn, settings.retention_days, None)?;
    for (slug, n) in &done {
        tracing::info!(statement = %slug, signatures = n, "contact data erased (retention)");
    }
    Ok(done.len() + expired)
}
