use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser};
use crate::error::AppResult;
use crate::models::{community, thread, tip};
use crate::render::{self, Flash};
use crate::routes::tips::tip_views;
use crate::routes::{check, field_failure, form_again, PageQuery, Pager};
use crate::services::{communities, posting, screening, tips};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/c/{slug}", web::get().to(show))
        .route("/c/{slug}/join", web::get().to(join_form))
        .route("/c/{slug}/join", web::post().to(join))
        .route("/c/{slug}/leave", web::post().to(leave))
        .route("/c/{slug}/new", web::get().to(new_thread_form))
        .route("/c/{slug}/new", web::post().to(new_thread));
}

pub const THREADS_PER_PAGE: i64 = 25;
const TIPS_ON_COMMUNITY_PAGE: i64 = 5;

/// A community: its description, guidelines and one page of its discussions.
async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = query.number()?;
    let viewer = user.viewer();
    let due = tips::review_due_before(crate::db::now(), &state.config.rules);
    let (found, mut threads, is_member, tips) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            let offset = (page - 1) * THREADS_PER_PAGE;
            let threads =
                thread::list_visible(conn, Some(found.id), &viewer, offset, THREADS_PER_PAGE + 1)?;
            let is_member = match viewer.user_id {
                Some(id) => community::is_member(conn, found.id, id)?,
                None => false,
            };
            let tip_rows = tip::published(conn, Some(found.id), TIPS_ON_COMMUNITY_PAGE)?;
            let tips = tip_views(conn, tip_rows, due)?;
            Ok((found, threads, is_member, tips))
        })
        .await?;
    let has_next = threads.len() as i64 > THREADS_PER_PAGE;
    threads.truncate(THREADS_PER_PAGE as usize);
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    ctx.insert("threads", &threads);
    ctx.insert("is_member", &is_member);
    ctx.insert("tips", &tips);
    ctx.insert(
        "pager",
        &Pager {
            page,
            has_prev: page > 1,
            has_next,
        },
    );
    render::page(&state, &req, &user, "communities/show.html", ctx)
}

async fn join_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let found = state
        .db(move |conn| Ok(community::find_by_slug(conn, &slug)?))
        .await?;
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "communities/join.html",
        ctx,
    )
}

#[derive(Deserialize, Serialize, Default)]
pub struct JoinForm {
    #[serde(default)]
    pub accept_guidelines: Option<String>,
}

async fn join(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<JoinForm>,
) -> AppResult<HttpResponse> {
    let accepted = form.accept_guidelines.is_some();
    let (actor, slug_for_page) = (user.clone(), slug.clone());
    let result = state
        .db(move |conn| communities::join(conn, &actor, &slug, accepted))
        .await;
    match field_failure(result)? {
        Ok(found) => Ok(render::redirect_with(
            &format!("/c/{}", found.slug),
            Flash::Joined,
        )),
        Err(errors) => {
            let found = state
                .db(move |conn| Ok(community::find_by_slug(conn, &slug_for_page)?))
                .await?;
            let mut ctx = Context::new();
            ctx.insert("community", &found);
            form_again(
                &state,
                &req,
                Some(&user),
                "communities/join.html",
                &form.into_inner(),
                errors,
                ctx,
            )
        }
    }
}

async fn leave(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let found = state
        .db(move |conn| communities::leave(conn, &user, &slug))
        .await?;
    Ok(render::redirect_with(
        &format!("/c/{}", found.slug),
        Flash::Left,
    ))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ThreadForm {
    #[serde(default)]
    #[validate(length(min = 5, max = 150, message = "A title has 5 to 150 characters."))]
    pub title: String,
    #[serde(default)]
    #[validate(length(min = 1, max = 20000, message = "Write 1 to 20,000 characters."))]
    pub body: String,
    /// Set by the Preview button: show the text and privacy hints, save nothing.
    #[serde(default, skip_serializing)]
    pub preview: Option<String>,
}

async fn new_thread_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let ctx = thread_form_context(&state, user.id, slug.into_inner()).await?;
    let mut ctx = ctx;
    ctx.insert("form", &ThreadForm::default());
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "threads/new.html",
        ctx,
    )
}

async fn thread_form_context(state: &AppState, user_id: i64, slug: String) -> AppResult<Context> {
    let (found, is_member) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            let is_member = community::is_member(conn, found.id, user_id)?;
            Ok((found, is_member))
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    ctx.insert("is_member", &is_member);
    Ok(ctx)
}

async fn new_thread(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<ThreadForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let slug = slug.into_inner();
    let checked = check(&form);
    if checked.is_err() || form.preview.is_some() {
        let mut ctx = thread_form_context(&state, user.id, slug).await?;
        if form.preview.is_some() {
            let threshold = state.config.rules.privacy_threshold;
            ctx.insert(
                "preview",
                &screening::preview(Some(&form.title), &form.body, threshold),
            );
        }
        let errors = checked.err().unwrap_or_default();
        return form_again(
            &state,
            &req,
            Some(&user),
            "threads/new.html",
            &form,
            errors,
            ctx,
        );
    }
    let (actor, title, body, rules) = (
        user.clone(),
        form.title.clone(),
        form.body.clone(),
        state.config.rules,
    );
    let created = state
        .db(move |conn| posting::start_thread(conn, &actor, &rules, &slug, &title, &body))
        .await?;
    Ok(render::redirect(&format!("/t/{}", created.id)))
}
