//! Erasing signers' contact data (docs/SPEC.md §7), shared by retention,
//! a signer's own request and a coordinator's: the email address, contact
//! name, message and website go, with the links and the emails kept for
//! delivery; the public entry (name, title, country, listing, status)
//! and the audit log stay.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{audit_log as al, email_outbox as eo, signatures as sg};
use crate::db::DbConnection;

/// Audit entries that versions before 0.2 wrote with the address of a
/// duplicate attempt in their details: the entry stays, the details go.
const OLD_ATTEMPT: &str = "signature.duplicate_attempt";

/// The assignments that empty a signature's contact data at `at`.
macro_rules! erased {
    ($at:expr) => {
        (
            sg::email.eq(None::<String>),
            sg::email_key.eq(None::<String>),
            sg::contact_name.eq(""),
            sg::message.eq(""),
            sg::website.eq(""),
            sg::confirm_token_hash.eq(None::<String>),
            sg::confirm_expires_at.eq(None::<NaiveDateTime>),
            sg::manage_token_hash.eq(None::<String>),
            sg::manage_expires_at.eq(None::<NaiveDateTime>),
            sg::purged_at.eq(Some($at)),
            sg::updated_at.eq($at),
        )
    };
}

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// Erases the contact data of every signature of a statement, and the
/// statement's emails; never-confirmed signatures, which can no longer be
/// confirmed, are deleted. Returns how many signatures had contact data.
pub fn statement(
    conn: &mut DbConnection,
    statement_id: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::delete(
        sg::table
            .filter(sg::statement_id.eq(statement_id))
            .filter(sg::status.eq(super::SignatureStatus::Unconfirmed)),
    )
    .execute(conn)?;
    let n = diesel::update(
        sg::table
            .filter(sg::statement_id.eq(statement_id))
            .filter(sg::purged_at.is_null()),
    )
    .set(erased!(at))
    .execute(conn)?;
    diesel::delete(eo::table.filter(eo::statement_id.eq(statement_id))).execute(conn)?;
    diesel::update(
        al::table
            .filter(al::statement_id.eq(statement_id))
            .filter(al::action.eq(OLD_ATTEMPT)),
    )
    .set(al::details.eq("{}"))
    .execute(conn)?;
    Ok(n)
}

/// Erases the contact data of the signatures `ids`, and every email to
/// `email` (any statement: it is one person's address).
pub fn signatures(
    conn: &mut DbConnection,
    ids: &[String],
    email: Option<&str>,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let n = diesel::update(sg::table.filter(sg::id.eq_any(ids)))
        .set(erased!(at))
        .execute(conn)?;
    // Entries about attempts on these signatures, or made with this
    // address on any other (`_` in an address matches any letter: a few
    // more entries may lose their details, never fewer).
    let pattern = email.map(|e| format!("%\"email\":\"{}\"%", crate::domain::email::normalise(e)));
    diesel::update(
        al::table.filter(al::action.eq(OLD_ATTEMPT)).filter(
            al::signature_id
                .eq_any(ids)
                .or(lower(al::details).like(pattern.unwrap_or_default())),
        ),
    )
    .set(al::details.eq("{}"))
    .execute(conn)?;
    if let Some(email) = email {
        let address = crate::domain::email::normalise(email);
        diesel::delete(eo::table.filter(lower(eo::to_address).eq(address))).execute(conn)?;
    }
    Ok(n)
}

/// Never-confirmed signatures whose link expired: they never counted, and
/// their address was never shown to belong to anyone. Deleted outright.
pub fn expired_unconfirmed(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        sg::table
            .filter(sg::status.eq(super::SignatureStatus::Unconfirmed))
            .filter(sg::confirm_expires_at.le(now)),
    )
    .execute(conn)
}
