//! Server-side sessions: the cookie holds a random token, the database its
//! hash. Several instances share them; logout and disabling revoke them.

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use chrono::TimeDelta;
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;

use crate::db::schema::{sessions, users};
use crate::db::{now, DbConnection};
use crate::error::AppError;
use crate::secrets::{random_token, token_hash};
use crate::state::AppState;
use crate::web::csrf::{cookie_name, SESSION_COOKIE};
use crate::web::page::Page;

use super::User;

/// A session ends after this long without a request…
pub const IDLE: TimeDelta = TimeDelta::hours(2);
/// …and in any case this long after sign-in.
pub const ABSOLUTE: TimeDelta = TimeDelta::hours(12);
/// `last_seen_at` is written at most this often.
const TOUCH_EVERY: TimeDelta = TimeDelta::minutes(1);

/// Starts a session and returns the cookie token.
pub fn create(conn: &mut DbConnection, user_id: &str) -> QueryResult<String> {
    let token = random_token();
    let t = now();
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(token_hash(&token)),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(t),
            sessions::last_seen_at.eq(t),
            sessions::expires_at.eq(t + ABSOLUTE),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Ends the session with this cookie token.
pub fn delete(conn: &mut DbConnection, token: &str) -> QueryResult<usize> {
    diesel::delete(sessions::table.find(token_hash(token))).execute(conn)
}

/// Ends every session of a user, but `keep` (a cookie token) if given.
pub fn delete_for_user(
    conn: &mut DbConnection,
    user_id: &str,
    keep: Option<&str>,
) -> QueryResult<usize> {
    let keep = keep.map(token_hash).unwrap_or_default();
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id_hash.ne(keep)),
    )
    .execute(conn)
}

/// The user of a live session, refreshing its idle timer.
pub fn lookup(conn: &mut DbConnection, token: &str) -> QueryResult<Option<User>> {
    let t = now();
    let found: Option<(chrono::NaiveDateTime, User)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::id_hash.eq(token_hash(token)))
        .filter(sessions::expires_at.gt(t))
        .filter(sessions::last_seen_at.gt(t - IDLE))
        .filter(users::disabled_at.is_null())
        .select((sessions::last_seen_at, User::as_select()))
        .first(conn)
        .optional()?;
    let Some((last_seen, user)) = found else {
        return Ok(None);
    };
    if t - last_seen > TOUCH_EVERY {
        diesel::update(sessions::table.find(token_hash(token)))
            .set(sessions::last_seen_at.eq(t))
            .execute(conn)?;
    }
    Ok(Some(user))
}

/// Deletes the sessions that no longer work (past their end, or idle
/// too long): the periodic sweep. Returns how many went.
pub fn sweep(conn: &mut DbConnection) -> QueryResult<usize> {
    let t = now();
    diesel::delete(
        sessions::table.filter(
            sessions::expires_at
                .le(t)
                .or(sessions::last_seen_at.le(t - IDLE)),
        ),
    )
    .execute(conn)
}

/// The session cookie for a new session.
pub fn cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(SESSION_COOKIE, secure), token)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::hours(ABSOLUTE.num_hours()))
        .finish()
}

/// A cookie that removes the session cookie.
pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut c = cookie(String::new(), secure);
    c.make_removal();
    c
}

/// A local path to return to after sign-in; anything else (other hosts,
/// `//host`, backslashes) becomes the dashboard.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(char::is_control) =>
        {
            p.to_string()
        }
        _ => "/admin".to_string(),
    }
}

/// The signed-in user; strangers are sent to the sign-in page (and back
/// here afterwards).
pub struct CurrentUser {
    pub user: User,
    pub session_token: String,
}

fn to_login(req: &HttpRequest) -> actix_web::Error {
    let next = if req.method() == actix_web::http::Method::GET {
        req.uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/admin".into())
    } else {
        "/admin".to_string()
    };
    let location = format!(
        "/admin/login?{}",
        serde_urlencoded::to_string([("next", next)]).unwrap_or_default()
    );
    let res = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish();
    actix_web::error::InternalError::from_response("sign-in required", res).into()
}

impl FromRequest for CurrentUser {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
                return Err(AppError::internal("state missing").into());
            };
            let name = cookie_name(SESSION_COOKIE, state.settings.is_https());
            let Some(token) = req.cookie(name).map(|c| c.value().to_string()) else {
                return Err(to_login(&req));
            };
            let lookup_token = token.clone();
            let target = crate::teams::Target::of(&req);
            let user = state
                .db(move |conn| {
                    let user = lookup(conn, &lookup_token)?;
                    let names_something = !matches!(target, crate::teams::Target::Nothing);
                    if let Some(u) = user.as_ref().filter(|_| names_something) {
                        // Another team's statement or signature does not
                        // exist for this user.
                        let scope = u.scope(conn)?;
                        if !crate::teams::may_reach(conn, &scope, &target)? {
                            return Err(AppError::NotFound);
                        }
                    }
                    Ok(user)
                })
                .await?;
            match user {
                Some(user) => Ok(CurrentUser {
                    user,
                    session_token: token,
                }),
                None => Err(to_login(&req)),
            }
        })
    }
}

/// A signed-in administrator; coordinators get 403.
pub struct AdminUser(pub CurrentUser);

impl FromRequest for AdminUser {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = CurrentUser::from_request(req, payload);
        Box::pin(async move {
            let current = fut.await?;
            if current.user.is_admin() {
                Ok(AdminUser(current))
            } else {
                Err(AppError::Forbidden.into())
            }
        })
    }
}

/// A workspace page: the signed-in user and the page that shows their
/// navigation. Redirects to sign-in like [`CurrentUser`].
pub struct AdminPage {
    pub page: Page,
    pub current: CurrentUser,
}

impl FromRequest for AdminPage {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = CurrentUser::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let current = fut.await?;
            let page = Page::new(&req).user(current.user.viewer());
            Ok(AdminPage { page, current })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_only_ever_a_local_path() {
        assert_eq!(
            safe_next(Some("/admin/statements/x/edit?a=1")),
            "/admin/statements/x/edit?a=1"
        );
        assert_eq!(safe_next(Some("https://evil.example/")), "/admin");
        assert_eq!(safe_next(Some("//evil.example/")), "/admin");
        assert_eq!(safe_next(Some("/\\evil.example")), "/admin");
        assert_eq!(safe_next(Some("/x\r\nSet-Cookie: a=b")), "/admin");
        assert_eq!(safe_next(None), "/admin");
    }
}
