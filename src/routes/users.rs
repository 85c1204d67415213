use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use tera::Context;

use crate::auth::MaybeUser;
use crate::error::{AppError, AppResult};
use crate::models::{post, thread, user};
use crate::render;
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/u/{handle}", web::get().to(profile));
}

const RECENT_POSTS: i64 = 20;

#[derive(Serialize)]
struct Profile {
    handle: String,
    role: String,
    created_at: i64,
    clinician_profession: Option<String>,
    clinician_specialty: Option<String>,
    clinician_verified_at: Option<i64>,
}

#[derive(Serialize)]
struct RecentPost {
    id: i64,
    thread_id: i64,
    thread_title: String,
    body_html: String,
    status: String,
    created_at: i64,
}

/// A member's public page: handle, role, and the recent posts the visitor may see.
async fn profile(
    state: web::Data<AppState>,
    req: HttpRequest,
    viewer: MaybeUser,
    handle: web::Path<String>,
) -> AppResult<HttpResponse> {
    let who = viewer.viewer();
    let (person, recent) = state
        .db(move |conn| {
            let person = user::find_by_handle(conn, &handle)?.ok_or(AppError::NotFound)?;
            let posts = post::recent_by_author(conn, person.id, &who, RECENT_POSTS)?;
            let thread_ids: Vec<i64> = posts.iter().map(|p| p.thread_id).collect();
            let titles = thread::visible_titles(conn, &thread_ids, &who)?;
            let recent: Vec<RecentPost> = posts
                .into_iter()
                .filter_map(|p| {
                    let thread_title = titles.get(&p.thread_id)?.clone();
                    Some(RecentPost {
                        id: p.id,
                        thread_id: p.thread_id,
                        thread_title,
                        body_html: p.body_html,
                        status: p.status,
                        created_at: p.created_at,
                    })
                })
                .collect();
            Ok((person, recent))
        })
        .await?;
    let mut ctx = Context::new();
    let profile = Profile {
        handle: person.handle.clone(),
        role: person.role.clone(),
        created_at: person.created_at,
        clinician_profession: person.clinician_profession.clone(),
        clinician_specialty: person.clinician_specialty.clone(),
        clinician_verified_at: person.clinician_verified_at,
    };
    ctx.insert("profile", &profile);
    ctx.insert("recent", &recent);
    render::page(&state, &req, &viewer, "users/show.html", ctx)
}
