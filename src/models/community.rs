use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::models::counters;
use crate::models::thread::Audience;
use crate::schema::{communities, memberships};

#[derive(Queryable, Selectable, Identifiable, Serialize, Debug, Clone)]
#[diesel(table_name = communities)]
pub struct Community {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub guidelines_md: String,
    pub guidelines_html: String,
    pub created_at: i64,
    /// Threads anyone may see.
    pub thread_count: i64,
    pub member_count: i64,
    /// The audience a new discussion here starts with (`thread::Audience`).
    pub default_audience: String,
    /// Search engines are asked to leave every page of this community out.
    pub noindex: bool,
    /// The clinicians its questions are for, comma-separated ("endocrinology, diabetes").
    pub specialties: String,
    /// Verified clinicians who are not members may read its members-only discussions.
    pub clinicians_read: bool,
    /// When its guidelines last changed (0: never since it was created); a member who
    /// accepted them before accepts them again on their next post.
    pub guidelines_updated_at: i64,
    /// Archived: still readable, nobody writes in it, and it is out of "latest".
    pub archived_at: Option<i64>,
}

impl Community {
    pub fn is_archived(&self) -> bool {
        self.archived_at.is_some()
    }

    pub fn default_audience(&self) -> Audience {
        Audience::parse(&self.default_audience).unwrap_or(Audience::Members)
    }
}

/// Who reads a community and which clinicians its questions are for: set by admins.
#[derive(Insertable, AsChangeset, Clone, Debug, PartialEq)]
#[diesel(table_name = communities)]
pub struct Reading {
    pub default_audience: String,
    pub noindex: bool,
    pub specialties: String,
    pub clinicians_read: bool,
}

impl Reading {
    /// What the audit log says about a community's reading settings.
    pub fn note(&self) -> String {
        let index = if self.noindex { "noindex" } else { "indexed" };
        let clinicians = if self.clinicians_read {
            "clinicians read members-only"
        } else {
            "members-only for members"
        };
        format!(
            "default audience {}, {index}, {clinicians}, specialties [{}]",
            self.default_audience, self.specialties
        )
    }
}

#[derive(Insertable)]
#[diesel(table_name = communities)]
pub struct NewCommunity<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub guidelines_md: &'a str,
    pub guidelines_html: &'a str,
    pub created_at: i64,
    #[diesel(embed)]
    pub reading: Reading,
}

pub fn insert(conn: &mut DbConnection, new: &NewCommunity) -> QueryResult<Community> {
    diesel::insert_into(communities::table)
        .values(new)
        .returning(communities::all_columns)
        .get_result(conn)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Community> {
    communities::table
        .filter(communities::slug.eq(slug))
        .select(Community::as_select())
        .first(conn)
}

pub fn find_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Community> {
    communities::table
        .find(id)
        .select(Community::as_select())
        .first(conn)
}

pub fn slug_taken(conn: &mut DbConnection, slug: &str) -> QueryResult<bool> {
    find_by_slug(conn, slug).optional().map(|c| c.is_some())
}

/// (id, slug, name) by name of the communities in `within` (every one when None).
pub fn names(
    conn: &mut DbConnection,
    within: Option<&[i64]>,
) -> QueryResult<Vec<(i64, String, String)>> {
    let mut query = communities::table
        .order(communities::name.asc())
        .select((communities::id, communities::slug, communities::name))
        .into_boxed();
    if let Some(ids) = within {
        query = query.filter(communities::id.eq_any(ids.to_vec()));
    }
    query.load(conn)
}

/// (slug, name) by name of the communities in `within` (every one when None), for filters.
pub fn slugs_and_names(
    conn: &mut DbConnection,
    within: Option<&[i64]>,
) -> QueryResult<Vec<(String, String)>> {
    Ok(names(conn, within)?
        .into_iter()
        .map(|(_, slug, name)| (slug, name))
        .collect())
}

pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    communities::table.count().get_result(conn)
}

/// Every community by name; each carries its member and public thread counts.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Community>> {
    communities::table
        .order(communities::name.asc())
        .select(Community::as_select())
        .load(conn)
}

pub fn is_member(conn: &mut DbConnection, community_id: i64, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        memberships::table.find((community_id, user_id)),
    ))
    .get_result(conn)
}

#[derive(Insertable)]
#[diesel(table_name = memberships)]
pub struct NewMembership {
    pub community_id: i64,
    pub user_id: i64,
    pub joined_at: i64,
    pub guidelines_accepted_at: i64,
}

pub fn add_member(conn: &mut DbConnection, membership: &NewMembership) -> QueryResult<usize> {
    let added = diesel::insert_into(memberships::table)
        .values(membership)
        .execute(conn)?;
    counters::members_changed(conn, membership.community_id)?;
    Ok(added)
}

pub fn remove_member(
    conn: &mut DbConnection,
    community_id: i64,
    user_id: i64,
) -> QueryResult<usize> {
    let removed = diesel::delete(memberships::table.find((community_id, user_id))).execute(conn)?;
    counters::members_changed(conn, community_id)?;
    Ok(removed)
}

/// When the member last accepted the community's guidelines (None: not a member).
pub fn guidelines_accepted_at(
    conn: &mut DbConnection,
    community_id: i64,
    user_id: i64,
) -> QueryResult<Option<i64>> {
    memberships::table
        .find((community_id, user_id))
        .select(memberships::guidelines_accepted_at)
        .first(conn)
        .optional()
}

pub fn accept_guidelines(
    conn: &mut DbConnection,
    community_id: i64,
    user_id: i64,
    now: i64,
) -> QueryResult<usize> {
    diesel::update(memberships::table.find((community_id, user_id)))
        .set(memberships::guidelines_accepted_at.eq(now))
        .execute(conn)
}

/// The ids of the communities a user belongs to.
pub fn memberships_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<i64>> {
    memberships::table
        .filter(memberships::user_id.eq(user_id))
        .select(memberships::community_id)
        .load(conn)
}

/// What admins write about a community.
#[derive(AsChangeset, Debug)]
#[diesel(table_name = communities)]
pub struct Text {
    pub name: String,
    pub description: String,
    pub guidelines_md: String,
    pub guidelines_html: String,
    pub guidelines_updated_at: i64,
}

pub fn set_text(conn: &mut DbConnection, id: i64, text: &Text) -> QueryResult<usize> {
    diesel::update(communities::table.find(id))
        .set(text)
        .execute(conn)
}

pub fn set_archived_at(conn: &mut DbConnection, id: i64, at: Option<i64>) -> QueryResult<usize> {
    diesel::update(communities::table.find(id))
        .set(communities::archived_at.eq(at))
        .execute(conn)
}

/// A community's reading settings (staff change them; audited by the service).
pub fn set_reading(conn: &mut DbConnection, id: i64, reading: &Reading) -> QueryResult<usize> {
    diesel::update(communities::table.find(id))
        .set(reading)
        .execute(conn)
}

/// The communities whose members-only discussions verified clinicians may read.
pub fn open_to_clinicians(conn: &mut DbConnection) -> QueryResult<Vec<i64>> {
    communities::table
        .filter(communities::clinicians_read.eq(true))
        .select(communities::id)
        .load(conn)
}
