use std::sync::LazyLock;

use actix_web::{web, HttpRequest, HttpResponse};
use regex::Regex;
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{self, MaybeUser, Role, SESSION_COOKIE};
use crate::error::AppResult;
use crate::middleware::CSRF_COOKIE;
use crate::pattern::constant_regex;
use crate::render::{self, Flash};
use crate::routes::{check, field_failure, form_again, FieldErrors};
use crate::services::accounts::{self, Registration};
use crate::services::throttle;
use crate::startup::AppState;

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

async fn register_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("form", &RegisterForm::default());
    render::page(&state, &req, &user, "accounts/register.html", ctx)
}

async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<RegisterForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let again = |errors: FieldErrors, form: &RegisterForm| {
        form_again(
            &state,
            &req,
            None,
            "accounts/register.html",
            form,
            errors,
            Context::new(),
        )
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
    let (limits, address) = (
        state.config.limits,
        throttle::client_address(&req, &state.config),
    );
    let result = state
        .db(move |conn| {
            throttle::registration(conn, &limits, &address)?;
            let user = accounts::register(conn, &input)?;
            accounts::start_session(conn, user.id)
        })
        .await;
    match field_failure(result)? {
        Err(errors) => again(errors, &form),
        Ok(token) => Ok(signed_in(&state, token, "/", Flash::Welcome)),
    }
}

/// The redirect after a login: a new session cookie and a new CSRF token.
fn signed_in(state: &AppState, token: String, next: &str, flash: Flash) -> HttpResponse {
    let mut response = render::redirect_with(next, flash);
    let secure = state.config.secure_cookies();
    let _ = response.add_cookie(&auth::session_cookie(token, secure));
    let _ = response.add_removal_cookie(&auth::expired_cookie(CSRF_COOKIE));
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
    let mut ctx = Context::new();
    let form = LoginForm {
        next: Some(render::safe_next(query.next.as_deref())),
        ..LoginForm::default()
    };
    ctx.insert("form", &form);
    render::page(&state, &req, &user, "accounts/login.html", ctx)
}

const LOGIN_FAILED: &str = "That email and password do not match an active account.";

async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            None,
            "accounts/login.html",
            &form,
            errors,
            Context::new(),
        );
    }
    let (email, password) = (form.email.clone(), form.password.clone());
    let (limits, address) = (
        state.config.limits,
        throttle::client_address(&req, &state.config),
    );
    let outcome = state
        .db(move |conn| {
            throttle::login(conn, &limits, &email, &address)?;
            accounts::login(conn, &email, &password)
        })
        .await?;
    match outcome {
        Some((_, token)) => {
            let next = render::safe_next(form.next.as_deref());
            Ok(signed_in(&state, token, &next, Flash::LoggedIn))
        }
        None => {
            let errors = FieldErrors::from([("form".to_string(), vec![LOGIN_FAILED.to_string()])]);
            form_again(
                &state,
                &req,
                None,
                "accounts/login.html",
                &form,
                errors,
                Context::new(),
            )
        }
    }
}

/// Ends the session in the database, not only in the browser.
async fn logout(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        let token = cookie.value().to_string();
        state.db(move |conn| accounts::logout(conn, &token)).await?;
    }
    let mut response = render::redirect_with("/", Flash::LoggedOut);
    let _ = response.add_removal_cookie(&auth::expired_cookie(SESSION_COOKIE));
    Ok(response)
}
