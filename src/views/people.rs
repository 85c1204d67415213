//! Pages about accounts: the admins' list, and the moderators' page about one member.

use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, Entry, NewEntry};
use crate::models::community;
use crate::models::community_silence::{self, InForce};
use crate::models::user::{self, Role, User};
use crate::models::user_note::{self, Note};
use crate::policy::ModerationScope;
use crate::views::Viewer;

/// An account as the admins' list shows it, with what the admin may change.
#[derive(Serialize, Debug)]
pub struct AccountRow {
    pub id: i64,
    pub handle: String,
    pub email: String,
    pub role: &'static str,
    pub created_at: i64,
    pub suspended: bool,
    /// Admins change other accounts, never their own.
    pub is_you: bool,
    pub roles: Vec<RoleOption>,
}

#[derive(Serialize, Debug)]
pub struct RoleOption {
    pub value: &'static str,
    pub selected: bool,
}

/// Which accounts the admins' list shows: the newest, those whose handle holds some text, or
/// the one with an email address (each such lookup is audited: an email says who someone is).
#[derive(Debug, PartialEq)]
pub enum Lookup {
    Newest,
    Handle(String),
    Email(String),
}

impl Lookup {
    pub fn parse(typed: Option<&str>) -> Lookup {
        match typed.map(str::trim).filter(|t| !t.is_empty()) {
            None => Lookup::Newest,
            Some(t) if t.contains('@') => Lookup::Email(user::normalize_email(t)),
            Some(t) => Lookup::Handle(t.trim_start_matches('@').to_string()),
        }
    }
}

pub fn accounts(
    conn: &mut DbConnection,
    viewer: &Viewer,
    lookup: &Lookup,
    limit: i64,
) -> AppResult<Vec<AccountRow>> {
    let found = match lookup {
        Lookup::Newest => user::list_recent(conn, limit)?,
        Lookup::Handle(part) => user::with_handle_like(conn, part, limit)?,
        Lookup::Email(email) => {
            let found: Vec<User> = user::find_by_email(conn, email)?
                .filter(|u| u.erased_at.is_none())
                .into_iter()
                .collect();
            let entry = match found.first() {
                Some(person) => {
                    NewEntry::user(viewer.id(), "account_lookup_by_email", person.id, "")
                }
                None => NewEntry::general(viewer.id(), "account_lookup_by_email", "no account"),
            };
            audit::append(conn, &[entry])?;
            found
        }
    };
    Ok(found
        .into_iter()
        .map(|u| AccountRow {
            roles: Role::ALL
                .map(|r| RoleOption {
                    value: r.as_str(),
                    selected: r == u.role(),
                })
                .into(),
            role: u.role().as_str(),
            is_you: viewer.is(u.id),
            suspended: u.is_suspended(),
            id: u.id,
            handle: u.handle,
            email: u.email,
            created_at: u.created_at,
        })
        .collect())
}

/// What moderators see about a member: standing, private notes and the audit history. A
/// community's moderators see the member's standing and history in their communities only,
/// and no site-wide notes.
#[derive(Serialize, Debug)]
pub struct MemberPage {
    pub id: i64,
    pub handle: String,
    pub role: &'static str,
    pub created_at: i64,
    pub suspended: bool,
    pub silenced_until: Option<i64>,
    /// The viewer decides site-wide measures (suspension, site silence, notes).
    pub site_wide: bool,
    /// (slug, name) of the communities where the viewer may warn or silence.
    pub places: Vec<(String, String)>,
    /// Silences in force in those communities.
    pub silences: Vec<InForce>,
    pub notes: Vec<Note>,
    pub history: Vec<Entry>,
}

impl MemberPage {
    pub fn load(
        conn: &mut DbConnection,
        target: &User,
        scope: &ModerationScope,
    ) -> AppResult<MemberPage> {
        let now = db::now();
        let within = scope.within();
        let site_wide = within.is_none();
        let mut silences = community_silence::in_force(conn, target.id, now)?;
        silences.retain(|s| within.is_none_or(|ids| ids.contains(&s.community_id)));
        Ok(MemberPage {
            id: target.id,
            handle: target.handle.clone(),
            role: target.role().as_str(),
            created_at: target.created_at,
            suspended: target.is_suspended(),
            silenced_until: target.silenced_until.filter(|&until| until > now),
            site_wide,
            places: community::slugs_and_names(conn, within)?,
            silences,
            notes: match site_wide {
                true => user_note::for_user(conn, target.id)?,
                false => Vec::new(),
            },
            history: audit::for_user(conn, target.id, within, 100)?,
        })
    }

    pub fn by_handle(
        conn: &mut DbConnection,
        handle: &str,
        scope: &ModerationScope,
    ) -> AppResult<MemberPage> {
        let target = user::find_by_handle(conn, handle)?.ok_or(AppError::NotFound)?;
        MemberPage::load(conn, &target, scope)
    }
}
