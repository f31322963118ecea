//! Outgoing email through a durable outbox: a message is written in the
//! same transaction as the change that causes it, and a background sender
//! delivers it with retries, so a failing mail server never loses one.

pub mod compose;
pub mod sender;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::email_outbox;
use crate::db::{new_id, now, DbConnection};

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
    if emails.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = emails
        .iter()
        .map(|email| {
            (
                email_outbox::id.eq(new_id()),
                email_outbox::to_address.eq(&email.to),
                email_outbox::subject.eq(&email.subject),
                email_outbox::body_text.eq(&email.text),
                email_outbox::body_html.eq(&email.html),
                email_outbox::kind.eq(email.kind),
                email_outbox::statement_id.eq(&email.statement_id),
                email_outbox::created_at.eq(t),
                email_outbox::next_attempt_at.eq(t),
            )
        })
        .collect();
    crate::per_backend!(conn, |c| diesel::insert_into(email_outbox::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}
