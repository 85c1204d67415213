//! A member's own account page, and the moderators' page about a member.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::models::{audit, notice, user, user_note};
use crate::render::{self, Flash};
use crate::services::sanctions::{self, Sanction};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(account))
        .route("/mod/users/{handle}", web::get().to(member))
        .route("/mod/users/{id}/{action}", web::post().to(sanction));
}

/// Notices about the member's posts and account; opening the page marks them read.
async fn account(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let id = user.id;
    let (notices, account) = state
        .db(move |conn| {
            let list = notice::recent_for(conn, id, 50)?;
            notice::mark_all_read(conn, id)?;
            Ok((list, user::find(conn, id)?))
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("notices", &notices);
    ctx.insert("email_confirmed", &account.email_verified_at.is_some());
    ctx.insert("notify_replies", &account.notify_replies);
    ctx.insert("batch_minutes", &state.config.rules.notify_batch_minutes);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "members/account.html",
        ctx,
    )
}

#[derive(Serialize)]
struct MemberView {
    id: i64,
    handle: String,
    role: String,
    created_at: i64,
    suspended: bool,
    silenced_until: Option<i64>,
}

async fn member(
    state: web::Data<AppState>,
    req: HttpRequest,
    actor: CurrentUser,
    handle: web::Path<String>,
) -> AppResult<HttpResponse> {
    actor.require(Role::Moderator)?;
    let (target, notes, history) = state
        .db(move |conn| {
            let target = user::find_by_handle(conn, &handle)?.ok_or(AppError::NotFound)?;
            let notes = user_note::for_user(conn, target.id)?;
            let history = audit::for_user(conn, target.id, 100)?;
            Ok((target, notes, history))
        })
        .await?;
    let view = MemberView {
        id: target.id,
        suspended: target.is_suspended(),
        silenced_until: target.silenced_until.filter(|&until| until > db::now()),
        handle: target.handle,
        role: target.role,
        created_at: target.created_at,
    };
    let mut ctx = Context::new();
    ctx.insert("member", &view);
    ctx.insert("notes", &notes);
    ctx.insert("history", &history);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(actor)),
        "members/moderate.html",
        ctx,
    )
}

#[derive(Deserialize, Default)]
pub struct SanctionForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    hours: Option<i64>,
}

async fn sanction(
    state: web::Data<AppState>,
    actor: CurrentUser,
    path: web::Path<(i64, String)>,
    form: web::Form<SanctionForm>,
) -> AppResult<HttpResponse> {
    let (target_id, action) = path.into_inner();
    let text = form.text.trim().to_string();
    let measure = match action.as_str() {
        "warn" => Sanction::Warn {
            message: required_text(text, "warning")?,
        },
        "note" => Sanction::Note {
            body: required_text(text, "note")?,
        },
        "silence" => match form.hours {
            Some(hours @ 1..=720) => Sanction::Silence { hours },
            _ => return Err(AppError::Invalid("Silence for 1 to 720 hours.".into())),
        },
        "unsilence" => Sanction::Unsilence,
        "suspend" => Sanction::Suspend,
        "unsuspend" => Sanction::Unsuspend,
        _ => return Err(AppError::NotFound),
    };
    let handle = state
        .db(move |conn| {
            sanctions::apply(conn, &actor, target_id, &measure)?;
            Ok(user::find(conn, target_id)?.handle)
        })
        .await?;
    Ok(render::redirect_with(
        &format!("/mod/users/{}", render::url_encode(&handle)),
        Flash::Saved,
    ))
}

fn required_text(text: String, what: &str) -> AppResult<String> {
    match text.chars().count() {
        1..=2000 => Ok(text),
        _ => Err(AppError::Invalid(format!(
            "Write a {what} of 1 to 2,000 characters."
        ))),
    }
}
