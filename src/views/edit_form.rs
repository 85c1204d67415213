//! The author's edit form: the newest text of their post (the one waiting, or else the one on show).

use serde::Serialize;

use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::models::post::{self, Status};
use crate::models::{revision, thread};
use crate::policy::PostFacts;
use crate::views::visibility::may_see_post;
use crate::views::Viewer;

#[derive(Serialize, Debug)]
pub struct PostEditForm {
    pub post_id: i64,
    pub is_opening: bool,
    pub title: Option<String>,
    pub body: String,
    /// The newest text waits for a moderator.
    pub waiting: bool,
}

impl PostEditForm {
    pub fn load(conn: &mut DbConnection, viewer: &Viewer, post_id: i64) -> AppResult<PostEditForm> {
        let found = post::find(conn, post_id)?;
        let in_thread = thread::find(conn, found.thread_id)?;
        if !may_see_post(viewer, &found, &in_thread) {
            return Err(AppError::NotFound);
        }
        if !viewer.is(found.author_id) {
            return Err(AppError::Forbidden);
        }
        if matches!(found.status(), Status::Deleted | Status::Rejected) {
            return Err(AppError::Conflict(
                "This post can no longer be edited.".into(),
            ));
        }
        let newest = found
            .pending_revision_id
            .or(found.published_revision_id)
            .ok_or(AppError::NotFound)?;
        let text = revision::find(conn, newest)?;
        Ok(PostEditForm {
            post_id: found.id,
            is_opening: found.is_opening,
            title: found
                .is_opening
                .then(|| text.title.clone().unwrap_or(in_thread.title)),
            body: text.body_md,
            waiting: found.pending_revision_id.is_some(),
        })
    }
}

/// What deleting a post would do, for its author to confirm: a discussion with others'
/// replies stays, under a neutral title, with a note where the opening post was.
#[derive(Serialize, Debug)]
pub struct DeleteConfirm {
    pub post_id: i64,
    pub thread_id: i64,
    pub thread_title: String,
    pub is_opening: bool,
    /// Published replies by other members.
    pub others_replies: i64,
}

impl DeleteConfirm {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        post_id: i64,
    ) -> AppResult<DeleteConfirm> {
        let found = post::find(conn, post_id)?;
        let in_thread = thread::find(conn, found.thread_id)?;
        if !may_see_post(viewer, &found, &in_thread) {
            return Err(AppError::NotFound);
        }
        let actor = viewer.id().ok_or(AppError::Forbidden)?;
        crate::policy::require_can_delete(actor, PostFacts::from(&found))?;
        Ok(DeleteConfirm {
            others_replies: post::published_replies_by_others(conn, in_thread.id)?,
            post_id: found.id,
            thread_id: in_thread.id,
            thread_title: in_thread.title,
            is_opening: found.is_opening,
        })
    }
}
