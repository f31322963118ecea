//! Erasing signers' contact data (docs/SPEC.md §7), shared by retention,
//! a signer's own request and a coordinator's: the email address, contact
//! name, message and website go, with the links, the emails kept for
//! delivery and the details of the audit entries about them. The name and
//! title go too, unless the entry is named on the list (then they are
//! public anyway): an anonymous organisation's name, or an individual's,
//! is personal data. The entries, the counts and the audit log stay.
//!
//! Each function returns the ids of the outbox messages it deleted, so
//! that the caller can delete their files (`email::remove_files`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{audit_log as al, email_outbox as eo, signatures as sg};
use crate::db::DbConnection;

use super::{Signature, SignatureStatus};

/// What an erased name reads as.
pub const ERASED_NAME: &str = "—";

use crate::db::lower;

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

/// The names of the entries among `ids` that the list does not name.
fn erase_unlisted_names(conn: &mut DbConnection, ids: &[String]) -> QueryResult<usize> {
    diesel::update(
        sg::table.filter(sg::id.eq_any(ids)).filter(
            sg::status
                .ne(SignatureStatus::Approved)
                .or(sg::listing.ne(super::Listing::Public)),
        ),
    )
    .set((
        sg::name.eq(ERASED_NAME),
        sg::title.eq(""),
        sg::name_key.eq(None::<String>),
    ))
    .execute(conn)
}

/// Deletes the outbox messages `ids`, returning them.
fn delete_mail(conn: &mut DbConnection, ids: Vec<String>) -> QueryResult<Vec<String>> {
    diesel::delete(eo::table.filter(eo::id.eq_any(&ids))).execute(conn)?;
    Ok(ids)
}

/// Erases the contact data of every signature of a statement, and the
/// statement's emails and the details of its audit entries about
/// signatures; never-confirmed signatures, which can no longer be
/// confirmed, are deleted. Returns how many signatures had contact data,
/// and the outbox messages deleted.
pub fn statement(
    conn: &mut DbConnection,
    statement_id: &str,
    at: NaiveDateTime,
) -> QueryResult<(usize, Vec<String>)> {
    diesel::delete(
        sg::table
            .filter(sg::statement_id.eq(statement_id))
            .filter(sg::status.eq(SignatureStatus::Unconfirmed)),
    )
    .execute(conn)?;
    let ids: Vec<String> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::purged_at.is_null())
        .select(sg::id)
        .load(conn)?;
    erase_unlisted_names(conn, &ids)?;
    let n = diesel::update(sg::table.filter(sg::id.eq_any(&ids)))
        .set(erased!(at))
        .execute(conn)?;
    diesel::update(
        al::table
            .filter(al::statement_id.eq(statement_id))
            .filter(al::action.like("signature.%")),
    )
    .set(al::details.eq("{}"))
    .execute(conn)?;
    // Letters to addressees carry no signer's data: they stay.
    let mail: Vec<String> = eo::table
        .filter(eo::statement_id.eq(statement_id))
        .filter(eo::signature_id.is_not_null().or(eo::mailing_id.is_null()))
        .select(eo::id)
        .load(conn)?;
    Ok((n, delete_mail(conn, mail)?))
}

/// Erases the contact data of the signatures `sigs` (found beforehand),
/// the emails sent about them, and the details of the audit entries
/// about them. Returns the outbox messages deleted.
pub fn signatures(
    conn: &mut DbConnection,
    sigs: &[Signature],
    at: NaiveDateTime,
) -> QueryResult<Vec<String>> {
    let ids: Vec<String> = sigs.iter().map(|s| s.id.clone()).collect();
    erase_unlisted_names(conn, &ids)?;
    diesel::update(sg::table.filter(sg::id.eq_any(&ids)))
        .set(erased!(at))
        .execute(conn)?;
    diesel::update(al::table.filter(al::signature_id.eq_any(&ids)))
        .set(al::details.eq("{}"))
        .execute(conn)?;
    for id in &ids {
        // Coordinators' entries name the signature inside their details.
        diesel::update(al::table.filter(al::details.like(format!("%{id}%"))))
            .set(al::details.eq("{}"))
            .execute(conn)?;
    }
    let mut mail = Vec::new();
    for sig in sigs {
        let Some(email) = &sig.email else { continue };
        let address = crate::domain::email::normalise(email);
        let found: Vec<String> = eo::table
            .filter(eo::statement_id.eq(&sig.statement_id))
            .filter(
                eo::to_address
                    .eq(email)
                    .or(lower(eo::to_address).eq(address)),
            )
            .select(eo::id)
            .load(conn)?;
        mail.extend(found);
        // Entries that versions before 0.2 wrote for a duplicate attempt
        // hold the address in their details.
        let pattern = format!("%\"email\":\"{}\"%", crate::domain::email::normalise(email));
        diesel::update(
            al::table
                .filter(al::action.eq("signature.duplicate_attempt"))
                .filter(lower(al::details).like(pattern)),
        )
        .set(al::details.eq("{}"))
        .execute(conn)?;
    }
    delete_mail(conn, mail)
}

/// Never-confirmed signatures whose link expired, deleted outright (they
/// never counted, and their address was never shown to belong to
/// anyone), and every confirmation email older than a link lives.
/// Returns how many signatures went, and the outbox messages deleted.
pub fn expired_unconfirmed(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    confirm_valid: chrono::TimeDelta,
) -> QueryResult<(usize, Vec<String>)> {
    let n = diesel::delete(
        sg::table
            .filter(sg::status.eq(SignatureStatus::Unconfirmed))
            .filter(sg::confirm_expires_at.le(now)),
    )
    .execute(conn)?;
    let mail: Vec<String> = eo::table
        .filter(eo::kind.eq("confirm"))
        .filter(eo::created_at.le(now - confirm_valid))
        .select(eo::id)
        .load(conn)?;
    Ok((n, delete_mail(conn, mail)?))
}
