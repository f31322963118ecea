//! Curation of a statement's signatures by coordinators (docs/SPEC.md §4): the
//! list with filters, search, sorting and numbered pages; approve, reject,
//! edit, mark as duplicate and merge; bulk actions. Every change is
//! audited and touches the statement, so cached public pages refresh.

pub mod duplicate_routes;
pub mod duplicates;
pub mod import_routes;
pub mod routes;
pub mod signer_routes;
pub mod signers;

use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::audit;
use crate::db::schema::{signatures as sg, statements};
use crate::db::{now, write_tx, DbConnection};
use crate::error::AppError;
use crate::signatures::Signature;
use crate::signatures::{SignatureStatus, SignerKind};

use crate::db::lower;

/// The page sizes a coordinator may choose; the first is the default.
pub const PAGE_SIZES: [i64; 3] = [50, 100, 500];

/// What the list shows: the filters, the order and the page.
#[derive(Clone, Debug, Default, serde::Deserialize, Serialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// "named" (on the public list by name), "anonymous" (counted only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub listing: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// One of `SORTS`; newest first when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sort: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub per: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub page: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// The orders of the list: a column, and `-` before it for descending
/// (`-oldest`, newest first, is the default).
pub const SORTS: [&str; 6] = ["-oldest", "oldest", "name", "-name", "country", "-country"];

impl Filter {
    pub fn per_page(&self) -> i64 {
        if PAGE_SIZES.contains(&self.per) {
            self.per
        } else {
            PAGE_SIZES[0]
        }
    }

    pub fn page(&self) -> i64 {
        self.page.max(1)
    }

    pub fn sort(&self) -> &'static str {
        SORTS
            .iter()
            .copied()
            .find(|s| *s == self.sort)
            .unwrap_or(SORTS[0])
    }
}

type Backend = <DbConnection as diesel::Connection>::Backend;

/// `q` narrowed to the rows `f` asks for (whatever it selects).
fn narrow<'a, ST: 'a>(
    mut q: sg::BoxedQuery<'a, Backend, ST>,
    statement_id: &str,
    f: &Filter,
) -> sg::BoxedQuery<'a, Backend, ST> {
    q = q.filter(sg::statement_id.eq(statement_id.to_string()));
    if !f.status.is_empty() {
        q = q.filter(sg::status.eq(f.status.clone()));
    }
    if !f.kind.is_empty() {
        q = q.filter(sg::kind.eq(f.kind.clone()));
    }
    match f.listing.as_str() {
        "named" => q = q.filter(sg::listing.ne("anonymous")),
        "anonymous" => q = q.filter(sg::listing.eq("anonymous")),
        _ => {}
    }
    match f.country.as_str() {
        "" => {}
        "none" => q = q.filter(sg::country.is_null()),
        c => q = q.filter(sg::country.eq(c.to_string())),
    }
    let needle = f.q.trim().to_lowercase();
    if !needle.is_empty() {
        let pattern = format!("%{}%", needle.replace(['\\', '%', '_'], ""));
        q = q.filter(
            lower(sg::name)
                .like(pattern.clone())
                .or(lower(sg::email.assume_not_null()).like(pattern)),
        );
    }
    q
}

/// A page of the list (the last one when `f` asks for a page past it),
/// how many rows match in all, and the page shown.
pub fn list(
    conn: &mut DbConnection,
    statement_id: &str,
    f: &Filter,
) -> QueryResult<(Vec<Signature>, i64, i64)> {
    let total: i64 = narrow(
        sg::table.select(diesel::dsl::count_star()).into_boxed(),
        statement_id,
        f,
    )
    .first(conn)?;
    let mut q = narrow(
        sg::table.select(Signature::as_select()).into_boxed(),
        statement_id,
        f,
    );
    // Ids are time-ordered (UUID v7), and break ties in every order.
    q = match f.sort() {
        "oldest" => q.order(sg::id.asc()),
        // Blank countries last on both backends.
        "country" => q.order((
            sg::country.is_null().asc(),
            sg::country.asc(),
            sg::name.asc(),
            sg::id.asc(),
        )),
        "-country" => q.order((
            sg::country.is_null().asc(),
            sg::country.desc(),
            sg::name.asc(),
            sg::id.asc(),
        )),
        "name" => q.order((sg::name.asc(), sg::id.asc())),
        "-name" => q.order((sg::name.desc(), sg::id.asc())),
        _ => q.order(sg::id.desc()),
    };
    let per = f.per_page();
    let page = f.page().min(((total + per - 1) / per).max(1));
    let rows = q
        .limit(per)
        .offset((page - 1).saturating_mul(per))
        .load(conn)?;
    Ok((rows, total, page))
}

/// The statuses an "all matching" decision applies to: approving takes
/// only entries confirmed and waiting (never an unconfirmed one, never a
/// rejection undone in bulk); rejecting takes any that stands or waits.
pub fn bulk_statuses(d: Decision) -> &'static [&'static str] {
    match d {
        Decision::Approve => &["pending"],
        Decision::Reject => &["unconfirmed", "pending", "review", "approved"],
    }
}

/// Every row the filter matches that `d` applies to, for "all matching"
/// bulk actions.
pub fn matching_ids(
    conn: &mut DbConnection,
    statement_id: &str,
    f: &Filter,
    d: Decision,
) -> QueryResult<Vec<String>> {
    narrow(sg::table.select(sg::id).into_boxed(), statement_id, f)
        .filter(sg::status.eq_any(bulk_statuses(d)))
        .order(sg::id.asc())
        .load(conn)
}

/// How many rows `d` would change among those the filter matches.
pub fn matching_count(
    conn: &mut DbConnection,
    statement_id: &str,
    f: &Filter,
    d: Decision,
) -> QueryResult<i64> {
    narrow(
        sg::table.select(diesel::dsl::count_star()).into_boxed(),
        statement_id,
        f,
    )
    .filter(sg::status.eq_any(bulk_statuses(d)))
    .first(conn)
}

/// Countries present on a statement, for the filter.
pub fn countries(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<String>> {
    sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::country.is_not_null())
        .select(sg::country.assume_not_null())
        .distinct()
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Signature>> {
    sg::table
        .find(id)
        .select(Signature::as_select())
        .first(conn)
        .optional()
}

/// Live signatures that may be the same signer: same email, or the same
/// name whatever the country.
pub fn likely_duplicates(conn: &mut DbConnection, sig: &Signature) -> QueryResult<Vec<Signature>> {
    let name_prefix = crate::signatures::org_key_prefix(&sig.name);
    let mut q = sg::table
        .filter(sg::statement_id.eq(sig.statement_id.clone()))
        .filter(sg::id.ne(sig.id.clone()))
        .filter(sg::status.eq_any(crate::signatures::LIVE_TEXT))
        .select(Signature::as_select())
        .into_boxed();
    q = match &sig.email {
        Some(e) => q.filter(
            sg::name_key
                .like(name_prefix)
                .or(lower(sg::email.assume_not_null()).eq(e.to_lowercase())),
        ),
        None => q.filter(sg::name_key.like(name_prefix)),
    };
    q.limit(20).load(conn)
}

fn touch_statement(conn: &mut DbConnection, statement_id: &str) -> QueryResult<usize> {
    diesel::update(statements::table.find(statement_id))
        .set(statements::updated_at.eq(now()))
        .execute(conn)
}

/// A coordinator's decision on one signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "approve" => Some(Decision::Approve),
            "reject" => Some(Decision::Reject),
            _ => None,
        }
    }
}

/// Why a change was refused; nothing of it is kept.
#[derive(Debug)]
pub enum Refused {
    /// Another live signature has the same name and country, or email.
    WouldDuplicate,
    /// The signer withdrew; coordinators cannot sign in their name.
    Withdrawn,
    /// The signer has not confirmed their address: approving would
    /// publish a name nobody vouched for.
    Unconfirmed,
    NotFound,
    /// The list is published: who is on it no longer changes (corrections
    /// of how an entry reads still do).
    Published,
    Db(AppError),
}

/// Refuses changes to who is on a published list.
fn not_published(conn: &mut DbConnection, statement_id: &str) -> Result<(), Refused> {
    let s = crate::statements::queries::find_by_id(conn, statement_id)?.ok_or(Refused::NotFound)?;
    match s.status_at(now()) {
        crate::statements::Status::Published | crate::statements::Status::Archived => {
            Err(Refused::Published)
        }
        _ => Ok(()),
    }
}

impl From<diesel::result::Error> for Refused {
    fn from(e: diesel::result::Error) -> Self {
        if crate::db::is_unique_violation(&e) {
            Refused::WouldDuplicate
        } else {
            Refused::Db(e.into())
        }
    }
}

/// Approves or rejects signatures of one statement, all or nothing.
pub fn decide(
    conn: &mut DbConnection,
    user_id: &str,
    statement_id: &str,
    ids: &[String],
    d: Decision,
) -> Result<usize, Refused> {
    write_tx(conn, |conn| {
        not_published(conn, statement_id)?;
        let t = now();
        let mut changed = 0;
        for id in ids {
            let Some(sig) = find(conn, id)?.filter(|s| s.statement_id == statement_id) else {
                return Err(Refused::NotFound);
            };
            if sig.status == SignatureStatus::Withdrawn {
                return Err(Refused::Withdrawn);
            }
            if sig.status == SignatureStatus::Unconfirmed && d == Decision::Approve {
                return Err(Refused::Unconfirmed);
            }
            let status = match d {
                Decision::Approve => SignatureStatus::Approved,
                Decision::Reject => SignatureStatus::Rejected,
            };
            if sig.status == status {
                continue;
            }
            // Approving back a rejected twin of a live signature fails on
            // the unique index, and the whole batch is rolled back.
            // Only from the status that was read: a withdrawal that lands
            // meanwhile is never overwritten.
            let n = diesel::update(sg::table.find(id).filter(sg::status.eq(&sig.status)))
                .set((
                    sg::status.eq(status),
                    sg::decided_at.eq(Some(t)),
                    sg::updated_at.eq(t),
                    sg::duplicate_of.eq(None::<String>),
                ))
                .execute(conn)?;
            if n == 0 {
                return Err(Refused::Withdrawn);
            }
            audit::record(
                conn,
                Some(user_id),
                match d {
                    Decision::Approve => "signature.approve",
                    Decision::Reject => "signature.reject",
                },
                Some(statement_id),
                json!({"signature": id, "name": sig.name, "from": sig.status}),
            )?;
            changed += 1;
        }
        touch_statement(conn, statement_id)?;
        Ok(changed)
    })
}

/// The fields a coordinator may correct.
#[derive(Clone, Debug)]
pub struct Correction {
    pub name: String,
    pub country: Option<String>,
    pub title: String,
    pub qualifier: String,
}

/// Corrects what the public list shows of a signature.
pub fn correct(
    conn: &mut DbConnection,
    user_id: &str,
    id: &str,
    c: &Correction,
) -> Result<(), Refused> {
    write_tx(conn, |conn| {
        let Some(sig) = find(conn, id)? else {
            return Err(Refused::NotFound);
        };
        let name_key = (sig.kind == SignerKind::Organisation)
            .then(|| crate::signatures::org_key(&c.name, c.country.as_deref()));
        diesel::update(sg::table.find(id))
            .set((
                sg::name.eq(&c.name),
                sg::country.eq(&c.country),
                sg::title.eq(&c.title),
                sg::qualifier.eq(&c.qualifier),
                sg::name_key.eq(name_key),
                sg::updated_at.eq(now()),
            ))
            .execute(conn)?;
        let details = json!({
            "signature": id,
            "before": {"name": sig.name, "country": sig.country, "title": sig.title, "qualifier": sig.qualifier},
            "after": {"name": c.name, "country": c.country, "title": c.title, "qualifier": c.qualifier},
        });
        audit::record(
            conn,
            Some(user_id),
            "signature.edit",
            Some(&sig.statement_id),
            details,
        )?;
        touch_statement(conn, &sig.statement_id)?;
        Ok(())
    })
}

/// Lets an entry waiting for review (a possible duplicate) take the place
/// of the entry it may duplicate, which becomes a duplicate of it.
pub fn replace(conn: &mut DbConnection, user_id: &str, id: &str) -> Result<(), Refused> {
    write_tx(conn, |conn| {
        let Some(new) = find(conn, id)? else {
            return Err(Refused::NotFound);
        };
        let old = match (&new.duplicate_of, new.status) {
            (Some(old), SignatureStatus::Review) => find(conn, old)?.ok_or(Refused::NotFound)?,
            _ => return Err(Refused::NotFound),
        };
        not_published(conn, &new.statement_id)?;
        // Only for the pair that collides now: the signer may have
        // changed the entry since it was held.
        let same_name = new.name_key.is_some() && new.name_key == old.name_key;
        let same_email = new.email_key.is_some() && new.email_key == old.email_key;
        if !(same_name || same_email) {
            return Err(Refused::NotFound);
        }
        let t = now();
        // The old entry leaves the list first, so the new one may take
        // its place under the unique indexes.
        if old.status.is_live() {
            diesel::update(sg::table.find(&old.id))
                .set((
                    sg::status.eq(SignatureStatus::Duplicate),
                    sg::duplicate_of.eq(Some(&new.id)),
                    sg::decided_at.eq(Some(t)),
                    sg::updated_at.eq(t),
                ))
                .execute(conn)?;
        }
        let n = diesel::update(
            sg::table
                .find(&new.id)
                .filter(sg::status.eq(SignatureStatus::Review)),
        )
        .set((
            sg::status.eq(SignatureStatus::Approved),
            sg::duplicate_of.eq(None::<String>),
            sg::decided_at.eq(Some(t)),
            sg::updated_at.eq(t),
        ))
        .execute(conn)?;
        if n == 0 {
            return Err(Refused::Withdrawn);
        }
        audit::record(
            conn,
            Some(user_id),
            "signature.replace",
            Some(&new.statement_id),
            json!({"signature": new.id, "name": new.name, "replaces": old.id, "replaced_name": old.name}),
        )?;
        touch_statement(conn, &new.statement_id)?;
        Ok(())
    })
}

/// Marks `id` as a duplicate of `target` and merges into the target what
/// it lacks (country, website, title, qualifier).
/// The entry kept by a merge, as it will read: what it lacks (country,
/// website, title, qualifier) taken from the duplicate. The merge and its
/// preview both use this.
#[derive(Debug, PartialEq, Eq)]
pub struct Merged {
    pub country: Option<String>,
    pub website: String,
    pub title: String,
    pub qualifier: String,
}

pub fn merged(keep: &Signature, dup: &Signature) -> Merged {
    // Only what a confirmed, accepted entry says is copied: a possible
    // duplicate's or an unconfirmed one's is a stranger's word.
    let copy = dup.status.is_live();
    let pick = |kept: &String, other: &String| {
        if kept.is_empty() && copy {
            other.clone()
        } else {
            kept.clone()
        }
    };
    Merged {
        country: match &keep.country {
            None if copy => dup.country.clone(),
            kept => kept.clone(),
        },
        website: pick(&keep.website, &dup.website),
        title: pick(&keep.title, &dup.title),
        qualifier: pick(&keep.qualifier, &dup.qualifier),
    }
}

pub fn merge(
    conn: &mut DbConnection,
    user_id: &str,
    id: &str,
    target: &str,
) -> Result<(), Refused> {
    write_tx(conn, |conn| {
        let (Some(dup), Some(keep)) = (find(conn, id)?, find(conn, target)?) else {
            return Err(Refused::NotFound);
        };
        if dup.statement_id != keep.statement_id || dup.id == keep.id {
            return Err(Refused::NotFound);
        }
        not_published(conn, &dup.statement_id)?;
        // Only into a signature that stands, and never a signer's withdrawal.
        if !keep.status.is_live() || dup.status == SignatureStatus::Withdrawn {
            return Err(Refused::Withdrawn);
        }
        let t = now();
        // The duplicate leaves the live set first, so the target may take
        // its country without colliding with it.
        diesel::update(sg::table.find(&dup.id))
            .set((
                sg::status.eq(SignatureStatus::Duplicate),
                sg::duplicate_of.eq(Some(&keep.id)),
                sg::decided_at.eq(Some(t)),
                sg::updated_at.eq(t),
            ))
            .execute(conn)?;
        let Merged {
            country,
            website,
            title,
            qualifier,
        } = merged(&keep, &dup);
        let name_key = (keep.kind == SignerKind::Organisation)
            .then(|| crate::signatures::org_key(&keep.name, country.as_deref()));
        diesel::update(sg::table.find(&keep.id))
            .set((
                sg::country.eq(&country),
                sg::website.eq(&website),
                sg::title.eq(&title),
                sg::qualifier.eq(&qualifier),
                sg::name_key.eq(name_key),
                sg::updated_at.eq(t),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            Some(user_id),
            "signature.merge",
            Some(&dup.statement_id),
            json!({"signature": keep.id, "duplicate": dup.id, "duplicate_name": dup.name, "into": keep.id, "into_name": keep.name}),
        )?;
        touch_statement(conn, &dup.statement_id)?;
        Ok(())
    })
}
