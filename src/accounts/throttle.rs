//! Sign-in throttling, stored as keyed hashes in the database (shared by
//! instances; no raw addresses or email addresses on disk).
//!
//! Every attempt is counted *before* the password is checked, with an
//! atomic increment, so parallel guesses cannot slip past the limit. Three
//! counters apply: one account from one client (locks soon), one client
//! (locks later), and one account from anywhere, which never locks (a
//! stranger could otherwise lock a coordinator out) but slows every
//! attempt at the account, right or wrong, by a delay that grows with the
//! failures. Clients are addresses, IPv6 ones by their /64. Answers to
//! failed attempts slow down before any lock. Guesses at the current
//! password when changing it have counters of their own, so they never
//! lock sign-in.
//!
//! A counter is deleted once its window has run out (and no lock runs):
//! its own key's on the way when it is next charged, a few others' at
//! every charge, and the rest by [`sweep`], which the background loop
//! runs every minute. So the table only ever holds the last quarter of an
//! hour's failures: keyed hashes of addresses and accounts, whose key is in
//! the same database (see the README's Security part).

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::schema::login_throttle as lt;
use crate::db::{now, write_tx, DbConnection};
use crate::per_backend;

/// Attempts are counted over this window, and a lock lasts this long.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Attempts at one account from one client.
pub const PAIR_LIMIT: i32 = 5;
/// Attempts from one client, whatever the account.
pub const CLIENT_LIMIT: i32 = 30;
/// Failures at one account, whatever the client, after which every
/// attempt at it waits [`account_delay`] (never a lock).
pub const ACCOUNT_SLOW_AFTER: i32 = 10;
/// The longest such wait.
pub const ACCOUNT_DELAY_AT_MOST: Duration = Duration::from_secs(5);
/// Failures after which answers slow down.
const SLOW_AFTER: i32 = 2;

/// Whether an attempt may go ahead.
#[derive(Debug, PartialEq, Eq)]
pub enum Gate {
    /// Allowed; this is the attempt's number in the window.
    Open(i32),
    Locked(NaiveDateTime),
}

/// Counters whose window ran out at `t`, with no lock running.
macro_rules! expired {
    ($t:expr) => {
        lt::window_start
            .lt($t - WINDOW)
            .and(lt::locked_until.is_null().or(lt::locked_until.le($t)))
    };
}

/// Other expired counters deleted at each charge.
const SWEEP_AT_CHARGE: i64 = 10;
/// Expired counters deleted per statement by [`sweep`].
const SWEEP_BATCH: i64 = 1_000;

/// Counts an attempt for `key`; refuses it past `limit` in the window.
pub fn charge(conn: &mut DbConnection, key: &str, limit: i32) -> QueryResult<Gate> {
    write_tx(conn, |conn| {
        let t = now();
        // A window that ran out (and no running lock) is forgotten, and a
        // few other forgotten ones go with it.
        delete_expired(conn, t, SWEEP_AT_CHARGE)?;
        diesel::delete(lt::table.find(key).filter(expired!(t))).execute(conn)?;
        let fresh = (
            lt::client_key.eq(key),
            lt::failures.eq(0),
            lt::window_start.eq(t),
            lt::locked_until.eq(None::<NaiveDateTime>),
        );
        per_backend!(conn, |c| diesel::insert_into(lt::table)
            .values(fresh)
            .on_conflict_do_nothing()
            .execute(c))?;
        // The increment itself is atomic (row lock / single writer).
        diesel::update(lt::table.find(key))
            .set(lt::failures.eq(lt::failures + 1))
            .execute(conn)?;
        let (n, locked): (i32, Option<NaiveDateTime>) = lt::table
            .find(key)
            .select((lt::failures, lt::locked_until))
            .first(conn)?;
        if let Some(until) = locked.filter(|u| *u > t) {
            return Ok(Gate::Locked(until));
        }
        if n > limit {
            let until = t + WINDOW;
            diesel::update(lt::table.find(key))
                .set(lt::locked_until.eq(Some(until)))
                .execute(conn)?;
            return Ok(Gate::Locked(until));
        }
        Ok(Gate::Open(n))
    })
}

/// Takes back one counted attempt (it succeeded); a counter whose window
/// ran out is deleted instead.
pub fn refund(conn: &mut DbConnection, key: &str) -> QueryResult<usize> {
    let t = now();
    diesel::delete(lt::table.find(key).filter(expired!(t))).execute(conn)?;
    diesel::update(lt::table.find(key).filter(lt::failures.gt(0)))
        .set(lt::failures.eq(lt::failures - 1))
        .execute(conn)
}

/// Deletes up to `limit` counters whose window ran out at `t`.
fn delete_expired(conn: &mut DbConnection, t: NaiveDateTime, limit: i64) -> QueryResult<usize> {
    let keys: Vec<String> = lt::table
        .filter(expired!(t))
        .select(lt::client_key)
        .limit(limit)
        .load(conn)?;
    if keys.is_empty() {
        return Ok(0);
    }
    // Still expired: a charge may have renewed one meanwhile (PostgreSQL).
    diesel::delete(
        lt::table
            .filter(lt::client_key.eq_any(keys))
            .filter(expired!(t)),
    )
    .execute(conn)
}

/// Deletes every counter whose window ran out, in batches: the periodic
/// sweep. Returns how many went.
pub fn sweep(conn: &mut DbConnection) -> QueryResult<usize> {
    let t = now();
    let mut total = 0;
    loop {
        let n = write_tx(conn, |conn| delete_expired(conn, t, SWEEP_BATCH))?;
        total += n;
        if n < SWEEP_BATCH as usize {
            return Ok(total);
        }
    }
}

/// Forgets every attempt of `key`.
pub fn clear(conn: &mut DbConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(lt::table.find(key)).execute(conn)
}

/// How long to hold the answer to a failed attempt.
pub fn delay_for(attempt: i32) -> Duration {
    let extra = (attempt - SLOW_AFTER).clamp(0, 6) as u64;
    Duration::from_millis(500 * extra)
}

/// How long every attempt at an account waits, before its password is
/// checked, after `failures` at it from anywhere in the window: 100 ms
/// more per failure past [`ACCOUNT_SLOW_AFTER`], at most 5 seconds.
pub fn account_delay(failures: i32) -> Duration {
    let extra = (failures - ACCOUNT_SLOW_AFTER).max(0) as u64;
    Duration::from_millis(100 * extra).min(ACCOUNT_DELAY_AT_MOST)
}

/// The three counters for one attempt at `account` from `client`.
pub struct Keys {
    pub pair: String,
    pub client: String,
    pub account: String,
}

/// What charging an attempt found.
pub struct Charged {
    pub gate: Gate,
    /// Attempts at the account from anywhere in the window, this one
    /// included: how long to wait ([`account_delay`]).
    pub account_attempts: i32,
}

impl Keys {
    /// The counters of sign-in.
    pub fn new(keys: &crate::secrets::Keys, account: &str, client: &str) -> Keys {
        Keys::for_purpose(keys, "login", account, client)
    }

    /// The counters of guesses at the current password on the password
    /// form: apart from sign-in's, so they never lock the user out of it.
    pub fn password_change(keys: &crate::secrets::Keys, account: &str, client: &str) -> Keys {
        Keys::for_purpose(keys, "password", account, client)
    }

    fn for_purpose(
        keys: &crate::secrets::Keys,
        purpose: &str,
        account: &str,
        client: &str,
    ) -> Keys {
        Keys {
            pair: format!(
                "pair:{}",
                keys.keyed_hash(&format!("{purpose}-pair"), &format!("{account}\0{client}"))
            ),
            client: format!(
                "client:{}",
                keys.keyed_hash(&format!("{purpose}-client"), client)
            ),
            account: format!(
                "account:{}",
                keys.keyed_hash(&format!("{purpose}-account"), account)
            ),
        }
    }

    /// Charges all three: the pair's attempt number or a lock of the pair
    /// or the client, and the account's count (which never locks).
    pub fn charge(&self, conn: &mut DbConnection) -> QueryResult<Charged> {
        let mut gate = charge(conn, &self.pair, PAIR_LIMIT)?;
        if let Gate::Open(_) = gate {
            if let Gate::Locked(until) = charge(conn, &self.client, CLIENT_LIMIT)? {
                gate = Gate::Locked(until);
            }
        }
        // Refused attempts guess nothing: only the others count here.
        let account = match gate {
            Gate::Open(_) => match charge(conn, &self.account, i32::MAX)? {
                Gate::Open(n) => n,
                Gate::Locked(_) => i32::MAX,
            },
            Gate::Locked(_) => 0,
        };
        Ok(Charged {
            gate,
            account_attempts: account,
        })
    }

    /// After a success: the pair starts afresh, the others get their attempt back.
    pub fn succeeded(&self, conn: &mut DbConnection) -> QueryResult<()> {
        clear(conn, &self.pair)?;
        refund(conn, &self.client)?;
        refund(conn, &self.account)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_wide_wait_grows_and_is_bounded() {
        assert_eq!(account_delay(ACCOUNT_SLOW_AFTER), Duration::ZERO);
        assert_eq!(
            account_delay(ACCOUNT_SLOW_AFTER + 3),
            Duration::from_millis(300)
        );
        assert_eq!(account_delay(i32::MAX), ACCOUNT_DELAY_AT_MOST);
    }
}
