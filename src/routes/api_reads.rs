//! The API's reads: each loads the view its page loads, for the caller, so it shows exactly
//! what the page would (published text only; see `api::types`).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::api::caller::ApiCaller;
use crate::api::problem::{ApiError, ApiResult, Problem};
use crate::api::types::{
    CommunityDetail, CommunityList, Post, SearchResults, Thread, Tip, TipList, TipSummary,
};
use crate::db;
use crate::error::AppError;
use crate::models::community;
use crate::routes::api::{id, ok, page_number, query};
use crate::routes::communities::THREADS_PER_PAGE;
use crate::routes::search::SearchForm;
use crate::routes::threads::POSTS_PER_PAGE;
use crate::services::tips::review_due_before;
use crate::state::AppState;
use crate::views::listing::{CommunityPage, HomePage};
use crate::views::search::SearchPage;
use crate::views::thread_page::{position_of, ThreadPage};
use crate::views::tips::{self, TipPage};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/communities", web::get().to(communities))
        .route(
            "/api/v1/communities/{slug}",
            web::get().to(community_threads),
        )
        .route("/api/v1/threads/{id}", web::get().to(thread))
        .route("/api/v1/posts/{id}", web::get().to(post))
        .route("/api/v1/tips", web::get().to(tip_list))
        .route("/api/v1/tips/{id}", web::get().to(tip))
        .route("/api/v1/search", web::get().to(search));
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// From 1.
    page: Option<String>,
}

/// Every community, with whether the caller belongs to it.
#[utoipa::path(get, path = "/api/v1/communities", tag = "reading",
    responses((status = 200, body = CommunityList),
        (status = 401, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn communities(state: web::Data<AppState>, caller: ApiCaller) -> ApiResult<HttpResponse> {
    let viewer = caller.viewer();
    let home = state
        .db(move |conn| HomePage::load(conn, &viewer, 0))
        .await?;
    ok(&CommunityList {
        communities: home.communities.into_iter().map(Into::into).collect(),
    })
}

/// A community and one page of the discussions the caller may read there.
#[utoipa::path(get, path = "/api/v1/communities/{slug}", tag = "reading",
    params(("slug" = String, Path, example = "type-2-diabetes"), Paging),
    responses((status = 200, body = CommunityDetail),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn community_threads(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
    slug: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let paging: Paging = query(&req)?;
    let page = page_number(paging.page.as_deref())?;
    let (viewer, rules, slug) = (caller.viewer(), state.rules(), slug.into_inner());
    let view = state
        .db(move |conn| {
            CommunityPage::load(conn, &viewer, &slug, page, THREADS_PER_PAGE, 0, &rules)
        })
        .await?;
    ok(&CommunityDetail::from(view))
}

/// A discussion and one page of its posts, as the caller may see them.
#[utoipa::path(get, path = "/api/v1/threads/{id}", tag = "reading",
    params(("id" = String, Path, example = "1"), Paging),
    responses((status = 200, body = Thread),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn thread(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
    raw: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let thread_id = id(&raw)?;
    let paging: Paging = query(&req)?;
    let page = page_number(paging.page.as_deref())?;
    let viewer = caller.viewer();
    let view = state
        .db(move |conn| ThreadPage::load_published(conn, &viewer, thread_id, page, POSTS_PER_PAGE))
        .await?;
    ok(&Thread::from(view))
}

/// One post, as the caller may see it.
#[utoipa::path(get, path = "/api/v1/posts/{id}", tag = "reading",
    params(("id" = String, Path, example = "1")),
    responses((status = 200, body = Post),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn post(
    state: web::Data<AppState>,
    caller: ApiCaller,
    raw: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let post_id = id(&raw)?;
    let viewer = caller.viewer();
    let found = state
        .db(move |conn| post_as_seen(conn, &viewer, post_id))
        .await?;
    ok(&found)
}

/// A post through the thread page it is on, so it carries the page's flags.
pub fn post_as_seen(
    conn: &mut crate::db::DbConnection,
    viewer: &crate::views::Viewer,
    post_id: i64,
) -> crate::error::AppResult<Post> {
    let (thread_id, position) = position_of(conn, viewer, post_id)?;
    let page = position / POSTS_PER_PAGE + 1;
    let view = ThreadPage::load_published(conn, viewer, thread_id, page, POSTS_PER_PAGE)?;
    view.posts
        .iter()
        .find(|card| card.id == post_id)
        .map(|card| Post::of(card, thread_id))
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TipFilter {
    /// A community's slug: its tips only.
    community: Option<String>,
}

/// Vetted tips, pinned and newest first (at most 100).
#[utoipa::path(get, path = "/api/v1/tips", tag = "reading",
    params(TipFilter),
    responses((status = 200, body = TipList),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn tip_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: ApiCaller,
) -> ApiResult<HttpResponse> {
    let filter: TipFilter = query(&req)?;
    let rules = state.rules();
    let cards = state
        .db(move |conn| {
            let community_id = match filter.community.as_deref() {
                Some(slug) => Some(community::find_by_slug(conn, slug)?.id),
                None => None,
            };
            tips::published(
                conn,
                community_id,
                100,
                review_due_before(db::now(), &rules),
            )
        })
        .await?;
    ok(&TipList {
        tips: cards.iter().map(TipSummary::from).collect(),
    })
}

/// A vetted tip; 404 for one without a vetted text.
#[utoipa::path(get, path = "/api/v1/tips/{id}", tag = "reading",
    params(("id" = String, Path, example = "1")),
    responses((status = 200, body = Tip),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn tip(
    state: web::Data<AppState>,
    caller: ApiCaller,
    raw: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let tip_id = id(&raw)?;
    let (viewer, rules) = (caller.viewer(), state.rules());
    let page = state
        .db(move |conn| TipPage::load(conn, &viewer, tip_id, review_due_before(db::now(), &rules)))
        .await?;
    ok(&Tip::of(page).ok_or(ApiError::App(AppError::NotFound))?)
}

/// Discussions and vetted tips the caller may read that hold every word of `q`.
#[utoipa::path(get, path = "/api/v1/search", tag = "reading",
    params(
        ("q" = Option<String>, Query, description = "Words; every one must match."),
        ("c" = Option<String>, Query, description = "A community's slug."),
        ("by" = Option<String>, Query, description = "An author's handle."),
        ("tips" = Option<String>, Query, description = "\"only\": tips only."),
        ("sort" = Option<String>, Query, description = "\"new\": newest first."),
        ("page" = Option<String>, Query)),
    responses((status = 200, body = SearchResults),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")),
    security((), ("token" = [])))]
pub async fn search(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
) -> ApiResult<HttpResponse> {
    let form: SearchForm = query(&req)?;
    let search = form.search().map_err(ApiError::invalid)?;
    let viewer = caller.viewer();
    let results = state
        .db(move |conn| SearchPage::load(conn, &viewer, &search))
        .await?;
    ok(&SearchResults::from(results))
}
