//! One answer per posting form: `once` runs a use case in one write transaction, at most once
//! per (member, key). Repeats get the first submission's redirect.

use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::idempotency;

/// A key is what the form page generated: 64 hex characters. Anything else is ignored, so a
/// client without keys still posts (once per submission).
fn usable(key: Option<&str>) -> Option<&str> {
    key.filter(|k| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn once(
    conn: &mut DbConnection,
    user_id: i64,
    key: Option<&str>,
    work: impl FnOnce(&mut DbConnection) -> AppResult<String>,
) -> AppResult<String> {
    let key = usable(key);
    write_tx(conn, |conn| {
        if let Some(key) = key {
            if !idempotency::claim(conn, user_id, key, db::now())? {
                return idempotency::location(conn, user_id, key)?.ok_or_else(|| {
                    AppError::Conflict("This form was already sent. Reload the page.".into())
                });
            }
        }
        let location = work(conn)?;
        if let Some(key) = key {
            idempotency::complete(conn, user_id, key, &location)?;
        }
        Ok(location)
    })
}
