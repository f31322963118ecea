//! One signer's data across statements, for coordinators (docs/SPEC.md
//! §7): find every signature given with one email address, export it,
//! erase it. Exports and erasures are audited by signature, never by the
//! address (the audit log outlives erasure).

use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::db::schema::{signatures as sg, statements as st};
use crate::db::{now, write_tx, DbConnection};
use crate::signatures::{erase, Signature, SignatureStatus};
use crate::statements::{Statement, Status};
use crate::teams::Scope;

/// Every signature given with `email` (any case), with its statement,
/// newest first.
/// Only statements `scope` may see.
pub fn find(
    conn: &mut DbConnection,
    scope: &Scope,
    email: &str,
) -> QueryResult<Vec<(Signature, Statement)>> {
    let key = crate::domain::email::normalise(email);
    let mut q = sg::table
        .inner_join(st::table)
        .filter(sg::email_key.eq(key))
        .order(sg::id.desc())
        .select((Signature::as_select(), Statement::as_select()))
        .into_boxed();
    if let Some(teams) = scope.teams() {
        q = q.filter(st::team_id.eq_any(teams.to_vec()));
    }
    q.load(conn)
}

/// The export: every field of each signature, as JSON. Audited.
pub fn export(
    conn: &mut DbConnection,
    user_id: &str,
    scope: &Scope,
    email: &str,
) -> QueryResult<serde_json::Value> {
    write_tx(conn, |conn| {
        let found = find(conn, scope, email)?;
        let ids: Vec<&str> = found.iter().map(|(s, _)| s.id.as_str()).collect();
        audit::record(
            conn,
            Some(user_id),
            "signer.export",
            None,
            json!({"signatures": ids}),
        )?;
        let rows: Vec<_> = found
            .iter()
            .map(|(sig, s)| {
                let mut row = sig.data(sig.status);
                row["statement"] = json!({"title": s.title, "slug": s.slug});
                row
            })
            .collect();
        Ok(json!({"signatures": rows, "exported_at": now().and_utc().to_rfc3339()}))
    })
}

/// Erases the contact data of every signature given with `email`, and
/// withdraws those whose list is not published yet. Returns how many
/// signatures were erased, and the outbox messages deleted.
pub fn erase(
    conn: &mut DbConnection,
    user_id: &str,
    scope: &Scope,
    email: &str,
) -> QueryResult<(usize, Vec<String>)> {
    write_tx(conn, |conn| {
        let t = now();
        let found = find(conn, scope, email)?;
        let mut withdrawn = Vec::new();
        for (sig, s) in &found {
            let published = matches!(s.status_at(t), Status::Published | Status::Archived);
            if sig.status.is_active() && !published {
                diesel::update(sg::table.find(&sig.id))
                    .set((
                        sg::status.eq(SignatureStatus::Withdrawn),
                        sg::decided_at.eq(Some(t)),
                    ))
                    .execute(conn)?;
                withdrawn.push(sig.id.as_str());
            }
        }
        let ids: Vec<String> = found.iter().map(|(s, _)| s.id.clone()).collect();
        let sigs: Vec<Signature> = found.iter().map(|(s, _)| s.clone()).collect();
        let mail = erase::signatures(conn, &sigs, t)?;
        audit::record(
            conn,
            Some(user_id),
            "signer.erase",
            None,
            json!({"signatures": ids, "withdrawn": withdrawn}),
        )?;
        // Public pages of the statements touched refresh.
        for (_, s) in &found {
            diesel::update(st::table.find(&s.id))
                .set(st::updated_at.eq(t))
                .execute(conn)?;
        }
        Ok((ids.len(), mail))
    })
}
