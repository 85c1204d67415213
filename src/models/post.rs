//! Posts: where each stands and which revisions it points at. The text lives in
//! `post_revisions`; who may see what is decided in `views`, never here.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::models::counters;
use crate::schema::posts;

/// Where a post stands. Only `Published` posts are shown to everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Published,
    Held,
    Rejected,
    Deleted,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Published,
        Status::Held,
        Status::Rejected,
        Status::Deleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::Held => "held",
            Status::Rejected => "rejected",
            Status::Deleted => "deleted",
        }
    }

    /// Unknown text reads as deleted: whatever it is, nobody but staff sees it.
    pub fn parse(text: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(Status::Deleted)
    }
}

/// Why a post waits for a moderator. Reports outrank the privacy filter: a clean edit ends a
/// privacy review by itself, but only a moderator ends a review that members asked for.
pub const REVIEW_PRIVACY: &str = "privacy";
pub const REVIEW_REPORTS: &str = "reports";
/// A crisis post naming a method: kept from other readers until a moderator acts.
pub const REVIEW_CRISIS: &str = "crisis";

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = posts)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: i64,
    pub is_opening: bool,
    pub status: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub review_since: Option<i64>,
    pub review_reason: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    pub rejection_reason: Option<String>,
    pub marked_helpful_at: Option<i64>,
    pub escalated_at: Option<i64>,
    /// The revision readers see; none until a revision is published.
    pub published_revision_id: Option<i64>,
    /// The revision a moderator must judge before it is shown.
    pub pending_revision_id: Option<i64>,
    /// When it was first published: response times count from here.
    pub published_at: Option<i64>,
    /// A moderator's words asking its author to revise it, while it waits.
    pub revise_note: Option<String>,
    pub revise_asked_at: Option<i64>,
}

impl Post {
    pub fn status(&self) -> Status {
        Status::parse(&self.status)
    }

    pub fn state(&self) -> PostState {
        PostState {
            status: self.status.clone(),
            published_revision_id: self.published_revision_id,
            pending_revision_id: self.pending_revision_id,
            review_since: self.review_since,
            review_reason: self.review_reason.clone(),
            edited_at: self.edited_at,
        }
    }
}

/// Everything about a post that edits and decisions change, written in one compare-and-set.
#[derive(AsChangeset, Clone, Debug, PartialEq)]
#[diesel(table_name = posts, treat_none_as_null = true)]
pub struct PostState {
    pub status: String,
    pub published_revision_id: Option<i64>,
    pub pending_revision_id: Option<i64>,
    pub review_since: Option<i64>,
    pub review_reason: Option<String>,
    pub edited_at: Option<i64>,
}

impl PostState {
    /// The revision a moderator judges: the one waiting, or else the one on show (a report).
    pub fn revision_under_review(&self) -> Option<i64> {
        self.pending_revision_id.or(self.published_revision_id)
    }

    pub fn status(&self) -> Status {
        Status::parse(&self.status)
    }
}

diesel::define_sql_function! {
    /// `COALESCE(x, 0)`: ids and times are positive, so 0 stands for "none" in comparisons.
    #[sql_name = "COALESCE"]
    fn or_zero_sql(x: diesel::sql_types::Nullable<diesel::sql_types::BigInt>, zero: diesel::sql_types::BigInt) -> diesel::sql_types::BigInt;
}

pub(crate) fn or_zero<E>(x: E) -> or_zero_sql<E, i64>
where
    E: diesel::expression::AsExpression<diesel::sql_types::Nullable<diesel::sql_types::BigInt>>,
{
    or_zero_sql(x, 0_i64)
}

#[derive(Insertable)]
#[diesel(table_name = posts)]
pub struct NewPost<'a> {
    pub thread_id: i64,
    pub author_id: i64,
    pub is_opening: bool,
    pub status: &'a str,
    pub created_at: i64,
    pub review_since: Option<i64>,
    pub review_reason: Option<&'a str>,
}

/// Inserts a post; its first revision follows in the same transaction (`transition`).
pub fn insert(conn: &mut DbConnection, new: &NewPost) -> QueryResult<Post> {
    diesel::insert_into(posts::table)
        .values(new)
        .returning(posts::all_columns)
        .get_result(conn)
}

/// Counts a post in once its first revision is in place.
pub fn counted_in(conn: &mut DbConnection, post: &Post) -> QueryResult<()> {
    counters::post_inserted(conn, post)
}

/// A post as it is, for the use case about to change it in its own transaction: on
/// PostgreSQL its row stays locked until that transaction ends, so two writers take turns
/// instead of one failing its compare-and-set (SQLite's writers already take turns).
pub fn find_for_update(conn: &mut DbConnection, id: i64) -> QueryResult<Post> {
    crate::db::lock_row(conn, "posts", id)?;
    find(conn, id)
}

/// A post as stored, for a view that applies the visibility rule to it at once.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Post> {
    posts::table.find(id).select(Post::as_select()).first(conn)
}

/// Moves a post from `from` to `to` only if nobody changed it since it was read; `false`
/// when someone did (a second moderator, an edit during review). Keeps the counters and the
/// search index in step.
pub fn transition(
    conn: &mut DbConnection,
    id: i64,
    from: &PostState,
    to: &PostState,
) -> QueryResult<bool> {
    let unchanged = posts::table
        .find(id)
        .filter(posts::status.eq(&from.status))
        .filter(or_zero(posts::published_revision_id).eq(from.published_revision_id.unwrap_or(0)))
        .filter(or_zero(posts::pending_revision_id).eq(from.pending_revision_id.unwrap_or(0)))
        .filter(or_zero(posts::review_since).eq(from.review_since.unwrap_or(0)));
    let changed = diesel::update(unchanged).set(to).execute(conn)? > 0;
    if changed && from.status != to.status {
        counters::post_changed(conn, id)?;
    }
    if changed && to.status() == Status::Published {
        first_published(conn, id)?;
    }
    if changed {
        crate::models::search::sync_post(conn, id)?;
    }
    Ok(changed)
}

/// The first publication is kept: a post hidden after reports and restored, or edited, still
/// answered its thread when it first appeared.
fn first_published(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    diesel::update(posts::table.find(id).filter(posts::published_at.is_null()))
        .set(posts::published_at.eq(Some(crate::db::now())))
        .execute(conn)
}

/// Who decided about a post, when, and why it was not published (a request to revise ends).
pub fn record_decision(
    conn: &mut DbConnection,
    id: i64,
    moderator_id: i64,
    at: i64,
    rejection_reason: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set((
            posts::decided_by.eq(Some(moderator_id)),
            posts::decided_at.eq(Some(at)),
            posts::rejection_reason.eq(rejection_reason),
            posts::revise_note.eq(None::<String>),
            posts::revise_asked_at.eq(None::<i64>),
        ))
        .execute(conn)
}

/// A moderator asks the author to revise (Some), or the author's edit answered (None).
pub fn set_revise_request(
    conn: &mut DbConnection,
    id: i64,
    request: Option<(&str, i64)>,
) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set((
            posts::revise_note.eq(request.map(|(note, _)| note)),
            posts::revise_asked_at.eq(request.map(|(_, at)| at)),
        ))
        .execute(conn)
}

/// How many published replies others than the thread's author have in it.
pub fn published_replies_by_others(conn: &mut DbConnection, thread_id: i64) -> QueryResult<i64> {
    use crate::schema::threads;
    posts::table
        .inner_join(threads::table)
        .filter(posts::thread_id.eq(thread_id))
        .filter(posts::is_opening.eq(false))
        .filter(posts::status.eq(Status::Published.as_str()))
        .filter(posts::author_id.ne(threads::author_id))
        .count()
        .get_result(conn)
}

pub fn set_helpful(conn: &mut DbConnection, id: i64, at: Option<i64>) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set(posts::marked_helpful_at.eq(at))
        .execute(conn)
}

/// Posts that wait for a moderator, oldest first, of one community or all (`within` the
/// communities a community moderator moderates): staff only.
pub fn waiting_for_staff(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    within: Option<&[i64]>,
    limit: i64,
) -> QueryResult<Vec<Post>> {
    use crate::schema::threads;
    let mut query = posts::table
        .inner_join(threads::table)
        .filter(posts::review_since.is_not_null())
        .order((posts::review_since.asc(), posts::id.asc()))
        .limit(limit)
        .select(Post::as_select())
        .into_boxed();
    if let Some(community_id) = community_id {
        query = query.filter(threads::community_id.eq(community_id));
    }
    if let Some(ids) = within {
        query = query.filter(threads::community_id.eq_any(ids));
    }
    query.load(conn)
}
