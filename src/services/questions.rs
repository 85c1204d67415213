//! Questions: the asker marks theirs answered, or open again.

use crate::auth::CurrentUser;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::thread::{self, Thread};
use crate::policy;
use crate::services::posting::{standing, Place};
use crate::views::{visibility, Viewer};

/// The asker of a published question marks it answered (`answered`) or open again; it then
/// leaves (or rejoins) the clinicians' lists. Returns the thread as it was.
pub fn mark_answered(
    conn: &mut DbConnection,
    user: &CurrentUser,
    thread_id: i64,
    answered: bool,
) -> AppResult<Thread> {
    write_tx(conn, |conn| {
        let found = thread::find_for_update(conn, thread_id)?;
        if !visibility::may_see_thread(&Viewer::of(Some(user.clone())), &found) {
            return Err(AppError::NotFound);
        }
        if !policy::may_mark_answered(Some(user), &found) {
            return Err(AppError::Forbidden);
        }
        let now = db::now();
        policy::require_can_write(
            standing(conn, user.id, Place::Community(found.community_id))?,
            now,
        )?;
        let at = match (answered, found.answered_at) {
            (true, Some(earlier)) => Some(earlier),
            (true, None) => Some(now),
            (false, _) => None,
        };
        thread::set_answered(conn, found.id, at)?;
        Ok(found)
    })
}
