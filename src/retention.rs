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
use crate::signing::CONFIRM_VALID;
use crate::statements::{Statement, Status};

/// The statements purged (address, signatures erased), and the outbox
/// messages deleted.
pub type Purged = (Vec<(String, usize)>, Vec<String>);

/// Erases the contact data of every statement due for it `days` after its
/// publication (only `slug`'s, if given). Returns the statements done,
/// with how many signatures each had contact data erased, and the outbox
/// messages deleted.
pub fn purge(conn: &mut DbConnection, days: u32, slug: Option<&str>) -> QueryResult<Purged> {
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
        let (mut done, mut mail) = (Vec::new(), Vec::new());
        for s in q.load(conn)? {
            if s.contact_erase_on(days).is_none_or(|due| due > t) {
                continue;
            }
            let (n, deleted) = erase::statement(conn, &s.id, t)?;
            mail.extend(deleted);
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
        Ok((done, mail))
    })
}

/// The server's chore: what is due under `RETENTION_DAYS`, and
/// never-confirmed signatures whose link expired.
pub fn sweep(conn: &mut DbConnection, settings: &Settings) -> QueryResult<usize> {
    let (expired, old_mail) = erase::expired_unconfirmed(conn, now(), CONFIRM_VALID)?;
    crate::email::sender::remove_files(settings, &old_mail);
    let (done, mail) = purge(conn, settings.retention_days, None)?;
    crate::email::sender::remove_files(settings, &mail);
    for (slug, n) in &done {
        tracing::info!(statement = %slug, signatures = n, "contact data erased (retention)");
    }
    Ok(done.len() + expired)
}
