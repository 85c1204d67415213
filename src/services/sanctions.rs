//! Moderators' measures against a member: warn, silence (read-only), suspend, and private notes.
//! Each is written to the audit log.

use crate::auth::{CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::{notice, session, user, user_note};

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

/// Moderators act on members; only admins act on staff; nobody on themselves.
fn require_power_over(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    target_id: i64,
) -> AppResult<user::User> {
    actor.require(Role::Moderator)?;
    let target = user::find(conn, target_id)?;
    if target.id == actor.id {
        return Err(AppError::Invalid(
            "You cannot sanction your own account.".into(),
        ));
    }
    if target.role().includes(Role::Moderator) && !actor.role.includes(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    Ok(target)
}

pub fn apply(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    target_id: i64,
    sanction: &Sanction,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = require_power_over(conn, actor, target_id)?;
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
                user::set_suspended(conn, target.id, suspended.then_some(now))?;
                if suspended {
                    session::delete_for_user(conn, target.id)?;
                }
                String::new()
            }
            Sanction::Note { body } => {
                user_note::add(conn, target.id, actor.id, body)?;
                String::new()
            }
        };
        audit::append(
            conn,
            &[NewEntry::user(
                actor.id,
                sanction.action(),
                target.id,
                &note,
            )],
        )?;
        Ok(())
    })
}
