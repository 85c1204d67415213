//! Silences in one community: a community moderator's read-only measure. Site-wide silences
//! are on the account itself.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::{communities, community_silences};

/// Until when the member may not write in the community (None: they may).
pub fn until(conn: &mut DbConnection, community_id: i64, user_id: i64) -> QueryResult<Option<i64>> {
    community_silences::table
        .find((community_id, user_id))
        .select(community_silences::until)
        .first(conn)
        .optional()
}

pub fn set(
    conn: &mut DbConnection,
    community_id: i64,
    user_id: i64,
    until: i64,
) -> QueryResult<usize> {
    lift(conn, community_id, user_id)?;
    diesel::insert_into(community_silences::table)
        .values((
            community_silences::community_id.eq(community_id),
            community_silences::user_id.eq(user_id),
            community_silences::until.eq(until),
        ))
        .execute(conn)
}

pub fn lift(conn: &mut DbConnection, community_id: i64, user_id: i64) -> QueryResult<usize> {
    diesel::delete(community_silences::table.find((community_id, user_id))).execute(conn)
}

/// Every silence of an account (an erased account keeps none).
pub fn remove_all_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::delete(community_silences::table.filter(community_silences::user_id.eq(user_id)))
        .execute(conn)
}

/// A silence in force, as the moderators' page about a member lists it.
#[derive(Queryable, Serialize, Debug, Clone, PartialEq)]
pub struct InForce {
    pub community_id: i64,
    pub slug: String,
    pub name: String,
    pub until: i64,
}

/// The member's silences still in force, by community name.
pub fn in_force(conn: &mut DbConnection, user_id: i64, now: i64) -> QueryResult<Vec<InForce>> {
    community_silences::table
        .inner_join(communities::table)
        .filter(community_silences::user_id.eq(user_id))
        .filter(community_silences::until.gt(now))
        .order(communities::name.asc())
        .select((
            communities::id,
            communities::slug,
            communities::name,
            community_silences::until,
        ))
        .load(conn)
}
