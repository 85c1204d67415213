//! A member's own data: download everything (`/account/export`) or erase the account
//! (`/account/delete`); staff erase an account on its member's request.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::auth::web::{expired_cookie, SESSION_COOKIE};
use crate::auth::{Acting, CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::middleware::CSRF_COOKIE;
use crate::models::{data_export, user};
use crate::render::{self, Flash, Page};
use crate::routes::forms::{client_address, one_error, FieldErrors};
use crate::services::accounts;
use crate::services::erasure::{self, Posts, Requester, Tips};
use crate::services::exports::{self, Requested};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account/export", web::get().to(export_page))
        .route("/account/export", web::post().to(export))
        .route("/account/export/{id}", web::get().to(download))
        .route("/account/delete", web::get().to(delete_page))
        .route("/account/delete", web::post().to(delete))
        .route("/admin/users/{id}/erase", web::post().to(erase_on_request));
}

const WRONG_PASSWORD: &str = "That is not your password. Please type it again.";

#[derive(Deserialize, Serialize, Default)]
pub struct PasswordForm {
    #[serde(default, skip_serializing)]
    password: String,
}

async fn export_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    show_export(&state, &req, &user, FieldErrors::new()).await
}

async fn show_export(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let id = user.id;
    let jobs = state
        .db(move |conn| Ok(data_export::of_user(conn, id)?))
        .await?;
    Page::new("members/export.html")
        .with(
            "exports",
            &jobs.iter().map(ExportRow::from).collect::<Vec<_>>(),
        )
        .with("keep_days", &exports::KEEP_DAYS)
        .form(&PasswordForm::default(), &errors)
        .render(state, req, Some(user))
}

#[derive(Serialize)]
struct ExportRow {
    id: i64,
    ready: bool,
    requested_at: i64,
    expires_at: Option<i64>,
}

impl From<&data_export::ExportJob> for ExportRow {
    fn from(job: &data_export::ExportJob) -> ExportRow {
        ExportRow {
            id: job.id,
            ready: job.status == data_export::READY,
            requested_at: job.requested_at,
            expires_at: job.expires_at,
        }
    }
}

async fn export(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<PasswordForm>,
) -> AppResult<HttpResponse> {
    let (limits, address) = (state.config.limits, client_address(&req, &state.config));
    let inline_posts = state.rules().export_inline_posts;
    let (id, password) = (user.id, form.into_inner().password);
    let outcome = state
        .db(move |conn| {
            if !accounts::confirm_password(conn, &limits, &address, id, &password)? {
                return Ok(None);
            }
            exports::request(conn, id, inline_posts).map(Some)
        })
        .await?;
    match outcome {
        None => show_export(&state, &req, &user, one_error("password", WRONG_PASSWORD)).await,
        Some(Requested::Archive(bytes)) => Ok(zip_file(bytes)),
        Some(Requested::Queued) => Ok(render::redirect_with(
            "/account/export",
            Flash::ExportQueued,
        )),
    }
}

fn zip_file(bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"carecircle-data.zip\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(bytes)
}

/// A prepared export, for the member who asked and only while it lasts.
async fn download(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (me, id) = (user.id, id.into_inner());
    let archive = state
        .db(move |conn| exports::download(conn, me, id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(zip_file(archive))
}

#[derive(Deserialize, Serialize, Default)]
pub struct DeleteForm {
    #[serde(default, skip_serializing)]
    password: String,
    #[serde(default)]
    posts: String,
    #[serde(default)]
    tips: String,
    #[serde(default)]
    confirm: Option<String>,
}

impl DeleteForm {
    fn choices(&self) -> Result<(Posts, Tips), FieldErrors> {
        let posts = match self.posts.as_str() {
            "delete" => Posts::Delete,
            "keep" => Posts::KeepAsFormerMember,
            _ => return Err(one_error("posts", "Choose what happens to your posts.")),
        };
        let tips = match self.tips.as_str() {
            "remove" => Tips::Remove,
            _ => Tips::ToReview,
        };
        if self.confirm.is_none() {
            return Err(one_error(
                "confirm",
                "Tick the box to confirm that this cannot be undone.",
            ));
        }
        Ok((posts, tips))
    }
}

async fn delete_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    show_delete(
        &state,
        &req,
        &user,
        &DeleteForm::default(),
        FieldErrors::new(),
    )
}

fn show_delete(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    form: &DeleteForm,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    Page::new("members/delete.html")
        .with("is_clinician", &user.role.includes(Role::Clinician))
        .form(form, &errors)
        .render(state, req, Some(user))
}

async fn delete(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<DeleteForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let (posts, tips) = match form.choices() {
        Ok(choices) => choices,
        Err(errors) => return show_delete(&state, &req, &user, &form, errors),
    };
    let (limits, address) = (state.config.limits, client_address(&req, &state.config));
    let password = form.password.clone();
    let me = user.clone();
    let erased = state
        .db(move |conn| {
            if !accounts::confirm_password(conn, &limits, &address, me.id, &password)? {
                return Ok(false);
            }
            erasure::erase(conn, Requester::Member(&me), me.id, posts, tips)?;
            Ok(true)
        })
        .await?;
    if !erased {
        return show_delete(
            &state,
            &req,
            &user,
            &form,
            one_error("password", WRONG_PASSWORD),
        );
    }
    let mut response = render::redirect_with("/", Flash::AccountErased);
    let _ = response.add_removal_cookie(&expired_cookie(SESSION_COOKIE));
    let _ = response.add_removal_cookie(&expired_cookie(CSRF_COOKIE));
    Ok(response)
}

#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    posts: String,
    #[serde(default)]
    confirm: Option<String>,
}

/// An admin erases an account its member asked to have erased (audited as done by staff).
async fn erase_on_request(
    state: web::Data<AppState>,
    admin: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<EraseForm>,
) -> AppResult<HttpResponse> {
    admin.require(Role::Admin)?;
    let posts = match (form.posts.as_str(), form.confirm.is_some()) {
        ("delete", true) => Posts::Delete,
        ("keep", true) => Posts::KeepAsFormerMember,
        _ => {
            return Err(AppError::Invalid(
                "Choose what happens to the posts and confirm the erasure.".into(),
            ))
        }
    };
    let target = id.into_inner();
    state
        .db(move |conn| {
            user::find(conn, target)?;
            erasure::erase(
                conn,
                Requester::Staff(Acting::Staff(&admin)),
                target,
                posts,
                Tips::ToReview,
            )
        })
        .await?;
    Ok(render::redirect_with(
        "/admin/users",
        Flash::ErasedOnRequest,
    ))
}
