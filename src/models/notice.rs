//! Messages to one member, shown on their account page: decisions about their posts, warnings.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::schema::notices;

#[derive(Insertable)]
#[diesel(table_name = notices)]
pub struct NewNotice<'a> {
    pub user_id: i64,
    pub body: &'a str,
    pub link: Option<&'a str>,
    pub created_at: i64,
}

pub fn send(
    conn: &mut DbConnection,
    user_id: i64,
    body: &str,
    link: Option<&str>,
) -> QueryResult<usize> {
    diesel::insert_into(notices::table)
        .values(&NewNotice {
            user_id,
            body,
            link,
            created_at: db::now(),
        })
        .execute(conn)
}

#[derive(Queryable, Selectable, Serialize, Debug)]
#[diesel(table_name = notices)]
pub struct Notice {
    pub id: i64,
    pub body: String,
    pub link: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

pub fn recent_for(conn: &mut DbConnection, user_id: i64, limit: i64) -> QueryResult<Vec<Notice>> {
    notices::table
        .filter(notices::user_id.eq(user_id))
        .order(notices::id.desc())
        .limit(limit)
        .select(Notice::as_select())
        .load(conn)
}

pub fn unread_count(conn: &mut DbConnection, user_id: i64) -> QueryResult<i64> {
    notices::table
        .filter(notices::user_id.eq(user_id))
        .filter(notices::read_at.is_null())
        .count()
        .get_result(conn)
}

pub fn mark_all_read(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::update(
        notices::table
            .filter(notices::user_id.eq(user_id))
            .filter(notices::read_at.is_null()),
    )
    .set(notices::read_at.eq(Some(db::now())))
    .execute(conn)
}
