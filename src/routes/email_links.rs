//! Pages behind email links: confirm address, reset password, unsubscribe; and the outbox page.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::{outbox, user};
use crate::render::{self, Flash};
use crate::routes::{check, form_again};
use crate::services::accounts::{self, LinkProblem};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/verify/{token}", web::get().to(confirm))
        .route("/verify/resend", web::post().to(resend))
        .route("/password/forgot", web::get().to(forgot_form))
        .route("/password/forgot", web::post().to(forgot))
        .route("/password/reset/{token}", web::get().to(reset_form))
        .route("/password/reset/{token}", web::post().to(reset))
        .route("/unsubscribe/{token}", web::get().to(unsubscribe_page))
        .route("/unsubscribe/{token}", web::post().to(unsubscribe))
        .route("/account/reply-emails", web::post().to(reply_emails))
        .route("/admin/outbox", web::get().to(outbox_page))
        .route("/admin/outbox/{id}/retry", web::post().to(retry));
}

/// The page for a link that did not work, with the way to get a new one.
fn link_problem(
    state: &AppState,
    req: &HttpRequest,
    user: &MaybeUser,
    problem: LinkProblem,
    purpose: &str,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("purpose", purpose);
    ctx.insert(
        "problem",
        match problem {
            LinkProblem::Expired => "expired",
            LinkProblem::Used => "used",
            LinkProblem::Unknown => "unknown",
        },
    );
    render::page_with_status(
        state,
        req,
        user.as_ref(),
        StatusCode::GONE,
        "email/link_problem.html",
        ctx,
    )
}

async fn confirm(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    match state
        .db(move |conn| accounts::confirm_email(conn, &token))
        .await?
    {
        Ok(_) => Ok(render::redirect_with("/", Flash::EmailConfirmed)),
        Err(problem) => link_problem(&state, &req, &user, problem, "verify"),
    }
}

async fn resend(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    let id = user.id;
    state
        .db(move |conn| accounts::resend_confirmation(conn, id))
        .await?;
    Ok(render::redirect_with("/account", Flash::LinkSent))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ForgotForm {
    #[serde(default)]
    #[validate(email(message = "Enter an email address like name@example.org."))]
    pub email: String,
}

async fn forgot_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("form", &ForgotForm::default());
    render::page(&state, &req, &user, "email/forgot.html", ctx)
}

/// The same answer whether or not the address has an account.
async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<ForgotForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            None,
            "email/forgot.html",
            &form,
            errors,
            Context::new(),
        );
    }
    let email = form.email.clone();
    state
        .db(move |conn| accounts::request_reset(conn, &email))
        .await?;
    Ok(render::redirect_with("/login", Flash::ResetSent))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ResetForm {
    #[serde(default, skip_serializing)]
    #[validate(length(min = 10, max = 128, message = "Use 10 to 128 characters."))]
    pub password: String,
}

async fn reset_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("token", &token.into_inner());
    ctx.insert("form", &ResetForm::default());
    render::page(&state, &req, &user, "email/reset.html", ctx)
}

async fn reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    token: web::Path<String>,
    form: web::Form<ResetForm>,
) -> AppResult<HttpResponse> {
    let (token, form) = (token.into_inner(), form.into_inner());
    if let Err(errors) = check(&form) {
        let mut ctx = Context::new();
        ctx.insert("token", &token);
        return form_again(&state, &req, None, "email/reset.html", &form, errors, ctx);
    }
    let password = form.password.clone();
    match state
        .db(move |conn| accounts::reset_password(conn, &token, &password))
        .await?
    {
        Ok(()) => Ok(render::redirect_with("/login", Flash::PasswordChanged)),
        Err(problem) => link_problem(&state, &req, &user, problem, "reset"),
    }
}

async fn unsubscribe_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("token", &token.into_inner());
    render::page(&state, &req, &user, "email/unsubscribe.html", ctx)
}

/// One-click unsubscribe (RFC 8058): the secret in the link is the authority, so mail
/// clients may POST here without a session or CSRF token.
async fn unsubscribe(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    state
        .db(move |conn| {
            let member = user::find_by_mail_token(conn, &token)?.ok_or(AppError::NotFound)?;
            accounts::set_reply_emails(conn, member.id, false)
        })
        .await?;
    Ok(render::redirect_with("/", Flash::Unsubscribed))
}

#[derive(Deserialize)]
pub struct ReplyEmailsForm {
    #[serde(default)]
    on: Option<String>,
}

async fn reply_emails(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<ReplyEmailsForm>,
) -> AppResult<HttpResponse> {
    let (id, on) = (user.id, form.on.is_some());
    state
        .db(move |conn| accounts::set_reply_emails(conn, id, on))
        .await?;
    Ok(render::redirect_with("/account", Flash::Saved))
}

async fn outbox_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (messages, pending, failed) = state
        .db(|conn| {
            Ok((
                outbox::troubled(conn, 200)?,
                outbox::count_with_status(conn, outbox::PENDING)?,
                outbox::count_with_status(conn, outbox::FAILED)?,
            ))
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("messages", &messages);
    ctx.insert("pending", &pending);
    ctx.insert("failed", &failed);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "admin/outbox.html",
        ctx,
    )
}

async fn retry(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let id = id.into_inner();
    state
        .db(move |conn| Ok(outbox::retry(conn, id, crate::db::now())?))
        .await?;
    Ok(render::redirect_with("/admin/outbox", Flash::Saved))
}
