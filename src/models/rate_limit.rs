//! Fixed-window counters in the database, so a limit holds across every app server.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::DbConnection;
use crate::schema::rate_limits;

#[derive(QueryableByName)]
struct Window {
    #[diesel(sql_type = BigInt)]
    window_start: i64,
    #[diesel(sql_type = BigInt)]
    hits: i64,
}

/// Counts one hit on `key` in a window of `window` seconds. `Ok(None)` when within `limit`,
/// `Ok(Some(seconds))` with the time until the window ends when the limit is reached.
/// One atomic upsert, so concurrent requests on any server count exactly.
pub fn hit(
    conn: &mut DbConnection,
    key: &str,
    limit: i64,
    window: i64,
    now: i64,
) -> QueryResult<Option<i64>> {
    let counted = diesel::sql_query(
        "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (key) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END, \
           window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END \
         RETURNING window_start, hits",
    )
    .bind::<Text, _>(key)
    .bind::<BigInt, _>(now)
    .bind::<BigInt, _>(now - window)
    .get_result::<Window>(conn)?;
    Ok((counted.hits > limit).then(|| counted.window_start + window - now))
}

/// Whether `key` has already reached `limit` in its current window, without counting a hit:
/// `Some(seconds)` until the window ends when it has.
pub fn reached(
    conn: &mut DbConnection,
    key: &str,
    limit: i64,
    window: i64,
    now: i64,
) -> QueryResult<Option<i64>> {
    let found: Option<(i64, i64)> = rate_limits::table
        .find(key)
        .select((rate_limits::window_start, rate_limits::hits))
        .first(conn)
        .optional()?;
    Ok(found
        .filter(|(start, hits)| *start > now - window && *hits >= limit)
        .map(|(start, _)| start + window - now))
}

/// Forgets windows that ended long ago.
pub fn prune(conn: &mut DbConnection, before: i64) -> QueryResult<usize> {
    diesel::delete(rate_limits::table.filter(rate_limits::window_start.lt(before))).execute(conn)
}
