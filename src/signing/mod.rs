//! Signing a statement: the public form, email confirmation, the private
//! manage link, and duplicates (docs/SPEC.md §3).

pub mod form;
pub mod mail;
pub mod routes;
pub mod writer;

use chrono::TimeDelta;
use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::db::schema::signatures as sg;
use crate::db::{is_unique_violation, new_id, now, write_tx, DbConnection};
use crate::email;
use crate::error::AppError;
use crate::secrets::{random_token, token_hash};
use crate::state::AppState;
use crate::statements::{queries as statement_queries, Statement, Status};

use form::NewSignature;
use mail::MailContext;

use crate::signatures::Signature;
use crate::signatures::SignatureStatus;

/// How long a confirmation link works.
pub const CONFIRM_VALID: TimeDelta = TimeDelta::days(7);
/// How long a manage link works (edits also stop at the deadline).
pub const MANAGE_VALID: TimeDelta = TimeDelta::days(400);

/// The links a new signer receives.
pub struct Links {
    pub confirm: String,
    pub manage: String,
}

/// What happened to a submission.
pub enum Submitted {
    /// A new signature waits for its confirmation. Every submission that
    /// reaches the write gets this, whoever signed before (docs/SPEC.md §3).
    New(Links),
    /// Signing closed before the write.
    Closed,
}

/// The entry that holds the place `sig` would take: the same organisation
/// or the same address, on the list or waiting for the coordinators.
fn place_holder(conn: &mut DbConnection, sig: &Signature) -> QueryResult<Option<Signature>> {
    let q = sg::table
        .filter(sg::statement_id.eq(&sig.statement_id))
        .filter(sg::id.ne(&sig.id))
        .filter(sg::status.eq_any(crate::signatures::LIVE_TEXT))
        .select(Signature::as_select());
    let by_email = sg::email_key.eq(sig.email_key.clone().unwrap_or_default());
    match &sig.name_key {
        Some(key) => q
            .filter(by_email.or(sg::name_key.eq(key)))
            .first(conn)
            .optional(),
        None => q.filter(by_email).first(conn).optional(),
    }
}

/// Signs through the group-commit writer and wakes the email sender.
pub async fn sign(
    state: &AppState,
    writer: &writer::SignWriter,
    statement_id: &str,
    new: NewSignature,
    mail: MailContext,
) -> Result<Submitted, AppError> {
    let outcome = writer.submit(statement_id.to_string(), new, mail).await?;
    if let Submitted::New(links) = &outcome {
        if state.settings.smtp().is_none() {
            // Without SMTP the link is also logged, so a laptop install works.
            tracing::info!(link = %links.confirm, "confirmation link (no SMTP configured; message written to the outbox folder)");
        }
        state.mail_wakeup.notify_one();
    }
    Ok(outcome)
}

/// Stores a signature, unless signing has closed. The deadline is checked
/// here, at the moment of the write.
pub fn submit(
    conn: &mut DbConnection,
    statement_id: &str,
    sig: &NewSignature,
    mail: &MailContext,
) -> Result<Submitted, AppError> {
    write_tx(conn, |conn| submit_in_tx(conn, statement_id, sig, mail))
}

/// The body of [`submit`], inside a transaction the caller opened (the
/// group-commit writer runs many of these in one). An unconfirmed entry
/// holds no place, so nothing here depends on who signed before:
/// duplicates are decided at confirmation ([`confirm`]).
pub fn submit_in_tx(
    conn: &mut DbConnection,
    statement_id: &str,
    sig: &NewSignature,
    mail: &MailContext,
) -> Result<Submitted, AppError> {
    let t = now();
    let Some(statement) = statement_queries::find_by_id(conn, statement_id)? else {
        return Err(AppError::NotFound);
    };
    if statement.status_at(t) != Status::Open {
        return Ok(Submitted::Closed);
    }
    let (confirm, manage) = (random_token(), random_token());
    diesel::insert_into(sg::table)
        .values((
            sg::id.eq(new_id()),
            sg::statement_id.eq(statement_id),
            sg::kind.eq(sig.kind),
            sg::name.eq(&sig.name),
            sg::title.eq(&sig.title),
            sg::country.eq(&sig.country),
            sg::contact_name.eq(&sig.contact_name),
            sg::email.eq(&sig.email),
            sg::website.eq(&sig.website),
            sg::message.eq(&sig.message),
            sg::listing.eq(sig.listing),
            sg::status.eq(SignatureStatus::Unconfirmed),
            sg::name_key.eq(sig.name_key()),
            sg::email_key.eq(sig.email_key()),
            sg::language.eq(mail.lang),
            sg::source.eq("form"),
            sg::confirm_token_hash.eq(token_hash(&confirm)),
            sg::confirm_expires_at.eq(t + CONFIRM_VALID),
            sg::manage_token_hash.eq(token_hash(&manage)),
            sg::manage_expires_at.eq(t + MANAGE_VALID),
            sg::created_at.eq(t),
            sg::updated_at.eq(t),
        ))
        .execute(conn)?;
    let links = Links {
        confirm: mail.link("confirm", &confirm),
        manage: mail.link("manage", &manage),
    };
    email::enqueue(conn, &mail.confirmation(&statement, sig, &links)?)?;
    Ok(Submitted::New(links))
}

/// Puts a signature in the coordinators' review queue, as a possible
/// duplicate of the entry holding its place (if any), and tells that
/// entry's address, at most once a day. The signer is answered as for
/// any other entry.
fn hold_for_review(
    conn: &mut DbConnection,
    statement: &Statement,
    sig: &Signature,
    public_url: &str,
    why: &str,
) -> Result<(), AppError> {
    let holder = place_holder(conn, sig)?;
    let t = now();
    diesel::update(sg::table.find(&sig.id))
        .set((
            sg::status.eq(SignatureStatus::Review),
            sg::duplicate_of.eq(holder.as_ref().map(|h| &h.id)),
            sg::updated_at.eq(t),
        ))
        .execute(conn)?;
    audit::record_signer(
        conn,
        "signature.review",
        &statement.id,
        Some(&sig.id),
        json!({"why": why, "duplicate_of": holder.as_ref().map(|h| &h.id)}),
    )?;
    if let Some(holder) = holder {
        notify_holder(conn, statement, &holder, public_url)?;
    }
    Ok(())
}

/// Tells the address of the entry on the list that another entry for the
/// same organisation or address was confirmed. At most one notice a day
/// per entry; it carries no link and nothing the other submitter typed.
fn notify_holder(
    conn: &mut DbConnection,
    statement: &Statement,
    holder: &Signature,
    public_url: &str,
) -> Result<(), AppError> {
    use crate::db::schema::audit_log as al;
    if holder.email.is_none() {
        return Ok(());
    }
    // Takes the holder's row lock (PostgreSQL), so that two confirmations
    // at once cannot both count no notice yet and both send one.
    diesel::update(sg::table.find(&holder.id))
        .set(sg::updated_at.eq(sg::updated_at))
        .execute(conn)?;
    let day_ago = now() - TimeDelta::days(1);
    let recent: i64 = al::table
        .filter(al::signature_id.eq(&holder.id))
        .filter(al::at.gt(day_ago))
        .filter(al::action.eq("signature.duplicate_notice"))
        .count()
        .get_result(conn)?;
    if recent > 0 {
        return Ok(());
    }
    let mail = MailContext {
        public_url: public_url.to_string(),
        lang: crate::i18n::negotiate(Some(&holder.language)),
    };
    email::enqueue(conn, &mail.duplicate(statement, holder)?)?;
    audit::record_system_signature(
        conn,
        "signature.duplicate_notice",
        &statement.id,
        &holder.id,
        json!({}),
    )?;
    Ok(())
}

/// A signature and its statement, found by its confirmation token.
pub fn by_confirm_token(
    conn: &mut DbConnection,
    token: &str,
) -> QueryResult<Option<(Signature, Statement)>> {
    let sig = sg::table
        .filter(sg::confirm_token_hash.eq(token_hash(token)))
        .select(Signature::as_select())
        .first(conn)
        .optional()?;
    with_statement(conn, sig)
}

/// A signature and its statement, found by a manage token that still works.
pub fn by_manage_token(
    conn: &mut DbConnection,
    token: &str,
) -> QueryResult<Option<(Signature, Statement)>> {
    let sig = sg::table
        .filter(sg::manage_token_hash.eq(token_hash(token)))
        .filter(sg::manage_expires_at.gt(now()))
        .select(Signature::as_select())
        .first(conn)
        .optional()?;
    with_statement(conn, sig)
}

fn with_statement(
    conn: &mut DbConnection,
    sig: Option<Signature>,
) -> QueryResult<Option<(Signature, Statement)>> {
    match sig {
        Some(s) => Ok(statement_queries::find_by_id(conn, &s.statement_id)?.map(|st| (s, st))),
        None => Ok(None),
    }
}

/// What following a confirmation link did.
pub enum Confirmed {
    /// Now counted (or waiting for the coordinators, with moderation).
    Done { pending: bool },
    /// It had been confirmed before.
    Already,
    /// The link is too old.
    Expired,
    /// The signature was withdrawn or the statement was published.
    NotPossible,
}

/// Where a confirmation link stands, before anyone presses its button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmState {
    /// Pressing the button will confirm.
    Ready,
    /// Confirmed before, or a coordinator approved it meanwhile.
    Already,
    /// The link is too old.
    Expired,
    /// Withdrawn or rejected, or the statement was published since.
    NotPossible,
}

impl ConfirmState {
    /// The rule, the same for the page behind the link and its button.
    pub fn of(sig: &Signature, statement: &Statement, now: chrono::NaiveDateTime) -> ConfirmState {
        if sig.status != SignatureStatus::Unconfirmed {
            return if sig.confirmed_at.is_some() || sig.status.is_live() {
                ConfirmState::Already
            } else {
                ConfirmState::NotPossible
            };
        }
        if sig.confirm_expires_at.is_none_or(|e| e <= now) {
            return ConfirmState::Expired;
        }
        if matches!(
            statement.status_at(now),
            Status::Published | Status::Archived
        ) {
            return ConfirmState::NotPossible;
        }
        ConfirmState::Ready
    }

    /// The key the confirm page shows it by.
    pub fn key(self) -> &'static str {
        match self {
            ConfirmState::Ready => "ready",
            ConfirmState::Already => "already",
            ConfirmState::Expired => "expired",
            ConfirmState::NotPossible => "not-possible",
        }
    }
}

/// Confirms a signature by its token (the POST behind the emailed link).
/// This is where duplicates are decided: the first confirmed entry of an
/// organisation or address holds the place (the unique indexes say so); a
/// later one waits for the coordinators. Both signers see the same answer.
pub fn confirm(
    conn: &mut DbConnection,
    token: &str,
    public_url: &str,
) -> Result<Option<Confirmed>, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_confirm_token(conn, token)? else {
            return Ok(None);
        };
        let t = now();
        match ConfirmState::of(&sig, &statement, t) {
            ConfirmState::Ready => {}
            ConfirmState::Already => return Ok(Some(Confirmed::Already)),
            ConfirmState::Expired => return Ok(Some(Confirmed::Expired)),
            ConfirmState::NotPossible => return Ok(Some(Confirmed::NotPossible)),
        }
        let status = if statement.moderation {
            SignatureStatus::Pending
        } else {
            SignatureStatus::Approved
        };
        // A savepoint: on PostgreSQL a unique violation would otherwise
        // abort the whole transaction.
        let updated = conn.transaction(|c| {
            diesel::update(
                sg::table
                    .find(&sig.id)
                    .filter(sg::status.eq(SignatureStatus::Unconfirmed)),
            )
            .set((
                sg::status.eq(status),
                sg::confirmed_at.eq(Some(t)),
                sg::updated_at.eq(t),
            ))
            .execute(c)
        });
        match updated {
            Ok(0) => return Ok(Some(Confirmed::Already)),
            Ok(_) => audit::record_signer(
                conn,
                "signature.confirm",
                &statement.id,
                Some(&sig.id),
                json!({"status": status}),
            )?,
            Err(e) if is_unique_violation(&e) => {
                diesel::update(sg::table.find(&sig.id))
                    .set(sg::confirmed_at.eq(Some(t)))
                    .execute(conn)?;
                hold_for_review(conn, &statement, &sig, public_url, "duplicate")?;
            }
            Err(e) => return Err(e.into()),
        }
        Ok(Some(Confirmed::Done {
            pending: statement.moderation,
        }))
    })
}

/// What a signer may still do through the manage link.
pub fn can_change(sig: &Signature, statement: &Statement) -> bool {
    sig.status.is_active() && statement.status_at(now()) == Status::Open
}

/// Outcome of a change through the manage link.
pub enum Changed {
    Done,
    /// Signing has closed (or the signature is no longer active).
    Closed,
}

/// Whether a change through the manage link makes the entry another
/// signer: another country, or a name that differs by more than a few
/// letters (up to 2, or one in ten for long names). Spelling fixes are not.
pub fn is_identity_change(sig: &Signature, new: &NewSignature) -> bool {
    if sig.country != new.country || sig.kind != new.kind {
        return true;
    }
    let (before, after) = (
        crate::domain::text::duplicate_key(&sig.name),
        crate::domain::text::duplicate_key(&new.name),
    );
    let distance = strsim::levenshtein(&before, &after);
    let longest = before.chars().count().max(after.chars().count());
    distance > 2 && distance * 10 > longest
}

/// Writes a signer's change, unless a coordinator changed the entry's
/// status meanwhile.
fn apply_change(
    conn: &mut DbConnection,
    sig: &Signature,
    new: &NewSignature,
    status: SignatureStatus,
) -> QueryResult<usize> {
    diesel::update(sg::table.find(&sig.id).filter(sg::status.eq(&sig.status)))
        .set((
            sg::name.eq(&new.name),
            sg::title.eq(&new.title),
            sg::country.eq(&new.country),
            sg::contact_name.eq(&new.contact_name),
            sg::website.eq(&new.website),
            sg::listing.eq(new.listing),
            sg::message.eq(&new.message),
            sg::name_key.eq(new.name_key()),
            sg::status.eq(status),
            sg::updated_at.eq(now()),
        ))
        .execute(conn)
}

/// Applies a signer's change. A change of identity, or one that would
/// collide with another entry on the list, goes to the coordinators for
/// review; the signer is answered the same in every case.
pub fn edit(
    conn: &mut DbConnection,
    token: &str,
    new: &NewSignature,
    public_url: &str,
) -> Result<Changed, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_manage_token(conn, token)? else {
            return Err(AppError::NotFound);
        };
        if !can_change(&sig, &statement) {
            return Ok(Changed::Closed);
        }
        // With moderation, any other name goes back to the coordinators:
        // then even the public list cannot show whether the new name was
        // another entry's (docs/SPEC.md §3).
        let renamed = sig.name_key != new.name_key();
        let held = sig.status.is_live()
            && (is_identity_change(&sig, new) || (statement.moderation && renamed));
        let status = if held {
            SignatureStatus::Review
        } else {
            sig.status
        };
        // A savepoint: on PostgreSQL a unique violation would otherwise
        // abort the whole transaction.
        let result = conn.transaction(|c| apply_change(c, &sig, new, status));
        let review = match result {
            // A coordinator decided meanwhile: nothing changed.
            Ok(0) => return Ok(Changed::Closed),
            Ok(_) => held.then_some("identity"),
            Err(e) if is_unique_violation(&e) => {
                // The change takes another entry's place: it is made, off
                // the list, and held.
                apply_change(conn, &sig, new, SignatureStatus::Review)?;
                Some("duplicate")
            }
            Err(e) => return Err(e.into()),
        };
        let details = json!({"before": {"name": sig.name, "country": sig.country, "listing": sig.listing}, "after": {"name": new.name, "country": new.country, "listing": new.listing}});
        audit::record_signer(
            conn,
            "signature.edit",
            &statement.id,
            Some(&sig.id),
            details,
        )?;
        if let Some(why) = review {
            let changed = Signature {
                name_key: new.name_key(),
                ..sig
            };
            hold_for_review(conn, &statement, &changed, public_url, why)?;
        }
        Ok(Changed::Done)
    })
}

/// Withdraws a signature through its manage link.
pub fn withdraw(conn: &mut DbConnection, token: &str) -> Result<Changed, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_manage_token(conn, token)? else {
            return Err(AppError::NotFound);
        };
        if !can_change(&sig, &statement) {
            return Ok(Changed::Closed);
        }
        let t = now();
        diesel::update(sg::table.find(&sig.id))
            .set((
                sg::status.eq(SignatureStatus::Withdrawn),
                sg::updated_at.eq(t),
                sg::decided_at.eq(Some(t)),
            ))
            .execute(conn)?;
        audit::record_signer(
            conn,
            "signature.withdraw",
            &statement.id,
            Some(&sig.id),
            json!({"name": sig.name}),
        )?;
        Ok(Changed::Done)
    })
}

/// What a signer gets from "download my data": everything kept about
/// their signature.
pub fn own_data(
    conn: &mut DbConnection,
    token: &str,
    public_url: &str,
) -> Result<Option<serde_json::Value>, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_manage_token(conn, token)? else {
            return Ok(None);
        };
        audit::record_signer(
            conn,
            "signature.export",
            &statement.id,
            Some(&sig.id),
            json!({}),
        )?;
        Ok(Some(json!({
            "statement": {
                "title": statement.title,
                "address": format!("{public_url}/s/{}", statement.slug),
            },
            "signature": {
                "kind": sig.kind,
                "name": sig.name,
                "title": sig.title,
                "country": sig.country,
                "contact_name": sig.contact_name,
                "email": sig.email,
                "website": sig.website,
                "message": sig.message,
                "listing": sig.listing,
                "status": sig.status.as_signer_sees(statement.moderation),
                "language": sig.language,
                "signed_at": sig.created_at.and_utc().to_rfc3339(),
                "confirmed_at": sig.confirmed_at.map(|t| t.and_utc().to_rfc3339()),
            },
            "exported_at": now().and_utc().to_rfc3339(),
        })))
    })
}

/// "Erase my data": erases the signature's contact data and its links,
/// and withdraws it unless the list is published (then the public entry
/// stays until the coordinators remove it). Returns the statement and
/// whether the signature was withdrawn.
pub fn erase_own(
    conn: &mut DbConnection,
    token: &str,
) -> Result<Option<(Statement, bool)>, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_manage_token(conn, token)? else {
            return Ok(None);
        };
        let t = now();
        let published = matches!(statement.status_at(t), Status::Published | Status::Archived);
        let withdraw = sig.status.is_active() && !published;
        if withdraw {
            diesel::update(sg::table.find(&sig.id))
                .set((
                    sg::status.eq(SignatureStatus::Withdrawn),
                    sg::decided_at.eq(Some(t)),
                ))
                .execute(conn)?;
        }
        crate::signatures::erase::signatures(
            conn,
            std::slice::from_ref(&sig.id),
            sig.email.as_deref(),
            t,
        )?;
        audit::record_signer(
            conn,
            "signature.erase",
            &statement.id,
            Some(&sig.id),
            json!({"withdrawn": withdraw}),
        )?;
        Ok(Some((statement, withdraw)))
    })
}
