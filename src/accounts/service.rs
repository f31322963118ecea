//! The rules and audited transactions behind accounts: first
//! administrator, invitations, enabling and disabling.

use diesel::Connection;
use serde_json::json;

use crate::audit;
use crate::db::{write_tx, DbConnection};
use crate::error::AppError;
use crate::state::AppState;

use super::tokens::{self, Purpose};
use super::{password, session, throttle, CreateError, Role};

/// What creating an account through a link did.
pub enum Created {
    /// The link no longer works.
    Gone,
    EmailTaken,
    /// Created and signed in: the session token.
    Ok(String),
}

pub fn gone_is_created_gone(e: AppError) -> Result<Created, AppError> {
    match e {
        AppError::Gone(_) => Ok(Created::Gone),
        other => Err(other),
    }
}

/// Creates the account and uses up its link, all or nothing: a taken
/// email leaves the link usable, a link used meanwhile creates nothing.
fn create_with_token(
    conn: &mut DbConnection,
    token_id: &str,
    email: &str,
    name: &str,
    hash: &str,
    role: Role,
    action: &str,
) -> Result<Created, AppError> {
    // A savepoint, so that a unique violation leaves the outer
    // transaction usable on PostgreSQL.
    let created = conn.transaction(|c| super::create(c, email, name, hash, role));
    let user = match created {
        Ok(u) => u,
        Err(CreateError::EmailTaken) => return Ok(Created::EmailTaken),
        Err(CreateError::Db(e)) => return Err(e.into()),
    };
    if !tokens::consume(conn, token_id)? {
        // Rolls the new account back with the transaction.
        return Err(AppError::Gone("link used".into()));
    }
    // An invitation names the team its coordinator joins (one deleted
    // meanwhile is no team).
    if let Some(team) = tokens::team_of(conn, token_id)? {
        if crate::teams::exists(conn, &team)? {
            crate::teams::add_member(conn, &team, &user.id)?;
        }
    }
    audit::record(
        conn,
        Some(&user.id),
        action,
        None,
        json!({"email": user.email, "role": user.role}),
    )?;
    Ok(Created::Ok(session::create(conn, &user.id)?))
}

/// Creates the first administrator through the setup link.
pub fn setup(
    conn: &mut DbConnection,
    token: &str,
    email: &str,
    name: &str,
    hash: &str,
) -> Result<Created, AppError> {
    write_tx(conn, |conn| {
        let Some(t) = tokens::find_valid(conn, Purpose::Setup, token)? else {
            return Ok(Created::Gone);
        };
        if super::admin_exists(conn)? {
            return Ok(Created::Gone);
        }
        create_with_token(conn, &t.id, email, name, hash, Role::Admin, "account.setup")
    })
    .or_else(gone_is_created_gone)
}

/// Creates the invited account.
pub fn accept_invitation(
    conn: &mut DbConnection,
    invitation_id: &str,
    email: &str,
    name: &str,
    hash: &str,
    role: Role,
) -> Result<Created, AppError> {
    write_tx(conn, |conn| {
        create_with_token(
            conn,
            invitation_id,
            email,
            name,
            hash,
            role,
            "account.accept_invitation",
        )
    })
    .or_else(gone_is_created_gone)
}

/// Issues an invitation link token for `email`.
pub fn invite(
    conn: &mut DbConnection,
    admin_id: &str,
    email: &str,
    role: Role,
    team: Option<&str>,
    valid: chrono::TimeDelta,
) -> Result<String, AppError> {
    write_tx(conn, |conn| {
        let token = tokens::issue(
            conn,
            Purpose::Invite,
            Some(email),
            Some(role),
            Some(admin_id),
            valid,
        )?;
        if let Some(team) = team {
            tokens::set_team(conn, &token, team)?;
        }
        audit::record(
            conn,
            Some(admin_id),
            "account.invite",
            None,
            json!({"email": email, "role": role.as_str(), "team": team}),
        )?;
        Ok(token)
    })
}

/// Disables (ending its sessions) or enables an account.
pub fn set_disabled(
    conn: &mut DbConnection,
    admin_id: &str,
    id: &str,
    disable: bool,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let Some(user) = super::find(conn, id)? else {
            return Err(AppError::NotFound);
        };
        super::set_disabled(conn, id, disable)?;
        if disable {
            session::delete_for_user(conn, id, None)?;
        }
        let action = if disable {
            "account.disable"
        } else {
            "account.enable"
        };
        audit::record(
            conn,
            Some(admin_id),
            action,
            None,
            json!({"email": user.email}),
        )?;
        Ok(())
    })
}

/// A sign-in attempt.
pub struct Attempt<'a> {
    pub email: &'a str,
    pub password: String,
    /// The client's address as the throttle sees it.
    pub client: &'a str,
    /// The session cookie this browser had, ended at sign-in.
    pub old_session: Option<String>,
}

/// How a sign-in ended.
pub enum SignIn {
    /// Too many failures: locked until then.
    Locked(chrono::NaiveDateTime),
    Failed,
    Disabled,
    /// Signed in: the new session token.
    Done(String),
}

/// Checks an attempt: it is counted first, then the password is checked
/// outside the database (argon2 takes memory and time; no connection is
/// held), costing the same whether or not the account exists. A fresh
/// session id at every sign-in.
pub async fn sign_in(state: &AppState, a: Attempt<'_>) -> Result<SignIn, AppError> {
    let email = crate::domain::email::normalise(a.email);
    let keys = throttle::Keys::new(&state.keys, &email, a.client);
    let (charged, keys, user) = state
        .db(move |conn| {
            let charged = keys.charge(conn)?;
            let user = super::find_by_email(conn, &email)?;
            Ok((charged, keys, user))
        })
        .await?;
    let attempt = match charged.gate {
        throttle::Gate::Locked(until) => return Ok(SignIn::Locked(until)),
        throttle::Gate::Open(n) => n,
    };
    // Many failures at this account from anywhere: every attempt waits,
    // the right password too (so the wait tells nothing), but none is
    // refused.
    let wait = throttle::account_delay(charged.account_attempts);
    if !wait.is_zero() {
        actix_web::rt::time::sleep(wait).await;
    }
    let (pw, stored) = (a.password, user.as_ref().map(|u| u.password_hash.clone()));
    let ok = actix_web::web::block(move || match stored {
        Some(hash) => password::verify(&pw, &hash),
        None => {
            password::verify_dummy(&pw);
            false
        }
    })
    .await?;
    let user = match user {
        Some(u) if ok => u,
        _ => {
            actix_web::rt::time::sleep(throttle::delay_for(attempt)).await;
            return Ok(SignIn::Failed);
        }
    };
    if user.disabled_at.is_some() {
        return Ok(SignIn::Disabled);
    }
    let old = a.old_session;
    let token = state
        .db(move |conn| {
            write_tx(conn, |conn| {
                keys.succeeded(conn)?;
                if let Some(old) = &old {
                    session::delete(conn, old)?;
                }
                let token = session::create(conn, &user.id)?;
                super::touch_last_login(conn, &user.id)?;
                audit::record(conn, Some(&user.id), "account.sign_in", None, json!({}))?;
                Ok::<_, AppError>(token)
            })
        })
        .await?;
    Ok(SignIn::Done(token))
}
