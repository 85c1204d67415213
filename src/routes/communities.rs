//! A community's page, joining and leaving it, and starting a discussion in it.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::web::MaybeUser;
use crate::auth::CurrentUser;
use crate::db;
use crate::error::AppResult;
use crate::fragments;
use crate::models::community;
use crate::models::thread::Audience;
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, field_failure, posting_failure, FieldErrors, PageQuery};
use crate::services::posting::{self, Draft, Opening};
use crate::services::{communities, screening};
use crate::state::AppState;
use crate::views::listing::{CommunityHead, CommunityPage};

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

/// A community: its description, guidelines, vetted tips and one page of its discussions.
async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = query.number()?;
    let viewer = user.viewer();
    let rules = state.rules();
    let view = state
        .db(move |conn| {
            CommunityPage::load(
                conn,
                &viewer,
                &slug,
                page,
                THREADS_PER_PAGE,
                TIPS_ON_COMMUNITY_PAGE,
                &rules,
            )
        })
        .await?;
    let rows = fragments::thread_rows(&state.thread_rows, &state.tera, &view.threads)?;
    Page::new("communities/show.html")
        .noindex(view.community.noindex)
        .with("page", &view)
        .with("rows", &rows)
        .render(&state, &req, user.as_ref())
}

async fn community_head(state: &AppState, slug: String) -> AppResult<CommunityHead> {
    state
        .db(move |conn| Ok(community::find_by_slug(conn, &slug)?.into()))
        .await
}

async fn join_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let found = community_head(&state, slug.into_inner()).await?;
    Page::new("communities/join.html")
        .noindex(found.noindex)
        .with("community", &found)
        .form(&JoinForm::default(), &FieldErrors::new())
        .render(&state, &req, Some(&user))
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
    let (actor, slug) = (user.clone(), slug.into_inner());
    let target = slug.clone();
    let result = state
        .db(move |conn| communities::join(conn, &actor, &target, accepted))
        .await;
    match field_failure(result)? {
        Ok(found) => Ok(render::redirect_with(
            &format!("/c/{}", found.slug),
            Flash::Joined,
        )),
        Err(errors) => Page::new("communities/join.html")
            .with("community", &community_head(&state, slug).await?)
            .form(&form.into_inner(), &errors)
            .render(&state, &req, Some(&user)),
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

#[derive(Deserialize, Serialize, Validate, Default, Clone)]
pub struct ThreadForm {
    #[serde(default)]
    #[validate(custom(function = "forms::title_text"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "forms::post_text"))]
    pub body: String,
    /// Who may read it; none: the community's default.
    #[serde(default)]
    #[validate(custom(function = "forms::audience_choice"))]
    pub audience: Option<String>,
    /// "yes": the author would like a clinician's view.
    #[serde(default)]
    pub question: Option<String>,
    /// Ticked "I accept the updated guidelines" (asked only after they changed).
    #[serde(default)]
    pub accept_guidelines: Option<String>,
    #[serde(default)]
    pub idempotency_key: Option<String>,
    /// Set by the Preview button: show the text and privacy hints, save nothing.
    #[serde(default, skip_serializing)]
    pub preview: Option<String>,
}

/// The new-discussion page: members (and staff) get the form, others the way to join.
async fn thread_form_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    slug: String,
    form: &ThreadForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    let user_id = user.id;
    let viewer = user.clone();
    let (found, is_member, guidelines_pending, standing) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            let accepted_at = community::guidelines_accepted_at(conn, found.id, user_id)?;
            let pending = policy::guidelines_pending(
                accepted_at,
                found.guidelines_updated_at,
                viewer.moderates(found.id),
            );
            let standing = posting::standing_in(conn, user_id, &found)?;
            Ok((
                CommunityHead::from(found),
                accepted_at.is_some(),
                pending,
                standing,
            ))
        })
        .await?;
    let threshold = state.rules().privacy_threshold;
    let preview = form
        .preview
        .is_some()
        .then(|| screening::preview(Some(&form.title), &form.body, threshold));
    let may_post = is_member || user.is_staff();
    let audience = form
        .audience
        .clone()
        .unwrap_or(found.default_audience.clone());
    Page::new("threads/new.html")
        .noindex(found.noindex)
        .with("audience", &audience)
        .with("community", &found)
        .with("may_post", &may_post)
        .with("can_write", &policy::can_write(standing, db::now()))
        .with("guidelines_pending", &guidelines_pending)
        .with("preview", &preview)
        .form(form, errors)
        .render(state, req, Some(user))
}

async fn new_thread_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let form = ThreadForm::default();
    thread_form_page(
        &state,
        &req,
        &user,
        slug.into_inner(),
        &form,
        &FieldErrors::new(),
    )
    .await
}

async fn new_thread(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<ThreadForm>,
) -> AppResult<HttpResponse> {
    let (form, slug) = (form.into_inner(), slug.into_inner());
    let checked = check(&form);
    if checked.is_err() || form.preview.is_some() {
        let errors = checked.err().unwrap_or_default();
        return thread_form_page(&state, &req, &user, slug, &form, &errors).await;
    }
    let (rules, typed, actor, at) = (state.rules(), form.clone(), user.clone(), slug.clone());
    let result = state
        .db(move |conn| {
            let draft = Draft {
                title: Some(&typed.title),
                body: &typed.body,
            };
            let key = typed.idempotency_key.as_deref();
            let opening = Opening {
                audience: typed.audience.as_deref().and_then(Audience::parse),
                question: typed.question.is_some(),
                accepts_guidelines: typed.accept_guidelines.is_some(),
            };
            posting::start_thread(conn, &actor, &rules, &at, &draft, opening, key)
        })
        .await;
    match posting_failure(result)? {
        Ok(location) => Ok(render::redirect_after_posting(
            &location,
            Some(&form.title),
            &form.body,
        )),
        Err(refusal) => {
            let page = thread_form_page(&state, &req, &user, slug, &form, &refusal.errors).await?;
            Ok(refusal.apply(page))
        }
    }
}
