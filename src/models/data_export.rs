//! Prepared exports of a member's data, waiting for them to download (large accounts).

use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::db::DbConnection;
use crate::schema::data_exports;

pub const QUEUED: &str = "queued";
pub const READY: &str = "ready";

#[derive(Queryable, Selectable, Debug)]
#[diesel(table_name = data_exports)]
pub struct ExportJob {
    pub id: i64,
    pub user_id: i64,
    pub status: String,
    pub requested_at: i64,
    pub ready_at: Option<i64>,
    pub expires_at: Option<i64>,
}

pub fn queue(conn: &mut DbConnection, user_id: i64, now: i64) -> QueryResult<i64> {
    diesel::insert_into(data_exports::table)
        .values((
            data_exports::user_id.eq(user_id),
            data_exports::status.eq(QUEUED),
            data_exports::requested_at.eq(now),
        ))
        .returning(data_exports::id)
        .get_result(conn)
}

/// The member's exports, newest first (without their archives).
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<ExportJob>> {
    data_exports::table
        .filter(data_exports::user_id.eq(user_id))
        .order(data_exports::id.desc())
        .select(ExportJob::as_select())
        .load(conn)
}

#[derive(QueryableByName)]
struct ClaimedId {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Claims the oldest queued export for `lease` seconds, so two servers never build the same one.
pub fn claim_next(conn: &mut DbConnection, now: i64, lease: i64) -> QueryResult<Option<ExportJob>> {
    let lock = match conn {
        DbConnection::Pg(_) => "FOR UPDATE SKIP LOCKED",
        DbConnection::Sqlite(_) => "",
    };
    let sql = format!(
        "UPDATE data_exports SET claimed_until = $1 WHERE id IN (\
           SELECT id FROM data_exports WHERE status = 'queued' \
           AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY id LIMIT 1 {lock}) RETURNING id"
    );
    let claimed: Vec<ClaimedId> = diesel::sql_query(sql)
        .bind::<BigInt, _>(now + lease)
        .bind::<BigInt, _>(now)
        .load(conn)?;
    let Some(first) = claimed.first() else {
        return Ok(None);
    };
    data_exports::table
        .find(first.id)
        .select(ExportJob::as_select())
        .first(conn)
        .optional()
}

pub fn store_archive(
    conn: &mut DbConnection,
    id: i64,
    archive: &[u8],
    now: i64,
    expires_at: i64,
) -> QueryResult<usize> {
    diesel::update(data_exports::table.find(id))
        .set((
            data_exports::status.eq(READY),
            data_exports::archive.eq(archive),
            data_exports::ready_at.eq(now),
            data_exports::expires_at.eq(expires_at),
            data_exports::claimed_until.eq(None::<i64>),
        ))
        .execute(conn)
}

/// The archive of a ready, unexpired export of this member; none for anyone else's.
pub fn archive_of(
    conn: &mut DbConnection,
    id: i64,
    user_id: i64,
    now: i64,
) -> QueryResult<Option<Vec<u8>>> {
    data_exports::table
        .find(id)
        .filter(data_exports::user_id.eq(user_id))
        .filter(data_exports::status.eq(READY))
        .filter(data_exports::expires_at.gt(now))
        .select(data_exports::archive.assume_not_null())
        .first(conn)
        .optional()
}

/// Expired archives go: they hold everything about a member.
pub fn purge_expired(conn: &mut DbConnection, now: i64) -> QueryResult<usize> {
    diesel::delete(data_exports::table.filter(data_exports::expires_at.le(now))).execute(conn)
}
