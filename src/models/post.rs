use diesel::dsl;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use serde::Serialize;

use crate::db::{Db, DbConnection};
use crate::models::counters;
use crate::models::user::Role;
use crate::schema::{communities, posts, threads, users};

/// Where a post stands. Only `Published` is shown to everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Published,
    Held,
    Rejected,
    Deleted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::Held => "held",
            Status::Rejected => "rejected",
            Status::Deleted => "deleted",
        }
    }
}

/// Who is looking: the input of every visibility decision.
#[derive(Clone, Copy, Debug)]
pub struct Viewer {
    pub user_id: Option<i64>,
    pub role: Role,
}

impl Viewer {
    pub fn anonymous() -> Viewer {
        Viewer {
            user_id: None,
            role: Role::Member,
        }
    }

    pub fn is_moderator(&self) -> bool {
        self.user_id.is_some() && self.role.includes(Role::Moderator)
    }
}

type VisibilityFilter<QS> = Box<dyn BoxableExpression<QS, Db, SqlType = Bool>>;

/// THE rule for what a viewer may see, over a status column and an author column.
///
/// Published: everyone. Held and rejected: their author and moderators. Deleted: moderators only.
macro_rules! visibility_rule {
    ($viewer:expr, $status:expr, $author:expr) => {{
        let viewer: &Viewer = $viewer;
        let published = $status.eq(Status::Published.as_str());
        let rule: VisibilityFilter<_> = if viewer.is_moderator() {
            Box::new(published.or($status.ne(Status::Published.as_str())))
        } else {
            match viewer.user_id {
                None => Box::new(published),
                Some(author) => Box::new(
                    published.or($author
                        .eq(author)
                        .and($status.eq_any([Status::Held.as_str(), Status::Rejected.as_str()]))),
                ),
            }
        };
        rule
    }};
}

/// The rule for posts; every listing, page, count and feed of posts filters with it.
pub fn visible_to<QS>(viewer: &Viewer) -> VisibilityFilter<QS>
where
    posts::status: SelectableExpression<QS>,
    posts::author_id: SelectableExpression<QS>,
{
    visibility_rule!(viewer, posts::status, posts::author_id)
}

/// The same rule for threads, which carry their opening post's status and author
/// (`counters` keeps `threads.status` equal to it), so listings need no join.
pub fn thread_visible_to<QS>(viewer: &Viewer) -> VisibilityFilter<QS>
where
    threads::status: SelectableExpression<QS>,
    threads::author_id: SelectableExpression<QS>,
{
    visibility_rule!(viewer, threads::status, threads::author_id)
}

/// Join condition: a thread with its opening post (which carries the thread's visibility).
pub fn opening_post_of_thread(
) -> dsl::And<dsl::Eq<posts::thread_id, threads::id>, dsl::Eq<posts::is_opening, bool>> {
    posts::thread_id
        .eq(threads::id)
        .and(posts::is_opening.eq(true))
}

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = posts)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: i64,
    pub is_opening: bool,
    pub body_md: String,
    pub body_html: String,
    pub status: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    /// JSON list of `StoredFinding`: where the privacy filter found identifiers.
    pub privacy_findings: String,
    pub review_since: Option<i64>,
    pub review_reason: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
    pub rejection_reason: Option<String>,
    pub marked_helpful_at: Option<i64>,
    pub escalated_at: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = posts)]
pub struct NewPost<'a> {
    pub thread_id: i64,
    pub author_id: i64,
    pub is_opening: bool,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub status: &'a str,
    pub created_at: i64,
    pub privacy_findings: &'a str,
    pub review_since: Option<i64>,
    pub review_reason: Option<&'a str>,
}

/// The public face of an author next to a post.
#[derive(Queryable, Selectable, Serialize, Debug, Clone)]
#[diesel(table_name = users)]
pub struct Author {
    pub id: i64,
    pub handle: String,
    pub role: String,
    pub clinician_profession: Option<String>,
    pub clinician_specialty: Option<String>,
    pub clinician_verified_at: Option<i64>,
}

/// A post with its author, as a thread page shows it.
#[derive(Queryable, Selectable, Serialize, Debug)]
pub struct PostView {
    #[diesel(embed)]
    #[serde(flatten)]
    pub post: Post,
    #[diesel(embed)]
    pub author: Author,
}

pub fn insert(conn: &mut DbConnection, new: &NewPost) -> QueryResult<Post> {
    let created: Post = diesel::insert_into(posts::table)
        .values(new)
        .returning(posts::all_columns)
        .get_result(conn)?;
    counters::post_inserted(conn, &created)?;
    Ok(created)
}

/// Runs a status-changing update and keeps the counters in step when it changed a row.
fn changing_status(
    conn: &mut DbConnection,
    id: i64,
    update: impl FnOnce(&mut DbConnection) -> QueryResult<usize>,
) -> QueryResult<usize> {
    let changed = update(conn)?;
    if changed > 0 {
        counters::post_changed(conn, id)?;
    }
    Ok(changed)
}

/// A post the viewer may see, or NotFound.
pub fn find_visible(conn: &mut DbConnection, id: i64, viewer: &Viewer) -> QueryResult<Post> {
    posts::table
        .find(id)
        .filter(visible_to(viewer))
        .select(Post::as_select())
        .first(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Post> {
    posts::table.find(id).select(Post::as_select()).first(conn)
}

/// One page of a thread's posts in order, as far as the viewer may see them.
pub fn page_of_thread(
    conn: &mut DbConnection,
    thread_id: i64,
    viewer: &Viewer,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<PostView>> {
    posts::table
        .inner_join(users::table)
        .filter(posts::thread_id.eq(thread_id))
        .filter(visible_to(viewer))
        .order(posts::id.asc())
        .offset(offset)
        .limit(limit)
        .select(PostView::as_select())
        .load(conn)
}

/// How many posts of a thread the viewer may see.
pub fn count_in_thread(
    conn: &mut DbConnection,
    thread_id: i64,
    viewer: &Viewer,
) -> QueryResult<i64> {
    posts::table
        .filter(posts::thread_id.eq(thread_id))
        .filter(visible_to(viewer))
        .count()
        .get_result(conn)
}

/// How many posts before `post_id` in its thread the viewer may see (to find its page).
pub fn visible_position(conn: &mut DbConnection, post: &Post, viewer: &Viewer) -> QueryResult<i64> {
    posts::table
        .filter(posts::thread_id.eq(post.thread_id))
        .filter(posts::id.lt(post.id))
        .filter(visible_to(viewer))
        .count()
        .get_result(conn)
}

/// A post's new text and the status its screening gave it.
#[derive(AsChangeset)]
#[diesel(table_name = posts, treat_none_as_null = true)]
pub struct TextChange<'a> {
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub status: &'a str,
    pub privacy_findings: &'a str,
    pub review_since: Option<i64>,
    pub review_reason: Option<&'a str>,
    pub edited_at: Option<i64>,
}

pub fn update_text(conn: &mut DbConnection, id: i64, change: &TextChange) -> QueryResult<usize> {
    changing_status(conn, id, |conn| {
        diesel::update(posts::table.find(id))
            .set(change)
            .execute(conn)
    })
}

/// A user's most recent posts that the viewer may see, for the profile page.
/// The caller must still drop posts whose thread the viewer may not see.
pub fn recent_by_author(
    conn: &mut DbConnection,
    author_id: i64,
    viewer: &Viewer,
    limit: i64,
) -> QueryResult<Vec<Post>> {
    posts::table
        .filter(posts::author_id.eq(author_id))
        .filter(visible_to(viewer))
        .order(posts::id.desc())
        .limit(limit)
        .select(Post::as_select())
        .load(conn)
}

/// A post waiting for a moderator, with what the queue shows beside it.
#[derive(Queryable, Selectable, Debug)]
pub struct WaitingPost {
    #[diesel(embed)]
    pub post: Post,
    #[diesel(select_expression = threads::title)]
    pub thread_title: String,
    #[diesel(select_expression = communities::slug)]
    pub community_slug: String,
    #[diesel(select_expression = communities::name)]
    pub community_name: String,
    #[diesel(select_expression = users::handle)]
    pub author_handle: String,
}

/// The moderation queue: every post awaiting a decision, oldest first, of one community or all.
pub fn waiting(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<WaitingPost>> {
    let mut query = posts::table
        .inner_join(threads::table.inner_join(communities::table))
        .inner_join(users::table)
        .filter(posts::review_since.is_not_null())
        .order((posts::review_since.asc(), posts::id.asc()))
        .limit(limit)
        .select(WaitingPost::as_select())
        .into_boxed();
    if let Some(community_id) = community_id {
        query = query.filter(threads::community_id.eq(community_id));
    }
    query.load(conn)
}

/// A moderator's decision; only applies while the post still waits, so two moderators
/// deciding at once cannot both act (the second changes no row).
pub struct Decision<'a> {
    pub status: Status,
    pub moderator_id: i64,
    pub at: i64,
    pub rejection_reason: Option<&'a str>,
}

pub fn decide(conn: &mut DbConnection, id: i64, decision: &Decision) -> QueryResult<usize> {
    changing_status(conn, id, |conn| {
        diesel::update(
            posts::table
                .find(id)
                .filter(posts::review_since.is_not_null()),
        )
        .set((
            posts::status.eq(decision.status.as_str()),
            posts::review_since.eq(None::<i64>),
            posts::review_reason.eq(None::<String>),
            posts::decided_by.eq(Some(decision.moderator_id)),
            posts::decided_at.eq(Some(decision.at)),
            posts::rejection_reason.eq(decision.rejection_reason),
        ))
        .execute(conn)
    })
}

/// Puts a post in the queue (a report); `hide` also takes it out of public view.
pub fn queue_for_review(
    conn: &mut DbConnection,
    id: i64,
    reason: &str,
    hide: bool,
    at: i64,
) -> QueryResult<usize> {
    let target = posts::table.find(id);
    diesel::update(target.filter(posts::review_since.is_null()))
        .set((
            posts::review_since.eq(Some(at)),
            posts::review_reason.eq(Some(reason)),
        ))
        .execute(conn)?;
    if hide {
        changing_status(conn, id, |conn| {
            diesel::update(target.filter(posts::status.eq(Status::Published.as_str())))
                .set((
                    posts::status.eq(Status::Held.as_str()),
                    posts::review_reason.eq(Some(reason)),
                ))
                .execute(conn)
        })
    } else {
        Ok(0)
    }
}

/// Replaces a post's text after redaction; the original is overwritten, not kept.
pub fn replace_text(
    conn: &mut DbConnection,
    id: i64,
    body_md: &str,
    body_html: &str,
    findings: &str,
) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set((
            posts::body_md.eq(body_md),
            posts::body_html.eq(body_html),
            posts::privacy_findings.eq(findings),
        ))
        .execute(conn)
}

/// Takes a post out of view and out of the queue.
pub fn mark_deleted(conn: &mut DbConnection, id: i64) -> QueryResult<usize> {
    changing_status(conn, id, |conn| {
        diesel::update(posts::table.find(id))
            .set((
                posts::status.eq(Status::Deleted.as_str()),
                posts::review_since.eq(None::<i64>),
                posts::review_reason.eq(None::<String>),
            ))
            .execute(conn)
    })
}

pub fn set_helpful(conn: &mut DbConnection, id: i64, at: Option<i64>) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set(posts::marked_helpful_at.eq(at))
        .execute(conn)
}
