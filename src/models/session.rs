use diesel::prelude::*;

use crate::db::DbConnection;
use crate::models::user::User;
use crate::schema::{sessions, users};

#[derive(Insertable)]
#[diesel(table_name = sessions)]
pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user_id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub user_agent: Option<&'a str>,
}

pub fn insert(conn: &mut DbConnection, new: &NewSession) -> QueryResult<usize> {
    diesel::insert_into(sessions::table)
        .values(new)
        .execute(conn)
}

/// The user behind a live session: unexpired, and not suspended.
/// The account behind a live session of an account that is not suspended, and when the
/// session expires.
pub fn active_session(
    conn: &mut DbConnection,
    token_hash: &str,
    now: i64,
) -> QueryResult<Option<(User, i64)>> {
    sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now))
        .filter(users::suspended_at.is_null())
        .select((User::as_select(), sessions::expires_at))
        .first(conn)
        .optional()
}

pub fn delete_by_hash(conn: &mut DbConnection, token_hash: &str) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::token_hash.eq(token_hash))).execute(conn)
}

/// Ends every session of a user (suspension, password change).
pub fn delete_for_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)
}

pub fn delete_expired(conn: &mut DbConnection, now: i64) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)
}
