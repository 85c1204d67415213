//! The outbox: email waiting to be sent, written in the transaction of its cause.

use std::cell::Cell;
use std::collections::HashSet;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::outbox;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

#[derive(Insertable)]
#[diesel(table_name = outbox)]
pub struct NewMessage<'a> {
    pub template: &'a str,
    pub to_address: &'a str,
    pub params: &'a str,
    pub batch_key: Option<&'a str>,
    pub status: &'a str,
    pub next_attempt_at: i64,
    pub created_at: i64,
}

#[derive(Queryable, Selectable, Serialize, Debug, Clone)]
#[diesel(table_name = outbox)]
pub struct Message {
    pub id: i64,
    pub template: String,
    pub to_address: String,
    pub params: String,
    pub batch_key: Option<String>,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

thread_local! {
    /// Set when this thread writes a message, so `AppState::db` can wake the mail worker
    /// once the work (and its transaction) is done.
    static WRITTEN: Cell<bool> = const { Cell::new(false) };
}

pub fn insert(conn: &mut DbConnection, new: &NewMessage) -> QueryResult<usize> {
    let inserted = diesel::insert_into(outbox::table)
        .values(new)
        .execute(conn)?;
    WRITTEN.with(|w| w.set(true));
    Ok(inserted)
}

/// Whether this thread wrote a message since the last call; clears the mark.
pub fn take_written() -> bool {
    WRITTEN.with(|w| w.replace(false))
}

/// Which of these batch keys have a message waiting to be sent.
pub fn pending_batches(conn: &mut DbConnection, keys: &[String]) -> QueryResult<HashSet<String>> {
    if keys.is_empty() {
        return Ok(HashSet::new());
    }
    let found: Vec<Option<String>> = outbox::table
        .filter(outbox::batch_key.eq_any(keys))
        .filter(outbox::status.eq(PENDING))
        .select(outbox::batch_key)
        .load(conn)?;
    Ok(found.into_iter().flatten().collect())
}

/// Whether a message with this batch key still waits to be sent.
pub fn batch_pending(conn: &mut DbConnection, key: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        outbox::table
            .filter(outbox::batch_key.eq(key))
            .filter(outbox::status.eq(PENDING)),
    ))
    .get_result(conn)
}

/// When a message with this batch key was last sent.
pub fn batch_last_sent(conn: &mut DbConnection, key: &str) -> QueryResult<Option<i64>> {
    outbox::table
        .filter(outbox::batch_key.eq(key))
        .filter(outbox::status.eq(SENT))
        .select(diesel::dsl::max(outbox::sent_at))
        .first(conn)
}

#[derive(QueryableByName)]
struct ClaimedId {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Claims up to `limit` due messages for `lease` seconds. On PostgreSQL the rows are locked
/// with `FOR UPDATE SKIP LOCKED`, so app servers sharing one database never claim the same
/// message; SQLite runs one worker, and its write lock serializes claims anyway.
pub fn claim_due(
    conn: &mut DbConnection,
    now: i64,
    lease: i64,
    limit: i64,
) -> QueryResult<Vec<Message>> {
    let lock = match conn {
        DbConnection::Pg(_) => "FOR UPDATE SKIP LOCKED",
        DbConnection::Sqlite(_) => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1 WHERE id IN (\
           SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 \
           AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY id LIMIT $3 {lock}) RETURNING id"
    );
    let ids: Vec<i64> = diesel::sql_query(sql)
        .bind::<BigInt, _>(now + lease)
        .bind::<BigInt, _>(now)
        .bind::<BigInt, _>(limit)
        .load::<ClaimedId>(conn)?
        .into_iter()
        .map(|c| c.id)
        .collect();
    outbox::table
        .filter(outbox::id.eq_any(ids))
        .order(outbox::id.asc())
        .select(Message::as_select())
        .load(conn)
}

pub fn mark_sent(conn: &mut DbConnection, id: i64, at: i64) -> QueryResult<usize> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(SENT),
            outbox::sent_at.eq(Some(at)),
            outbox::claimed_until.eq(None::<i64>),
        ))
        .execute(conn)
}

/// Records a failed attempt: try again at `retry_at`, or give up (`None`).
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    id: i64,
    error: &str,
    retry_at: Option<i64>,
) -> QueryResult<usize> {
    let status = if retry_at.is_some() { PENDING } else { FAILED };
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(status),
            outbox::attempts.eq(outbox::attempts + 1.into_sql::<Integer>()),
            outbox::last_error.eq(Some(error)),
            outbox::next_attempt_at.eq(retry_at.unwrap_or(0)),
            outbox::claimed_until.eq(None::<i64>),
        ))
        .execute(conn)
}

/// Messages that failed for good, or keep failing, for the admin page.
pub fn troubled(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<Message>> {
    outbox::table
        .filter(
            outbox::status
                .eq(FAILED)
                .or(outbox::status.eq(PENDING).and(outbox::attempts.gt(0))),
        )
        .order(outbox::id.desc())
        .limit(limit)
        .select(Message::as_select())
        .load(conn)
}

/// Puts a failed message back in line (an admin's "retry").
pub fn retry(conn: &mut DbConnection, id: i64, now: i64) -> QueryResult<usize> {
    diesel::update(outbox::table.find(id).filter(outbox::status.eq(FAILED)))
        .set((outbox::status.eq(PENDING), outbox::next_attempt_at.eq(now)))
        .execute(conn)
}

pub fn count_with_status(conn: &mut DbConnection, status: &str) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::status.eq(status))
        .count()
        .get_result(conn)
}
