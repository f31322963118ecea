//! Teams: one instance serves several coalitions. Each statement belongs
//! to a team; coordinators see and act on their own teams' statements
//! only, administrators on every one, and administrators manage teams and
//! their members.
//!
//! The check sits where every workspace request names its user
//! (`CurrentUser`): a path that names a statement (`{slug}`) or a
//! signature (`{id}` under `/admin/signatures/`) outside the user's teams
//! answers 404, as if it did not exist. Lists (dashboard, audit log,
//! signer search) filter by [`Scope`].

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{signatures, statements, team_members, teams, users};
use crate::db::{is_unique_violation, new_id, now, DbConnection};

/// The team that what existed before teams belongs to.
pub const DEFAULT_TEAM: &str = "default";
/// Longest team name, in characters.
pub const MAX_NAME: usize = 120;

#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = teams)]
pub struct Team {
    pub id: String,
    pub name: String,
    pub created_at: NaiveDateTime,
}

/// The statements a user may see and act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// An administrator: every statement.
    All,
    /// A coordinator: their teams' statements.
    Teams(Vec<String>),
}

impl Scope {
    /// The scope of the account `user_id`, an administrator or not.
    pub fn of(conn: &mut DbConnection, user_id: &str, is_admin: bool) -> QueryResult<Scope> {
        if is_admin {
            return Ok(Scope::All);
        }
        Ok(Scope::Teams(
            team_members::table
                .filter(team_members::user_id.eq(user_id))
                .select(team_members::team_id)
                .load(conn)?,
        ))
    }

    pub fn allows(&self, team_id: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Teams(ids) => ids.iter().any(|t| t == team_id),
        }
    }

    /// The teams to filter lists by; `None` for every one.
    pub fn teams(&self) -> Option<&[String]> {
        match self {
            Scope::All => None,
            Scope::Teams(ids) => Some(ids),
        }
    }
}

/// What a workspace request's path names.
#[derive(Clone, Debug)]
pub enum Target {
    Statement(String),
    Signature(String),
    Nothing,
}

impl Target {
    /// From the matched route: `/admin/statements/{slug}…` and
    /// `/admin/signatures/{id}…`.
    pub fn of(req: &actix_web::HttpRequest) -> Target {
        let path = req.path();
        let info = req.match_info();
        if path.starts_with("/admin/statements/") {
            if let Some(slug) = info.get("slug") {
                return Target::Statement(slug.to_string());
            }
        }
        if path.starts_with("/admin/signatures/") {
            if let Some(id) = info.get("id") {
                return Target::Signature(id.to_string());
            }
        }
        Target::Nothing
    }
}

/// Whether a user of `scope` may reach `target`. What does not exist is
/// let through (its route answers 404 itself).
pub fn may_reach(conn: &mut DbConnection, scope: &Scope, target: &Target) -> QueryResult<bool> {
    if *scope == Scope::All {
        return Ok(true);
    }
    let team: Option<String> = match target {
        Target::Nothing => return Ok(true),
        Target::Statement(slug) => statements::table
            .filter(statements::slug.eq(slug))
            .select(statements::team_id)
            .first(conn)
            .optional()?,
        Target::Signature(id) => signatures::table
            .inner_join(statements::table)
            .filter(signatures::id.eq(id))
            .select(statements::team_id)
            .first(conn)
            .optional()?,
    };
    match team {
        None => Ok(true),
        Some(team) => Ok(scope.allows(&team)),
    }
}

pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Team>> {
    teams::table
        .order(teams::name.asc())
        .select(Team::as_select())
        .load(conn)
}

/// The teams a user of `scope` may put a statement in: theirs, or every
/// one for an administrator.
pub fn choices(conn: &mut DbConnection, scope: &Scope) -> QueryResult<Vec<Team>> {
    match scope {
        Scope::All => all(conn),
        Scope::Teams(ids) => teams::table
            .filter(teams::id.eq_any(ids.clone()))
            .order(teams::name.asc())
            .select(Team::as_select())
            .load(conn),
    }
}

/// Each user's id, name and email in `team_id`.
pub fn members(
    conn: &mut DbConnection,
    team_id: &str,
) -> QueryResult<Vec<(String, String, String)>> {
    team_members::table
        .inner_join(users::table)
        .filter(team_members::team_id.eq(team_id))
        .order(users::name.asc())
        .select((users::id, users::name, users::email))
        .load(conn)
}

/// Creates a team; `None` when the name is taken.
pub fn create(conn: &mut DbConnection, name: &str) -> QueryResult<Option<Team>> {
    let team = Team {
        id: new_id(),
        name: name.to_string(),
        created_at: now(),
    };
    let inserted = diesel::insert_into(teams::table)
        .values((
            teams::id.eq(&team.id),
            teams::name.eq(&team.name),
            teams::created_at.eq(team.created_at),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(Some(team)),
        Err(e) if is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Renames a team; `false` when the name is taken.
pub fn rename(conn: &mut DbConnection, team_id: &str, name: &str) -> QueryResult<bool> {
    match diesel::update(teams::table.find(team_id))
        .set(teams::name.eq(name))
        .execute(conn)
    {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn exists(conn: &mut DbConnection, team_id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(teams::table.find(team_id))).get_result(conn)
}

/// Adds `user_id` to `team_id` (nothing when already a member).
pub fn add_member(conn: &mut DbConnection, team_id: &str, user_id: &str) -> QueryResult<()> {
    let already: bool = diesel::select(diesel::dsl::exists(
        team_members::table.find((team_id, user_id)),
    ))
    .get_result(conn)?;
    if !already {
        diesel::insert_into(team_members::table)
            .values((
                team_members::team_id.eq(team_id),
                team_members::user_id.eq(user_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn remove_member(conn: &mut DbConnection, team_id: &str, user_id: &str) -> QueryResult<usize> {
    diesel::delete(team_members::table.find((team_id, user_id))).execute(conn)
}

/// The team of the statement `id`.
pub fn of_statement(conn: &mut DbConnection, id: &str) -> QueryResult<Option<String>> {
    statements::table
        .find(id)
        .select(statements::team_id)
        .first(conn)
        .optional()
}

/// How many statements `team_id` holds.
pub fn statement_count(conn: &mut DbConnection, team_id: &str) -> QueryResult<i64> {
    statements::table
        .filter(statements::team_id.eq(team_id))
        .count()
        .get_result(conn)
}
