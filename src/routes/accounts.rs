use std::sync::LazyLock;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use regex::Regex;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::web::{self as auth_web, MaybeUser, SESSION_COOKIE};
use crate::auth::{CurrentUser, Role};
use crate::calendar;
use crate::error::AppResult;
use crate::middleware::CSRF_COOKIE;
use crate::pattern::constant_regex;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{check, client_address, field_failure, one_error, FieldErrors};
use crate::services::accounts::{self, Login, Registration};
use crate::services::throttle;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/register", web::get().to(register_form))
        .route("/register", web::post().to(register))
        .route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/logout", web::post().to(logout));
}

static HANDLE: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"^[A-Za-z0-9_-]+$"));

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct RegisterForm {
    #[serde(default)]
    #[validate(
        email(message = "Enter an email address like name@example.org."),
        length(max = 254)
    )]
    pub email: String,
    #[serde(default)]
    #[validate(
        length(min = 3, max = 30, message = "A handle has 3 to 30 characters."),
        regex(path = *HANDLE, message = "Use letters, digits, - and _ only.")
    )]
    pub handle: String,
    #[serde(default, skip_serializing)]
    #[validate(length(min = 10, max = 128, message = "Use 10 to 128 characters."))]
    pub password: String,
}

/// Admins may close registration (`/admin/settings`): the page says so, and nothing is created.
fn registration_closed(
    state: &AppState,
    req: &HttpRequest,
    user: Option<&CurrentUser>,
) -> Option<AppResult<HttpResponse>> {
    (!state.live().registration_open).then(|| {
        Page::new("accounts/register.html")
            .with("registration_closed", &true)
            .form(&RegisterForm::default(), &FieldErrors::new())
            .status(StatusCode::FORBIDDEN)
            .render(state, req, user)
    })
}

async fn register_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    if let Some(closed) = registration_closed(&state, &req, user.as_ref()) {
        return closed;
    }
    Page::new("accounts/register.html")
        .form(&RegisterForm::default(), &FieldErrors::new())
        .render(&state, &req, user.as_ref())
}

/// A new account, or a taken address: the same answer either way (the owner of a taken
/// address hears of the attempt by email). Signing in comes after, with the password.
async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<RegisterForm>,
) -> AppResult<HttpResponse> {
    if let Some(closed) = registration_closed(&state, &req, None) {
        return closed;
    }
    let form = form.into_inner();
    let again = |errors: FieldErrors, form: &RegisterForm| {
        Page::new("accounts/register.html")
            .form(form, &errors)
            .render(&state, &req, None)
    };
    if let Err(errors) = check(&form) {
        return again(errors, &form);
    }
    let input = Registration {
        email: form.email.clone(),
        handle: form.handle.clone(),
        password: form.password.clone(),
        role: Role::Member,
        email_confirmed: false,
    };
    let (limits, address) = (state.config.limits, client_address(&req, &state.config));
    let result = state
        .db(move |conn| {
            throttle::registration(conn, &limits, &address)?;
            accounts::register(conn, &input)
        })
        .await;
    match field_failure(result)? {
        Err(errors) => again(errors, &form),
        Ok(_) => Ok(render::redirect_with("/login", Flash::CheckEmail)),
    }
}

/// The redirect after a login: a new session cookie and a new CSRF token.
fn signed_in(state: &AppState, token: String, next: &str, flash: Flash) -> HttpResponse {
    let mut response = render::redirect_with(next, flash);
    let secure = state.config.secure_cookies();
    let _ = response.add_cookie(&auth_web::session_cookie(token, secure));
    let _ = response.add_removal_cookie(&auth_web::expired_cookie(CSRF_COOKIE));
    response
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct LoginForm {
    #[serde(default)]
    #[validate(length(min = 1, max = 254, message = "Enter your email address."))]
    pub email: String,
    #[serde(default, skip_serializing)]
    #[validate(length(min = 1, max = 128, message = "Enter your password."))]
    pub password: String,
    #[serde(default)]
    pub next: Option<String>,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    query: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    let form = LoginForm {
        next: Some(render::safe_next(query.next.as_deref())),
        ..LoginForm::default()
    };
    Page::new("accounts/login.html")
        .form(&form, &FieldErrors::new())
        .render(&state, &req, user.as_ref())
}

const LOGIN_FAILED: &str = "That email and password do not match an active account.";

/// Told only to someone who gave the account's password.
fn suspended(since: i64) -> String {
    format!(
        "This account was suspended by the moderators on {}. It stays suspended until an admin lifts the suspension; you cannot log in meanwhile.",
        calendar::day(since)
    )
}

/// Failed logins are counted per account and address (and per account alone at a much higher
/// limit); successful ones never count, so nobody can lock a member out cheaply.
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let again = |errors: FieldErrors| {
        Page::new("accounts/login.html")
            .form(&form, &errors)
            .render(&state, &req, None)
    };
    if let Err(errors) = check(&form) {
        return again(errors);
    }
    let (email, password) = (form.email.clone(), form.password.clone());
    let (limits, address) = (state.config.limits, client_address(&req, &state.config));
    let agent = req
        .headers()
        .get(actix_web::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let outcome = state
        .db(move |conn| {
            throttle::login_allowed(conn, &limits, &email, &address)?;
            let outcome = accounts::login(conn, &email, &password, agent.as_deref())?;
            if matches!(outcome, Login::Refused) {
                throttle::login_failed(conn, &limits, &email, &address)?;
            }
            Ok(outcome)
        })
        .await?;
    match outcome {
        Login::SignedIn(token) => {
            let next = render::safe_next(form.next.as_deref());
            Ok(signed_in(&state, token, &next, Flash::LoggedIn))
        }
        Login::Refused => again(one_error("form", LOGIN_FAILED)),
        Login::Suspended { since } => again(one_error("form", suspended(since))),
    }
}

/// Ends the session in the database, not only in the browser.
async fn logout(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        let token = cookie.value().to_string();
        state.db(move |conn| accounts::logout(conn, &token)).await?;
    }
    let mut response = render::redirect_with("/", Flash::LoggedOut);
    let _ = response.add_removal_cookie(&auth_web::expired_cookie(SESSION_COOKIE));
    let _ = response.add_removal_cookie(&auth_web::expired_cookie(CSRF_COOKIE));
    Ok(response)
}
