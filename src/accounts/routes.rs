//! Sign-in, sign-out, first-run setup, invitations, account management.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::TimeDelta;
use serde::Deserialize;
use serde_json::json;

use crate::audit;
use crate::db::write_tx;
use crate::error::AppError;
use crate::i18n::{self, Var};
use crate::state::AppState;
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

use super::service::{self, Created};
use super::session::{self, safe_next, AdminPage, AdminUser, CurrentUser};
use super::tokens::{self, Purpose};
use super::{password, throttle, Role};

/// How long an invitation link stays valid.
pub const INVITE_VALID: TimeDelta = TimeDelta::days(7);
/// How long the first-run setup link stays valid.
pub const SETUP_VALID: TimeDelta = TimeDelta::hours(1);

/// The client as sign-in limits count it (IPv6 by its /64).
fn client_ip(req: &HttpRequest, state: &AppState) -> String {
    crate::web::ratelimit::client_key(req, &state.settings)
}

/// "…try again in 12 minutes", for a lock running until `until`.
fn locked_message(page: &Page, until: chrono::NaiveDateTime) -> String {
    let minutes = ((until - crate::db::now()).num_seconds() + 59) / 60;
    i18n::t_vars(
        page.lang(),
        "login-locked",
        &[("minutes", Var::Num(minutes.max(1)))],
    )
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    req: HttpRequest,
    q: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(q.next.as_deref());
    Page::new(&req).render("accounts/login", json!({"email": "", "next": next}))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let page = Page::new(&req);
    let next = safe_next(form.next.as_deref());
    let fail = |status: StatusCode, message: String| {
        let data = json!({"email": form.email.trim(), "next": next, "failure": message});
        page.render_status(status, "accounts/login", data)
    };
    let client = client_ip(&req, &state);
    let old_session = req
        .cookie(crate::web::csrf::cookie_name(
            crate::web::csrf::SESSION_COOKIE,
            state.settings.is_https(),
        ))
        .map(|c| c.value().to_string());
    let attempt = service::Attempt {
        email: &form.email,
        password: form.password.clone(),
        client: &client,
        old_session,
    };
    match service::sign_in(&state, attempt).await? {
        service::SignIn::Locked(until) => {
            fail(StatusCode::TOO_MANY_REQUESTS, locked_message(&page, until))
        }
        service::SignIn::Failed => fail(StatusCode::UNPROCESSABLE_ENTITY, page.t("login-failed")),
        service::SignIn::Disabled => fail(StatusCode::FORBIDDEN, page.t("login-disabled")),
        service::SignIn::Done(token) => signed_in(&state, token, &next),
    }
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if let Some(token) = req
        .cookie(crate::web::csrf::cookie_name(
            crate::web::csrf::SESSION_COOKIE,
            state.settings.is_https(),
        ))
        .map(|c| c.value().to_string())
    {
        state
            .db(move |conn| Ok(session::delete(conn, &token)?))
            .await?;
    }
    let mut res = redirect("/admin/login?done=signed-out");
    res.add_cookie(&session::removal_cookie(state.settings.is_https()))
        .map_err(AppError::internal)?;
    Ok(res)
}

/// Fields of a new account form (setup and invitation).
#[derive(Deserialize)]
pub struct NewAccountForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

fn check_new_password(page: &Page, errors: &mut FormErrors, pw: &str, confirm: &str, email: &str) {
    if let Some(problem) = password::policy_problem(pw, email) {
        errors.add("password", page.t(problem));
    } else if pw != confirm {
        errors.add("password_confirm", page.t("password-mismatch"));
    }
}

fn check_new_account(page: &Page, form: &NewAccountForm, email: &str) -> FormErrors {
    let mut errors = FormErrors::new();
    let name_len = form.name.trim().chars().count();
    if name_len == 0 || name_len > 200 {
        errors.add("name", page.t("account-name-required"));
    }
    if !crate::domain::email::is_valid(email.trim()) {
        errors.add("email", page.t("email-invalid"));
    }
    check_new_password(
        page,
        &mut errors,
        &form.password,
        &form.password_confirm,
        email,
    );
    errors
}

fn link_gone(page: &Page) -> Result<HttpResponse, AppError> {
    page.render_status(StatusCode::GONE, "accounts/link-gone", json!({}))
}

pub async fn setup_form(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let valid = state
        .db(move |conn| {
            Ok(!super::admin_exists(conn)?
                && tokens::find_valid(conn, Purpose::Setup, &token)?.is_some())
        })
        .await?;
    if !valid {
        return link_gone(&page);
    }
    page.render("accounts/setup", json!({"name": "", "email": ""}))
}

/// Signs the new account in and sends it to the dashboard.
fn signed_in(state: &AppState, token: String, to: &str) -> Result<HttpResponse, AppError> {
    let mut res = redirect(to);
    res.add_cookie(&session::cookie(token, state.settings.is_https()))
        .map_err(AppError::internal)?;
    Ok(res)
}

pub async fn setup(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<NewAccountForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let errors = check_new_account(&page, &form, &form.email);
    if !errors.is_empty() {
        return page.invalid(
            "accounts/setup",
            json!({"name": form.name, "email": form.email}),
            &errors,
        );
    }
    let hash = password::hash_off_thread(form.password.clone()).await?;
    let token = path.into_inner();
    let (email, name) = (form.email.clone(), form.name.clone());
    let created = state
        .db(move |conn| service::setup(conn, &token, &email, &name, &hash))
        .await?;
    match created {
        Created::Gone => link_gone(&page),
        Created::EmailTaken => {
            let errors = FormErrors::single("email", page.t("email-taken"));
            page.invalid(
                "accounts/setup",
                json!({"name": form.name, "email": form.email}),
                &errors,
            )
        }
        Created::Ok(token) => signed_in(&state, token, "/admin?done=created"),
    }
}

pub async fn invite_form(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let found = state
        .db(move |conn| Ok(tokens::find_valid(conn, Purpose::Invite, &token)?))
        .await?;
    match found {
        Some(t) => page.render("accounts/invite", json!({"name": "", "email": t.email})),
        None => link_gone(&page),
    }
}

pub async fn accept_invite(
    page: Page,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<NewAccountForm>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let lookup = token.clone();
    let Some(invitation) = state
        .db(move |conn| Ok(tokens::find_valid(conn, Purpose::Invite, &lookup)?))
        .await?
    else {
        return link_gone(&page);
    };
    let email = invitation.email.clone().unwrap_or_default();
    let role = invitation
        .role
        .as_deref()
        .and_then(Role::parse)
        .unwrap_or(Role::Coordinator);
    let form = form.into_inner();
    let errors = check_new_account(&page, &form, &email);
    if !errors.is_empty() {
        return page.invalid(
            "accounts/invite",
            json!({"name": form.name, "email": email}),
            &errors,
        );
    }
    let hash = password::hash_off_thread(form.password.clone()).await?;
    let name = form.name.clone();
    let created = state
        .db(move |conn| {
            service::accept_invitation(conn, &invitation.id, &email, &name, &hash, role)
        })
        .await?;
    match created {
        Created::Gone => link_gone(&page),
        Created::EmailTaken => page.render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            "accounts/link-gone",
            json!({"message": page.t("email-taken")}),
        ),
        Created::Ok(token) => signed_in(&state, token, "/admin?done=created"),
    }
}

pub async fn users_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: AdminUser,
) -> Result<HttpResponse, AppError> {
    let (users, invitations, teams) = state.db(users_page_lists).await?;
    Page::new(&req)
        .user(admin.0.user.viewer())
        .render("accounts/users", json!({"users": users, "invitations": invitations, "teams": teams, "me": admin.0.user.id, "invite_email": "", "invite_role": "coordinator", "invite_team": crate::teams::DEFAULT_TEAM}))
}

/// The accounts, the pending invitations and the teams.
type UsersPageLists = (
    Vec<super::User>,
    Vec<serde_json::Value>,
    Vec<crate::teams::Team>,
);

fn users_page_lists(conn: &mut crate::db::DbConnection) -> Result<UsersPageLists, AppError> {
    Ok((
        super::list(conn)?,
        invitations(conn)?,
        crate::teams::all(conn)?,
    ))
}

/// The pending invitations, as the users page lists them.
fn invitations(conn: &mut crate::db::DbConnection) -> Result<Vec<serde_json::Value>, AppError> {
    Ok(super::tokens::pending_invitations(conn)?
        .into_iter()
        .map(|i| {
            json!({
                "id": i.id,
                "email": i.email,
                "admin": i.role.as_deref() == Some("admin"),
                "expires": i.expires_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            })
        })
        .collect())
}

/// `POST /admin/users/invitations/{id}/revoke`: the link stops working.
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    admin: AdminUser,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let admin_id = admin.0.user.id.clone();
    state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                if !super::tokens::revoke_invitation(conn, &id)? {
                    return Err(AppError::NotFound);
                }
                crate::audit::record(
                    conn,
                    Some(&admin_id),
                    "account.invitation_revoke",
                    None,
                    json!({"invitation": id}),
                )?;
                Ok(())
            })
        })
        .await?;
    Ok(redirect("/admin/users?done=invitation-revoked"))
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    /// The team a coordinator joins.
    #[serde(default)]
    team: String,
}

pub async fn invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: AdminUser,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req).user(admin.0.user.viewer());
    let form = form.into_inner();
    let email = crate::domain::email::normalise(&form.email);
    let role = Role::parse(&form.role);
    let mut errors = FormErrors::new();
    if !crate::domain::email::is_valid(&email) {
        errors.add("email", page.t("email-invalid"));
    }
    if role.is_none() {
        errors.add("role", page.t("role-invalid"));
    }
    let admin_id = admin.0.user.id.clone();
    let (lookup_email, team) = (email.clone(), form.team.clone());
    let (taken, team_exists) = state
        .db(move |conn| {
            Ok((
                super::find_by_email(conn, &lookup_email)?.is_some(),
                crate::teams::exists(conn, &team)?,
            ))
        })
        .await?;
    if taken {
        errors.add("email", page.t("email-taken"));
    }
    // A coordinator sees only their teams' statements: they need one.
    if role == Some(Role::Coordinator) && !team_exists {
        errors.add("team", page.t("statement-team-needed"));
    }
    if !errors.is_empty() {
        let (users, invitations, teams) = state.db(users_page_lists).await?;
        return page.invalid("accounts/users", json!({"users": users, "invitations": invitations, "teams": teams, "me": admin_id, "invite_email": form.email, "invite_role": form.role, "invite_team": form.team}), &errors);
    }
    let role = role.unwrap_or(Role::Coordinator);
    let team = (role == Role::Coordinator).then_some(form.team.clone());
    let token = state
        .db(move |conn| {
            service::invite(conn, &admin_id, &email, role, team.as_deref(), INVITE_VALID)
        })
        .await?;
    let link = format!("{}/admin/invite/{}", state.settings.public_url(), token);
    page.render(
        "accounts/invited",
        json!({"email": form.email.trim(), "link": link, "days": INVITE_VALID.num_days()}),
    )
}

pub async fn user_action(
    state: web::Data<AppState>,
    admin: AdminUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, action) = path.into_inner();
    let disable = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return Err(AppError::NotFound),
    };
    if id == admin.0.user.id {
        return Err(AppError::BadRequest(
            "You cannot disable your own account.".into(),
        ));
    }
    let admin_id = admin.0.user.id.clone();
    state
        .db(move |conn| service::set_disabled(conn, &admin_id, &id, disable))
        .await?;
    Ok(redirect(if disable {
        "/admin/users?done=disabled"
    } else {
        "/admin/users?done=enabled"
    }))
}

pub async fn account_page(
    req: HttpRequest,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Page::new(&req)
        .user(current.user.viewer())
        .render("accounts/account", json!({}))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    AdminPage { page, current }: AdminPage,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let user = current.user.clone();
    // Guesses at the current password count like sign-in attempts.
    let keys = throttle::Keys::password_change(&state.keys, &user.email, &client_ip(&req, &state));
    let (charged, keys) = state.db(move |conn| Ok((keys.charge(conn)?, keys))).await?;
    if let throttle::Gate::Locked(until) = charged.gate {
        let errors = FormErrors::single("current_password", locked_message(&page, until));
        return page.render_errors(
            StatusCode::TOO_MANY_REQUESTS,
            "accounts/account",
            json!({}),
            &errors,
        );
    }
    let (pw, stored) = (form.current_password.clone(), user.password_hash.clone());
    let current_ok = web::block(move || password::verify(&pw, &stored)).await?;
    let mut errors = FormErrors::new();
    if !current_ok {
        errors.add("current_password", page.t("password-current-wrong"));
    }
    check_new_password(
        &page,
        &mut errors,
        &form.password,
        &form.password_confirm,
        &user.email,
    );
    if !errors.is_empty() {
        return page.invalid("accounts/account", json!({}), &errors);
    }
    let new_pw = form.password.clone();
    let hash = web::block(move || password::hash(&new_pw))
        .await?
        .map_err(AppError::internal)?;
    let keep = current.session_token.clone();
    state
        .db(move |conn| {
            write_tx(conn, |conn| {
                keys.succeeded(conn)?;
                super::set_password(conn, &user.id, &hash)?;
                // Other browsers signed in with the old password are signed out.
                session::delete_for_user(conn, &user.id, Some(&keep))?;
                audit::record(
                    conn,
                    Some(&user.id),
                    "account.change_password",
                    None,
                    json!({}),
                )?;
                Ok::<_, AppError>(())
            })
        })
        .await?;
    Ok(redirect("/admin/account?done=password-changed"))
}
