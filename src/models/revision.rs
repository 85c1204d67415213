//! Post revisions: each edit's text, immutable once written. A revision is only ever deleted
//! (a rejected or redacted original, a draft replaced before review), never changed.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::post_revisions;

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = post_revisions)]
pub struct Revision {
    pub id: i64,
    pub post_id: i64,
    pub editor_id: i64,
    /// The thread title this revision gives (opening posts only).
    pub title: Option<String>,
    pub body_md: String,
    pub body_html: String,
    /// JSON list of `StoredFinding`: kinds and offsets, never values.
    pub findings: String,
    pub created_at: i64,
    /// JSON `CrisisFinding`, or empty when the detector found nothing. Staff only.
    pub crisis: String,
}

#[derive(Insertable)]
#[diesel(table_name = post_revisions)]
pub struct NewRevision<'a> {
    pub post_id: i64,
    pub editor_id: i64,
    pub title: Option<&'a str>,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub findings: &'a str,
    pub created_at: i64,
    pub crisis: &'a str,
}

pub fn insert(conn: &mut DbConnection, new: &NewRevision) -> QueryResult<Revision> {
    diesel::insert_into(post_revisions::table)
        .values(new)
        .returning(post_revisions::all_columns)
        .get_result(conn)
}

/// One revision, for the use case or view that already decided the reader may see it.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Revision> {
    post_revisions::table
        .find(id)
        .select(Revision::as_select())
        .first(conn)
}

pub fn find_many(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<Revision>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    post_revisions::table
        .filter(post_revisions::id.eq_any(ids))
        .select(Revision::as_select())
        .load(conn)
}

/// Deletes revisions outright (SQLite's secure_delete zeroes their pages).
pub fn purge(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::delete(post_revisions::table.filter(post_revisions::id.eq_any(ids))).execute(conn)
}

/// Every revision of a post, for purging a post's whole text.
pub fn ids_of_post(conn: &mut DbConnection, post_id: i64) -> QueryResult<Vec<i64>> {
    post_revisions::table
        .filter(post_revisions::post_id.eq(post_id))
        .select(post_revisions::id)
        .load(conn)
}
