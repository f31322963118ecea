//! The background sender: claims due messages, delivers them by SMTP or
//! into `.eml` files, a few at once over pooled connections, records each
//! delivery as soon as it happened, and schedules retries with exponential
//! backoff. A message the server refuses for good (a 5xx answer) is not
//! retried: it is parked with its error for the coordinators to see.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use diesel::prelude::*;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{Message, SmtpTransport, Transport};

use crate::db::schema::email_outbox as eo;
use crate::db::{now, DbConnection};
use crate::error::AppError;
use crate::state::AppState;

use super::Queued;

/// A claimed message is not picked up by another sender for this long at
/// least, and longer than the worst round ([`lease`]). Each delivery is
/// recorded as it happens, so only the messages in flight when a process
/// dies wait for their lease.
const LEASE_AT_LEAST: TimeDelta = TimeDelta::minutes(10);
/// SMTP commands one message may take at most (connection, TLS, login,
/// envelope, data, reset).
const COMMANDS_PER_MESSAGE: i64 = 12;
/// Messages sent at the same time (over as many pooled connections).
const AT_ONCE: usize = 4;
/// Where a message that can never be sent (an address that does not
/// parse) is parked, with its error, for the coordinators to see.
const GIVE_UP: TimeDelta = TimeDelta::days(3650);
/// The error recorded for a message of a mailing whose sending a crash
/// interrupted.
pub const INTERRUPTED: &str = "interrupted while being sent; it may have arrived";
/// Longest wait between two attempts.
const MAX_BACKOFF: TimeDelta = TimeDelta::hours(1);
/// Messages handled per round.
const BATCH: i64 = 8;
/// How often the outbox is looked at when nobody wakes the sender.
const IDLE_POLL: Duration = Duration::from_secs(2);

/// Where messages go.
pub enum Delivery {
    Smtp(Box<SmtpTransport>),
    Files(PathBuf),
}

impl Delivery {
    pub fn from_settings(settings: &crate::config::Settings) -> Result<Delivery, String> {
        match settings.smtp() {
            Some(url) => {
                let transport = SmtpTransport::from_url(url)
                    .map_err(|e| format!("invalid SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(
                        settings.smtp_timeout_seconds.max(1),
                    )))
                    .build();
                Ok(Delivery::Smtp(Box::new(transport)))
            }
            None => Ok(Delivery::Files(settings.data_dir.join("outbox"))),
        }
    }

    fn send(&self, id: &str, message: &Message) -> Result<(), Failure> {
        match self {
            Delivery::Smtp(t) => t.send(message).map(|_| ()).map_err(|e| {
                let error = e.to_string();
                Failure {
                    permanent: e.is_permanent() && about_the_recipient(&error),
                    // A reply refused it, or no connection was made: it
                    // was not sent. Anything else (the connection lost, a
                    // timeout, an answer not understood) may have come
                    // after the server took it.
                    ambiguous: !(e.is_transient()
                        || e.is_permanent()
                        || e.is_tls()
                        || error.starts_with("Connection error")),
                    error,
                }
            }),
            Delivery::Files(dir) => {
                std::fs::create_dir_all(dir).map_err(Failure::transient)?;
                // Written aside, then renamed: whoever reads the folder
                // never sees half a message.
                let partial = dir.join(format!(".{id}.eml.partial"));
                std::fs::write(&partial, message.formatted()).map_err(Failure::transient)?;
                std::fs::rename(&partial, dir.join(format!("{id}.eml"))).map_err(Failure::transient)
            }
        }
    }
}

/// Whether a permanent (5xx) SMTP error is about this message's
/// recipient, and so final for this message alone. Others (a refused
/// login, a sending quota, a refused sender) would park every later
/// message too: they are retried, and show as failing, until fixed.
fn about_the_recipient(error: &str) -> bool {
    let e = error.to_ascii_lowercase();
    // Enhanced status codes (RFC 3463): 5.1.x addressing, 5.2.1 disabled.
    if e.contains("5.1.") || e.contains("5.2.1") {
        return true;
    }
    let enhanced = e.contains(" 5.") || e.contains(" 4.");
    let recipient_code = ["550", "551", "553"].iter().any(|c| e.contains(c));
    !enhanced
        && recipient_code
        && ["recipient", "mailbox", "user unknown", "no such user"]
            .iter()
            .any(|w| e.contains(w))
}

/// Why a message was not sent.
#[derive(Debug)]
struct Failure {
    error: String,
    /// Refused for good: trying again would not help.
    permanent: bool,
    /// It may have been delivered all the same.
    ambiguous: bool,
}

impl Failure {
    fn transient(e: impl std::fmt::Display) -> Failure {
        Failure {
            error: e.to_string(),
            permanent: false,
            ambiguous: false,
        }
    }

    fn permanent(e: impl std::fmt::Display) -> Failure {
        Failure {
            error: e.to_string(),
            permanent: true,
            ambiguous: false,
        }
    }
}

/// Deletes the files of outbox messages (written when there is no SMTP
/// server): they hold the links and the address of their message.
pub fn remove_files(settings: &crate::config::Settings, ids: &[String]) {
    let dir = settings.data_dir.join("outbox");
    for id in ids {
        match std::fs::remove_file(dir.join(format!("{id}.eml"))) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                tracing::warn!(message = %id, error = %e, "cannot delete an outbox file");
            }
            _ => {}
        }
    }
}

/// A file sent with a message: its name and content.
pub type Attachment = (String, Vec<u8>);

fn build(from: &str, q: &Queued, attachment: Option<Attachment>) -> Result<Message, Failure> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| Failure::transient(format!("invalid MAIL_FROM: {e}")))?;
    let address = q
        .to_address
        .parse()
        .map_err(|e| Failure::permanent(format!("invalid recipient: {e}")))?;
    let to = Mailbox::new(q.to_name.clone().filter(|n| !n.is_empty()), address);
    // Stable across retries (it comes from the outbox row), so that a
    // message sent twice after a crash is seen as one by the receiver.
    let message_id = format!("<{}@{}>", q.id, from.email.domain());
    let mut builder = Message::builder()
        .message_id(Some(message_id))
        .from(from)
        .to(to)
        .subject(q.subject.clone());
    if let Some(reply_to) = q.reply_to.as_deref().filter(|r| !r.is_empty()) {
        // Checked when the coordinator gave it; one that no longer parses
        // must not stop the message.
        match reply_to.parse::<Mailbox>() {
            Ok(r) => builder = builder.reply_to(r),
            Err(e) => tracing::warn!(error = %e, "reply-to address ignored"),
        }
    }
    let bodies = MultiPart::alternative()
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(q.body_text.clone()),
        )
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_HTML)
                .body(q.body_html.clone()),
        );
    let content = match attachment {
        Some((name, bytes)) => {
            let pdf = ContentType::parse("application/pdf").map_err(Failure::transient)?;
            MultiPart::mixed()
                .multipart(bodies)
                .singlepart(lettre::message::Attachment::new(name).body(bytes, pdf))
        }
        None => bodies,
    };
    builder.multipart(content).map_err(Failure::transient)
}

/// Takes up to `BATCH` due messages, leasing each so that several
/// instances never send the same one twice at once; one commit for all.
fn claim(conn: &mut DbConnection, lease: TimeDelta) -> QueryResult<Vec<Queued>> {
    crate::db::write_tx(conn, |conn| claim_in_tx(conn, lease))
}

/// How long a claim holds: the worst round (BATCH messages, AT_ONCE at a
/// time, each COMMANDS_PER_MESSAGE at the SMTP timeout), at least
/// LEASE_AT_LEAST.
fn lease(settings: &crate::config::Settings) -> TimeDelta {
    let waves = (BATCH + AT_ONCE as i64 - 1) / AT_ONCE as i64;
    let worst = waves * COMMANDS_PER_MESSAGE * settings.smtp_timeout_seconds.max(1) as i64;
    TimeDelta::seconds(worst).max(LEASE_AT_LEAST)
}

fn claim_in_tx(conn: &mut DbConnection, lease: TimeDelta) -> QueryResult<Vec<Queued>> {
    let t = now();
    let due: Vec<Queued> = eo::table
        .filter(eo::sent_at.is_null())
        .filter(eo::next_attempt_at.le(t))
        .order(eo::next_attempt_at.asc())
        .limit(BATCH)
        .select(Queued::as_select())
        .load(conn)?;
    let mut claimed = Vec::with_capacity(due.len());
    for q in due {
        if q.mailing_id.is_some() && q.started_at.is_some() {
            // Its sending began and was never recorded: the process died
            // meanwhile. It may have arrived, so it is not sent again by
            // itself; the delivery report shows it to the coordinators.
            diesel::update(
                eo::table
                    .filter(eo::id.eq(&q.id))
                    .filter(eo::next_attempt_at.eq(q.next_attempt_at)),
            )
            .set((
                eo::next_attempt_at.eq(t + GIVE_UP),
                eo::last_error.eq(Some(INTERRUPTED)),
            ))
            .execute(conn)?;
            continue;
        }
        let n = diesel::update(
            eo::table
                .filter(eo::id.eq(&q.id))
                .filter(eo::sent_at.is_null())
                .filter(eo::next_attempt_at.eq(q.next_attempt_at)),
        )
        .set(eo::next_attempt_at.eq(t + lease))
        .execute(conn)?;
        if n == 1 {
            // From now on, the row is this sender's while it holds the lease.
            claimed.push(Queued {
                next_attempt_at: t + lease,
                ..q
            });
        }
    }
    Ok(claimed)
}

fn record(
    conn: &mut DbConnection,
    q: &Queued,
    outcome: &Result<(), Failure>,
    retry_base: TimeDelta,
) -> QueryResult<usize> {
    let t = now();
    // Only while this sender still holds the lease: a sender that took
    // longer than it must not overwrite another's record.
    let target = eo::table
        .filter(eo::id.eq(&q.id))
        .filter(eo::next_attempt_at.eq(q.next_attempt_at));
    match outcome {
        // Delivered: the bodies go, so no working link (confirmation,
        // manage) stays readable in the database; recipient, kind and dates
        // stay for the delivery record.
        Ok(()) => diesel::update(target)
            .set((
                eo::sent_at.eq(Some(t)),
                eo::attempts.eq(q.attempts + 1),
                eo::last_error.eq(None::<String>),
                eo::body_text.eq(""),
                eo::body_html.eq(""),
            ))
            .execute(conn),
        Err(failure) if failure.ambiguous && q.mailing_id.is_some() => diesel::update(target)
            .set((
                eo::attempts.eq(q.attempts + 1),
                eo::next_attempt_at.eq(t + GIVE_UP),
                eo::last_error.eq(Some(INTERRUPTED)),
            ))
            .execute(conn),
        Err(failure) => {
            let factor = 2i32.saturating_pow(q.attempts.clamp(0, 16) as u32);
            let wait = if failure.permanent {
                GIVE_UP
            } else {
                (retry_base * factor).min(MAX_BACKOFF)
            };
            diesel::update(target)
                .set((
                    eo::attempts.eq(q.attempts + 1),
                    // The attempt is over: the next one may start afresh.
                    eo::started_at.eq(None::<chrono::NaiveDateTime>),
                    eo::next_attempt_at.eq(t + wait),
                    eo::last_error.eq(Some(failure.error.chars().take(500).collect::<String>())),
                ))
                .execute(conn)
        }
    }
}

/// A mailing's text, kept once for its recipients of one language.
struct Kept {
    text: String,
    html: String,
    attachment: Option<Attachment>,
}

/// Whether a mailing's message may go, with its text when kept apart.
enum Started {
    Ready(Option<Kept>),
    /// The lease is no longer this sender's.
    Lost,
}

/// Records, in a commit of its own, that the sending of a mailing's
/// message begins (while the lease is still this sender's), and reads
/// its text.
fn start(
    conn: &mut DbConnection,
    id: &str,
    lease: chrono::NaiveDateTime,
    body_id: Option<&str>,
) -> QueryResult<Started> {
    use crate::db::schema::mailing_bodies as mb;
    let body = match body_id {
        Some(b) => {
            type Row = (String, String, Option<Vec<u8>>, Option<String>);
            let found: Option<Row> = mb::table
                .find(b)
                .select((mb::body_text, mb::body_html, mb::pdf, mb::pdf_name))
                .first(conn)
                .optional()?;
            // Its mailing was deleted with its statement: nothing to send.
            let Some(found) = found else {
                diesel::update(eo::table.filter(eo::id.eq(id)))
                    .set((
                        eo::next_attempt_at.eq(now() + GIVE_UP),
                        eo::last_error.eq(Some("its mailing was deleted")),
                    ))
                    .execute(conn)?;
                return Ok(Started::Lost);
            };
            let (text, html, pdf, name) = found;
            Some(Kept {
                text,
                html,
                attachment: pdf.zip(name).map(|(pdf, name)| (name, pdf)),
            })
        }
        None => None,
    };
    let marked = diesel::update(
        eo::table
            .filter(eo::id.eq(id))
            .filter(eo::next_attempt_at.eq(lease))
            .filter(eo::sent_at.is_null()),
    )
    .set(eo::started_at.eq(Some(now())))
    .execute(conn)?;
    Ok(if marked == 1 {
        Started::Ready(body)
    } else {
        Started::Lost
    })
}

/// Sends one claimed message and records what happened at once: a crash
/// afterwards cannot send it again.
async fn deliver(state: &AppState, delivery: &Arc<Delivery>, mut q: Queued, retry_base: TimeDelta) {
    let mut attachment = None;
    if q.mailing_id.is_some() {
        let (id, lease, body) = (q.id.clone(), q.next_attempt_at, q.body_id.clone());
        match state
            .db(move |conn| Ok(start(conn, &id, lease, body.as_deref())?))
            .await
        {
            Ok(Started::Ready(Some(kept))) => {
                (q.body_text, q.body_html) = (kept.text, kept.html);
                attachment = kept.attachment;
            }
            Ok(Started::Ready(None)) => {}
            Ok(Started::Lost) => return,
            Err(e) => {
                // Not marked, not sent: it goes after its lease.
                tracing::warn!(error = %e, "email not started");
                return;
            }
        }
    }
    let from = state.settings.sender();
    let d = delivery.clone();
    let msg = q.clone();
    let outcome = actix_web::web::block(move || {
        build(&from, &msg, attachment).and_then(|m| d.send(&msg.id, &m))
    })
    .await
    .unwrap_or_else(|e| Err(Failure::transient(e)));
    match &outcome {
        Ok(()) => tracing::info!(kind = %q.kind, "email sent"),
        Err(f) => {
            // Mail servers quote the recipient in their errors.
            let error = crate::domain::email::redact(&f.error);
            if f.permanent {
                tracing::warn!(kind = %q.kind, error = %error, "email not sent; refused for good, not retried");
            } else {
                tracing::warn!(kind = %q.kind, attempt = q.attempts + 1, error = %error, "email not sent; will retry");
            }
        }
    }
    let recorded = state
        .db(move |conn| Ok(record(conn, &q, &outcome, retry_base)?))
        .await;
    if let Err(e) = recorded {
        // Sent but not recorded: it goes again after its lease (at least
        // once, never lost; its Message-ID lets the receiver see it twice).
        tracing::warn!(error = %e, "email delivery not recorded");
    }
}

/// One round: deliver what is due, a few at once. Returns how many were
/// attempted.
pub async fn run_once(state: &AppState, delivery: &Arc<Delivery>) -> Result<usize, AppError> {
    use futures_util::StreamExt;
    let lease = lease(&state.settings);
    let batch = state.db(move |conn| Ok(claim(conn, lease)?)).await?;
    let n = batch.len();
    let retry_base = TimeDelta::seconds(state.settings.mail_retry_seconds as i64);
    futures_util::stream::iter(batch)
        .for_each_concurrent(AT_ONCE, |q| deliver(state, delivery, q, retry_base))
        .await;
    Ok(n)
}

/// Housekeeping that the sender's loop runs at start and then about once
/// a minute, beside the outbox: a name for the log, and the work.
pub type Chore = (
    &'static str,
    fn(&mut DbConnection, &AppState) -> QueryResult<usize>,
);

/// How often the chores run.
const CHORES_EVERY: Duration = Duration::from_secs(60);

async fn run_chores(state: &AppState, chores: &'static [Chore]) {
    for (name, chore) in chores {
        let chore = *chore;
        let st = state.clone();
        if let Err(e) = state.db(move |conn| Ok(chore(conn, &st)?)).await {
            tracing::warn!(chore = %name, error = %e, "housekeeping failed");
        }
    }
}

/// Runs the sender, and the `chores`, until the state is shut down.
pub fn spawn(
    state: AppState,
    chores: &'static [Chore],
) -> Result<tokio::task::JoinHandle<()>, String> {
    let delivery = Arc::new(Delivery::from_settings(&state.settings)?);
    Ok(tokio::spawn(async move {
        let mut chores_done: Option<std::time::Instant> = None;
        while !state.is_stopping() {
            if chores_done.is_none_or(|at| at.elapsed() >= CHORES_EVERY) {
                chores_done = Some(std::time::Instant::now());
                run_chores(&state, chores).await;
            }
            match run_once(&state, &delivery).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "outbox round failed"),
            }
            let _ = tokio::time::timeout(IDLE_POLL, state.mail_wakeup.notified()).await;
        }
    }))
}

/// What the outbox holds, for monitoring.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OutboxStats {
    /// Unsent messages, parked ones aside.
    pub pending: i64,
    /// Age of the oldest of them (0 when there is none).
    pub oldest_pending_age_seconds: i64,
    /// Those whose last attempt failed.
    pub failing: i64,
    /// Messages that will never be sent (see `GIVE_UP`).
    pub parked: i64,
}

/// Two aggregate queries over unsent messages (the `email_outbox_due`
/// index covers `sent_at IS NULL`).
pub fn stats(conn: &mut DbConnection) -> QueryResult<OutboxStats> {
    use diesel::dsl::{count, count_star, min};
    let t = now();
    // Further ahead than any retry or lease: only parked messages.
    let parked_after = t + super::PARKED_AFTER;
    let unsent = || eo::table.filter(eo::sent_at.is_null());
    let (pending, oldest, failing): (i64, Option<chrono::NaiveDateTime>, i64) = unsent()
        .filter(eo::next_attempt_at.le(parked_after))
        .select((count_star(), min(eo::created_at), count(eo::last_error)))
        .first(conn)?;
    let parked: i64 = unsent()
        .filter(eo::next_attempt_at.gt(parked_after))
        .count()
        .get_result(conn)?;
    Ok(OutboxStats {
        pending,
        oldest_pending_age_seconds: oldest.map_or(0, |o| (t - o).num_seconds().max(0)),
        failing,
        parked,
    })
}

#[cfg(test)]
mod tests {
    use super::about_the_recipient;

    #[test]
    fn only_recipient_refusals_are_final() {
        assert!(about_the_recipient("permanent error (550): 5.1.1 <x@example.org>: Recipient address rejected: User unknown"));
        assert!(about_the_recipient(
            "permanent error (550): mailbox unavailable"
        ));
        assert!(about_the_recipient(
            "permanent error (553): 5.1.3 bad address syntax"
        ));
        assert!(!about_the_recipient(
            "permanent error (550): 5.4.5 Daily user sending limit exceeded"
        ));
        assert!(!about_the_recipient(
            "permanent error (535): 5.7.8 Username and Password not accepted"
        ));
        assert!(!about_the_recipient(
            "permanent error (554): 5.7.1 Sender address rejected"
        ));
    }
}
