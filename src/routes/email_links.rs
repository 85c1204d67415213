//! Pages behind email links: confirm address, reset password, unsubscribe.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::web::MaybeUser;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::models::user;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{check, FieldErrors};
use crate::services::accounts::{self, LinkProblem};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/verify/{token}", web::get().to(confirm))
        .route("/verify/resend", web::post().to(resend))
        .route("/password/forgot", web::get().to(forgot_form))
        .route("/password/forgot", web::post().to(forgot))
        .route("/password/reset/{token}", web::get().to(reset_form))
        .route("/password/reset/{token}", web::post().to(reset))
        .route("/unsubscribe/{token}", web::get().to(unsubscribe_page))
        .route("/unsubscribe/{token}", web::post().to(unsubscribe));
}

/// The page for a link that did not work, with the way to get a new one.
fn link_problem(
    state: &AppState,
    req: &HttpRequest,
    user: &MaybeUser,
    problem: LinkProblem,
    purpose: &str,
) -> AppResult<HttpResponse> {
    let problem = match problem {
        LinkProblem::Expired => "expired",
        LinkProblem::Used => "used",
        LinkProblem::Unknown => "unknown",
    };
    Page::new("email/link_problem.html")
        .with("purpose", &purpose)
        .with("problem", &problem)
        .status(StatusCode::GONE)
        .render(state, req, user.as_ref())
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
        Ok(_) => {
            state.account_changed();
            let next = if user.as_ref().is_some() {
                "/"
            } else {
                "/login"
            };
            Ok(render::redirect_with(next, Flash::EmailConfirmed))
        }
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
    Page::new("email/forgot.html")
        .form(&ForgotForm::default(), &FieldErrors::new())
        .render(&state, &req, user.as_ref())
}

/// The same answer whether or not the address has an account.
async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<ForgotForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    if let Err(errors) = check(&form) {
        return Page::new("email/forgot.html")
            .form(&form, &errors)
            .render(&state, &req, None);
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
    Page::new("email/reset.html")
        .with("token", &token.into_inner())
        .form(&ResetForm::default(), &FieldErrors::new())
        .render(&state, &req, user.as_ref())
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
        return Page::new("email/reset.html")
            .with("token", &token)
            .form(&form, &errors)
            .render(&state, &req, None);
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
    Page::new("email/unsubscribe.html")
        .with("token", &token.into_inner())
        .render(&state, &req, user.as_ref())
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
