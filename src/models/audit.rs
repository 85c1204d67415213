//! The append-only audit log: who did what, to which post or member. Kinds, never values.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::schema::{audit_log, users};

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewEntry<'a> {
    /// None for the command line.
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub post_id: Option<i64>,
    pub subject_user_id: Option<i64>,
    pub kinds: &'a str,
    pub note: &'a str,
    pub created_at: i64,
}

impl<'a> NewEntry<'a> {
    /// An entry about a post, stamped now.
    pub fn post(
        actor_id: Option<i64>,
        action: &'a str,
        post_id: i64,
        kinds: &'a str,
    ) -> NewEntry<'a> {
        NewEntry {
            actor_id,
            action,
            post_id: Some(post_id),
            subject_user_id: None,
            kinds,
            note: "",
            created_at: db::now(),
        }
    }

    /// An entry about neither a post nor a member (a community change), stamped now.
    pub fn general(actor_id: Option<i64>, action: &'a str, note: &'a str) -> NewEntry<'a> {
        NewEntry {
            actor_id,
            action,
            post_id: None,
            subject_user_id: None,
            kinds: "",
            note,
            created_at: db::now(),
        }
    }

    /// With the identifier kinds it concerns (kinds only, never values).
    pub fn with_kinds(mut self, kinds: &'a str) -> NewEntry<'a> {
        self.kinds = kinds;
        self
    }

    /// With a free-text note (no post text, no identifiers).
    pub fn noted(mut self, note: &'a str) -> NewEntry<'a> {
        self.note = note;
        self
    }

    /// An entry about a member, stamped now.
    pub fn user(
        actor_id: Option<i64>,
        action: &'a str,
        subject_user_id: i64,
        note: &'a str,
    ) -> NewEntry<'a> {
        NewEntry {
            actor_id,
            action,
            post_id: None,
            subject_user_id: Some(subject_user_id),
            kinds: "",
            note,
            created_at: db::now(),
        }
    }
}

/// Appends entries (one statement each: batch inserts do not cross both backends);
/// there is no update or delete function, on purpose.
pub fn append(conn: &mut DbConnection, entries: &[NewEntry]) -> QueryResult<usize> {
    entries
        .iter()
        .map(|entry| {
            diesel::insert_into(audit_log::table)
                .values(entry)
                .execute(conn)
        })
        .sum()
}

#[derive(Queryable, Selectable, Serialize, Debug)]
#[diesel(table_name = audit_log)]
pub struct Entry {
    pub id: i64,
    pub action: String,
    pub post_id: Option<i64>,
    pub subject_user_id: Option<i64>,
    pub kinds: String,
    pub note: String,
    pub created_at: i64,
    /// None: the command line.
    #[diesel(select_expression = users::handle.nullable())]
    #[diesel(select_expression_type = diesel::dsl::Nullable<users::handle>)]
    pub actor_handle: Option<String>,
}

/// The most recent entries first, with who acted.
pub fn recent(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .left_join(users::table)
        .order(audit_log::id.desc())
        .limit(limit)
        .select(Entry::as_select())
        .load(conn)
}

/// Entries about one post, oldest first.
pub fn for_post(conn: &mut DbConnection, post_id: i64) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .left_join(users::table)
        .filter(audit_log::post_id.eq(post_id))
        .order(audit_log::id.asc())
        .select(Entry::as_select())
        .load(conn)
}

/// Entries about one member, newest first.
pub fn for_user(conn: &mut DbConnection, user_id: i64, limit: i64) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .left_join(users::table)
        .filter(audit_log::subject_user_id.eq(user_id))
        .order(audit_log::id.desc())
        .limit(limit)
        .select(Entry::as_select())
        .load(conn)
}
