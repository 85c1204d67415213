//! The read layer: every page reads through a view loaded for a `Viewer`. The visibility rule
//! (`visibility`) is applied inside the views, once; templates get what they show plus the
//! capability flags the policy computes, never whole rows.

pub mod audit;
pub mod diff;
pub mod edit_form;
pub mod export;
pub mod header;
pub mod listing;
pub mod operations;
pub mod people;
pub mod profile;
pub mod questions;
pub mod queue;
pub mod responsiveness;
pub mod search;
pub mod thread_page;
pub mod tips;
pub mod visibility;

use serde::Serialize;

use crate::auth::{CurrentUser, Role};
use crate::calendar;
use crate::models::user::User;

/// Who is looking: the input of every visibility decision and capability flag.
#[derive(Clone, Debug, Default)]
pub struct Viewer {
    user: Option<CurrentUser>,
}

impl Viewer {
    pub fn of(user: Option<CurrentUser>) -> Viewer {
        Viewer { user }
    }

    pub fn anonymous() -> Viewer {
        Viewer::default()
    }

    pub fn user(&self) -> Option<&CurrentUser> {
        self.user.as_ref()
    }

    pub fn id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|u| u.role)
    }

    pub fn is_staff(&self) -> bool {
        self.user.as_ref().is_some_and(CurrentUser::is_staff)
    }

    pub fn is_clinician(&self) -> bool {
        self.role() == Some(Role::Clinician)
    }

    pub fn is_member_of(&self, community_id: i64) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.is_member_of(community_id))
    }

    /// Staff of this community (site staff, or one of its moderators).
    pub fn moderates(&self, community_id: i64) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.moderates(community_id))
    }

    /// The communities the viewer moderates without being site staff.
    pub fn moderated(&self) -> &[i64] {
        self.user.as_ref().map_or(&[], |u| u.moderates.as_slice())
    }

    /// Members-only discussions of the community are the viewer's to read.
    pub fn reads_members_only_of(&self, community_id: i64) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.reads_members_only_of(community_id))
    }

    /// Whether the viewer is this account.
    pub fn is(&self, user_id: i64) -> bool {
        self.id() == Some(user_id)
    }
}

/// A person's name beside their words: handle and, for clinicians and staff, a badge.
#[derive(Serialize, Debug, Clone, Default, Hash, PartialEq, Eq)]
pub struct Byline {
    pub handle: String,
    pub badge: Option<Badge>,
    /// The profile's address; none for a former member (an erased account).
    pub profile: Option<String>,
}

/// A badge as the page shows it; `class` is one of the stylesheet's badge classes.
#[derive(Serialize, Debug, Clone, Hash, PartialEq, Eq)]
pub struct Badge {
    pub class: &'static str,
    pub text: String,
    pub title: Option<String>,
}

/// The public face of an author, as joined beside posts and threads.
#[derive(diesel::Queryable, diesel::Selectable, Debug, Clone)]
#[diesel(table_name = crate::schema::users)]
pub struct AuthorRow {
    pub id: i64,
    pub handle: String,
    pub role: String,
    pub clinician_profession: Option<String>,
    pub clinician_specialty: Option<String>,
    pub clinician_verified_at: Option<i64>,
    pub erased_at: Option<i64>,
}

/// What an erased account's kept posts are signed with.
pub const FORMER_MEMBER: &str = "Former member";

impl AuthorRow {
    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Member)
    }

    /// A verified clinician: the role and the badge from an approved application.
    pub fn is_verified_clinician(&self) -> bool {
        self.role() == Role::Clinician && self.clinician_profession.is_some()
    }

    pub fn byline(&self) -> Byline {
        if self.erased_at.is_some() {
            return Byline {
                handle: FORMER_MEMBER.into(),
                badge: None,
                profile: None,
            };
        }
        Byline {
            handle: self.handle.clone(),
            profile: Some(format!(
                "/u/{}",
                percent_encoding::utf8_percent_encode(
                    &self.handle,
                    percent_encoding::NON_ALPHANUMERIC
                )
            )),
            badge: badge(
                self.role(),
                self.clinician_profession.as_deref(),
                self.clinician_specialty.as_deref(),
                self.clinician_verified_at,
            ),
        }
    }
}

impl From<&User> for AuthorRow {
    fn from(user: &User) -> AuthorRow {
        AuthorRow {
            id: user.id,
            handle: user.handle.clone(),
            role: user.role.clone(),
            clinician_profession: user.clinician_profession.clone(),
            clinician_specialty: user.clinician_specialty.clone(),
            clinician_verified_at: user.clinician_verified_at,
            erased_at: user.erased_at,
        }
    }
}

fn badge(
    role: Role,
    profession: Option<&str>,
    specialty: Option<&str>,
    verified_at: Option<i64>,
) -> Option<Badge> {
    match (role, profession, verified_at) {
        (Role::Clinician, Some(profession), Some(at)) => Some(Badge {
            class: "badge-clinician",
            text: format!(
                "✓ Verified {profession} · {} · since {}",
                specialty.unwrap_or_default(),
                calendar::day(at)
            ),
            title: Some(format!("Verified clinician since {}", calendar::minute(at))),
        }),
        (Role::Moderator, _, _) => Some(Badge {
            class: "badge-role",
            text: "Moderator".into(),
            title: None,
        }),
        (Role::Admin, _, _) => Some(Badge {
            class: "badge-role",
            text: "Admin".into(),
            title: None,
        }),
        _ => None,
    }
}

/// Page links: current page, and whether there are pages before and after.
#[derive(Serialize, Debug, Clone, Copy)]
pub struct Pager {
    pub page: i64,
    pub has_prev: bool,
    pub has_next: bool,
}
