use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser};
use crate::error::{AppError, AppResult};
use crate::models::{community, follow, post, thread};
use crate::render::{self, Flash};
use crate::routes::{check, form_again, FieldErrors, PageQuery, Pager};
use crate::services::posting::{self, Edit};
use crate::services::{reading, screening};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{id}", web::get().to(show))
        .route("/t/{id}/reply", web::post().to(reply))
        .route("/p/{id}", web::get().to(permalink))
        .route("/p/{id}/edit", web::get().to(edit_form))
        .route("/p/{id}/edit", web::post().to(edit))
        .route("/p/{id}/delete", web::post().to(delete))
        .route("/p/{id}/helpful", web::post().to(helpful))
        .route("/t/{id}/follow", web::post().to(follow_thread));
}

/// Posts per thread page: most threads fit on one.
pub const POSTS_PER_PAGE: i64 = 50;

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ReplyForm {
    #[serde(default)]
    #[validate(length(min = 1, max = 20000, message = "Write 1 to 20,000 characters."))]
    pub body: String,
    /// Set by the Preview button: show the text and privacy hints, save nothing.
    #[serde(default, skip_serializing)]
    pub preview: Option<String>,
}

async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    id: web::Path<i64>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = query.number()?;
    thread_page(
        &state,
        &req,
        &user,
        id.into_inner(),
        page,
        ReplyDraft::default(),
    )
    .await
}

/// The reply form's state when the thread page is shown again: what was typed,
/// what is wrong with it, and extra context (a preview).
#[derive(Default)]
struct ReplyDraft {
    form: ReplyForm,
    errors: FieldErrors,
    extra: Context,
}

/// The thread page; also shown again, with the draft and its errors, when a reply fails validation.
async fn thread_page(
    state: &AppState,
    req: &HttpRequest,
    user: &MaybeUser,
    thread_id: i64,
    page: i64,
    draft: ReplyDraft,
) -> AppResult<HttpResponse> {
    let ReplyDraft {
        form: draft,
        errors,
        extra,
    } = draft;
    let viewer = user.viewer();
    let (found, community, status, posts, total, is_member, following) = state
        .db(move |conn| {
            let (found, community, status) = thread::find_visible(conn, thread_id, &viewer)?;
            let offset = (page - 1) * POSTS_PER_PAGE;
            let posts = post::page_of_thread(conn, thread_id, &viewer, offset, POSTS_PER_PAGE)?;
            let posts = reading::annotate(conn, posts, &found.title, &viewer)?;
            let total = post::count_in_thread(conn, thread_id, &viewer)?;
            let (is_member, following) = match viewer.user_id {
                Some(id) => (
                    community::is_member(conn, community.id, id)?,
                    follow::is_following(conn, thread_id, id)?,
                ),
                None => (false, false),
            };
            Ok((found, community, status, posts, total, is_member, following))
        })
        .await?;
    if posts.is_empty() && page > 1 {
        return Err(AppError::NotFound);
    }
    let mut ctx = extra;
    ctx.insert("thread", &found);
    ctx.insert("thread_status", &status);
    ctx.insert("following", &following);
    ctx.insert("community", &community);
    ctx.insert("posts", &posts);
    ctx.insert("is_member", &(is_member || viewer.is_moderator()));
    ctx.insert(
        "pager",
        &Pager {
            page,
            has_prev: page > 1,
            has_next: page * POSTS_PER_PAGE < total,
        },
    );
    ctx.insert("form", &draft);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    ctx.insert("errors", &errors);
    render::page_with_status(state, req, user.as_ref(), status, "threads/show.html", ctx)
}

async fn reply(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReplyForm>,
) -> AppResult<HttpResponse> {
    let (thread_id, form) = (id.into_inner(), form.into_inner());
    let checked = check(&form);
    if checked.is_err() || form.preview.is_some() {
        let mut extra = Context::new();
        if form.preview.is_some() {
            extra.insert(
                "preview",
                &screening::preview(None, &form.body, state.config.rules.privacy_threshold),
            );
        }
        let errors = checked.err().unwrap_or_default();
        let viewer = MaybeUser(Some(user));
        let draft = ReplyDraft {
            form,
            errors,
            extra,
        };
        return thread_page(&state, &req, &viewer, thread_id, 1, draft).await;
    }
    let (actor, body) = (user.clone(), form.body.clone());
    let rules = state.config.rules;
    let created = state
        .db(move |conn| posting::reply(conn, &actor, &rules, thread_id, &body))
        .await?;
    Ok(render::redirect(&format!("/p/{}", created.id)))
}

/// `/p/{id}` sends the reader to the page of the thread that holds the post.
async fn permalink(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (post_id, viewer) = (id.into_inner(), user.viewer());
    let (thread_id, position) = state
        .db(move |conn| {
            let found = post::find_visible(conn, post_id, &viewer)?;
            thread::find_visible(conn, found.thread_id, &viewer)?;
            Ok((
                found.thread_id,
                post::visible_position(conn, &found, &viewer)?,
            ))
        })
        .await?;
    let page = position / POSTS_PER_PAGE + 1;
    Ok(render::redirect(&format!(
        "/t/{thread_id}?page={page}#p{post_id}"
    )))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct EditForm {
    #[serde(default)]
    #[validate(length(min = 5, max = 150, message = "A title has 5 to 150 characters."))]
    pub title: Option<String>,
    #[serde(default)]
    #[validate(length(min = 1, max = 20000, message = "Write 1 to 20,000 characters."))]
    pub body: String,
    #[serde(default, skip_serializing)]
    pub preview: Option<String>,
}

/// Loads a post for its author to edit: the post, and its thread's title.
async fn editable(
    state: &AppState,
    user: &CurrentUser,
    post_id: i64,
) -> AppResult<(post::Post, String)> {
    let viewer = user.viewer();
    let (found, title) = state
        .db(move |conn| {
            let found = post::find_visible(conn, post_id, &viewer)?;
            let thread = thread::find(conn, found.thread_id)?;
            Ok((found, thread.title))
        })
        .await?;
    if found.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    Ok((found, title))
}

async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (found, title) = editable(&state, &user, id.into_inner()).await?;
    let form = EditForm {
        title: found.is_opening.then_some(title),
        body: found.body_md.clone(),
        preview: None,
    };
    let mut ctx = Context::new();
    ctx.insert("post", &found);
    if found.status == "held" {
        let threshold = state.config.rules.privacy_threshold;
        ctx.insert(
            "preview",
            &screening::preview(form.title.as_deref(), &form.body, threshold),
        );
    }
    ctx.insert("form", &form);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "threads/edit.html",
        ctx,
    )
}

async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<EditForm>,
) -> AppResult<HttpResponse> {
    let (found, _) = editable(&state, &user, id.into_inner()).await?;
    let mut form = form.into_inner();
    if !found.is_opening {
        form.title = None;
    }
    let checked = check(&form);
    if checked.is_err() || form.preview.is_some() {
        let mut ctx = Context::new();
        ctx.insert("post", &found);
        if form.preview.is_some() {
            let threshold = state.config.rules.privacy_threshold;
            ctx.insert(
                "preview",
                &screening::preview(form.title.as_deref(), &form.body, threshold),
            );
        }
        let errors = checked.err().unwrap_or_default();
        return form_again(
            &state,
            &req,
            Some(&user),
            "threads/edit.html",
            &form,
            errors,
            ctx,
        );
    }
    let change = Edit {
        title: form.title.clone(),
        body: form.body.clone(),
    };
    let (actor, post_id) = (user.clone(), found.id);
    let rules = state.config.rules;
    let saved = state
        .db(move |conn| posting::edit(conn, &actor, &rules, post_id, &change))
        .await?;
    Ok(render::redirect(&format!("/p/{}", saved.id)))
}

async fn delete(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let post_id = id.into_inner();
    let removed = state
        .db(move |conn| posting::delete(conn, &user, post_id))
        .await?;
    let next = if removed.is_opening {
        "/".to_string()
    } else {
        format!("/t/{}", removed.thread_id)
    };
    Ok(render::redirect_with(&next, Flash::Deleted))
}

#[derive(Deserialize)]
pub struct HelpfulForm {
    #[serde(default)]
    helpful: Option<String>,
}

async fn helpful(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<HelpfulForm>,
) -> AppResult<HttpResponse> {
    let (post_id, mark) = (id.into_inner(), form.helpful.is_some());
    state
        .db(move |conn| posting::mark_helpful(conn, &user, post_id, mark))
        .await?;
    Ok(render::redirect(&format!("/p/{post_id}")))
}

#[derive(Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: Option<String>,
}

/// Follow a thread again, or stop following it (the per-thread opt-out of reply emails).
async fn follow_thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<FollowForm>,
) -> AppResult<HttpResponse> {
    let (thread_id, on) = (id.into_inner(), form.follow.is_some());
    let viewer = user.viewer();
    state
        .db(move |conn| {
            thread::find_visible(conn, thread_id, &viewer)?;
            Ok(follow::set_muted(conn, thread_id, user.id, !on)?)
        })
        .await?;
    let flash = if on {
        Flash::Following
    } else {
        Flash::Unfollowed
    };
    Ok(render::redirect_with(&format!("/t/{thread_id}"), flash))
}
