//! Moderators' private notes about a member.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::schema::{user_notes, users};

#[derive(Insertable)]
#[diesel(table_name = user_notes)]
struct NewNote<'a> {
    user_id: i64,
    author_id: i64,
    body: &'a str,
    created_at: i64,
}

pub fn add(
    conn: &mut DbConnection,
    user_id: i64,
    author_id: i64,
    body: &str,
) -> QueryResult<usize> {
    diesel::insert_into(user_notes::table)
        .values(&NewNote {
            user_id,
            author_id,
            body,
            created_at: db::now(),
        })
        .execute(conn)
}

#[derive(Queryable, Selectable, Serialize, Debug)]
#[diesel(table_name = user_notes)]
pub struct Note {
    pub id: i64,
    pub body: String,
    pub created_at: i64,
    #[diesel(select_expression = users::handle)]
    #[diesel(select_expression_type = users::handle)]
    pub author_handle: String,
}

pub fn for_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Note>> {
    user_notes::table
        .inner_join(users::table.on(users::id.eq(user_notes::author_id)))
        .filter(user_notes::user_id.eq(user_id))
        .order(user_notes::id.desc())
        .select(Note::as_select())
        .load(conn)
}
