//! Bringing stored duplicate keys up to date when the way they are made
//! changes ([`text::DUPLICATE_KEY_VERSION`]). SQL cannot compute a key, so
//! this runs at start-up, after the migrations, once per database: the
//! version that made the stored keys is kept in the `settings` table.
//!
//! A new key can make two live signatures of one statement collide (two
//! organisations that signed as "Amnesty International" and
//! "Аmnesty International" before look-alike letters counted). Both were
//! accepted under the rules of their time, so neither is taken off the
//! list by a program: the earlier one gets the new key, the later one
//! keeps its old key, and the collision is written to the audit log (and
//! logged as a warning, with ids only, never names). Coordinators see the
//! earlier one among the later one's likely duplicates and decide, as for
//! any other duplicate.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use serde_json::json;

use crate::audit;
use crate::db::schema::{settings, signatures as sg};
use crate::db::{now, write_tx, DbConnection};
use crate::domain::text;
use crate::per_backend;

use super::{org_key, SignerKind, LIVE_TEXT};

/// The `settings` row holding the version of the stored keys.
pub const VERSION_SETTING: &str = "name_key_version";

/// What an upgrade did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rekeyed {
    /// Keys rewritten.
    pub updated: usize,
    /// Live signatures whose new key was already another's: (statement,
    /// signature kept on its old key, signature that has the new key).
    pub collisions: Vec<(String, String, String)>,
}

/// id, statement, name, country, status, stored key.
type KeyRow = (
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
);

/// Recomputes the stored keys if an older version made them; `None` when
/// they are current. Safe to run by several instances at once: the version
/// row is locked for the whole transaction.
pub fn upgrade(conn: &mut DbConnection) -> QueryResult<Option<Rekeyed>> {
    write_tx(conn, |conn| {
        let t = now();
        // A database without the row predates versioned keys (version 1).
        let row = (
            settings::key.eq(VERSION_SETTING),
            settings::value.eq("1"),
            settings::updated_at.eq(t),
        );
        per_backend!(conn, |c| diesel::insert_into(settings::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c))?;
        // Takes the row lock (PostgreSQL; SQLite's write transaction is
        // already exclusive): a second instance waits, then sees the new
        // version.
        diesel::update(settings::table.find(VERSION_SETTING))
            .set(settings::updated_at.eq(t))
            .execute(conn)?;
        let stored: String = settings::table
            .find(VERSION_SETTING)
            .select(settings::value)
            .first(conn)?;
        if stored.trim().parse::<u32>().unwrap_or(0) >= text::DUPLICATE_KEY_VERSION {
            return Ok(None);
        }
        let done = rekey(conn)?;
        diesel::update(settings::table.find(VERSION_SETTING))
            .set((
                settings::value.eq(text::DUPLICATE_KEY_VERSION.to_string()),
                settings::updated_at.eq(t),
            ))
            .execute(conn)?;
        Ok(Some(done))
    })
}

fn rekey(conn: &mut DbConnection) -> QueryResult<Rekeyed> {
    let rows: Vec<KeyRow> = sg::table
        .filter(sg::kind.eq(SignerKind::Organisation))
        .order((sg::created_at.asc(), sg::id.asc()))
        .select((
            sg::id,
            sg::statement_id,
            sg::name,
            sg::country,
            sg::status,
            sg::name_key,
        ))
        .load(conn)?;
    // Decide every final key first. Among live signatures of a statement,
    // the earliest with a given new key gets it; a later one keeps its old
    // key (made unique with its id should a new key equal it).
    let mut winners: HashMap<(String, String), String> = HashMap::new();
    let mut finals: Vec<(String, String)> = Vec::new();
    let mut losers: Vec<&KeyRow> = Vec::new();
    for row in &rows {
        let (id, statement_id, name, country, status, old) = row;
        let new = org_key(name, country.as_deref());
        if !LIVE_TEXT.contains(&status.as_str()) {
            if old.as_deref() != Some(new.as_str()) {
                finals.push((id.clone(), new));
            }
            continue;
        }
        match winners.get(&(statement_id.clone(), new.clone())) {
            Some(_) => losers.push(row),
            None => {
                winners.insert((statement_id.clone(), new.clone()), id.clone());
                if old.as_deref() != Some(new.as_str()) {
                    finals.push((id.clone(), new));
                }
            }
        }
    }
    let mut collisions = Vec::new();
    let mut kept: HashSet<(String, String)> = HashSet::new();
    for (id, statement_id, name, country, _, old) in losers {
        let new = org_key(name, country.as_deref());
        let winner = winners
            .get(&(statement_id.clone(), new))
            .cloned()
            .unwrap_or_default();
        let mut key = old.clone().unwrap_or_default();
        let slot = (statement_id.clone(), key.clone());
        if key.is_empty() || winners.contains_key(&slot) || kept.contains(&slot) {
            key = format!("{key}~{id}");
            finals.push((id.clone(), key.clone()));
        }
        kept.insert((statement_id.clone(), key));
        collisions.push((statement_id.clone(), id.clone(), winner));
    }
    // Live keys that change first step aside to a value no other row has,
    // so that no update meets a key that is about to move.
    let moving: Vec<&str> = finals.iter().map(|(id, _)| id.as_str()).collect();
    for chunk in moving.chunks(500) {
        diesel::update(
            sg::table
                .filter(sg::id.eq_any(chunk))
                .filter(sg::status.eq_any(LIVE_TEXT)),
        )
        .set(sg::name_key.eq(sg::id.concat("~rekey").nullable()))
        .execute(conn)?;
    }
    for (id, key) in &finals {
        diesel::update(sg::table.find(id))
            .set(sg::name_key.eq(key))
            .execute(conn)?;
    }
    for (statement_id, id, winner) in &collisions {
        audit::record_system_signature(
            conn,
            "signature.look_alike_kept",
            statement_id,
            id,
            json!({"same_key_as": winner}),
        )?;
    }
    Ok(Rekeyed {
        updated: finals.len(),
        collisions,
    })
}
