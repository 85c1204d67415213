//! Personal access tokens for the JSON API; only the hash of a token is stored.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::models::user::User;
use crate::schema::{api_tokens, users};

#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub can_write: bool,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = api_tokens)]
pub struct NewApiToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub can_write: bool,
    pub created_at: i64,
    pub expires_at: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewApiToken) -> QueryResult<ApiToken> {
    let id: i64 = diesel::insert_into(api_tokens::table)
        .values(new)
        .returning(api_tokens::id)
        .get_result(conn)?;
    api_tokens::table
        .find(id)
        .select(ApiToken::as_select())
        .first(conn)
}

/// A member's tokens, newest first, revoked ones included (the page shows when).
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::id.desc())
        .select(ApiToken::as_select())
        .load(conn)
}

/// Tokens a member holds that still work.
pub fn live_count(conn: &mut DbConnection, user_id: i64, now: i64) -> QueryResult<i64> {
    api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .filter(api_tokens::revoked_at.is_null())
        .filter(api_tokens::expires_at.gt(now))
        .count()
        .get_result(conn)
}

/// The token behind a hash when it works: not revoked, not expired, its account neither
/// suspended nor erased.
pub fn live(
    conn: &mut DbConnection,
    token_hash: &str,
    now: i64,
) -> QueryResult<Option<(ApiToken, User)>> {
    api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::revoked_at.is_null())
        .filter(api_tokens::expires_at.gt(now))
        .filter(users::suspended_at.is_null())
        .filter(users::erased_at.is_null())
        .select((ApiToken::as_select(), User::as_select()))
        .first(conn)
        .optional()
}

/// Records use at most once per `resolution` seconds, so reads do not become writes.
pub fn touch(conn: &mut DbConnection, id: i64, now: i64, resolution: i64) -> QueryResult<usize> {
    diesel::update(
        api_tokens::table.filter(api_tokens::id.eq(id)).filter(
            api_tokens::last_used_at
                .is_null()
                .or(api_tokens::last_used_at.lt(now - resolution)),
        ),
    )
    .set(api_tokens::last_used_at.eq(Some(now)))
    .execute(conn)
}

/// Revokes one of the member's own tokens; 0 when it is not theirs or already revoked.
pub fn revoke(conn: &mut DbConnection, user_id: i64, id: i64, now: i64) -> QueryResult<usize> {
    diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(Some(now)))
    .execute(conn)
}

/// Ends every token of an account (suspension, password reset, erasure).
pub fn delete_for_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id))).execute(conn)
}
