//! Who moderates which community (besides site moderators and admins, who moderate all).

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::{community_moderators, users};

#[derive(Insertable)]
#[diesel(table_name = community_moderators)]
pub struct Appointment {
    pub community_id: i64,
    pub user_id: i64,
    pub lead: bool,
    pub appointed_by: Option<i64>,
    pub appointed_at: i64,
}

/// Appoints, or changes whether they lead; returns whether they moderated it before.
pub fn appoint(conn: &mut DbConnection, new: &Appointment) -> QueryResult<bool> {
    let before = find(conn, new.community_id, new.user_id)?.is_some();
    diesel::delete(community_moderators::table.find((new.community_id, new.user_id)))
        .execute(conn)?;
    diesel::insert_into(community_moderators::table)
        .values(new)
        .execute(conn)?;
    Ok(before)
}

pub fn remove(conn: &mut DbConnection, community_id: i64, user_id: i64) -> QueryResult<usize> {
    diesel::delete(community_moderators::table.find((community_id, user_id))).execute(conn)
}

/// Every appointment of an account (an erased account keeps none).
pub fn remove_all_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<usize> {
    diesel::delete(community_moderators::table.filter(community_moderators::user_id.eq(user_id)))
        .execute(conn)
}

/// Whether they lead the community's moderators (Some(lead)), or None when they do not moderate it.
pub fn find(conn: &mut DbConnection, community_id: i64, user_id: i64) -> QueryResult<Option<bool>> {
    community_moderators::table
        .find((community_id, user_id))
        .select(community_moderators::lead)
        .first(conn)
        .optional()
}

/// (community, lead) of every community the account moderates.
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<(i64, bool)>> {
    community_moderators::table
        .filter(community_moderators::user_id.eq(user_id))
        .select((
            community_moderators::community_id,
            community_moderators::lead,
        ))
        .load(conn)
}

/// A community's moderators as its moderators page lists them.
#[derive(Queryable, Serialize, Debug)]
pub struct Listed {
    pub user_id: i64,
    pub handle: String,
    pub lead: bool,
    pub appointed_at: i64,
}

pub fn of_community(conn: &mut DbConnection, community_id: i64) -> QueryResult<Vec<Listed>> {
    community_moderators::table
        .inner_join(users::table.on(users::id.eq(community_moderators::user_id)))
        .filter(community_moderators::community_id.eq(community_id))
        .order((community_moderators::lead.desc(), users::handle.asc()))
        .select((
            users::id,
            users::handle,
            community_moderators::lead,
            community_moderators::appointed_at,
        ))
        .load(conn)
}
