//! A thread page, its reply form, and a post's permalink, edit form and actions.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::web::MaybeUser;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::fragments;
use crate::models::follow;
use crate::models::thread::Audience;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, posting_failure, FieldErrors, PageQuery};
use crate::services::posting::{self, Draft};
use crate::services::screening;
use crate::state::AppState;
use crate::views::edit_form::{DeleteConfirm, PostEditForm};
use crate::views::thread_page::{position_of, visible_thread, ThreadPage};
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{id}", web::get().to(show))
        .route("/t/{id}/reply", web::post().to(reply))
        .route("/p/{id}", web::get().to(permalink))
        .route("/p/{id}/edit", web::get().to(edit_form))
        .route("/p/{id}/edit", web::post().to(edit))
        .route("/p/{id}/delete", web::get().to(delete_form))
        .route("/p/{id}/delete", web::post().to(delete))
        .route("/p/{id}/helpful", web::post().to(helpful))
        .route("/t/{id}/follow", web::post().to(follow_thread))
        .route("/t/{id}/audience", web::post().to(set_audience));
}

/// Posts per thread page: most threads fit on one.
pub const POSTS_PER_PAGE: i64 = 50;

#[derive(Deserialize, Serialize, Validate, Default, Clone)]
pub struct ReplyForm {
    #[serde(default)]
    #[validate(custom(function = "forms::post_text"))]
    pub body: String,
    /// Ticked "I accept the updated guidelines" (asked only after they changed).
    #[serde(default)]
    pub accept_guidelines: Option<String>,
    #[serde(default)]
    pub idempotency_key: Option<String>,
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
    thread_page(&state, &req, user, id.into_inner(), page, None).await
}

/// The thread page; shown again with the reply form as typed when a reply fails validation
/// or is previewed (its errors, its preview).
async fn thread_page(
    state: &AppState,
    req: &HttpRequest,
    user: MaybeUser,
    thread_id: i64,
    page: i64,
    draft: Option<(ReplyForm, FieldErrors)>,
) -> AppResult<HttpResponse> {
    let viewer = user.viewer();
    let mut view = state
        .db(move |conn| ThreadPage::load(conn, &viewer, thread_id, page, POSTS_PER_PAGE))
        .await?;
    let posts_html = fragments::post_cards(
        (&state.post_faces, &state.post_cards),
        &state.tera,
        &state.live().clinician_banner_text,
        &render::card_context(state, req, user.as_ref()),
        std::mem::take(&mut view.posts),
    )?;
    let (form, errors) = draft.unwrap_or_default();
    let preview = form
        .preview
        .is_some()
        .then(|| screening::preview(None, &form.body, state.rules().privacy_threshold));
    Page::new("threads/show.html")
        .noindex(view.thread.noindex)
        .with("page", &view)
        .with("posts_html", &posts_html)
        .with("preview", &preview)
        .form(&form, &errors)
        .render(state, req, user.as_ref())
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
        let errors = checked.err().unwrap_or_default();
        return thread_page(
            &state,
            &req,
            MaybeUser(Some(user)),
            thread_id,
            1,
            Some((form, errors)),
        )
        .await;
    }
    let (rules, typed, actor) = (state.rules(), form.clone(), user.clone());
    let result = state
        .db(move |conn| {
            let key = typed.idempotency_key.as_deref();
            let accepts = typed.accept_guidelines.is_some();
            posting::reply(conn, &actor, &rules, thread_id, &typed.body, accepts, key)
        })
        .await;
    match posting_failure(result)? {
        Ok(location) => Ok(render::redirect_after_posting(&location, None, &form.body)),
        Err(refusal) => {
            let again = Some((form, refusal.errors.clone()));
            let page = thread_page(&state, &req, MaybeUser(Some(user)), thread_id, 1, again);
            Ok(refusal.apply(page.await?))
        }
    }
}

/// `/p/{id}` sends the reader to the page of the thread that holds the post.
async fn permalink(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (post_id, viewer) = (id.into_inner(), user.viewer());
    let (thread_id, position) = state
        .db(move |conn| position_of(conn, &viewer, post_id))
        .await?;
    let page = position / POSTS_PER_PAGE + 1;
    Ok(render::redirect(&format!(
        "/t/{thread_id}?page={page}#p{post_id}"
    )))
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct EditForm {
    #[serde(default)]
    #[validate(custom(function = "forms::title_text"))]
    pub title: Option<String>,
    #[serde(default)]
    #[validate(custom(function = "forms::post_text"))]
    pub body: String,
    #[serde(default)]
    pub idempotency_key: Option<String>,
    #[serde(default, skip_serializing)]
    pub preview: Option<String>,
}

async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (viewer, post_id) = (Viewer::of(Some(user.clone())), id.into_inner());
    let view = state
        .db(move |conn| PostEditForm::load(conn, &viewer, post_id))
        .await?;
    let form = EditForm {
        title: view.title.clone(),
        body: view.body.clone(),
        ..EditForm::default()
    };
    let threshold = state.rules().privacy_threshold;
    let preview = view
        .waiting
        .then(|| screening::preview(form.title.as_deref(), &form.body, threshold));
    Page::new("threads/edit.html")
        .with("post", &view)
        .with("preview", &preview)
        .form(&form, &FieldErrors::new())
        .render(&state, &req, Some(&user))
}

async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<EditForm>,
) -> AppResult<HttpResponse> {
    let (viewer, post_id) = (Viewer::of(Some(user.clone())), id.into_inner());
    let view = state
        .db(move |conn| PostEditForm::load(conn, &viewer, post_id))
        .await?;
    let mut form = form.into_inner();
    if !view.is_opening {
        form.title = None;
    }
    let checked = check(&form);
    if checked.is_err() || form.preview.is_some() {
        let threshold = state.rules().privacy_threshold;
        let preview = form
            .preview
            .is_some()
            .then(|| screening::preview(form.title.as_deref(), &form.body, threshold));
        return Page::new("threads/edit.html")
            .with("post", &view)
            .with("preview", &preview)
            .form(&form, &checked.err().unwrap_or_default())
            .render(&state, &req, Some(&user));
    }
    let rules = state.rules();
    let (title, body) = (form.title.clone(), form.body.clone());
    let location = state
        .db(move |conn| {
            let draft = Draft {
                title: form.title.as_deref(),
                body: &form.body,
            };
            posting::edit(
                conn,
                &user,
                &rules,
                post_id,
                &draft,
                form.idempotency_key.as_deref(),
            )
        })
        .await?;
    Ok(render::redirect_after_posting(
        &location,
        title.as_deref(),
        &body,
    ))
}

#[derive(Deserialize, Serialize, Default)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: Option<String>,
}

async fn delete_page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    post_id: i64,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let viewer = Viewer::of(Some(user.clone()));
    let view = state
        .db(move |conn| DeleteConfirm::load(conn, &viewer, post_id))
        .await?;
    Page::new("threads/delete.html")
        .noindex(true)
        .with("post", &view)
        .form(&DeleteForm::default(), &errors)
        .render(state, req, Some(&user))
}

/// What deleting would do, for the author to confirm.
async fn delete_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    delete_page(&state, &req, user, id.into_inner(), FieldErrors::new()).await
}

/// A reply goes at once; an opening post only once its author confirmed what happens.
async fn delete(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<DeleteForm>,
) -> AppResult<HttpResponse> {
    let post_id = id.into_inner();
    let confirmed = form.confirm.is_some();
    let actor = user.clone();
    let removed = state
        .db(move |conn| posting::delete(conn, &actor, post_id, confirmed))
        .await;
    let removed = match removed {
        Err(AppError::Field { field, message }) => {
            return delete_page(
                &state,
                &req,
                user,
                post_id,
                forms::one_error(field, message),
            )
            .await;
        }
        other => other?,
    };
    let next = match (removed.is_opening, removed.discussion_stays) {
        (true, false) => "/".to_string(),
        _ => format!("/t/{}", removed.thread_id),
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
    let viewer = Viewer::of(Some(user.clone()));
    state
        .db(move |conn| {
            visible_thread(conn, &viewer, thread_id)?;
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

#[derive(Deserialize, Validate)]
pub struct AudienceForm {
    #[serde(default)]
    #[validate(custom(function = "forms::audience_choice"))]
    audience: String,
}

/// Who may read the discussion: its author's choice (or staff's).
async fn set_audience(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<AudienceForm>,
) -> AppResult<HttpResponse> {
    let thread_id = id.into_inner();
    let Some(audience) = Audience::parse(&form.audience) else {
        let errors = check(&form.into_inner()).err().unwrap_or_default();
        let draft = Some((ReplyForm::default(), errors));
        return thread_page(&state, &req, MaybeUser(Some(user)), thread_id, 1, draft).await;
    };
    let location = state
        .db(move |conn| posting::set_audience(conn, &user, thread_id, audience))
        .await?;
    Ok(render::redirect_with(&location, Flash::Saved))
}
