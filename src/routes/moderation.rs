use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::{audit, community, report};
use crate::render::{self, Flash};
use crate::routes::{check, field_failure, form_again};
use crate::services::moderation::{self, Verdict};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/mod/queue", web::get().to(queue))
        .route("/mod/posts/{id}/approve", web::post().to(approve))
        .route("/mod/posts/{id}/reject", web::post().to(reject))
        .route("/mod/posts/{id}/redact", web::post().to(redact))
        .route("/p/{id}/report", web::get().to(report_form))
        .route("/p/{id}/report", web::post().to(report))
        .route("/admin/audit", web::get().to(audit_log));
}

#[derive(Deserialize)]
struct QueueQuery {
    community: Option<String>,
}

/// Held and reported posts, oldest first, with their age against the response target.
async fn queue(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    query: web::Query<QueueQuery>,
) -> AppResult<HttpResponse> {
    user.require(Role::Moderator)?;
    let (actor, rules, community) = (
        user.clone(),
        state.config.rules,
        query.into_inner().community.filter(|c| !c.is_empty()),
    );
    let filter = community.clone();
    let (items, communities) = state
        .db(move |conn| {
            let items = moderation::queue(conn, &actor, &rules, filter.as_deref())?;
            Ok((items, community::all_slugs_and_names(conn)?))
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("items", &items);
    ctx.insert("communities", &communities);
    ctx.insert("community", &community);
    ctx.insert("target_hours", &rules.response_target_hours);
    ctx.insert("overdue_count", &items.iter().filter(|i| i.overdue).count());
    render::page(&state, &req, &MaybeUser(Some(user)), "mod/queue.html", ctx)
}

async fn approve(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    apply(state, user, id.into_inner(), Verdict::Approve).await
}

#[derive(Deserialize, Validate)]
pub struct RejectForm {
    #[serde(default)]
    #[validate(length(
        min = 3,
        max = 500,
        message = "Give the author a reason of 3 to 500 characters."
    ))]
    reason: String,
}

async fn reject(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<RejectForm>,
) -> AppResult<HttpResponse> {
    if check(&*form).is_err() {
        return Err(AppError::Invalid(
            "Give the author a reason of 3 to 500 characters.".into(),
        ));
    }
    let reason = form.into_inner().reason.trim().to_string();
    apply(state, user, id.into_inner(), Verdict::Reject { reason }).await
}

/// The form carries one `span` field per passage the moderator ticked (its index).
async fn redact(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let chosen: Vec<usize> = form
        .iter()
        .filter(|(k, _)| k == "span")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    if chosen.is_empty() {
        return Err(AppError::Invalid(
            "Tick at least one passage to remove.".into(),
        ));
    }
    apply(state, user, id.into_inner(), Verdict::Redact { chosen }).await
}

async fn apply(
    state: web::Data<AppState>,
    user: CurrentUser,
    post_id: i64,
    verdict: Verdict,
) -> AppResult<HttpResponse> {
    let rules = state.config.rules;
    state
        .db(move |conn| moderation::decide(conn, &user, &rules, post_id, &verdict))
        .await?;
    Ok(render::redirect_with("/mod/queue", Flash::Decided))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ReportForm {
    #[serde(default)]
    #[validate(length(min = 1, message = "Choose a reason."))]
    pub reason: String,
    #[serde(default)]
    #[validate(length(max = 1000, message = "Keep the note under 1,000 characters."))]
    pub note: String,
}

async fn report_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let mut ctx = Context::new();
    ctx.insert("post_id", &id.into_inner());
    ctx.insert("reasons", &report::REASONS);
    ctx.insert("form", &ReportForm::default());
    render::page(&state, &req, &MaybeUser(Some(user)), "mod/report.html", ctx)
}

async fn report(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReportForm>,
) -> AppResult<HttpResponse> {
    let (post_id, form) = (id.into_inner(), form.into_inner());
    let mut ctx = Context::new();
    ctx.insert("post_id", &post_id);
    ctx.insert("reasons", &report::REASONS);
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            Some(&user),
            "mod/report.html",
            &form,
            errors,
            ctx,
        );
    }
    let (actor, rules, reason, note) = (
        user.clone(),
        state.config.rules,
        form.reason.clone(),
        form.note.clone(),
    );
    let result = state
        .db(move |conn| moderation::report(conn, &actor, &rules, post_id, &reason, &note))
        .await;
    match field_failure(result)? {
        Ok(()) => Ok(render::redirect_with(
            &format!("/p/{post_id}"),
            Flash::Reported,
        )),
        Err(errors) => form_again(
            &state,
            &req,
            Some(&user),
            "mod/report.html",
            &form,
            errors,
            ctx,
        ),
    }
}

async fn audit_log(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let entries = state.db(|conn| Ok(audit::recent(conn, 500)?)).await?;
    let mut ctx = Context::new();
    ctx.insert("entries", &entries);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "admin/audit.html",
        ctx,
    )
}
