//! Measures against a member: warn, silence (read-only), suspend, and private notes. The one
//! path for each, whether from the moderators' pages, the admin pages or the command line;
//! each is written to the audit log. A community's moderators warn and silence within their
//! community; everything else is for site moderators and admins.

use crate::auth::{Acting, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::{community, community_silence, notice, session, user, user_note};
use crate::policy;

pub enum Sanction {
    Warn { message: String },
    Silence { hours: i64 },
    Unsilence,
    Suspend,
    Unsuspend,
    Note { body: String },
}

impl Sanction {
    fn action(&self) -> &'static str {
        match self {
            Sanction::Warn { .. } => "warn",
            Sanction::Silence { .. } => "silence",
            Sanction::Unsilence => "unsilence",
            Sanction::Suspend => "suspend",
            Sanction::Unsuspend => "unsuspend",
            Sanction::Note { .. } => "note",
        }
    }
}

/// Where a measure holds: the whole site, or one community.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Site,
    Community(i64),
}

/// Moderators act on members; only admins act on staff; nobody on themselves.
pub fn apply(
    conn: &mut DbConnection,
    acting: Acting,
    target_id: i64,
    sanction: &Sanction,
    reach: Reach,
) -> AppResult<()> {
    match reach {
        Reach::Site => apply_site_wide(conn, acting, target_id, sanction),
        Reach::Community(community_id) => {
            apply_in_community(conn, acting, target_id, sanction, community_id)
        }
    }
}

/// A warning or a silence within one community, by its moderators (or site staff).
fn apply_in_community(
    conn: &mut DbConnection,
    acting: Acting,
    target_id: i64,
    sanction: &Sanction,
    community_id: i64,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = user::find(conn, target_id)?;
        let place = community::find_by_id(conn, community_id)?;
        policy::require_power_in(acting, &target, community_id)?;
        let now = db::now();
        let note = match sanction {
            Sanction::Warn { message } => {
                let words = format!(
                    "A moderator of {} sent you a warning: {message}",
                    place.name
                );
                notice::send(conn, target.id, &words, None)?;
                String::new()
            }
            Sanction::Silence { hours } => {
                community_silence::set(conn, community_id, target.id, now + hours * 3600)?;
                let words = format!(
                    "A moderator made your account read-only in {} for {hours} hours.",
                    place.name
                );
                notice::send(conn, target.id, &words, None)?;
                format!("{hours} h")
            }
            Sanction::Unsilence => {
                community_silence::lift(conn, community_id, target.id)?;
                String::new()
            }
            Sanction::Suspend | Sanction::Unsuspend | Sanction::Note { .. } => {
                return Err(AppError::Forbidden)
            }
        };
        let entry = NewEntry::user(acting.actor_id(), sanction.action(), target.id, &note)
            .in_community(community_id);
        audit::append(conn, &[entry])?;
        Ok(())
    })
}

fn apply_site_wide(
    conn: &mut DbConnection,
    acting: Acting,
    target_id: i64,
    sanction: &Sanction,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = user::find(conn, target_id)?;
        policy::require_power_over(acting, &target, Role::Moderator)?;
        let now = db::now();
        let note = match sanction {
            Sanction::Warn { message } => {
                notice::send(
                    conn,
                    target.id,
                    &format!("A moderator sent you a warning: {message}"),
                    None,
                )?;
                String::new()
            }
            Sanction::Silence { hours } => {
                user::set_silenced_until(conn, target.id, Some(now + hours * 3600))?;
                notice::send(
                    conn,
                    target.id,
                    &format!("A moderator made your account read-only for {hours} hours."),
                    None,
                )?;
                format!("{hours} h")
            }
            Sanction::Unsilence => {
                user::set_silenced_until(conn, target.id, None)?;
                String::new()
            }
            Sanction::Suspend | Sanction::Unsuspend => {
                let suspended = matches!(sanction, Sanction::Suspend);
                if user::set_suspended(conn, target.id, suspended.then_some(now))? == 0 {
                    return Err(AppError::NotFound);
                }
                if suspended {
                    session::delete_for_user(conn, target.id)?;
                    crate::models::api_token::delete_for_user(conn, target.id)?;
                }
                String::new()
            }
            Sanction::Note { body } => {
                let Some(author) = acting.actor_id() else {
                    return Err(AppError::Invalid(
                        "Notes are written from an account.".into(),
                    ));
                };
                user_note::add(conn, target.id, author, body)?;
                String::new()
            }
        };
        audit::append(
            conn,
            &[NewEntry::user(
                acting.actor_id(),
                sanction.action(),
                target.id,
                &note,
            )],
        )?;
        Ok(())
    })
}
