//! Starting threads, replying and editing: membership checks, rendering and status, in one transaction.

use crate::auth::{CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::community;
use crate::models::post::{self, NewPost, Post, Status};
use crate::models::thread::{self, NewThread, Thread};

/// The status a newly written text starts in.
pub fn status_for(_title: Option<&str>, _body: &str) -> Status {
    Status::Published
}

/// Only members of a community (and staff) may write in it.
fn require_member(conn: &mut DbConnection, user: &CurrentUser, community_id: i64) -> AppResult<()> {
    if user.role.includes(Role::Moderator) || community::is_member(conn, community_id, user.id)? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub fn start_thread(
    conn: &mut DbConnection,
    user: &CurrentUser,
    slug: &str,
    title: &str,
    body: &str,
) -> AppResult<Thread> {
    let found = community::find_by_slug(conn, slug)?;
    let title = title.trim();
    let body_html = markdown::render(body);
    let status = status_for(Some(title), body);
    write_tx(conn, |conn| {
        require_member(conn, user, found.id)?;
        let now = db::now();
        let new_thread = NewThread {
            community_id: found.id,
            author_id: user.id,
            title,
            created_at: now,
            last_activity_at: now,
        };
        let created = thread::insert(conn, &new_thread)?;
        post::insert(conn, &new_post(created.id, user.id, true, body, &body_html, status, now))?;
        Ok(created)
    })
}

pub fn reply(conn: &mut DbConnection, user: &CurrentUser, thread_id: i64, body: &str) -> AppResult<Post> {
    let (target, _, _) = thread::find_visible(conn, thread_id, &user.viewer())?;
    let body_html = markdown::render(body);
    let status = status_for(None, body);
    write_tx(conn, |conn| {
        require_member(conn, user, target.community_id)?;
        let now = db::now();
        let created = post::insert(conn, &new_post(target.id, user.id, false, body, &body_html, status, now))?;
        thread::touch_activity(conn, target.id, status, now)?;
        Ok(created)
    })
}

fn new_post<'a>(
    thread_id: i64,
    author_id: i64,
    is_opening: bool,
    body_md: &'a str,
    body_html: &'a str,
    status: Status,
    created_at: i64,
) -> NewPost<'a> {
    NewPost { thread_id, author_id, is_opening, body_md, body_html, status: status.as_str(), created_at }
}

/// What an author may change: the body, and the title when the post opens its thread.
pub struct Edit {
    pub title: Option<String>,
    pub body: String,
}

/// Authors edit their own posts (not deleted or rejected ones); the post is marked edited.
pub fn edit(conn: &mut DbConnection, user: &CurrentUser, post_id: i64, change: &Edit) -> AppResult<Post> {
    let existing = post::find_visible(conn, post_id, &user.viewer())?;
    if existing.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    if matches!(existing.status.as_str(), "deleted" | "rejected") {
        return Err(AppError::Conflict("This post can no longer be edited.".into()));
    }
    let title = change.title.as_deref().map(str::trim).filter(|_| existing.is_opening);
    let body_html = markdown::render(&change.body);
    let status = status_for(title, &change.body);
    write_tx(conn, |conn| {
        let now = db::now();
        post::update_body(conn, existing.id, &change.body, &body_html, status, now)?;
        if let Some(title) = title {
            thread::set_title(conn, existing.thread_id, title)?;
        }
        Ok(post::find(conn, existing.id)?)
    })
}
