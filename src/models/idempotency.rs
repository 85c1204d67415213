//! Idempotency keys of posting forms: the first submission claims the key and stores where it
//! led; every repeat (a double click, a retry, parallel submits) is answered the same way.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::DbConnection;
use crate::schema::idempotency_keys;

/// Claims a key for this member; `false` when it was claimed before. On PostgreSQL a parallel
/// claim waits for the first transaction and then finds the key taken.
pub fn claim(conn: &mut DbConnection, user_id: i64, key: &str, now: i64) -> QueryResult<bool> {
    let inserted = diesel::sql_query(
        "INSERT INTO idempotency_keys (user_id, key, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, key) DO NOTHING",
    )
    .bind::<BigInt, _>(user_id)
    .bind::<Text, _>(key)
    .bind::<BigInt, _>(now)
    .execute(conn)?;
    Ok(inserted > 0)
}

/// Where the first submission with this key led.
pub fn location(conn: &mut DbConnection, user_id: i64, key: &str) -> QueryResult<Option<String>> {
    idempotency_keys::table
        .find((user_id, key))
        .select(idempotency_keys::location)
        .first::<Option<String>>(conn)
        .optional()
        .map(Option::flatten)
}

pub fn complete(
    conn: &mut DbConnection,
    user_id: i64,
    key: &str,
    location: &str,
) -> QueryResult<usize> {
    diesel::update(idempotency_keys::table.find((user_id, key)))
        .set(idempotency_keys::location.eq(Some(location)))
        .execute(conn)
}

/// Forgets keys older than `before`: a form is not resubmitted days later.
pub fn prune(conn: &mut DbConnection, before: i64) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(before)))
        .execute(conn)
}
