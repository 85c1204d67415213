//! Single-use, expiring email links; only the token's hash is stored.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::schema::email_tokens;

pub const VERIFY: &str = "verify";
pub const RESET: &str = "reset";

#[derive(Insertable)]
#[diesel(table_name = email_tokens)]
pub struct NewToken<'a> {
    pub user_id: i64,
    pub purpose: &'a str,
    pub token_hash: &'a str,
    pub expires_at: i64,
    pub created_at: i64,
}

#[derive(Queryable, Selectable, Debug)]
#[diesel(table_name = email_tokens)]
pub struct Token {
    pub id: i64,
    pub user_id: i64,
    pub purpose: String,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub fn insert(conn: &mut DbConnection, new: &NewToken) -> QueryResult<usize> {
    diesel::insert_into(email_tokens::table)
        .values(new)
        .execute(conn)
}

pub fn find(
    conn: &mut DbConnection,
    purpose: &str,
    token_hash: &str,
) -> QueryResult<Option<Token>> {
    email_tokens::table
        .filter(email_tokens::purpose.eq(purpose))
        .filter(email_tokens::token_hash.eq(token_hash))
        .select(Token::as_select())
        .first(conn)
        .optional()
}

/// Uses a token once: only the first caller changes the row.
pub fn consume(conn: &mut DbConnection, id: i64, at: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        email_tokens::table
            .find(id)
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(Some(at)))
    .execute(conn)?;
    Ok(changed == 1)
}
