//! `/account/tokens`: a member's personal access tokens for the JSON API.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::CurrentUser;
use crate::calendar;
use crate::db;
use crate::error::AppResult;
use crate::models::api_token::{self, ApiToken};
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, posting_failure, FieldErrors};
use crate::services::tokens::{self, Request, LIFETIMES, MAX_LIVE};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account/tokens", web::get().to(list))
        .route("/account/tokens", web::post().to(create))
        .route("/account/tokens/{id}/revoke", web::post().to(revoke));
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct TokenForm {
    #[serde(default)]
    #[validate(custom(function = "forms::token_name"))]
    pub name: String,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub days: String,
}

impl TokenForm {
    fn request(&self) -> Result<Request, FieldErrors> {
        let mut errors = check(self).err().unwrap_or_default();
        let can_write = match self.scope.as_str() {
            "read" => false,
            "write" => true,
            _ => {
                errors.insert("scope".into(), vec!["Choose what the token may do.".into()]);
                false
            }
        };
        let days = self.days.parse::<i64>().unwrap_or_default();
        if !LIFETIMES.contains(&days) {
            errors.insert(
                "days".into(),
                vec!["Choose how long the token lasts.".into()],
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Request {
            name: self.name.trim().to_string(),
            can_write,
            days,
        })
    }
}

/// A token as the list shows it: never its secret, which is not kept.
#[derive(Serialize)]
struct TokenRow {
    id: i64,
    name: String,
    scope: &'static str,
    created: String,
    expires: String,
    last_used: Option<String>,
    revoked: Option<String>,
    works: bool,
}

impl TokenRow {
    fn of(token: ApiToken, now: i64) -> TokenRow {
        TokenRow {
            works: token.revoked_at.is_none() && token.expires_at > now,
            id: token.id,
            name: token.name,
            scope: if token.can_write {
                "Read and write"
            } else {
                "Read only"
            },
            created: calendar::day(token.created_at),
            expires: calendar::day(token.expires_at),
            last_used: token.last_used_at.map(calendar::day),
            revoked: token.revoked_at.map(calendar::day),
        }
    }
}

async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    page(
        &state,
        &req,
        user,
        &TokenForm::default(),
        FieldErrors::new(),
        None,
    )
    .await
}

async fn page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    form: &TokenForm,
    errors: FieldErrors,
    created: Option<(String, String)>,
) -> AppResult<HttpResponse> {
    let id = user.id;
    let now = db::now();
    let rows: Vec<TokenRow> = state
        .db(move |conn| Ok(api_token::of_user(conn, id)?))
        .await?
        .into_iter()
        .map(|t| TokenRow::of(t, now))
        .collect();
    Page::new("members/tokens.html")
        .with("tokens", &rows)
        .with("lifetimes", &LIFETIMES)
        .with("max_live", &MAX_LIVE)
        .with("created", &created)
        .form(form, &errors)
        .noindex(true)
        .render(state, req, Some(&user))
}

/// Creates a token and shows it this once (the answer is not cached and not repeated).
async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<TokenForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let request = match form.request() {
        Ok(request) => request,
        Err(errors) => return page(&state, &req, user, &form, errors, None).await,
    };
    let member = user.clone();
    let result = state
        .db(move |conn| tokens::create(conn, &member, &request))
        .await;
    match posting_failure(result)? {
        Ok((token, secret)) => {
            let shown = Some((token.name, secret));
            page(
                &state,
                &req,
                user,
                &TokenForm::default(),
                FieldErrors::new(),
                shown,
            )
            .await
        }
        Err(refusal) => {
            let answer = page(&state, &req, user, &form, refusal.errors.clone(), None).await?;
            Ok(refusal.apply(answer))
        }
    }
}

async fn revoke(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    state
        .db(move |conn| tokens::revoke(conn, &user, id))
        .await?;
    Ok(render::redirect_with("/account/tokens", Flash::Saved))
}
