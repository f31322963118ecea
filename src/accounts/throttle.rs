//! Sign-in throttling, per account name and per client, stored as keyed
//! hashes in the database (shared by instances; no raw addresses or
//! email addresses on disk). Failures first slow the answer down, then
//! lock the key for a while.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::schema::login_throttle as lt;
use crate::db::{now, write_tx, DbConnection};
use crate::per_backend;

/// Failures are counted over this window, and a lock lasts this long.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Failures for one account name before it is locked.
pub const ACCOUNT_LIMIT: i32 = 5;
/// Failures from one client before it is locked.
pub const CLIENT_LIMIT: i32 = 20;
/// Failures after which answers slow down.
const SLOW_AFTER: i32 = 2;

/// The lock on any of `keys` that is still running, if any.
pub fn locked_until(
    conn: &mut DbConnection,
    keys: &[String],
) -> QueryResult<Option<NaiveDateTime>> {
    lt::table
        .filter(lt::client_key.eq_any(keys))
        .filter(lt::locked_until.gt(now()))
        .select(diesel::dsl::max(lt::locked_until))
        .first::<Option<NaiveDateTime>>(conn)
}

/// Counts a failure for `key`; returns the failures in the window.
pub fn record_failure(conn: &mut DbConnection, key: &str, limit: i32) -> QueryResult<i32> {
    write_tx(conn, |conn| {
        let t = now();
        let row: Option<(i32, NaiveDateTime)> = lt::table
            .find(key)
            .select((lt::failures, lt::window_start))
            .first(conn)
            .optional()?;
        let (failures, start) = match row {
            Some((n, start)) if t - start < WINDOW => (n + 1, start),
            _ => (1, t),
        };
        let lock = (failures >= limit).then_some(t + WINDOW);
        let values = (
            lt::client_key.eq(key),
            lt::failures.eq(failures),
            lt::window_start.eq(start),
            lt::locked_until.eq(lock),
        );
        per_backend!(conn, |c| diesel::insert_into(lt::table)
            .values(values)
            .on_conflict(lt::client_key)
            .do_update()
            .set((
                lt::failures.eq(failures),
                lt::window_start.eq(start),
                lt::locked_until.eq(lock),
            ))
            .execute(c))?;
        Ok(failures)
    })
}

/// Forgets the failures of `key` (after a successful sign-in).
pub fn clear(conn: &mut DbConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(lt::table.find(key)).execute(conn)
}

/// How long to hold the answer to a failed attempt.
pub fn delay_for(failures: i32) -> Duration {
    let extra = (failures - SLOW_AFTER).clamp(0, 6) as u64;
    Duration::from_millis(500 * extra)
}
