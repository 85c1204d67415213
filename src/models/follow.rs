//! Who follows a thread, for reply notifications.

use diesel::prelude::*;

use crate::db::{self, DbConnection};
use crate::schema::{thread_follows, users};

/// Follows a thread unless the member already follows it or muted it.
pub fn follow(conn: &mut DbConnection, thread_id: i64, user_id: i64) -> QueryResult<()> {
    let exists: bool = diesel::select(diesel::dsl::exists(
        thread_follows::table.find((thread_id, user_id)),
    ))
    .get_result(conn)?;
    if !exists {
        diesel::insert_into(thread_follows::table)
            .values((
                thread_follows::thread_id.eq(thread_id),
                thread_follows::user_id.eq(user_id),
                thread_follows::muted.eq(false),
                thread_follows::created_at.eq(db::now()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn set_muted(
    conn: &mut DbConnection,
    thread_id: i64,
    user_id: i64,
    muted: bool,
) -> QueryResult<()> {
    follow(conn, thread_id, user_id)?;
    diesel::update(thread_follows::table.find((thread_id, user_id)))
        .set(thread_follows::muted.eq(muted))
        .execute(conn)?;
    Ok(())
}

/// Whether the member follows the thread and has not muted it.
pub fn is_following(conn: &mut DbConnection, thread_id: i64, user_id: i64) -> QueryResult<bool> {
    Ok(thread_follows::table
        .find((thread_id, user_id))
        .select(thread_follows::muted)
        .first::<bool>(conn)
        .optional()?
        .is_some_and(|muted| !muted))
}

/// Followers to tell about a new reply: not muted, opted in, email verified, not suspended.
pub fn recipients(
    conn: &mut DbConnection,
    thread_id: i64,
    except_user: i64,
) -> QueryResult<Vec<(i64, String)>> {
    thread_follows::table
        .inner_join(users::table)
        .filter(thread_follows::thread_id.eq(thread_id))
        .filter(thread_follows::muted.eq(false))
        .filter(thread_follows::user_id.ne(except_user))
        .filter(users::notify_replies.eq(true))
        .filter(users::email_verified_at.is_not_null())
        .filter(users::suspended_at.is_null())
        .select((users::id, users::email))
        .load(conn)
}
