//! Vetted health tips written by verified clinicians.

use diesel::prelude::*;
use diesel::sql_types::Bool;
use serde::Serialize;

use crate::db::{Db, DbConnection};
use crate::models::post::Viewer;
use crate::models::user::Role;
use crate::schema::{communities, tips, users};

pub const PENDING: &str = "pending_review";
pub const CHANGES_REQUESTED: &str = "changes_requested";
pub const PUBLISHED: &str = "published";
pub const REJECTED: &str = "rejected";
/// Held by the privacy filter: only its author and moderators see it.
pub const HELD: &str = "held";

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = tips)]
pub struct Tip {
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub reference_list: String,
    pub status: String,
    pub privacy_findings: String,
    pub reviewer_id: Option<i64>,
    pub last_reviewed_at: Option<i64>,
    pub review_comment: Option<String>,
    pub pinned: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Insertable)]
#[diesel(table_name = tips)]
pub struct NewTip<'a> {
    pub community_id: i64,
    pub author_id: i64,
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub reference_list: &'a str,
    pub status: &'a str,
    pub privacy_findings: &'a str,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an author's edit changes; the tip goes back to review.
#[derive(AsChangeset)]
#[diesel(table_name = tips, treat_none_as_null = true)]
pub struct TipText<'a> {
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub reference_list: &'a str,
    pub status: &'a str,
    pub privacy_findings: &'a str,
    pub updated_at: i64,
}

type TipFilter<QS> = Box<dyn BoxableExpression<QS, Db, SqlType = Bool>>;

/// The rule for who sees which tip. Published: everyone. Held by the privacy filter:
/// author and moderators. Other unpublished tips: author, clinicians (who vet) and moderators.
pub fn visible_to<QS>(viewer: &Viewer) -> TipFilter<QS>
where
    tips::status: SelectableExpression<QS>,
    tips::author_id: SelectableExpression<QS>,
{
    let published = tips::status.eq(PUBLISHED);
    match viewer.user_id {
        None => Box::new(published),
        Some(_) if viewer.is_moderator() => Box::new(tips::status.ne("")),
        Some(me) if viewer.role == Role::Clinician => Box::new(
            published
                .or(tips::author_id.eq(me))
                .or(tips::status.eq(PENDING)),
        ),
        Some(me) => Box::new(published.or(tips::author_id.eq(me))),
    }
}

/// A tip with the names a page shows beside it.
#[derive(Queryable, Selectable, Serialize, Debug)]
pub struct TipRow {
    #[diesel(embed)]
    #[serde(flatten)]
    pub tip: Tip,
    #[diesel(select_expression = communities::slug)]
    pub community_slug: String,
    #[diesel(select_expression = communities::name)]
    pub community_name: String,
    #[diesel(select_expression = users::handle)]
    pub author_handle: String,
    #[diesel(select_expression = users::clinician_profession)]
    pub author_profession: Option<String>,
    #[diesel(select_expression = users::clinician_specialty)]
    pub author_specialty: Option<String>,
    #[diesel(select_expression = users::clinician_verified_at)]
    pub author_verified_at: Option<i64>,
}

pub fn insert(conn: &mut DbConnection, new: &NewTip) -> QueryResult<Tip> {
    diesel::insert_into(tips::table)
        .values(new)
        .returning(tips::all_columns)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Tip> {
    tips::table.find(id).select(Tip::as_select()).first(conn)
}

/// Tips with their community and author.
#[diesel::dsl::auto_type]
fn rows() -> _ {
    tips::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(tips::author_id)))
}

pub fn find_visible(conn: &mut DbConnection, id: i64, viewer: &Viewer) -> QueryResult<TipRow> {
    rows()
        .filter(tips::id.eq(id))
        .filter(visible_to(viewer))
        .select(TipRow::as_select())
        .first(conn)
}

/// Published tips, pinned first, then the most recently reviewed: of one community or all.
pub fn published(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<TipRow>> {
    let mut query = rows()
        .filter(tips::status.eq(PUBLISHED))
        .order((
            tips::pinned.desc(),
            tips::last_reviewed_at.desc(),
            tips::id.desc(),
        ))
        .limit(limit)
        .select(TipRow::as_select())
        .into_boxed();
    if let Some(id) = community_id {
        query = query.filter(tips::community_id.eq(id));
    }
    query.load(conn)
}

/// What reviewers work on: tips awaiting review the viewer may see, and published tips
/// whose last review is older than `due_before`. Oldest first.
pub fn review_list(
    conn: &mut DbConnection,
    viewer: &Viewer,
    due_before: i64,
) -> QueryResult<Vec<TipRow>> {
    let waiting = tips::status.eq_any([PENDING, HELD]);
    let due = tips::status
        .eq(PUBLISHED)
        .and(tips::last_reviewed_at.lt(due_before));
    rows()
        .filter(visible_to(viewer))
        .filter(waiting.or(due))
        .order(tips::updated_at.asc())
        .select(TipRow::as_select())
        .load(conn)
}

pub fn update_text(conn: &mut DbConnection, id: i64, text: &TipText) -> QueryResult<usize> {
    diesel::update(tips::table.find(id)).set(text).execute(conn)
}

/// A reviewer's decision; `reviewed_at` renews the review date when the tip is approved.
pub fn record_review(
    conn: &mut DbConnection,
    id: i64,
    status: &str,
    reviewer_id: i64,
    reviewed_at: Option<i64>,
    comment: Option<&str>,
) -> QueryResult<usize> {
    let target = tips::table.find(id);
    diesel::update(target)
        .set((
            tips::status.eq(status),
            tips::reviewer_id.eq(Some(reviewer_id)),
            tips::review_comment.eq(comment),
        ))
        .execute(conn)?;
    match reviewed_at {
        Some(at) => diesel::update(target)
            .set(tips::last_reviewed_at.eq(Some(at)))
            .execute(conn),
        None => Ok(1),
    }
}

/// A revoked clinician's published tips lose their vetting and wait for review again.
pub fn return_to_review(conn: &mut DbConnection, author_id: i64) -> QueryResult<usize> {
    diesel::update(
        tips::table
            .filter(tips::author_id.eq(author_id))
            .filter(tips::status.eq(PUBLISHED)),
    )
    .set(tips::status.eq(PENDING))
    .execute(conn)
}

pub fn set_pinned(conn: &mut DbConnection, id: i64, pinned: bool) -> QueryResult<usize> {
    diesel::update(tips::table.find(id))
        .set(tips::pinned.eq(pinned))
        .execute(conn)
}

/// Handles of the given users (reviewers shown beside tips).
pub fn handles(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, String>> {
    let rows: Vec<(i64, String)> = users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::handle))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}
