use actix_web::{web, HttpRequest, HttpResponse};

use crate::auth::web::MaybeUser;
use crate::error::AppResult;
use crate::render::Page;
use crate::state::AppState;
use crate::views::profile::Profile;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/u/{handle}", web::get().to(profile));
}

const RECENT_POSTS: i64 = 20;

/// A member's public page: handle, badge, and the recent posts the visitor may see.
async fn profile(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    handle: web::Path<String>,
) -> AppResult<HttpResponse> {
    let viewer = user.viewer();
    let view = state
        .db(move |conn| Profile::load(conn, &viewer, &handle, RECENT_POSTS))
        .await?;
    Page::new("users/show.html")
        .with("profile", &view)
        .render(&state, &req, user.as_ref())
}
