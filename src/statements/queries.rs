//! Statement queries.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{signatures, statements};
use crate::db::{is_unique_violation, new_id, now, DbConnection};

use super::{Statement, Status};
use crate::teams::Scope;

/// The fields a coordinator edits.
#[derive(Clone, Debug, AsChangeset, Insertable)]
#[diesel(table_name = statements, treat_none_as_null = true)]
pub struct StatementFields {
    pub slug: String,
    pub title: String,
    pub organiser: String,
    pub summary: String,
    pub body: String,
    pub language: String,
    pub deadline: Option<NaiveDateTime>,
    pub timezone: String,
    pub allow_organisations: bool,
    pub allow_individuals: bool,
    pub moderation: bool,
    pub public_list: bool,
    pub require_country: bool,
    pub note: String,
    pub grouping: super::Grouping,
}

#[derive(Debug)]
pub enum WriteError {
    SlugTaken,
    Db(diesel::result::Error),
}

impl From<diesel::result::Error> for WriteError {
    fn from(e: diesel::result::Error) -> Self {
        if is_unique_violation(&e) {
            WriteError::SlugTaken
        } else {
            WriteError::Db(e)
        }
    }
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Statement>> {
    statements::table
        .filter(statements::slug.eq(slug))
        .select(Statement::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_id(conn: &mut DbConnection, id: &str) -> QueryResult<Option<Statement>> {
    statements::table
        .find(id)
        .select(Statement::as_select())
        .first(conn)
        .optional()
}

/// Creates a draft; the unique index decides whether the slug is free.
pub fn insert(
    conn: &mut DbConnection,
    fields: &StatementFields,
    created_by: &str,
    team_id: &str,
) -> Result<Statement, WriteError> {
    let t = now();
    let id = new_id();
    diesel::insert_into(statements::table)
        .values((
            fields,
            statements::id.eq(&id),
            statements::status.eq(Status::Draft.as_str()),
            statements::created_by.eq(created_by),
            statements::team_id.eq(team_id),
            statements::created_at.eq(t),
            statements::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(statements::table
        .find(&id)
        .select(Statement::as_select())
        .first(conn)?)
}

pub fn update(
    conn: &mut DbConnection,
    id: &str,
    fields: &StatementFields,
) -> Result<(), WriteError> {
    diesel::update(statements::table.find(id))
        .set((fields, statements::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

/// Whether anyone has signed: from then on the text is frozen.
pub fn has_signatures(conn: &mut DbConnection, statement_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        signatures::table.filter(signatures::statement_id.eq(statement_id)),
    ))
    .get_result(conn)
}

/// Signatures per status for every statement (one grouped query).
pub fn counts_by_status(
    conn: &mut DbConnection,
) -> QueryResult<HashMap<String, HashMap<String, i64>>> {
    let rows: Vec<(String, String, i64)> = signatures::table
        .group_by((signatures::statement_id, signatures::status))
        .select((
            signatures::statement_id,
            signatures::status,
            diesel::dsl::count_star(),
        ))
        .load(conn)?;
    let mut out: HashMap<String, HashMap<String, i64>> = HashMap::new();
    for (statement, status, n) in rows {
        out.entry(statement).or_default().insert(status, n);
    }
    Ok(out)
}

/// Signatures per status for one statement.
pub fn counts_for(
    conn: &mut DbConnection,
    statement_id: &str,
) -> QueryResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = signatures::table
        .filter(signatures::statement_id.eq(statement_id))
        .group_by(signatures::status)
        .select((signatures::status, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The statements `scope` may see, newest first.
pub fn list(conn: &mut DbConnection, scope: &Scope) -> QueryResult<Vec<Statement>> {
    let mut q = statements::table
        .order(statements::created_at.desc())
        .select(Statement::as_select())
        .into_boxed();
    if let Some(teams) = scope.teams() {
        q = q.filter(statements::team_id.eq_any(teams.to_vec()));
    }
    q.load(conn)
}

/// Statements the public may see, newest first.
pub fn list_public(conn: &mut DbConnection) -> QueryResult<Vec<Statement>> {
    statements::table
        .filter(statements::status.eq_any([
            Status::Open.as_str(),
            Status::Closed.as_str(),
            Status::Published.as_str(),
        ]))
        .order(statements::created_at.desc())
        .select(Statement::as_select())
        .load(conn)
}

/// Moves a statement from the stored status it was read with to `to`;
/// false when someone else changed it in between.
pub fn transition(
    conn: &mut DbConnection,
    statement: &Statement,
    to: Status,
    new_deadline: Option<(NaiveDateTime, String)>,
) -> QueryResult<bool> {
    let t = now();
    let target = statements::table
        .filter(statements::id.eq(&statement.id))
        .filter(statements::status.eq(&statement.status))
        .filter(statements::updated_at.eq(statement.updated_at));
    let (deadline, timezone) = match new_deadline {
        Some((d, z)) => (Some(d), z),
        None => (statement.deadline, statement.timezone.clone()),
    };
    let closed_at = match to {
        Status::Open => None,
        Status::Closed => Some(t),
        // Keep when signing really closed (the deadline, if it passed by itself).
        _ => statement.closed_time(t),
    };
    let n = diesel::update(target)
        .set((
            statements::status.eq(to.as_str()),
            statements::deadline.eq(deadline),
            statements::timezone.eq(timezone),
            statements::updated_at.eq(t),
            statements::closed_at.eq(closed_at),
            statements::opened_at.eq(if to == Status::Open {
                statement.opened_at.or(Some(t))
            } else {
                statement.opened_at
            }),
            statements::published_at.eq(if to == Status::Published {
                Some(t)
            } else {
                statement.published_at
            }),
            statements::archived_at.eq(if to == Status::Archived {
                Some(t)
            } else {
                statement.archived_at
            }),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Replaces the text of a statement that people have already signed.
pub fn amend(
    conn: &mut DbConnection,
    id: &str,
    title: &str,
    summary: &str,
    body: &str,
) -> QueryResult<usize> {
    let t = now();
    diesel::update(statements::table.find(id))
        .set((
            statements::title.eq(title),
            statements::summary.eq(summary),
            statements::body.eq(body),
            statements::amended_at.eq(Some(t)),
            statements::updated_at.eq(t),
        ))
        .execute(conn)
}

/// Holds the statement's row until the transaction ends, so that two
/// transactions that decide on it go one after the other. SQLite's write
/// transactions already do (`BEGIN IMMEDIATE`); PostgreSQL locks the row.
pub fn lock(conn: &mut DbConnection, id: &str) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(_) => Ok(()),
        DbConnection::Postgres(c) => statements::table
            .find(id)
            .select(statements::id)
            .for_update()
            .first::<String>(c)
            .map(|_| ()),
    }
}

/// Marks a statement changed (its cached pages are drawn anew).
pub fn touch(conn: &mut DbConnection, id: &str) -> QueryResult<usize> {
    diesel::update(statements::table.find(id))
        .set(statements::updated_at.eq(now()))
        .execute(conn)
}
