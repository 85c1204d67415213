//! Threads: title, community and the denormalized status and reply count (`counters`).
//! Listings for a viewer are in `views`, where the visibility rule is.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::models::post::Status;
use crate::schema::threads;

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = threads)]
pub struct Thread {
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    /// The title of the opening post's published revision.
    pub title: String,
    pub created_at: i64,
    pub last_activity_at: i64,
    /// The opening post's status: the thread's visibility (kept by `counters`).
    pub status: String,
    /// Published replies: the number anyone may see.
    pub reply_count: i64,
    /// Who may read it (`Audience`); the visibility rule applies it.
    pub audience: String,
    /// Its author asked for a clinician's view.
    pub is_question: bool,
    /// When its author marked the question answered.
    pub answered_at: Option<i64>,
}

/// Who may read a discussion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    #[default]
    Public,
    /// Signed-in members of its community, staff, and its author.
    Members,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Public, Audience::Members];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Members => "members",
        }
    }

    pub fn parse(text: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

#[derive(Insertable)]
#[diesel(table_name = threads)]
pub struct NewThread<'a> {
    pub community_id: i64,
    pub author_id: i64,
    pub title: &'a str,
    pub created_at: i64,
    pub last_activity_at: i64,
    pub audience: &'a str,
    pub is_question: bool,
}

pub fn insert(conn: &mut DbConnection, new: &NewThread) -> QueryResult<Thread> {
    diesel::insert_into(threads::table)
        .values(new)
        .returning(threads::all_columns)
        .get_result(conn)
}

/// A thread as stored, for a use case or view that applies the visibility rule to it at once.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Thread> {
    threads::table
        .find(id)
        .select(Thread::as_select())
        .first(conn)
}

/// The thread, its row locked for the caller's transaction (on PostgreSQL).
pub fn find_for_update(conn: &mut DbConnection, id: i64) -> QueryResult<Thread> {
    crate::db::lock_row(conn, "threads", id)?;
    find(conn, id)
}

/// The title readers see: set only when a revision with a new title is published.
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

pub fn set_audience(conn: &mut DbConnection, id: i64, audience: Audience) -> QueryResult<usize> {
    diesel::update(threads::table.find(id))
        .set(threads::audience.eq(audience.as_str()))
        .execute(conn)
}

/// The asker marks their question answered (Some) or open again (None).
pub fn set_answered(conn: &mut DbConnection, id: i64, at: Option<i64>) -> QueryResult<usize> {
    diesel::update(threads::table.find(id))
        .set(threads::answered_at.eq(at))
        .execute(conn)
}
