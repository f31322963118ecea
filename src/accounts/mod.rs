//! Coordinator and administrator accounts: users, sessions, sign-in,
//! throttling, one-time links.

pub mod password;
pub mod routes;
pub mod service;
pub mod session;
pub mod team_routes;
pub mod throttle;
pub mod tokens;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::users;
use crate::db::{is_unique_violation, new_id, now, DbConnection};
use crate::error::AppError;

crate::text_enum! {
    /// What an account may do.
    pub enum Role {
        Admin = "admin",
        Coordinator = "coordinator",
    }
}

#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
    pub disabled_at: Option<NaiveDateTime>,
    pub last_login_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl User {
    /// The statements this user may see and act on.
    pub fn scope(&self, conn: &mut DbConnection) -> QueryResult<crate::teams::Scope> {
        crate::teams::Scope::of(conn, &self.id, self.is_admin())
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// How the workspace navigation shows this user.
    pub fn viewer(&self) -> crate::web::page::Viewer<'_> {
        crate::web::page::Viewer {
            name: &self.name,
            email: &self.email,
            is_admin: self.is_admin(),
        }
    }
}

pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(crate::domain::email::normalise(email)))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<User>> {
    users::table
        .order(users::created_at.asc())
        .select(User::as_select())
        .load(conn)
}

pub fn admin_exists(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        users::table.filter(users::role.eq(Role::Admin.as_str())),
    ))
    .get_result(conn)
}

/// Why an account could not be created.
#[derive(Debug)]
pub enum CreateError {
    EmailTaken,
    Db(diesel::result::Error),
}

/// Creates an account from an already hashed password; the unique email
/// constraint decides whether the address is free.
pub fn create(
    conn: &mut DbConnection,
    email: &str,
    name: &str,
    password_hash: &str,
    role: Role,
) -> Result<User, CreateError> {
    let t = now();
    let user = User {
        id: new_id(),
        email: crate::domain::email::normalise(email),
        name: name.trim().to_string(),
        password_hash: password_hash.to_string(),
        role,
        disabled_at: None,
        last_login_at: None,
        created_at: t,
        updated_at: t,
    };
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&user.id),
            users::email.eq(&user.email),
            users::name.eq(&user.name),
            users::password_hash.eq(&user.password_hash),
            users::role.eq(&user.role),
            users::created_at.eq(t),
            users::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(user)
}

pub fn set_password(conn: &mut DbConnection, user_id: &str, hash: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set((users::password_hash.eq(hash), users::updated_at.eq(now())))
        .execute(conn)
}

pub fn touch_last_login(conn: &mut DbConnection, user_id: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::last_login_at.eq(now()))
        .execute(conn)
}

/// On a server without an administrator: a fresh single-use link (valid
/// for an hour) to create the first one in the browser. Earlier unused
/// setup links stop working.
pub fn issue_setup_link(
    conn: &mut DbConnection,
    public_url: &str,
) -> Result<Option<String>, AppError> {
    crate::db::write_tx(conn, |conn| {
        if admin_exists(conn)? {
            return Ok(None);
        }
        tokens::revoke_unused(conn, tokens::Purpose::Setup)?;
        let token = tokens::issue(
            conn,
            tokens::Purpose::Setup,
            None,
            Some(Role::Admin),
            None,
            routes::SETUP_VALID,
        )?;
        Ok(Some(format!("{public_url}/admin/setup/{token}")))
    })
}

pub fn set_disabled(conn: &mut DbConnection, user_id: &str, disabled: bool) -> QueryResult<usize> {
    let at = if disabled { Some(now()) } else { None };
    diesel::update(users::table.find(user_id))
        .set((users::disabled_at.eq(at), users::updated_at.eq(now())))
        .execute(conn)
}

impl From<diesel::result::Error> for CreateError {
    fn from(e: diesel::result::Error) -> Self {
        if is_unique_violation(&e) {
            CreateError::EmailTaken
        } else {
            CreateError::Db(e)
        }
    }
}

impl From<CreateError> for AppError {
    fn from(e: CreateError) -> Self {
        match e {
            CreateError::EmailTaken => AppError::Unprocessable("email taken".into()),
            CreateError::Db(e) => e.into(),
        }
    }
}
