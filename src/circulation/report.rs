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

/// The report of each of `mailings`, in their order: sent and waiting
/// messages counted by the database, parked ones (few) read one by one.
pub fn of(conn: &mut DbConnection, mailings: &[Mailing]) -> QueryResult<Vec<MailingReport>> {
    use diesel::dsl::count_star;
    let ids: Vec<&str> = mailings.iter().map(|m| m.id.as_str()).collect();
    // Parked messages wait further ahead than any retry, lease or pace.
    let parked_after = now() + crate::email::PARKED_AFTER;
    let of_these = || eo::table.filter(eo::mailing_id.eq_any(ids.clone()));
    let sent: Vec<(Option<String>, i64)> = of_these()
        .filter(eo::sent_at.is_not_null())
        .group_by(eo::mailing_id)
        .select((eo::mailing_id, count_star()))
        .load(conn)?;
    let pending: Vec<(Option<String>, i64)> = of_these()
        .filter(eo::sent_at.is_null())
        .filter(eo::next_attempt_at.le(parked_after))
        .group_by(eo::mailing_id)
        .select((eo::mailing_id, count_star()))
        .load(conn)?;
    type Parked = (
        Option<String>,
        String,
        Option<NaiveDateTime>,
        Option<String>,
    );
    let parked: Vec<Parked> = of_these()
        .filter(eo::sent_at.is_null())
        .filter(eo::next_attempt_at.gt(parked_after))
        .order(eo::to_address.asc())
        .select((
            eo::mailing_id,
            eo::to_address,
            eo::started_at,
            eo::last_error,
        ))
        .load(conn)?;
    let mut by_mailing: HashMap<String, (Counts, Vec<Problem>)> = HashMap::new();
    for (mailing, n) in sent {
        by_mailing
            .entry(mailing.unwrap_or_default())
            .or_default()
            .0
            .sent = n;
    }
    for (mailing, n) in pending {
        by_mailing
            .entry(mailing.unwrap_or_default())
            .or_default()
            .0
            .pending = n;
    }
    for (mailing, to, started, error) in parked {
        let (counts, problems) = by_mailing.entry(mailing.unwrap_or_default()).or_default();
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
