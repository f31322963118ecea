//! `/admin/teams`: administrators create and rename teams and choose
//! their members.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use super::session::AdminUser;
use crate::audit;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::FormErrors;
use crate::web::page::{redirect, Page};

#[derive(Deserialize, Default)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    user: String,
}

/// The page: each team with its members and statements, the form to add one.
async fn render(
    state: &AppState,
    page: &Page,
    typed: &str,
    errors: Option<&FormErrors>,
) -> Result<HttpResponse, AppError> {
    let (teams, users) = state
        .db(|conn| {
            let teams = crate::teams::all(conn)?;
            let mut rows = Vec::with_capacity(teams.len());
            for t in teams {
                let members = crate::teams::members(conn, &t.id)?;
                let statements = crate::teams::statement_count(conn, &t.id)?;
                rows.push(json!({
                    "id": t.id, "name": t.name, "statements": statements,
                    "members": members.iter().map(|(id, name, email)| json!({"id": id, "name": name, "email": email})).collect::<Vec<_>>(),
                }));
            }
            Ok((rows, super::list(conn)?))
        })
        .await?;
    let users: Vec<_> = users
        .iter()
        .filter(|u| u.disabled_at.is_none())
        .map(|u| json!({"id": u.id, "name": u.name, "email": u.email, "admin": u.is_admin()}))
        .collect();
    let data = json!({"teams": teams, "users": users, "values": {"name": typed}});
    match errors {
        Some(e) => page.invalid("teams/page", data, e),
        None => page.render("teams/page", data),
    }
}

pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: AdminUser,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req).user(admin.0.user.viewer());
    render(&state, &page, "", None).await
}

/// A name as typed, or why it will not do.
fn checked_name(page: &Page, name: &str) -> Result<String, FormErrors> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > crate::teams::MAX_NAME {
        return Err(FormErrors::single("name", page.t("team-name-invalid")));
    }
    Ok(name)
}

/// `POST /admin/teams`: a new team.
pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: AdminUser,
    form: web::Form<NameForm>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req).user(admin.0.user.viewer());
    let name = match checked_name(&page, &form.name) {
        Ok(n) => n,
        Err(e) => return render(&state, &page, &form.name, Some(&e)).await,
    };
    let admin_id = admin.0.user.id.clone();
    let created = state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                let team = crate::teams::create(conn, &name)?;
                if let Some(t) = &team {
                    audit::record(
                        conn,
                        Some(&admin_id),
                        "team.create",
                        None,
                        json!({"team": t.id, "name": t.name}),
                    )?;
                }
                Ok::<_, AppError>(team)
            })
        })
        .await?;
    match created {
        Some(_) => Ok(redirect("/admin/teams?done=saved")),
        None => {
            let e = FormErrors::single("name", page.t("team-name-taken"));
            render(&state, &page, &form.name, Some(&e)).await
        }
    }
}

/// `POST /admin/teams/{id}`: a new name.
pub async fn rename(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: AdminUser,
    path: web::Path<String>,
    form: web::Form<NameForm>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req).user(admin.0.user.viewer());
    let id = path.into_inner();
    let name = checked_name(&page, &form.name)
        .map_err(|_| AppError::Unprocessable(page.t("team-name-invalid")))?;
    let admin_id = admin.0.user.id.clone();
    let renamed = state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                if !crate::teams::exists(conn, &id)? {
                    return Err(AppError::NotFound);
                }
                let done = crate::teams::rename(conn, &id, &name)?;
                if done {
                    audit::record(
                        conn,
                        Some(&admin_id),
                        "team.rename",
                        None,
                        json!({"team": id, "name": name}),
                    )?;
                }
                Ok(done)
            })
        })
        .await?;
    if !renamed {
        return Err(AppError::Unprocessable(page.t("team-name-taken")));
    }
    Ok(redirect("/admin/teams?done=saved"))
}

/// `POST /admin/teams/{id}/members`: adds an account.
pub async fn add_member(
    state: web::Data<AppState>,
    admin: AdminUser,
    path: web::Path<String>,
    form: web::Form<MemberForm>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = (path.into_inner(), form.into_inner().user);
    change_member(&state, &admin, id, user, true).await
}

/// `POST /admin/teams/{id}/members/{user}/remove`.
pub async fn remove_member(
    state: web::Data<AppState>,
    admin: AdminUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = path.into_inner();
    change_member(&state, &admin, id, user, false).await
}

async fn change_member(
    state: &AppState,
    admin: &AdminUser,
    team: String,
    user: String,
    add: bool,
) -> Result<HttpResponse, AppError> {
    let admin_id = admin.0.user.id.clone();
    state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                let known =
                    crate::teams::exists(conn, &team)? && super::find(conn, &user)?.is_some();
                if !known {
                    return Err(AppError::NotFound);
                }
                let action = if add {
                    crate::teams::add_member(conn, &team, &user)?;
                    "team.member_add"
                } else {
                    crate::teams::remove_member(conn, &team, &user)?;
                    "team.member_remove"
                };
                audit::record(
                    conn,
                    Some(&admin_id),
                    action,
                    None,
                    json!({"team": team, "user": user}),
                )?;
                Ok(())
            })
        })
        .await?;
    Ok(redirect("/admin/teams?done=saved"))
}
