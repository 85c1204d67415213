//! Crisis items: posts whose author (or someone they write about) may be at risk, waiting for
//! a human response. Staff only; nothing resolves itself.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::crisis_items;

/// The level of an item opened by a member's report alone.
pub const REPORTED: &str = "reported";
pub const OUTCOME_RESOLVED: &str = "resolved";
pub const OUTCOME_NOT_A_CRISIS: &str = "not_a_crisis";

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = crisis_items)]
pub struct CrisisItem {
    pub id: i64,
    pub post_id: i64,
    pub source: String,
    pub level: String,
    pub subject: String,
    pub method_detail: bool,
    pub opened_at: i64,
    pub first_response_at: Option<i64>,
    pub first_responder_id: Option<i64>,
    pub escalated_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub resolved_by: Option<i64>,
    pub outcome: Option<String>,
}

/// How urgent a level is: imminent first, then every other crisis level.
pub fn rank(level: &str) -> u8 {
    match level {
        "imminent" => 0,
        _ => 1,
    }
}

#[derive(Insertable)]
#[diesel(table_name = crisis_items)]
pub struct NewItem<'a> {
    pub post_id: i64,
    pub source: &'a str,
    pub level: &'a str,
    pub subject: &'a str,
    pub method_detail: bool,
    pub opened_at: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewItem) -> QueryResult<CrisisItem> {
    diesel::insert_into(crisis_items::table)
        .values(new)
        .returning(crisis_items::all_columns)
        .get_result(conn)
}

/// The open item of a post, if any (one at a time).
pub fn open_for_post(conn: &mut DbConnection, post_id: i64) -> QueryResult<Option<CrisisItem>> {
    crisis_items::table
        .filter(crisis_items::post_id.eq(post_id))
        .filter(crisis_items::resolved_at.is_null())
        .select(CrisisItem::as_select())
        .first(conn)
        .optional()
}

/// A later revision or report found more: the item takes the more urgent level.
pub fn raise(
    conn: &mut DbConnection,
    id: i64,
    level: &str,
    subject: &str,
    method_detail: bool,
) -> QueryResult<usize> {
    diesel::update(crisis_items::table.find(id))
        .set((
            crisis_items::level.eq(level),
            crisis_items::subject.eq(subject),
            crisis_items::method_detail.eq(method_detail),
        ))
        .execute(conn)
}

/// An item as it is, for the staff action about to change it (locked on PostgreSQL).
pub fn find_for_update(conn: &mut DbConnection, id: i64) -> QueryResult<CrisisItem> {
    crate::db::lock_row(conn, "crisis_items", id)?;
    crisis_items::table
        .find(id)
        .select(CrisisItem::as_select())
        .first(conn)
}

/// The first staff response is recorded once; later ones leave it as it is.
pub fn record_response(
    conn: &mut DbConnection,
    id: i64,
    responder: i64,
    at: i64,
) -> QueryResult<usize> {
    diesel::update(
        crisis_items::table
            .find(id)
            .filter(crisis_items::first_response_at.is_null()),
    )
    .set((
        crisis_items::first_response_at.eq(Some(at)),
        crisis_items::first_responder_id.eq(Some(responder)),
    ))
    .execute(conn)
}

/// Closes an open item; 0 when it was already closed.
pub fn resolve(
    conn: &mut DbConnection,
    id: i64,
    by: i64,
    at: i64,
    outcome: &str,
) -> QueryResult<usize> {
    diesel::update(
        crisis_items::table
            .find(id)
            .filter(crisis_items::resolved_at.is_null()),
    )
    .set((
        crisis_items::resolved_at.eq(Some(at)),
        crisis_items::resolved_by.eq(Some(by)),
        crisis_items::outcome.eq(Some(outcome)),
    ))
    .execute(conn)
}

/// Every open item, oldest first (the queue orders them by level).
pub fn open_items(conn: &mut DbConnection) -> QueryResult<Vec<CrisisItem>> {
    crisis_items::table
        .filter(crisis_items::resolved_at.is_null())
        .order((crisis_items::opened_at.asc(), crisis_items::id.asc()))
        .select(CrisisItem::as_select())
        .load(conn)
}

/// Marks the items that waited past `cutoff` without a response; returns how many.
pub fn escalate_overdue(conn: &mut DbConnection, cutoff: i64, at: i64) -> QueryResult<usize> {
    diesel::update(
        crisis_items::table
            .filter(crisis_items::resolved_at.is_null())
            .filter(crisis_items::first_response_at.is_null())
            .filter(crisis_items::escalated_at.is_null())
            .filter(crisis_items::opened_at.le(cutoff)),
    )
    .set(crisis_items::escalated_at.eq(Some(at)))
    .execute(conn)
}

/// (opened, first response) of the items opened since `since`.
pub fn response_times(conn: &mut DbConnection, since: i64) -> QueryResult<Vec<(i64, Option<i64>)>> {
    crisis_items::table
        .filter(crisis_items::opened_at.ge(since))
        .select((crisis_items::opened_at, crisis_items::first_response_at))
        .load(conn)
}
