use actix_web::{web, HttpRequest, HttpResponse};
use tera::Context;

use crate::auth::MaybeUser;
use crate::error::AppResult;
use crate::models::{community, thread};
use crate::render;
use crate::startup::AppState;

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
    let (communities, latest, joined) = state
        .db(move |conn| {
            let joined = match viewer.user_id {
                Some(id) => community::memberships_of(conn, id)?,
                None => Vec::new(),
            };
            Ok((
                community::list(conn)?,
                thread::list_visible(conn, None, &viewer, 0, LATEST_THREADS)?,
                joined,
            ))
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("communities", &communities);
    ctx.insert("latest", &latest);
    ctx.insert("joined", &joined);
    render::page(&state, &req, &user, "home.html", ctx)
}
