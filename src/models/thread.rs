use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::models::community::Community;
use crate::models::post::{thread_visible_to, Author, Status, Viewer};
use crate::schema::{communities, threads, users};

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = threads)]
pub struct Thread {
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    pub title: String,
    pub created_at: i64,
    pub last_activity_at: i64,
    /// The opening post's status: the thread's visibility (kept by `counters`).
    pub status: String,
    /// Published replies: the number anyone may see.
    pub reply_count: i64,
}

#[derive(Insertable)]
#[diesel(table_name = threads)]
pub struct NewThread<'a> {
    pub community_id: i64,
    pub author_id: i64,
    pub title: &'a str,
    pub created_at: i64,
    pub last_activity_at: i64,
}

/// A row of a thread listing: the thread, its community and its author.
#[derive(Queryable, Selectable, Serialize, Debug)]
pub struct ThreadSummary {
    #[diesel(embed)]
    #[serde(flatten)]
    pub thread: Thread,
    #[diesel(select_expression = communities::slug)]
    pub community_slug: String,
    #[diesel(select_expression = communities::name)]
    pub community_name: String,
    #[diesel(embed)]
    pub author: Author,
}

pub fn insert(conn: &mut DbConnection, new: &NewThread) -> QueryResult<Thread> {
    diesel::insert_into(threads::table)
        .values(new)
        .returning(threads::all_columns)
        .get_result(conn)
}

/// A thread whose opening post the viewer may see, with its community; NotFound otherwise.
pub fn find_visible(
    conn: &mut DbConnection,
    id: i64,
    viewer: &Viewer,
) -> QueryResult<(Thread, Community, String)> {
    threads::table
        .inner_join(communities::table)
        .filter(threads::id.eq(id))
        .filter(thread_visible_to(viewer))
        .select((Thread::as_select(), Community::as_select()))
        .first::<(Thread, Community)>(conn)
        .map(|(thread, community)| {
            let status = thread.status.clone();
            (thread, community, status)
        })
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Thread> {
    threads::table
        .find(id)
        .select(Thread::as_select())
        .first(conn)
}

/// One page of threads, most recently active first: of one community, or of all.
pub fn list_visible(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    viewer: &Viewer,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<ThreadSummary>> {
    let mut query = threads::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(threads::author_id)))
        .filter(thread_visible_to(viewer))
        .select(ThreadSummary::as_select())
        .order((threads::last_activity_at.desc(), threads::id.desc()))
        .offset(offset)
        .limit(limit)
        .into_boxed();
    if let Some(community_id) = community_id {
        query = query.filter(threads::community_id.eq(community_id));
    }
    query.load(conn)
}

/// Titles of the given threads that the viewer may see; the others are left out.
pub fn visible_titles(
    conn: &mut DbConnection,
    ids: &[i64],
    viewer: &Viewer,
) -> QueryResult<HashMap<i64, String>> {
    let rows = threads::table
        .filter(threads::id.eq_any(ids))
        .filter(thread_visible_to(viewer))
        .select((threads::id, threads::title))
        .load::<(i64, String)>(conn)?;
    Ok(rows.into_iter().collect())
}

pub fn set_title(conn: &mut DbConnection, id: i64, title: &str) -> QueryResult<usize> {
    diesel::update(threads::table.find(id))
        .set(threads::title.eq(title))
        .execute(conn)
}

/// Moves a thread up the listings; only for posts everyone can see, so held posts leave no trace.
pub fn touch_activity(
    conn: &mut DbConnection,
    id: i64,
    status: Status,
    at: i64,
) -> QueryResult<usize> {
    if status != Status::Published {
        return Ok(0);
    }
    diesel::update(threads::table.find(id))
        .set(threads::last_activity_at.eq(at))
        .execute(conn)
}
