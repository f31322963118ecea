//! Outgoing email through a durable outbox: a message is written in the
//! same transaction as the change that causes it, and a background sender
//! delivers it with retries, so a failing mail server never loses one.

pub mod compose;
pub mod sender;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::email_outbox;
use crate::db::{new_id, now, DbConnection};

/// A message due further ahead than this is parked (refused for good or
/// interrupted): no retry, lease or paced mailing waits this long.
pub const PARKED_AFTER: chrono::TimeDelta = chrono::TimeDelta::days(365);

/// A message to send.
#[derive(Clone, Debug)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// "confirm", "duplicate", …: for logs and the coordinator.
    pub kind: &'static str,
    pub statement_id: Option<String>,
    /// The signature it is about, when there is one.
    pub signature_id: Option<String>,
    /// The mailing it belongs to (the final statement sent to many):
    /// such a message is sent at most once.
    pub mailing_id: Option<String>,
    /// Where answers go, when not to the sender.
    pub reply_to: Option<String>,
    /// The recipient's name, for the To header.
    pub to_name: Option<String>,
    /// A mailing's text, kept once for many recipients (`mailing_bodies`);
    /// the message's own bodies are then empty.
    pub body_id: Option<String>,
}

/// A message waiting in the outbox.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = email_outbox)]
pub struct Queued {
    pub id: String,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub kind: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub mailing_id: Option<String>,
    pub started_at: Option<NaiveDateTime>,
    pub reply_to: Option<String>,
    pub body_id: Option<String>,
    pub to_name: Option<String>,
}

/// Puts a message in the outbox (call inside the transaction of its cause).
pub fn enqueue(conn: &mut DbConnection, email: &Email) -> QueryResult<()> {
    enqueue_all(conn, &[email], now())
}

/// Puts messages in the outbox with one multi-row insert, created at `t`
/// (call inside the transaction of their cause).
pub fn enqueue_all(
    conn: &mut DbConnection,
    emails: &[&Email],
    t: NaiveDateTime,
) -> QueryResult<()> {
    enqueue_spaced(conn, emails, t, chrono::TimeDelta::zero())
}

/// Puts messages in the outbox, the first due at `t` and each next one
/// `gap` later, so that a mailing to many leaves at a steady pace (and
/// messages queued meanwhile, due at once, go first).
pub fn enqueue_spaced(
    conn: &mut DbConnection,
    emails: &[&Email],
    t: NaiveDateTime,
    gap: chrono::TimeDelta,
) -> QueryResult<()> {
    // Bounded rows per statement: PostgreSQL takes at most 65,535 bound
    // parameters in one.
    for (n, chunk) in emails.chunks(1000).enumerate() {
        insert_rows(conn, chunk, t, gap, n * 1000)?;
    }
    Ok(())
}

fn insert_rows(
    conn: &mut DbConnection,
    emails: &[&Email],
    t: NaiveDateTime,
    gap: chrono::TimeDelta,
    first: usize,
) -> QueryResult<()> {
    if emails.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = emails
        .iter()
        .enumerate()
        .map(|(i, email)| {
            let due = t + gap * (first + i) as i32;
            (
                email_outbox::id.eq(new_id()),
                email_outbox::to_address.eq(&email.to),
                email_outbox::subject.eq(&email.subject),
                email_outbox::body_text.eq(&email.text),
                email_outbox::body_html.eq(&email.html),
                email_outbox::kind.eq(email.kind),
                email_outbox::statement_id.eq(&email.statement_id),
                email_outbox::signature_id.eq(&email.signature_id),
                email_outbox::mailing_id.eq(&email.mailing_id),
                email_outbox::reply_to.eq(&email.reply_to),
                email_outbox::body_id.eq(&email.body_id),
                email_outbox::to_name.eq(&email.to_name),
                email_outbox::created_at.eq(t),
                email_outbox::next_attempt_at.eq(due),
            )
        })
        .collect();
    crate::per_backend!(conn, |c| diesel::insert_into(email_outbox::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}

/// Where the latest message about a signature stands, for coordinators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailState {
    Sent(NaiveDateTime),
    /// Not sent yet, no attempt failed.
    Waiting,
    /// The last attempt failed; it will be tried again.
    Failing(String),
    /// Refused for good; it will not be tried again.
    Refused(String),
}

impl MailState {
    /// The state's name and detail, for templates.
    pub fn view(&self) -> serde_json::Value {
        match self {
            MailState::Sent(at) => {
                serde_json::json!({"state": "sent", "at": at.format("%Y-%m-%d %H:%M UTC").to_string()})
            }
            MailState::Waiting => serde_json::json!({"state": "waiting"}),
            MailState::Failing(e) => serde_json::json!({"state": "failing", "error": e}),
            MailState::Refused(e) => serde_json::json!({"state": "refused", "error": e}),
        }
    }
}

/// The state of the latest message sent for `signature_id`, if any.
pub fn state_for_signature(
    conn: &mut DbConnection,
    signature_id: &str,
) -> QueryResult<Option<MailState>> {
    let row: Option<(Option<NaiveDateTime>, Option<String>, NaiveDateTime)> = email_outbox::table
        .filter(email_outbox::signature_id.eq(signature_id))
        .filter(email_outbox::mailing_id.is_null())
        .order(email_outbox::created_at.desc())
        .select((
            email_outbox::sent_at,
            email_outbox::last_error,
            email_outbox::next_attempt_at,
        ))
        .first(conn)
        .optional()?;
    // Parked messages wait further ahead than any retry or lease.
    let parked_after = now() + PARKED_AFTER;
    Ok(row.map(|(sent, error, next)| match (sent, error) {
        (Some(at), _) => MailState::Sent(at),
        (None, Some(e)) if next > parked_after => MailState::Refused(e),
        (None, Some(e)) => MailState::Failing(e),
        (None, None) => MailState::Waiting,
    }))
}

/// Whose parked messages go again.
pub enum Parked<'a> {
    /// A signature's own messages (its confirmation), not mailings.
    OfSignature(&'a str),
    /// A mailing's failed and interrupted messages.
    OfMailing(&'a str),
}

/// Puts parked messages (refused for good, or interrupted) back in line
/// at once, after a coordinator asked for it. Messages being sent or
/// retried are left alone. Returns how many.
pub fn send_again(conn: &mut DbConnection, which: Parked<'_>) -> QueryResult<usize> {
    let t = now();
    let parked = email_outbox::table
        .filter(email_outbox::sent_at.is_null())
        .filter(email_outbox::next_attempt_at.gt(t + PARKED_AFTER))
        .select(email_outbox::id)
        .into_boxed();
    let ids: Vec<String> = match which {
        Parked::OfSignature(id) => parked
            .filter(email_outbox::signature_id.eq(id))
            .filter(email_outbox::mailing_id.is_null()),
        Parked::OfMailing(id) => parked.filter(email_outbox::mailing_id.eq(id)),
    }
    .load(conn)?;
    diesel::update(email_outbox::table.filter(email_outbox::id.eq_any(ids)))
        .set((
            email_outbox::next_attempt_at.eq(t),
            email_outbox::started_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
}
