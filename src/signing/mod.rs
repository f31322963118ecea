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
    /// A new signature waits for its confirmation.
    New(Links),
    /// The organisation or the address had already signed (this one, if
    /// still live); nothing new was stored. See [`notify_duplicate`].
    Duplicate(Option<String>),
    /// Signing closed before the write.
    Closed,
}

fn live_match(
    conn: &mut DbConnection,
    statement_id: &str,
    sig: &NewSignature,
) -> QueryResult<Option<Signature>> {
    let by_email = sg::email_key.eq(sig.email_key());
    let q = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq_any(crate::signatures::LIVE_TEXT))
        .select(Signature::as_select());
    match sig.name_key() {
        Some(key) => q
            .filter(by_email.or(sg::name_key.eq(key)))
            .first(conn)
            .optional(),
        None => q.filter(by_email).first(conn).optional(),
    }
}

/// Signs through the group-commit writer, then (for a duplicate) tells the
/// address that signed first, and wakes the email sender.
pub async fn sign(
    state: &AppState,
    writer: &writer::SignWriter,
    statement_id: &str,
    new: NewSignature,
    mail: MailContext,
) -> Result<Submitted, AppError> {
    let outcome = writer
        .submit(statement_id.to_string(), new, mail.clone())
        .await?;
    match &outcome {
        Submitted::New(links) => {
            if state.settings.smtp().is_none() {
                // Without SMTP the link is also logged, so a laptop install works.
                tracing::info!(link = %links.confirm, "confirmation link (no SMTP configured; message written to the outbox folder)");
            }
        }
        Submitted::Duplicate(Some(original)) => {
            let original = original.clone();
            state
                .db(move |conn| notify_duplicate(conn, &original, &mail))
                .await?;
        }
        Submitted::Duplicate(None) | Submitted::Closed => {}
    }
    if !matches!(outcome, Submitted::Closed) {
        state.mail_wakeup.notify_one();
    }
    Ok(outcome)
}

/// Stores a signature, unless signing has closed or it is a duplicate.
/// The deadline is checked here, at the moment of the write, and the
/// unique indexes (not a prior check) decide what is a duplicate.
pub fn submit(
    conn: &mut DbConnection,
    statement_id: &str,
    sig: &NewSignature,
    mail: &MailContext,
) -> Result<Submitted, AppError> {
    write_tx(conn, |conn| submit_in_tx(conn, statement_id, sig, mail))
}

/// The body of [`submit`], inside a transaction the caller opened (the
/// group-commit writer runs many of these in one).
pub fn submit_in_tx(
    conn: &mut DbConnection,
    statement_id: &str,
    sig: &NewSignature,
    mail: &MailContext,
) -> Result<Submitted, AppError> {
    {
        let t = now();
        let Some(statement) = statement_queries::find_by_id(conn, statement_id)? else {
            return Err(AppError::NotFound);
        };
        if statement.status_at(t) != Status::Open {
            return Ok(Submitted::Closed);
        }
        // A never-confirmed signature whose link has expired holds no place:
        // it must not keep the real organisation (or address) off the list.
        let stale = sg::table
            .filter(sg::statement_id.eq(statement_id))
            .filter(sg::status.eq(SignatureStatus::Unconfirmed))
            .filter(sg::confirm_expires_at.le(t));
        let same = sg::email_key
            .eq(sig.email_key())
            .or(sg::name_key.eq(sig.name_key().unwrap_or_default()));
        diesel::update(stale.filter(same))
            .set((
                sg::status.eq(SignatureStatus::Withdrawn),
                sg::updated_at.eq(t),
            ))
            .execute(conn)?;
        let (confirm, manage) = (random_token(), random_token());
        let id = new_id();
        // A savepoint: on PostgreSQL a unique violation would otherwise
        // abort the whole transaction.
        let inserted = conn.transaction(|c| {
            diesel::insert_into(sg::table)
                .values((
                    sg::id.eq(&id),
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
                .execute(c)
        });
        match inserted {
            Ok(_) => {
                let links = Links {
                    confirm: mail.link("confirm", &confirm),
                    manage: mail.link("manage", &manage),
                };
                email::enqueue(conn, &mail.confirmation(&statement, sig, &links)?)?;
                Ok(Submitted::New(links))
            }
            Err(e) if is_unique_violation(&e) => {
                let original = live_match(conn, statement_id, sig)?;
                let details = json!({"name": sig.name, "country": sig.country, "email": sig.email});
                let original_id = original.map(|o| o.id);
                audit::record_signer(
                    conn,
                    "signature.duplicate_attempt",
                    statement_id,
                    original_id.as_deref(),
                    details,
                )?;
                Ok(Submitted::Duplicate(original_id))
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// Tells the address that signed first about a second attempt, with fresh
/// links (a confirmation link too, if it never confirmed: people sign
/// again when the first email went astray). The new address learns
/// nothing. Runs in its own transaction after the attempt's, so that
/// concurrent attempts only ever wait for each other here.
pub fn notify_duplicate(
    conn: &mut DbConnection,
    original_id: &str,
    mail: &MailContext,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let original: Option<Signature> = sg::table
            .find(original_id)
            .filter(sg::status.eq_any(crate::signatures::LIVE_TEXT))
            .select(Signature::as_select())
            .first(conn)
            .optional()?;
        let Some(original) = original.filter(|o| o.email.is_some()) else {
            return Ok(());
        };
        // At most one notice a day: repeated attempts must not flood the
        // signer, nor keep replacing the links they hold.
        let day_ago = now() - chrono::TimeDelta::days(1);
        let recent: i64 = crate::db::schema::audit_log::table
            .filter(crate::db::schema::audit_log::signature_id.eq(&original.id))
            .filter(crate::db::schema::audit_log::action.eq("signature.duplicate_attempt"))
            .filter(crate::db::schema::audit_log::at.gt(day_ago))
            .count()
            .get_result(conn)?;
        if recent > 1 {
            return Ok(());
        }
        let Some(statement) = statement_queries::find_by_id(conn, &original.statement_id)? else {
            return Ok(());
        };
        let t = now();
        let (confirm, manage) = (random_token(), random_token());
        let unconfirmed = original.status == SignatureStatus::Unconfirmed;
        diesel::update(sg::table.find(&original.id))
            .set((
                sg::manage_token_hash.eq(token_hash(&manage)),
                sg::manage_expires_at.eq(t + MANAGE_VALID),
            ))
            .execute(conn)?;
        if unconfirmed {
            diesel::update(sg::table.find(&original.id))
                .set((
                    sg::confirm_token_hash.eq(token_hash(&confirm)),
                    sg::confirm_expires_at.eq(t + CONFIRM_VALID),
                ))
                .execute(conn)?;
        }
        let links = Links {
            confirm: mail.link("confirm", &confirm),
            manage: mail.link("manage", &manage),
        };
        email::enqueue(
            conn,
            &mail.duplicate(&statement, &original, &links, unconfirmed)?,
        )?;
        Ok(())
    })
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
pub fn confirm(conn: &mut DbConnection, token: &str) -> Result<Option<Confirmed>, AppError> {
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
        let n = diesel::update(
            sg::table
                .find(&sig.id)
                .filter(sg::status.eq(SignatureStatus::Unconfirmed)),
        )
        .set((
            sg::status.eq(status),
            sg::confirmed_at.eq(Some(t)),
            sg::updated_at.eq(t),
        ))
        .execute(conn)?;
        if n == 0 {
            return Ok(Some(Confirmed::Already));
        }
        audit::record_signer(
            conn,
            "signature.confirm",
            &statement.id,
            Some(&sig.id),
            json!({"status": status}),
        )?;
        Ok(Some(Confirmed::Done {
            pending: statement.moderation,
        }))
    })
}

/// What a signer may still do through the manage link.
pub fn can_change(sig: &Signature, statement: &Statement) -> bool {
    sig.status.is_live() && statement.status_at(now()) == Status::Open
}

/// Outcome of a change through the manage link.
pub enum Changed {
    Done,
    /// Another live signature already has this name and country.
    Taken,
    /// Signing has closed (or the signature is no longer live).
    Closed,
}

/// Applies a signer's correction. With moderation, a changed name or
/// country goes back to the coordinators for review.
pub fn edit(conn: &mut DbConnection, token: &str, new: &NewSignature) -> Result<Changed, AppError> {
    write_tx(conn, |conn| {
        let Some((sig, statement)) = by_manage_token(conn, token)? else {
            return Err(AppError::NotFound);
        };
        if !can_change(&sig, &statement) {
            return Ok(Changed::Closed);
        }
        let t = now();
        let identity_changed = sig.name != new.name || sig.country != new.country;
        let status = if statement.moderation
            && identity_changed
            && sig.status == SignatureStatus::Approved
        {
            SignatureStatus::Pending
        } else {
            sig.status
        };
        let result = conn.transaction(|c| {
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
                    sg::updated_at.eq(t),
                ))
                .execute(c)
        });
        match result {
            // A coordinator decided meanwhile: nothing changed.
            Ok(0) => Ok(Changed::Closed),
            Ok(_) => {
                let details = json!({"before": {"name": sig.name, "country": sig.country, "listing": sig.listing}, "after": {"name": new.name, "country": new.country, "listing": new.listing}});
                audit::record_signer(
                    conn,
                    "signature.edit",
                    &statement.id,
                    Some(&sig.id),
                    details,
                )?;
                Ok(Changed::Done)
            }
            Err(e) if is_unique_violation(&e) => Ok(Changed::Taken),
            Err(e) => Err(e.into()),
        }
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
