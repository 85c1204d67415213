use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::users;

/// What a person may do; stored as text, ordered by power.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Clinician,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Member, Role::Clinician, Role::Moderator, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Clinician => "clinician",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Whether this role includes the powers of `needed` (an admin can moderate; a clinician cannot).
    pub fn includes(self, needed: Role) -> bool {
        match needed {
            Role::Member => true,
            Role::Clinician => self == Role::Clinician,
            Role::Moderator => self >= Role::Moderator,
            Role::Admin => self == Role::Admin,
        }
    }
}

/// Whose view of a member's profile lists their posts (each still only those the viewer
/// may read elsewhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfilePosts {
    Everyone,
    /// Members of a community the member belongs to, for posts in it (the default).
    Communities,
    /// Only the member and staff.
    Nobody,
}

impl ProfilePosts {
    pub const ALL: [ProfilePosts; 3] = [
        ProfilePosts::Everyone,
        ProfilePosts::Communities,
        ProfilePosts::Nobody,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProfilePosts::Everyone => "everyone",
            ProfilePosts::Communities => "communities",
            ProfilePosts::Nobody => "nobody",
        }
    }

    pub fn parse(text: &str) -> Option<ProfilePosts> {
        ProfilePosts::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

#[derive(Queryable, Selectable, Identifiable, Debug, Clone)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub handle: String,
    pub handle_key: String,
    pub password_hash: String,
    pub role: String,
    pub created_at: i64,
    pub suspended_at: Option<i64>,
    pub silenced_until: Option<i64>,
    pub clinician_profession: Option<String>,
    pub clinician_specialty: Option<String>,
    pub clinician_verified_at: Option<i64>,
    pub email_verified_at: Option<i64>,
    pub notify_replies: bool,
    pub mail_token: Option<String>,
    /// Which crisis lines the member sees; None: the site's default.
    pub country: Option<String>,
    /// Whose profile view lists this member's posts (`ProfilePosts`).
    pub profile_posts: String,
    /// Set when the account was erased: only the id (and perhaps published posts) remain.
    pub erased_at: Option<i64>,
}

impl User {
    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Member)
    }

    pub fn is_suspended(&self) -> bool {
        self.suspended_at.is_some()
    }

    pub fn profile_posts(&self) -> ProfilePosts {
        ProfilePosts::parse(&self.profile_posts).unwrap_or(ProfilePosts::Nobody)
    }
}

#[derive(Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub handle: &'a str,
    pub handle_key: &'a str,
    pub password_hash: &'a str,
    pub role: &'a str,
    pub created_at: i64,
    pub email_verified_at: Option<i64>,
}

/// The case-insensitive key that makes handles unique ("Ana" and "ana" are one handle).
pub fn handle_key(handle: &str) -> String {
    handle.trim().to_lowercase()
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn insert(conn: &mut DbConnection, new: &NewUser) -> QueryResult<User> {
    diesel::insert_into(users::table)
        .values(new)
        .returning(users::all_columns)
        .get_result(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<User> {
    users::table.find(id).select(User::as_select()).first(conn)
}

/// The live account with this address (an erased account has none).
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(normalize_email(email)))
        .filter(users::erased_at.is_null())
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_handle(conn: &mut DbConnection, handle: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::handle_key.eq(handle_key(handle)))
        .select(User::as_select())
        .first(conn)
        .optional()
}

pub fn email_taken(conn: &mut DbConnection, email: &str) -> QueryResult<bool> {
    find_by_email(conn, email).map(|u| u.is_some())
}

/// A handle in use, or once used by an erased account.
pub fn handle_taken(conn: &mut DbConnection, handle: &str) -> QueryResult<bool> {
    Ok(find_by_handle(conn, handle)?.is_some()
        || crate::models::reserved_handle::is_reserved(conn, &handle_key(handle))?)
}

pub fn set_role(conn: &mut DbConnection, user_id: i64, role: Role) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::role.eq(role.as_str()))
        .execute(conn)
}

pub fn set_suspended(conn: &mut DbConnection, user_id: i64, at: Option<i64>) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::suspended_at.eq(at))
        .execute(conn)
}

pub fn set_silenced_until(
    conn: &mut DbConnection,
    user_id: i64,
    until: Option<i64>,
) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::silenced_until.eq(until))
        .execute(conn)
}

pub fn set_email_verified(conn: &mut DbConnection, user_id: i64, at: i64) -> QueryResult<usize> {
    diesel::update(
        users::table
            .find(user_id)
            .filter(users::email_verified_at.is_null()),
    )
    .set(users::email_verified_at.eq(Some(at)))
    .execute(conn)
}

pub fn set_password_hash(conn: &mut DbConnection, user_id: i64, hash: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::password_hash.eq(hash))
        .execute(conn)
}

pub fn set_notify_replies(conn: &mut DbConnection, user_id: i64, on: bool) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::notify_replies.eq(on))
        .execute(conn)
}

pub fn set_profile_posts(
    conn: &mut DbConnection,
    user_id: i64,
    choice: ProfilePosts,
) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::profile_posts.eq(choice.as_str()))
        .execute(conn)
}

pub fn set_country(
    conn: &mut DbConnection,
    user_id: i64,
    country: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(users::table.find(user_id))
        .set(users::country.eq(country))
        .execute(conn)
}

pub fn find_by_mail_token(conn: &mut DbConnection, token: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::mail_token.eq(token))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Accounts whose handle holds `part` (any case), newest first, for the admins' lookup.
pub fn with_handle_like(conn: &mut DbConnection, part: &str, limit: i64) -> QueryResult<Vec<User>> {
    let escaped = crate::db::escape_like(&handle_key(part));
    users::table
        .filter(users::erased_at.is_null())
        .filter(users::handle_key.like(format!("%{escaped}%")).escape('\\'))
        .order(users::id.desc())
        .limit(limit)
        .select(User::as_select())
        .load(conn)
}

/// All accounts, newest first, for the admin page.
pub fn list_recent(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<User>> {
    users::table
        .filter(users::erased_at.is_null())
        .order(users::id.desc())
        .limit(limit)
        .select(User::as_select())
        .load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_include_moderators_but_clinicians_do_not() {
        assert!(Role::Admin.includes(Role::Moderator));
        assert!(Role::Moderator.includes(Role::Moderator));
        assert!(!Role::Clinician.includes(Role::Moderator));
        assert!(!Role::Moderator.includes(Role::Admin));
        assert!(!Role::Admin.includes(Role::Clinician));
        assert!(Role::Member.includes(Role::Member));
    }

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
