//! Vetted health tips: where each stands and which revisions it points at. Who may see what
//! is decided in `views`.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::{tip_revisions, tips};

/// Waiting for a second reviewer.
pub const PENDING: &str = "pending_review";
/// Sent back to its author with a comment.
pub const CHANGES_REQUESTED: &str = "changes_requested";
/// Vetted, nothing waits.
pub const PUBLISHED: &str = "published";
pub const REJECTED: &str = "rejected";
/// Held by the privacy filter: only its author and moderators see the waiting revision.
pub const HELD: &str = "held";

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = tips)]
pub struct Tip {
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    /// The review state of the newest revision (`PENDING`, `HELD`, ...); the tip is public
    /// while it has a published revision, whatever waits.
    pub status: String,
    pub reviewer_id: Option<i64>,
    pub last_reviewed_at: Option<i64>,
    pub review_comment: Option<String>,
    pub pinned: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_revision_id: Option<i64>,
    pub pending_revision_id: Option<i64>,
}

impl Tip {
    pub fn state(&self) -> TipState {
        TipState {
            status: self.status.clone(),
            published_revision_id: self.published_revision_id,
            pending_revision_id: self.pending_revision_id,
            review_comment: self.review_comment.clone(),
        }
    }

    /// The revision a reviewer judges: the waiting one, or else the published one (renewal).
    pub fn revision_under_review(&self) -> Option<i64> {
        self.pending_revision_id.or(self.published_revision_id)
    }
}

/// What edits and reviews change, written in one compare-and-set.
#[derive(AsChangeset, Clone, Debug, PartialEq)]
#[diesel(table_name = tips, treat_none_as_null = true)]
pub struct TipState {
    pub status: String,
    pub published_revision_id: Option<i64>,
    pub pending_revision_id: Option<i64>,
    pub review_comment: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = tips)]
pub struct NewTip<'a> {
    pub community_id: i64,
    pub author_id: i64,
    pub status: &'a str,
    pub created_at: i64,
    pub updated_at: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewTip) -> QueryResult<Tip> {
    diesel::insert_into(tips::table)
        .values(new)
        .returning(tips::all_columns)
        .get_result(conn)
}

/// A tip as it is, for the use case about to change it in its own transaction (its row
/// locked on PostgreSQL until the transaction ends).
pub fn find_for_update(conn: &mut DbConnection, id: i64) -> QueryResult<Tip> {
    crate::db::lock_row(conn, "tips", id)?;
    tips::table.find(id).select(Tip::as_select()).first(conn)
}

/// Moves a tip from `from` to `to` only if nobody changed it since it was read; keeps the
/// search index in step.
pub fn transition(
    conn: &mut DbConnection,
    id: i64,
    from: &TipState,
    to: &TipState,
    at: i64,
) -> QueryResult<bool> {
    use crate::models::post::or_zero;
    let unchanged = tips::table
        .find(id)
        .filter(tips::status.eq(&from.status))
        .filter(or_zero(tips::published_revision_id).eq(from.published_revision_id.unwrap_or(0)))
        .filter(or_zero(tips::pending_revision_id).eq(from.pending_revision_id.unwrap_or(0)));
    let changed = diesel::update(unchanged)
        .set((to, tips::updated_at.eq(at)))
        .execute(conn)?
        > 0;
    if changed {
        crate::models::search::sync_tip(conn, id)?;
    }
    Ok(changed)
}

/// A reviewer approved the published revision: their name and the date go on the tip.
pub fn record_review(
    conn: &mut DbConnection,
    id: i64,
    reviewer_id: i64,
    at: i64,
) -> QueryResult<usize> {
    diesel::update(tips::table.find(id))
        .set((
            tips::reviewer_id.eq(Some(reviewer_id)),
            tips::last_reviewed_at.eq(Some(at)),
        ))
        .execute(conn)
}

/// A revoked clinician's published tips lose their vetting: the published revision goes back
/// to waiting (unless an edit already waits, which takes its place), and none stays public.
pub fn return_to_review(conn: &mut DbConnection, author_id: i64) -> QueryResult<usize> {
    let published: Vec<Tip> = tips::table
        .filter(tips::author_id.eq(author_id))
        .filter(tips::published_revision_id.is_not_null())
        .select(Tip::as_select())
        .load(conn)?;
    for tip in &published {
        let waiting = tip.pending_revision_id.or(tip.published_revision_id);
        diesel::update(tips::table.find(tip.id))
            .set((
                tips::status.eq(PENDING),
                tips::pending_revision_id.eq(waiting),
                tips::published_revision_id.eq(None::<i64>),
            ))
            .execute(conn)?;
        crate::models::search::sync_tip(conn, tip.id)?;
    }
    Ok(published.len())
}

pub fn set_pinned(conn: &mut DbConnection, id: i64, pinned: bool) -> QueryResult<usize> {
    diesel::update(tips::table.find(id))
        .set(tips::pinned.eq(pinned))
        .execute(conn)
}

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = tip_revisions)]
pub struct TipRevision {
    pub id: i64,
    pub tip_id: i64,
    pub editor_id: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    /// One reference (web address or DOI) per line.
    pub reference_list: String,
    pub findings: String,
    pub created_at: i64,
}

#[derive(Insertable)]
#[diesel(table_name = tip_revisions)]
pub struct NewTipRevision<'a> {
    pub tip_id: i64,
    pub editor_id: i64,
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub reference_list: &'a str,
    pub findings: &'a str,
    pub created_at: i64,
}

pub fn insert_revision(conn: &mut DbConnection, new: &NewTipRevision) -> QueryResult<TipRevision> {
    diesel::insert_into(tip_revisions::table)
        .values(new)
        .returning(tip_revisions::all_columns)
        .get_result(conn)
}

pub fn find_revision(conn: &mut DbConnection, id: i64) -> QueryResult<TipRevision> {
    tip_revisions::table
        .find(id)
        .select(TipRevision::as_select())
        .first(conn)
}

pub fn purge_revisions(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::delete(tip_revisions::table.filter(tip_revisions::id.eq_any(ids))).execute(conn)
}
