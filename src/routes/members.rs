//! A member's own account page, and the moderators' page about a member.

use actix_web::http::StatusCode;
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
    let target = state
        .db(move |conn| user::find_by_handle(conn, &handle)?.ok_or(AppError::NotFound))
        .await?;
    member_page(&state, &req, actor, target, Draft::default()).await
}

/// What a moderator typed into the warning or note box, kept when it fails validation.
#[derive(Default)]
struct Draft {
    action: String,
    text: String,
    error: Option<String>,
}

async fn member_page(
    state: &AppState,
    req: &HttpRequest,
    actor: CurrentUser,
    target: user::User,
    draft: Draft,
) -> AppResult<HttpResponse> {
    let id = target.id;
    let (notes, history) = state
        .db(move |conn| {
            Ok((
                user_note::for_user(conn, id)?,
                audit::for_user(conn, id, 100)?,
            ))
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
    ctx.insert("draft_action", &draft.action);
    ctx.insert("draft_text", &draft.text);
    ctx.insert("draft_error", &draft.error);
    let status = match draft.error {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    render::page_with_status(
        state,
        req,
        Some(&actor),
        status,
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

const MAX_TEXT: usize = 2000;

async fn sanction(
    state: web::Data<AppState>,
    req: HttpRequest,
    actor: CurrentUser,
    path: web::Path<(i64, String)>,
    form: web::Form<SanctionForm>,
) -> AppResult<HttpResponse> {
    let (target_id, action) = path.into_inner();
    let text = form.text.trim().to_string();
    if matches!(action.as_str(), "warn" | "note") && !(1..=MAX_TEXT).contains(&text.chars().count())
    {
        actor.require(Role::Moderator)?;
        let target = state
            .db(move |conn| Ok(user::find(conn, target_id)?))
            .await?;
        let what = if action == "warn" { "warning" } else { "note" };
        let error = Some(format!("Write a {what} of 1 to 2,000 characters."));
        let draft = Draft {
            action,
            text: form.into_inner().text,
            error,
        };
        return member_page(&state, &req, actor, target, draft).await;
    }
    let measure = match action.as_str() {
        "warn" => Sanction::Warn { message: text },
        "note" => Sanction::Note { body: text },
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
