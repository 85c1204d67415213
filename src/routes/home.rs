use actix_web::{web, HttpRequest, HttpResponse};

use crate::auth::web::MaybeUser;
use crate::error::AppResult;
use crate::fragments;
use crate::render::Page;
use crate::state::AppState;
use crate::views::listing::{self, HomePage};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/robots.txt", web::get().to(robots));
}

/// Pages no search engine should list: signed-in and staff areas, forms, and every page of a
/// community that is no-index or members-only by default. Members-only discussions elsewhere
/// answer crawlers with 404 and carry `noindex` for the members who read them.
const PRIVATE_AREAS: [&str; 12] = [
    "/account",
    "/admin",
    "/mod",
    "/api",
    "/login",
    "/logout",
    "/register",
    "/password",
    "/verify",
    "/unsubscribe",
    "/tips/review",
    "/search",
];

async fn robots(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let slugs = state.db(listing::crawl_exclusions).await?;
    let mut text = String::from("User-agent: *\n");
    for path in PRIVATE_AREAS {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    for slug in slugs {
        text.push_str(&format!("Disallow: /c/{slug}\n"));
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(text))
}

const LATEST_THREADS: i64 = 15;

/// Communities with their counts, and the latest discussions the visitor may see.
async fn home(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    let viewer = user.viewer();
    let view = state
        .db(move |conn| HomePage::load(conn, &viewer, LATEST_THREADS))
        .await?;
    let rows = fragments::thread_rows(&state.thread_rows, &state.tera, &view.latest)?;
    Page::new("home.html")
        .with("page", &view)
        .with("rows", &rows)
        .render(&state, &req, user.as_ref())
}
