//! Registration, login, logout, roles and email links.

use crate::auth::{self, Acting, Role};
use crate::config::Limits;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::email_token;
use crate::models::session::{self, NewSession};
use crate::models::user::{self, NewUser, User};
use crate::policy;
use crate::services::{is_unique_violation, notify, throttle};

pub struct Registration {
    pub email: String,
    pub handle: String,
    pub password: String,
    pub role: Role,
    /// Accounts made by an admin at the command line need no confirmation email.
    pub email_confirmed: bool,
}

/// Creates an account, or, when the address already has one, tells its owner by email that
/// someone tried (`None`): the answer on the page is the same either way, so nobody learns
/// which addresses have accounts. The password is hashed first in both cases, so the time
/// taken says nothing either.
pub fn register(conn: &mut DbConnection, input: &Registration) -> AppResult<Option<User>> {
    let password_hash = auth::hash_password(&input.password)?;
    let email = user::normalize_email(&input.email);
    let handle = input.handle.trim();
    let handle_key = user::handle_key(handle);
    let new = NewUser {
        email: &email,
        handle,
        handle_key: &handle_key,
        password_hash: &password_hash,
        role: input.role.as_str(),
        created_at: db::now(),
        email_verified_at: input.email_confirmed.then(db::now),
    };
    write_tx(conn, |conn| {
        if user::handle_taken(conn, handle)? {
            return Err(taken_handle());
        }
        if let Some(owner) = user::find_by_email(conn, &email)? {
            notify::registration_attempt(conn, &owner)?;
            return Ok(None);
        }
        let created = user::insert(conn, &new).map_err(|e| match is_unique_violation(&e) {
            true => taken_handle(),
            false => AppError::from(e),
        })?;
        if !input.email_confirmed {
            notify::verification(conn, &created)?;
        }
        Ok(Some(created))
    })
}

fn taken_handle() -> AppError {
    AppError::Field {
        field: "handle",
        message: "This handle is taken; please choose another.".into(),
    }
}

/// What a login attempt comes to.
#[derive(Debug)]
pub enum Login {
    /// The new session's token.
    SignedIn(String),
    /// Any wrong detail: the answer and the time taken are the same whether or not the email
    /// exists.
    Refused,
    /// The right password for a suspended account: only its owner learns of the suspension.
    Suspended { since: i64 },
}

/// A new session for whoever proves their password on an account that is not suspended.
pub fn login(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
    user_agent: Option<&str>,
) -> AppResult<Login> {
    let Some(user) = user::find_by_email(conn, email)? else {
        auth::burn_password_check(password);
        return Ok(Login::Refused);
    };
    if !auth::verify_password(password, &user.password_hash) {
        return Ok(Login::Refused);
    }
    if let Some(since) = user.suspended_at {
        return Ok(Login::Suspended { since });
    }
    Ok(Login::SignedIn(start_session(conn, user.id, user_agent)?))
}

/// How much of a browser's `User-Agent` a session keeps, so the member can tell their
/// sessions apart (shown in their export).
const USER_AGENT_CHARS: usize = 200;

/// Issues a new session token; only its hash is stored.
pub fn start_session(
    conn: &mut DbConnection,
    user_id: i64,
    user_agent: Option<&str>,
) -> AppResult<String> {
    let user_agent: Option<String> =
        user_agent.map(|agent| agent.chars().take(USER_AGENT_CHARS).collect());
    let token = auth::new_token();
    let now = db::now();
    session::insert(
        conn,
        &NewSession {
            token_hash: &auth::token_hash(&token),
            user_id,
            created_at: now,
            expires_at: now + auth::SESSION_DAYS * 86_400,
            user_agent: user_agent.as_deref(),
        },
    )?;
    Ok(token)
}

/// A signed-in member proves it is them again (before an export or erasure); wrong guesses
/// count against the same limits as logins.
pub fn confirm_password(
    conn: &mut DbConnection,
    limits: &Limits,
    address: &str,
    user_id: i64,
    password: &str,
) -> AppResult<bool> {
    let person = user::find(conn, user_id)?;
    throttle::login_allowed(conn, limits, &person.email, address)?;
    let right = auth::verify_password(password, &person.password_hash);
    if !right {
        throttle::login_failed(conn, limits, &person.email, address)?;
    }
    Ok(right)
}

pub fn logout(conn: &mut DbConnection, token: &str) -> AppResult<()> {
    session::delete_by_hash(conn, &auth::token_hash(token))?;
    Ok(())
}

/// Admins give roles (never to their own account); the command line may too. Audited.
pub fn set_role(
    conn: &mut DbConnection,
    acting: Acting,
    target_id: i64,
    role: Role,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = user::find(conn, target_id)?;
        policy::require_power_over(acting, &target, Role::Admin)?;
        user::set_role(conn, target.id, role)?;
        let note = format!("{} -> {}", target.role().as_str(), role.as_str());
        audit::append(
            conn,
            &[NewEntry::user(
                acting.actor_id(),
                "set_role",
                target.id,
                &note,
            )],
        )?;
        Ok(())
    })
}

/// Why an email link did not work; the page offers a new one either way.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkProblem {
    Unknown,
    Expired,
    Used,
}

/// Checks a link token and uses it up; only the first use succeeds.
fn use_token(
    conn: &mut DbConnection,
    purpose: &str,
    token: &str,
) -> AppResult<Result<i64, LinkProblem>> {
    let Some(found) = email_token::find(conn, purpose, &auth::token_hash(token))? else {
        return Ok(Err(LinkProblem::Unknown));
    };
    if found.used_at.is_some() {
        return Ok(Err(LinkProblem::Used));
    }
    if found.expires_at <= db::now() {
        return Ok(Err(LinkProblem::Expired));
    }
    if !email_token::consume(conn, found.id, db::now())? {
        return Ok(Err(LinkProblem::Used));
    }
    Ok(Ok(found.user_id))
}

pub fn confirm_email(conn: &mut DbConnection, token: &str) -> AppResult<Result<i64, LinkProblem>> {
    write_tx(conn, |conn| {
        let outcome = use_token(conn, email_token::VERIFY, token)?;
        if let Ok(user_id) = outcome {
            user::set_email_verified(conn, user_id, db::now())?;
        }
        Ok(outcome)
    })
}

/// Sends a new confirmation link to a member whose address is not confirmed yet.
pub fn resend_confirmation(conn: &mut DbConnection, user_id: i64) -> AppResult<()> {
    write_tx(conn, |conn| {
        let member = user::find(conn, user_id)?;
        if member.email_verified_at.is_none() {
            notify::verification(conn, &member)?;
        }
        Ok(())
    })
}

/// Queues a reset link if the address belongs to an active account; the caller answers the
/// same either way, so nobody learns which addresses have accounts.
pub fn request_reset(conn: &mut DbConnection, email: &str) -> AppResult<()> {
    write_tx(conn, |conn| {
        if let Some(member) = user::find_by_email(conn, email)?.filter(|u| !u.is_suspended()) {
            notify::password_reset(conn, &member)?;
        }
        Ok(())
    })
}

/// Sets a new password from a reset link and ends every session of the account.
pub fn reset_password(
    conn: &mut DbConnection,
    token: &str,
    password: &str,
) -> AppResult<Result<(), LinkProblem>> {
    let password_hash = auth::hash_password(password)?;
    write_tx(conn, |conn| {
        let user_id = match use_token(conn, email_token::RESET, token)? {
            Ok(id) => id,
            Err(problem) => return Ok(Err(problem)),
        };
        user::set_password_hash(conn, user_id, &password_hash)?;
        session::delete_for_user(conn, user_id)?;
        crate::models::api_token::delete_for_user(conn, user_id)?;
        // Whoever holds the mailbox has proved it, too.
        user::set_email_verified(conn, user_id, db::now())?;
        Ok(Ok(()))
    })
}

/// The account-wide switch for reply emails (also the one-click unsubscribe).
pub fn set_reply_emails(conn: &mut DbConnection, user_id: i64, on: bool) -> AppResult<()> {
    user::set_notify_replies(conn, user_id, on)?;
    Ok(())
}

/// Who the member's profile lists their posts to.
pub fn set_profile_posts(
    conn: &mut DbConnection,
    user_id: i64,
    choice: user::ProfilePosts,
) -> AppResult<()> {
    user::set_profile_posts(conn, user_id, choice)?;
    Ok(())
}
