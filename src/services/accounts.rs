//! Registration, login, logout and suspension.

use crate::auth::{self, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::session::{self, NewSession};
use crate::models::user::{self, NewUser, User};
use crate::services::is_unique_violation;

pub struct Registration {
    pub email: String,
    pub handle: String,
    pub password: String,
    pub role: Role,
}

/// Creates an account. The password is hashed before the write lock is taken.
pub fn register(conn: &mut DbConnection, input: &Registration) -> AppResult<User> {
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
    };
    write_tx(conn, |conn| {
        if user::handle_taken(conn, handle)? {
            return Err(taken_handle());
        }
        if user::email_taken(conn, &email)? {
            return Err(AppError::Field {
                field: "email",
                message:
                    "This email cannot be used for a new account. If it is yours, log in instead."
                        .into(),
            });
        }
        user::insert(conn, &new).map_err(|e| match is_unique_violation(&e) {
            true => taken_handle(),
            false => e.into(),
        })
    })
}

fn taken_handle() -> AppError {
    AppError::Field {
        field: "handle",
        message: "This handle is taken; please choose another.".into(),
    }
}

/// A new session for whoever proves their password; `None` for any wrong detail.
/// The answer and the time taken are the same whether or not the email exists.
pub fn login(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
) -> AppResult<Option<(User, String)>> {
    let Some(user) = user::find_by_email(conn, email)? else {
        auth::burn_password_check(password);
        return Ok(None);
    };
    if !auth::verify_password(password, &user.password_hash) || user.is_suspended() {
        return Ok(None);
    }
    let token = start_session(conn, user.id)?;
    Ok(Some((user, token)))
}

/// Issues a new session token; only its hash is stored.
pub fn start_session(conn: &mut DbConnection, user_id: i64) -> AppResult<String> {
    let token = auth::new_token();
    let now = db::now();
    session::insert(
        conn,
        &NewSession {
            token_hash: &auth::token_hash(&token),
            user_id,
            created_at: now,
            expires_at: now + auth::SESSION_DAYS * 86_400,
        },
    )?;
    Ok(token)
}

pub fn logout(conn: &mut DbConnection, token: &str) -> AppResult<()> {
    session::delete_by_hash(conn, &auth::token_hash(token))?;
    Ok(())
}

/// Suspends (or restores) an account; suspension ends all its sessions at once.
pub fn set_suspended(conn: &mut DbConnection, target_id: i64, suspended: bool) -> AppResult<()> {
    write_tx(conn, |conn| {
        let at = suspended.then(db::now);
        if user::set_suspended(conn, target_id, at)? == 0 {
            return Err(AppError::NotFound);
        }
        if suspended {
            session::delete_for_user(conn, target_id)?;
        }
        Ok(())
    })
}

pub fn set_role(conn: &mut DbConnection, target_id: i64, role: Role) -> AppResult<()> {
    match user::set_role(conn, target_id, role)? {
        0 => Err(AppError::NotFound),
        _ => Ok(()),
    }
}
