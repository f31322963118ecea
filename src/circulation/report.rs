//! The delivery report of a statement's mailings: how many of each were
//! sent, are waiting, failed for good, or were interrupted by a crash
//! (and may have arrived), with the addresses that need a look.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::email_outbox as eo;
use crate::db::{now, DbConnection};

use super::Mailing;

/// How many problems a report names per mailing.
const PROBLEMS_SHOWN: usize = 100;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub sent: i64,
    /// Not sent yet (first attempt or retries to come).
    pub pending: i64,
    /// Refused for good by the mail server, or an address that does not parse.
    pub failed: i64,
    /// Cut short by a crash; not sent again unless a coordinator asks.
    pub interrupted: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    pub to: String,
    pub error: String,
    pub interrupted: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct MailingReport {
    pub id: String,
    pub audience: &'static str,
    pub created_at: NaiveDateTime,
    pub created_by: Option<String>,
    pub recipients: i32,
    pub counts: Counts,
    pub problems: Vec<Problem>,
}

type Row = (
    Option<String>,
    String,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    NaiveDateTime,
    Option<String>,
);

/// The report of each of `mailings`, in their order.
pub fn of(conn: &mut DbConnection, mailings: &[Mailing]) -> QueryResult<Vec<MailingReport>> {
    let ids: Vec<&str> = mailings.iter().map(|m| m.id.as_str()).collect();
    let rows: Vec<Row> = eo::table
        .filter(eo::mailing_id.eq_any(&ids))
        .order(eo::next_attempt_at.asc())
        .select((
            eo::mailing_id,
            eo::to_address,
            eo::sent_at,
            eo::started_at,
            eo::next_attempt_at,
            eo::last_error,
        ))
        .load(conn)?;
    // Parked messages wait further ahead than any retry or lease.
    let parked_after = now() + crate::email::PARKED_AFTER;
    let mut by_mailing: HashMap<String, (Counts, Vec<Problem>)> = HashMap::new();
    for (mailing, to, sent, started, next, error) in rows {
        let Some(mailing) = mailing else { continue };
        let (counts, problems) = by_mailing.entry(mailing).or_default();
        if sent.is_some() {
            counts.sent += 1;
        } else if next <= parked_after {
            counts.pending += 1;
        } else {
            let interrupted = started.is_some();
            if interrupted {
                counts.interrupted += 1;
            } else {
                counts.failed += 1;
            }
            if problems.len() < PROBLEMS_SHOWN {
                problems.push(Problem {
                    to,
                    error: error.unwrap_or_default(),
                    interrupted,
                });
            }
        }
    }
    Ok(mailings
        .iter()
        .map(|m| {
            let (counts, problems) = by_mailing.remove(&m.id).unwrap_or_default();
            MailingReport {
                id: m.id.clone(),
                audience: m.audience.as_str(),
                created_at: m.created_at,
                created_by: m.created_by.clone(),
                recipients: m.recipients,
                counts,
                problems,
            }
        })
        .collect())
}
