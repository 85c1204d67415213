//! Personal access tokens: a member creates one for a script or an app, sees it once, and
//! revokes it when done. A token acts as its member, never as more: read-only tokens read,
//! read-write ones also post through the same services as the forms.

use crate::auth::{self, CurrentUser};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::api_token::{self, ApiToken, NewApiToken};

/// Tokens start with this, so a leaked one is recognisable (secret scanners look for it).
pub const PREFIX: &str = "cc_pat_";
/// A member holds at most this many working tokens.
pub const MAX_LIVE: i64 = 20;
/// How long a token may last, in days, as the form offers them.
pub const LIFETIMES: [i64; 4] = [7, 30, 90, 365];
/// Last use is recorded to the hour: enough for "last used", without a write per request.
const LAST_USED_RESOLUTION: i64 = 3600;

pub struct Request {
    pub name: String,
    pub can_write: bool,
    pub days: i64,
}

/// A new token: the stored row and the secret, which is shown once and kept nowhere.
pub fn create(
    conn: &mut DbConnection,
    member: &CurrentUser,
    request: &Request,
) -> AppResult<(ApiToken, String)> {
    if !LIFETIMES.contains(&request.days) {
        return Err(AppError::Field {
            field: "days",
            message: "Choose how long the token lasts.".into(),
        });
    }
    let secret = format!("{PREFIX}{}", auth::new_token());
    let now = db::now();
    write_tx(conn, |conn| {
        if api_token::live_count(conn, member.id, now)? >= MAX_LIVE {
            return Err(AppError::Field {
                field: "name",
                message: format!("You have {MAX_LIVE} tokens. Revoke one you no longer use first."),
            });
        }
        let created = api_token::insert(
            conn,
            &NewApiToken {
                user_id: member.id,
                name: request.name.trim(),
                token_hash: &auth::token_hash(&secret),
                can_write: request.can_write,
                created_at: now,
                expires_at: now + request.days * 86_400,
            },
        )?;
        Ok((created, secret.clone()))
    })
}

pub fn revoke(conn: &mut DbConnection, member: &CurrentUser, id: i64) -> AppResult<()> {
    match api_token::revoke(conn, member.id, id, db::now())? {
        0 => Err(AppError::NotFound),
        _ => Ok(()),
    }
}

/// Who a presented token acts as, and whether it may write; None for a token that does not
/// work (unknown, revoked, expired, or its account suspended or erased).
pub fn authenticate(
    conn: &mut DbConnection,
    secret: &str,
) -> AppResult<Option<(CurrentUser, bool)>> {
    if !secret.starts_with(PREFIX) {
        return Ok(None);
    }
    let now = db::now();
    let Some((token, user)) = api_token::live(conn, &auth::token_hash(secret), now)? else {
        return Ok(None);
    };
    api_token::touch(conn, token.id, now, LAST_USED_RESOLUTION)?;
    Ok(Some((CurrentUser::load(conn, &user)?, token.can_write)))
}
