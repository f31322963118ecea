//! Single-use links: first-run setup and invitations. Only a hash of the
//! token is stored; using one is an atomic update, so it works once.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::schema::one_time_tokens as ott;
use crate::db::{new_id, now, DbConnection};
use crate::secrets::{random_token, token_hash};

use super::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Setup,
    Invite,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Setup => "setup",
            Purpose::Invite => "invite",
        }
    }
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = ott)]
pub struct OneTimeToken {
    pub id: String,
    pub email: Option<String>,
    pub role: Option<String>,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

/// Creates a link token; returns the secret to put in the URL.
pub fn issue(
    conn: &mut DbConnection,
    purpose: Purpose,
    email: Option<&str>,
    role: Option<Role>,
    created_by: Option<&str>,
    valid_for: TimeDelta,
) -> QueryResult<String> {
    let token = random_token();
    let t = now();
    diesel::insert_into(ott::table)
        .values((
            ott::id.eq(new_id()),
            ott::token_hash.eq(token_hash(&token)),
            ott::purpose.eq(purpose.as_str()),
            ott::email.eq(email),
            ott::role.eq(role.map(Role::as_str)),
            ott::created_by.eq(created_by),
            ott::created_at.eq(t),
            ott::expires_at.eq(t + valid_for),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Withdraws every unused link of a purpose (a new setup link replaces the last).
pub fn revoke_unused(conn: &mut DbConnection, purpose: Purpose) -> QueryResult<usize> {
    diesel::update(
        ott::table
            .filter(ott::purpose.eq(purpose.as_str()))
            .filter(ott::used_at.is_null()),
    )
    .set(ott::expires_at.eq(now()))
    .execute(conn)
}

/// The token if it exists, has this purpose, is unused and unexpired.
pub fn find_valid(
    conn: &mut DbConnection,
    purpose: Purpose,
    token: &str,
) -> QueryResult<Option<OneTimeToken>> {
    ott::table
        .filter(ott::token_hash.eq(token_hash(token)))
        .filter(ott::purpose.eq(purpose.as_str()))
        .filter(ott::used_at.is_null())
        .filter(ott::expires_at.gt(now()))
        .select(OneTimeToken::as_select())
        .first(conn)
        .optional()
}

/// Names the team the invitation `token` leads into.
pub fn set_team(conn: &mut DbConnection, token: &str, team_id: &str) -> QueryResult<usize> {
    diesel::update(ott::table.filter(ott::token_hash.eq(token_hash(token))))
        .set(ott::team_id.eq(Some(team_id)))
        .execute(conn)
}

/// The team the token `id` leads into, if it names one.
pub fn team_of(conn: &mut DbConnection, id: &str) -> QueryResult<Option<String>> {
    Ok(ott::table
        .find(id)
        .select(ott::team_id)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}

/// Marks the token used; true only for the one caller that did so.
pub fn consume(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    let n = diesel::update(
        ott::table
            .filter(ott::id.eq(id))
            .filter(ott::used_at.is_null())
            .filter(ott::expires_at.gt(now())),
    )
    .set(ott::used_at.eq(now()))
    .execute(conn)?;
    Ok(n == 1)
}

/// Invitations not used yet and still working, newest first.
pub fn pending_invitations(conn: &mut DbConnection) -> QueryResult<Vec<OneTimeToken>> {
    ott::table
        .filter(ott::purpose.eq(Purpose::Invite.as_str()))
        .filter(ott::used_at.is_null())
        .filter(ott::expires_at.gt(now()))
        .order(ott::created_at.desc())
        .select(OneTimeToken::as_select())
        .load(conn)
}

/// Withdraws one pending invitation; false if there was none by that id.
pub fn revoke_invitation(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    let n = diesel::update(
        ott::table
            .filter(ott::id.eq(id))
            .filter(ott::purpose.eq(Purpose::Invite.as_str()))
            .filter(ott::used_at.is_null())
            .filter(ott::expires_at.gt(now())),
    )
    .set(ott::expires_at.eq(now()))
    .execute(conn)?;
    Ok(n == 1)
}
