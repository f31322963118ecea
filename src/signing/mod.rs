//! Signing a statement: the public form, email confirmation, the private
//! manage link, and duplicates (docs/SPEC.md §3).

pub mod form;
pub mod mail;
pub mod open_page;
pub mod routes;
pub mod share;
pub mod share_image;
pub mod writer;

use chrono::TimeDelta;
use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::db::schema::signatures as sg;
use crate::db::{is_retryable, new_id, now, write_tx, DbConnection};
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

/// Signs through the group-commit writer and wakes the email sender.
pub async fn sign(
    state: &AppState,
    writer: &writer::SignWriter,
    submission: Prepared,
) -> Result<Submitted, AppError> {
    let outcome = writer.submit(submission).await?;
    if let Submitted::New(links) = &outcome {
        if state.settings.smtp().is_none() && state.settings.bind.ip().is_loopback() {
            // Without SMTP, on a laptop (loopback only), the link is also
            // logged so that trying it out works; a server's logs never
            // hold a working link (docs/SPEC.md §7).
            tracing::info!(link = %links.confirm, "confirmation link (no SMTP configured; message written to the outbox folder)");
        }
        state.mail_wakeup.notify_one();
    }
    Ok(outcome)
}

/// A submission made ready to store: its links drawn, its keys computed
/// and its confirmation email written by the request that made it, so
/// that the one writer thread only checks the deadline and inserts rows.
pub struct Prepared {
    id: String,
    statement_id: String,
    sig: NewSignature,
    /// The language of the version signed.
    lang: String,
    /// The language the signer reads the site in.
    reader_lang: &'static str,
    name_key: Option<String>,
    email_key: String,
    confirm_hash: String,
    manage_hash: String,
    links: Links,
    email: email::Email,
}

impl Prepared {
    /// Prepares `sig` for `statement` (as the request read it; whether
    /// signing is still open is decided at the write).
    pub fn new(
        statement: &Statement,
        sig: NewSignature,
        mail: &MailContext,
    ) -> Result<Prepared, AppError> {
        let (confirm, manage) = (random_token(), random_token());
        let links = Links {
            confirm: mail.link("confirm", &confirm),
            manage: mail.link("manage", &manage),
        };
        let id = new_id();
        let email = mail.confirmation(statement, &id, &sig, &links)?;
        Ok(Prepared {
            id,
            statement_id: statement.id.clone(),
            name_key: sig.name_key(),
            email_key: sig.email_key(),
            sig,
            lang: statement.language.clone(),
            reader_lang: mail.lang,
            confirm_hash: token_hash(&confirm),
            manage_hash: token_hash(&manage),
            links,
            email,
        })
    }

    pub fn statement_id(&self) -> &str {
        &self.statement_id
    }

    fn links(&self) -> Links {
        Links {
            confirm: self.links.confirm.clone(),
            manage: self.links.manage.clone(),
        }
    }
}

/// Stores one signature in its own transaction, unless signing has
/// closed. The deadline is checked here, at the moment of the write.
pub fn submit(conn: &mut DbConnection, submission: &Prepared) -> Result<Submitted, AppError> {
    write_tx(conn, |conn| {
        let t = now();
        match statement_queries::find_by_id(conn, &submission.statement_id)? {
            None => Err(AppError::NotFound),
            Some(s) if s.status_at(t) != Status::Open => Ok(Submitted::Closed),
            Some(_) => {
                store(conn, &[submission], t)?;
                Ok(Submitted::New(submission.links()))
            }
        }
    })
}

/// Inserts the signatures and their confirmation emails, inside a
/// transaction the caller opened: one multi-row insert for each table,
/// however many there are (the group-commit writer stores a whole batch
/// at once). An unconfirmed entry holds no place, so nothing here depends
/// on who signed before: duplicates are decided at confirmation
/// ([`confirm`]).
pub fn store(
    conn: &mut DbConnection,
    submissions: &[&Prepared],
    t: chrono::NaiveDateTime,
) -> QueryResult<()> {
    if submissions.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = submissions
        .iter()
        .map(|p| {
            let sig = &p.sig;
            (
                sg::id.eq(&p.id),
                sg::statement_id.eq(&p.statement_id),
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
                sg::name_key.eq(&p.name_key),
                sg::email_key.eq(&p.email_key),
                sg::language.eq(&p.lang),
                sg::reader_language.eq(p.reader_lang),
                sg::source.eq("form"),
                sg::confirm_token_hash.eq(&p.confirm_hash),
                sg::confirm_expires_at.eq(t + CONFIRM_VALID),
                sg::manage_token_hash.eq(&p.manage_hash),
                sg::manage_expires_at.eq(t + MANAGE_VALID),
                sg::created_at.eq(t),
                sg::updated_at.eq(t),
            )
        })
        .collect();
    crate::per_backend!(conn, |c| diesel::insert_into(sg::table)
        .values(&rows)
        .execute(c))?;
    let emails: Vec<&email::Email> = submissions.iter().map(|p| &p.email).collect();
    email::enqueue_all(conn, &emails, t)
}

/// The entry on the list (pending or approved) that an entry of the same
/// statement with these keys would duplicate: the same organisation
/// (`NAME_KEY`) first, else the same address (the row's own email key).
/// An expression of the statements below, where `signatures` is the row
/// being written; each lookup is one probe of a unique index.
const HOLDER: &str = "COALESCE(
    (SELECT h.id FROM signatures h
      WHERE h.statement_id = signatures.statement_id AND h.name_key = NAME_KEY
        AND h.status IN ('pending', 'approved') AND h.id <> signatures.id),
    (SELECT h.id FROM signatures h
      WHERE h.statement_id = signatures.statement_id AND h.email_key = signatures.email_key
        AND h.status IN ('pending', 'approved') AND h.id <> signatures.id))";

/// Runs `work` in a savepoint, again (up to three times) if it hit a
/// unique index or a deadlock: two writes that each saw no holder may race
/// for one place, and two instances on one PostgreSQL may wait on each
/// other; the next try sees the other's commit and answers from it.
fn with_retry(
    conn: &mut DbConnection,
    mut work: impl FnMut(&mut DbConnection) -> QueryResult<usize>,
) -> QueryResult<usize> {
    let mut tries = 0;
    loop {
        tries += 1;
        match conn.transaction(|c| work(c)) {
            Err(e) if tries < 3 && is_retryable(&e) => continue,
            other => return other,
        }
    }
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
/// This is where duplicates are decided, in one statement that does the
/// same work whatever it finds: the first confirmed entry of an
/// organisation or address holds the place (the unique indexes guard
/// it); a later one waits for the coordinators as `review`, its possible
/// original in `duplicate_of`. Both signers get the same answer, and
/// nobody else hears of it: conflicts go to the coordinators.
pub fn confirm(conn: &mut DbConnection, token: &str) -> Result<Option<Confirmed>, AppError> {
    use diesel::sql_types::{Text, Timestamp};
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
        let holder = HOLDER.replace("NAME_KEY", "signatures.name_key");
        let sql = format!(
            "UPDATE signatures SET duplicate_of = {holder},
                status = CASE WHEN {holder} IS NOT NULL THEN 'review' ELSE ? END,
                confirmed_at = ?, updated_at = ?
             WHERE id = ? AND status = 'unconfirmed'"
        );
        let n = with_retry(conn, |c| {
            crate::execute_sql!(
                c,
                &sql,
                (Text, status.as_str()),
                (Timestamp, t),
                (Timestamp, t),
                (Text, &sig.id),
            )
        })?;
        if n == 0 {
            return Ok(Some(Confirmed::Already));
        }
        let (stored, duplicate_of): (String, Option<String>) = sg::table
            .find(&sig.id)
            .select((sg::status, sg::duplicate_of))
            .first(conn)?;
        audit::record_signer(
            conn,
            "signature.confirm",
            &statement.id,
            Some(&sig.id),
            json!({"status": stored, "duplicate_of": duplicate_of}),
        )?;
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

/// Applies a signer's change, unless a coordinator or the signer changed
/// the entry's status meanwhile. One statement, the same work whatever it
/// finds: an entry on the list whose change is `held` (a change of
/// identity), or that would take another entry's place, leaves the list
/// for the coordinators' review; an entry under review gets its possible
/// original found again. The signer is answered the same in every case.
fn apply_change(
    conn: &mut DbConnection,
    sig: &Signature,
    new: &NewSignature,
    held: bool,
) -> QueryResult<usize> {
    use diesel::sql_types::{Bool, Nullable, Text, Timestamp};
    let holder = HOLDER.replace("NAME_KEY", "?");
    let sql = format!(
        "UPDATE signatures SET
            duplicate_of = CASE WHEN status = 'unconfirmed' THEN duplicate_of ELSE {holder} END,
            status = CASE WHEN status IN ('pending', 'approved') AND (? OR {holder} IS NOT NULL)
                THEN 'review' ELSE status END,
            name = ?, title = ?, country = ?, contact_name = ?, website = ?, listing = ?,
            message = ?, name_key = ?, updated_at = ?
         WHERE id = ? AND status = ?"
    );
    let name_key = new.name_key();
    crate::execute_sql!(
        conn,
        &sql,
        (Nullable<Text>, &name_key),
        (Bool, held),
        (Nullable<Text>, &name_key),
        (Text, &new.name),
        (Text, &new.title),
        (Nullable<Text>, &new.country),
        (Text, &new.contact_name),
        (Text, &new.website),
        (Text, new.listing.as_str()),
        (Text, &new.message),
        (Nullable<Text>, &name_key),
        (Timestamp, now()),
        (Text, &sig.id),
        (Text, sig.status.as_str()),
    )
}

/// Applies a signer's change. A change of identity, or one that would
/// collide with another entry on the list, goes to the coordinators for
/// review; the signer is answered the same in every case.
pub fn edit(conn: &mut DbConnection, token: &str, new: &NewSignature) -> Result<Changed, AppError> {
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
        let held = is_identity_change(&sig, new) || (statement.moderation && renamed);
        // A coordinator (or the signer, elsewhere) changed it meanwhile.
        if with_retry(conn, |c| apply_change(c, &sig, new, held))? == 0 {
            return Ok(Changed::Closed);
        }
        let status: String = sg::table.find(&sig.id).select(sg::status).first(conn)?;
        let details = json!({"before": {"name": sig.name, "country": sig.country, "listing": sig.listing}, "after": {"name": new.name, "country": new.country, "listing": new.listing}, "status": status});
        audit::record_signer(
            conn,
            "signature.edit",
            &statement.id,
            Some(&sig.id),
            details,
        )?;
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
            "signature": sig.data(sig.status.as_signer_sees(statement.moderation)),
            "exported_at": now().and_utc().to_rfc3339(),
        })))
    })
}

/// "Erase my data": erases the signature's contact data and its links,
/// and withdraws it unless the list is published (then the public entry
/// stays until the coordinators remove it). Returns the statement,
/// whether the signature was withdrawn, and the outbox messages deleted.
pub fn erase_own(
    conn: &mut DbConnection,
    token: &str,
) -> Result<Option<(Statement, bool, Vec<String>)>, AppError> {
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
        let mail = crate::signatures::erase::signatures(conn, std::slice::from_ref(&sig), t)?;
        audit::record_signer(
            conn,
            "signature.erase",
            &statement.id,
            Some(&sig.id),
            json!({"withdrawn": withdraw}),
        )?;
        Ok(Some((statement, withdraw, mail)))
    })
}
