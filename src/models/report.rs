//! Members' reports about posts.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::reports;

/// The reason that opens a crisis item at once, whatever the report threshold.
pub const AT_RISK: &str = "at_risk";

/// Why a member reports a post.
pub const REASONS: [(&str, &str); 6] = [
    (AT_RISK, "Someone may be at risk of harming themselves"),
    (
        "personal_information",
        "It shares someone's personal information",
    ),
    ("misinformation", "Dangerous medical misinformation"),
    ("harassment", "Harassment or abuse"),
    ("spam", "Spam or advertising"),
    ("other", "Something else"),
];

/// A reason as people read it; an unknown code reads as "something else".
pub fn reason_label(code: &str) -> &'static str {
    REASONS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("Something else", |(_, label)| label)
}

pub fn is_reason(code: &str) -> bool {
    REASONS.iter().any(|(c, _)| *c == code)
}

#[derive(Insertable)]
#[diesel(table_name = reports)]
pub struct NewReport<'a> {
    pub post_id: i64,
    pub reporter_id: i64,
    pub reason: &'a str,
    pub note: &'a str,
    pub created_at: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewReport) -> QueryResult<usize> {
    diesel::insert_into(reports::table)
        .values(new)
        .execute(conn)
}

pub fn exists(conn: &mut DbConnection, post_id: i64, reporter_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        reports::table
            .filter(reports::post_id.eq(post_id))
            .filter(reports::reporter_id.eq(reporter_id)),
    ))
    .get_result(conn)
}

/// How many different members reported the post and await a decision.
pub fn open_count(conn: &mut DbConnection, post_id: i64) -> QueryResult<i64> {
    reports::table
        .filter(reports::post_id.eq(post_id))
        .filter(reports::resolved_at.is_null())
        .count()
        .get_result(conn)
}

#[derive(Queryable, Selectable, Serialize, Debug)]
#[diesel(table_name = reports)]
pub struct OpenReport {
    pub post_id: i64,
    pub reason: String,
    pub note: String,
    pub created_at: i64,
}

pub fn open_for_posts(conn: &mut DbConnection, post_ids: &[i64]) -> QueryResult<Vec<OpenReport>> {
    reports::table
        .filter(reports::post_id.eq_any(post_ids))
        .filter(reports::resolved_at.is_null())
        .order(reports::id.asc())
        .select(OpenReport::as_select())
        .load(conn)
}

pub fn resolve_for_post(
    conn: &mut DbConnection,
    post_id: i64,
    moderator_id: i64,
    at: i64,
) -> QueryResult<usize> {
    diesel::update(
        reports::table
            .filter(reports::post_id.eq(post_id))
            .filter(reports::resolved_at.is_null()),
    )
    .set((
        reports::resolved_at.eq(Some(at)),
        reports::resolved_by.eq(Some(moderator_id)),
    ))
    .execute(conn)
}
