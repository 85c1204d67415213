use std::sync::LazyLock;

use actix_web::{web, HttpRequest, HttpResponse};
use regex::Regex;
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::user;
use crate::pattern::constant_regex;
use crate::render::{self, Flash};
use crate::routes::{check, field_failure, form_again};
use crate::services::{
    accounts,
    communities::{self, CommunityInput},
};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(index))
        .route("/admin/communities/new", web::get().to(new_community_form))
        .route("/admin/communities/new", web::post().to(new_community))
        .route("/admin/users", web::get().to(users))
        .route("/admin/users/{id}/role", web::post().to(set_role))
        .route("/admin/users/{id}/suspend", web::post().to(suspend))
        .route("/admin/users/{id}/unsuspend", web::post().to(unsuspend));
}

static SLUG: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"^[a-z0-9]+(-[a-z0-9]+)*$"));

async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "admin/index.html",
        Context::new(),
    )
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct CommunityForm {
    #[serde(default)]
    #[validate(length(min = 3, max = 80, message = "A name has 3 to 80 characters."))]
    pub name: String,
    #[serde(default)]
    #[validate(
        length(min = 2, max = 40, message = "An address has 2 to 40 characters."),
        regex(path = *SLUG, message = "Use lowercase letters, digits and single hyphens, like long-covid.")
    )]
    pub slug: String,
    #[serde(default)]
    #[validate(length(
        min = 1,
        max = 300,
        message = "Describe the community in 1 to 300 characters."
    ))]
    pub description: String,
    #[serde(default)]
    #[validate(length(
        min = 1,
        max = 10000,
        message = "Write guidelines of 1 to 10,000 characters."
    ))]
    pub guidelines: String,
}

async fn new_community_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let mut ctx = Context::new();
    ctx.insert("form", &CommunityForm::default());
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "admin/community_new.html",
        ctx,
    )
}

async fn new_community(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<CommunityForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = form.into_inner();
    let template = "admin/community_new.html";
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            Some(&user),
            template,
            &form,
            errors,
            Context::new(),
        );
    }
    let input = CommunityInput {
        slug: form.slug.clone(),
        name: form.name.clone(),
        description: form.description.clone(),
        guidelines: form.guidelines.clone(),
    };
    let actor = user.clone();
    let result = state
        .db(move |conn| communities::create(conn, &actor, &input))
        .await;
    match field_failure(result)? {
        Ok(created) => Ok(render::redirect_with(
            &format!("/c/{}", created.slug),
            Flash::CommunityCreated,
        )),
        Err(errors) => form_again(
            &state,
            &req,
            Some(&user),
            template,
            &form,
            errors,
            Context::new(),
        ),
    }
}

#[derive(Serialize)]
struct UserRow {
    id: i64,
    handle: String,
    email: String,
    role: String,
    created_at: i64,
    suspended: bool,
}

async fn users(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let rows: Vec<UserRow> = state
        .db(|conn| Ok(user::list_recent(conn, 200)?))
        .await?
        .into_iter()
        .map(|u| UserRow {
            suspended: u.is_suspended(),
            id: u.id,
            handle: u.handle,
            email: u.email,
            role: u.role,
            created_at: u.created_at,
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("users", &rows);
    ctx.insert("roles", &Role::ALL.map(Role::as_str));
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "admin/users.html",
        ctx,
    )
}

#[derive(Deserialize)]
pub struct RoleForm {
    role: String,
}

/// Admins change other accounts, never their own (so the last admin cannot lock everyone out).
fn require_other_account(admin: &CurrentUser, target_id: i64) -> AppResult<()> {
    admin.require(Role::Admin)?;
    if admin.id == target_id {
        return Err(AppError::Invalid(
            "You cannot change your own account here.".into(),
        ));
    }
    Ok(())
}

async fn set_role(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<RoleForm>,
) -> AppResult<HttpResponse> {
    let target = id.into_inner();
    require_other_account(&user, target)?;
    let role = Role::parse(&form.role).ok_or_else(|| AppError::Invalid("Unknown role.".into()))?;
    state
        .db(move |conn| accounts::set_role(conn, target, role))
        .await?;
    Ok(render::redirect_with("/admin/users", Flash::UserUpdated))
}

async fn suspend(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    change_suspension(state, user, id.into_inner(), true).await
}

async fn unsuspend(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    change_suspension(state, user, id.into_inner(), false).await
}

async fn change_suspension(
    state: web::Data<AppState>,
    user: CurrentUser,
    target: i64,
    suspended: bool,
) -> AppResult<HttpResponse> {
    require_other_account(&user, target)?;
    state
        .db(move |conn| accounts::set_suspended(conn, target, suspended))
        .await?;
    Ok(render::redirect_with("/admin/users", Flash::UserUpdated))
}
