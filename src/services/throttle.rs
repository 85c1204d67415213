//! Rate limits on logins, registrations and posting, shared by all app servers through the
//! database. Each check counts the attempt and refuses with 429 and Retry-After past the limit.

use crate::config::{Limits, Rules};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::rate_limit;

const LOGIN_WINDOW: i64 = 15 * 60;
const REGISTRATION_WINDOW: i64 = 60 * 60;
const POSTING_WINDOW: i64 = 60;

/// Counts one attempt in the caller's write transaction; past the limit, a 429. A refused
/// attempt rolls back with its transaction, which changes nothing: the window stays full.
fn count(
    conn: &mut DbConnection,
    key: &str,
    limit: i64,
    window: i64,
    message: impl FnOnce(i64) -> String,
) -> AppResult<()> {
    match rate_limit::hit(conn, key, limit, window, db::now())? {
        None => Ok(()),
        Some(retry_after) => Err(AppError::TooMany {
            retry_after,
            message: message(retry_after),
        }),
    }
}

fn minutes(seconds: i64) -> i64 {
    (seconds + 59) / 60
}

fn login_message(seconds: i64) -> String {
    format!(
        "Too many login attempts. Please wait {} minute(s) and try again, or reset your password.",
        minutes(seconds)
    )
}

/// The windows that count failed logins: per account from one address (the usual guesser),
/// per address (one guesser trying many accounts), and per account from anywhere at a much
/// higher limit (a spread-out attack), so no stranger can lock a member out cheaply.
fn login_windows(limits: &Limits, email: &str, address: &str) -> [(String, i64); 3] {
    let account = crate::models::user::normalize_email(email);
    [
        (
            format!("login:{account}|{address}"),
            limits.login_per_account,
        ),
        (format!("login-ip:{address}"), limits.login_per_ip),
        (
            format!("login:{account}"),
            limits.login_failures_per_account,
        ),
    ]
}

/// Before checking a password: refused with 429 while any window is full. Counts nothing,
/// so a member's own successful logins never lock them out.
pub fn login_allowed(
    conn: &mut DbConnection,
    limits: &Limits,
    email: &str,
    address: &str,
) -> AppResult<()> {
    for (key, limit) in login_windows(limits, email, address) {
        if let Some(retry_after) = rate_limit::reached(conn, &key, limit, LOGIN_WINDOW, db::now())?
        {
            return Err(AppError::TooMany {
                retry_after,
                message: login_message(retry_after),
            });
        }
    }
    Ok(())
}

/// After a wrong password: counts the failure in every window.
pub fn login_failed(
    conn: &mut DbConnection,
    limits: &Limits,
    email: &str,
    address: &str,
) -> AppResult<()> {
    db::write_tx(conn, |conn| {
        for (key, _) in login_windows(limits, email, address) {
            rate_limit::hit(conn, &key, i64::MAX, LOGIN_WINDOW, db::now())?;
        }
        Ok(())
    })
}

pub fn registration(conn: &mut DbConnection, limits: &Limits, address: &str) -> AppResult<()> {
    let message = |s| {
        format!(
            "Too many new accounts from your network. Please try again in {} minute(s).",
            minutes(s)
        )
    };
    db::write_tx(conn, |conn| {
        let key = format!("register-ip:{address}");
        count(
            conn,
            &key,
            limits.registrations_per_ip,
            REGISTRATION_WINDOW,
            message,
        )
    })
}

/// New threads and replies, counted inside the post's own write transaction; editing is not counted.
pub fn posting(conn: &mut DbConnection, rules: &Rules, user_id: i64) -> AppResult<()> {
    count(
        conn,
        &format!("post:{user_id}"),
        rules.posts_per_minute,
        POSTING_WINDOW,
        |s| {
            format!("You are posting very quickly. Please wait {s} second(s), then go back and send your text again.")
        },
    )
}
