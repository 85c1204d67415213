use actix_web::{web, HttpRequest, HttpResponse};

use crate::auth::web::MaybeUser;
use crate::error::AppResult;
use crate::render::Page;
use crate::state::AppState;
use crate::views::listing::HomePage;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home));
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
    Page::new("home.html")
        .with("page", &view)
        .render(&state, &req, user.as_ref())
}
