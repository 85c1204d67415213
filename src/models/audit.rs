//! The append-only audit log: who did what, to which post or member. Kinds, never values.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::schema::{audit_log, posts, threads, users};

#[derive(Insertable, Clone, Copy)]
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
    /// The community it concerns; for an entry about a post, `append` takes its thread's.
    pub community_id: Option<i64>,
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
            community_id: None,
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
            community_id: None,
        }
    }

    /// With the identifier kinds it concerns (kinds only, never values).
    pub fn with_kinds(mut self, kinds: &'a str) -> NewEntry<'a> {
        self.kinds = kinds;
        self
    }

    /// About a member's standing in one community (a community moderator's measure).
    pub fn in_community(mut self, community_id: i64) -> NewEntry<'a> {
        self.community_id = Some(community_id);
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
            community_id: None,
        }
    }
}

/// Appends entries (one statement each: batch inserts do not cross both backends);
/// there is no update or delete function, on purpose. An entry about a post is filed under
/// its thread's community, so that community's moderators read it.
pub fn append(conn: &mut DbConnection, entries: &[NewEntry]) -> QueryResult<usize> {
    entries
        .iter()
        .map(|entry| {
            let community_id = match (entry.community_id, entry.post_id) {
                (None, Some(post_id)) => community_of_post(conn, post_id)?,
                (given, _) => given,
            };
            diesel::insert_into(audit_log::table)
                .values(NewEntry {
                    community_id,
                    ..*entry
                })
                .execute(conn)
        })
        .sum()
}

fn community_of_post(conn: &mut DbConnection, post_id: i64) -> QueryResult<Option<i64>> {
    posts::table
        .inner_join(threads::table)
        .filter(posts::id.eq(post_id))
        .select(threads::community_id)
        .first(conn)
        .optional()
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
    pub community_id: Option<i64>,
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

/// What an audit page asks for; every field narrows it.
#[derive(Debug, Default, Clone)]
pub struct Search {
    pub actor_id: Option<i64>,
    /// The member an entry is about.
    pub subject_user_id: Option<i64>,
    pub action: Option<String>,
    pub community_id: Option<i64>,
    /// A community moderator's communities: entries about nothing else.
    pub within: Option<Vec<i64>>,
    pub since: Option<i64>,
    pub before: Option<i64>,
}

/// The newest entries that match first.
pub fn search(conn: &mut DbConnection, asked: &Search, limit: i64) -> QueryResult<Vec<Entry>> {
    let mut query = audit_log::table.left_join(users::table).into_boxed();
    if let Some(id) = asked.actor_id {
        query = query.filter(audit_log::actor_id.eq(id));
    }
    if let Some(id) = asked.subject_user_id {
        query = query.filter(audit_log::subject_user_id.eq(id));
    }
    if let Some(action) = &asked.action {
        query = query.filter(audit_log::action.eq(action.clone()));
    }
    if let Some(id) = asked.community_id {
        query = query.filter(audit_log::community_id.eq(id));
    }
    if let Some(ids) = &asked.within {
        query = query.filter(audit_log::community_id.eq_any(ids.clone()));
    }
    if let Some(since) = asked.since {
        query = query.filter(audit_log::created_at.ge(since));
    }
    if let Some(before) = asked.before {
        query = query.filter(audit_log::created_at.lt(before));
    }
    query
        .order(audit_log::id.desc())
        .limit(limit)
        .select(Entry::as_select())
        .load(conn)
}

/// Every action the log holds, for a filter.
pub fn actions(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    audit_log::table
        .select(audit_log::action)
        .distinct()
        .order(audit_log::action.asc())
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

/// Entries about one member, newest first; `within`: only those about these communities.
pub fn for_user(
    conn: &mut DbConnection,
    user_id: i64,
    within: Option<&[i64]>,
    limit: i64,
) -> QueryResult<Vec<Entry>> {
    let asked = Search {
        subject_user_id: Some(user_id),
        within: within.map(<[i64]>::to_vec),
        ..Search::default()
    };
    search(conn, &asked, limit)
}
