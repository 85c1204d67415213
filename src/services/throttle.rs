//! Rate limits on logins, registrations and posting, shared by all app servers through the
//! database. Each check counts the attempt and refuses with 429 and Retry-After past the limit.

use actix_web::HttpRequest;

use crate::config::{Config, Limits, Rules};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::rate_limit;

const LOGIN_WINDOW: i64 = 15 * 60;
const REGISTRATION_WINDOW: i64 = 60 * 60;
const POSTING_WINDOW: i64 = 60;

/// The client's address: the peer, or the first forwarded address behind a trusted proxy.
pub fn client_address(req: &HttpRequest, config: &Config) -> String {
    let info = req.connection_info();
    let address = match config.trust_forwarded_for {
        true => info.realip_remote_addr(),
        false => info.peer_addr(),
    };
    address.unwrap_or("unknown").to_string()
}

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

/// Per address and per account, whether the password turns out right or wrong.
pub fn login(
    conn: &mut DbConnection,
    limits: &Limits,
    email: &str,
    address: &str,
) -> AppResult<()> {
    let message = |s| {
        format!(
            "Too many login attempts. Please wait {} minute(s) and try again, or reset your password.",
            minutes(s)
        )
    };
    let account = crate::models::user::normalize_email(email);
    // A write transaction, so the count queues with the other writers instead of racing them.
    db::write_tx(conn, |conn| {
        let by_address = format!("login-ip:{address}");
        count(
            conn,
            &by_address,
            limits.login_per_ip,
            LOGIN_WINDOW,
            message,
        )?;
        let by_account = format!("login:{account}");
        count(
            conn,
            &by_account,
            limits.login_per_account,
            LOGIN_WINDOW,
            message,
        )
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
