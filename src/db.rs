//! Database connections for both backends, the pool, migrations and the write transaction.

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use crate::config::is_postgres_url;

/// One connection type for both backends; the variant is chosen from `DATABASE_URL` at run time.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// The backend type every query is written against.
pub type Db = <DbConnection as Connection>::Backend;
pub type DbPool = Pool<ConnectionManager<DbConnection>>;
pub type PooledConn = PooledConnection<ConnectionManager<DbConnection>>;

const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
/// Public for the backup check, which reads a SQLite file's history against it.
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

/// How long a SQLite writer waits for the write lock before giving up.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 10_000;

/// Opens a connection of the backend that `url` names (`postgres://` or a SQLite path).
pub fn establish(url: &str) -> ConnectionResult<DbConnection> {
    if is_postgres_url(url) {
        PgConnection::establish(url).map(DbConnection::Pg)
    } else {
        SqliteConnection::establish(url).map(DbConnection::Sqlite)
    }
}

/// Builds the pool; for SQLite the file's folder is created first.
pub fn build_pool(url: &str, size: u32) -> anyhow::Result<DbPool> {
    if !is_postgres_url(url) {
        create_parent_dir(url)?;
        stable_query_plans();
    }
    let pool = Pool::builder()
        .max_size(size.max(1))
        .connection_timeout(Duration::from_secs(30))
        .connection_customizer(Box::new(ConnectionSetup))
        .build(ConnectionManager::<DbConnection>::new(url))?;
    Ok(pool)
}

/// SQLite (3.50) plans a bound `LIMIT ?` as the constant it was bound to, and so marks the
/// statement to be compiled again whenever the limit is bound: every page of posts parsed and
/// planned its query anew, a third of the page's time. The query planner stability guarantee
/// turns that off for every connection this process opens (with the plans drawn from bound
/// values and statistics, which we do not gather).
fn stable_query_plans() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: registers a function with the signature SQLite expects for each new connection.
    ONCE.call_once(|| unsafe {
        libsqlite3_sys::sqlite3_auto_extension(Some(enable_qpsg));
    });
}

/// SAFETY: SQLite calls it with a live connection handle as it opens the connection.
unsafe extern "C" fn enable_qpsg(
    db: *mut libsqlite3_sys::sqlite3,
    _error: *mut *mut std::os::raw::c_char,
    _api: *const libsqlite3_sys::sqlite3_api_routines,
) -> std::os::raw::c_int {
    let on: std::os::raw::c_int = 1;
    libsqlite3_sys::sqlite3_db_config(
        db,
        libsqlite3_sys::SQLITE_DBCONFIG_ENABLE_QPSG,
        on,
        std::ptr::null_mut::<std::os::raw::c_int>(),
    )
}

fn create_parent_dir(path: &str) -> anyhow::Result<()> {
    let path = path
        .trim_start_matches("sqlite://")
        .trim_start_matches("file:");
    if let Some(dir) = std::path::Path::new(path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    Ok(())
}

#[derive(Debug)]
struct ConnectionSetup;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(conn) = conn {
            // WAL lets readers run beside the writer; the busy timeout makes writers queue
            // instead of failing with "database is locked". secure_delete zeroes freed pages,
            // so redacted identifiers do not linger in the file.
            let pragmas = format!(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; \
                 PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};"
            );
            conn.batch_execute(&pragmas)
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Applies the pending migrations of the connection's backend; returns how many ran.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<usize> {
    let applied = match conn {
        DbConnection::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
    Ok(applied.len())
}

/// How many of this build's migrations the database has not applied yet.
pub fn pending_migrations(conn: &mut DbConnection) -> anyhow::Result<usize> {
    let pending = match conn {
        DbConnection::Pg(c) => c.pending_migrations(POSTGRES_MIGRATIONS).map(|m| m.len()),
        DbConnection::Sqlite(c) => c.pending_migrations(SQLITE_MIGRATIONS).map(|m| m.len()),
    }
    .map_err(|e| anyhow::anyhow!("cannot read the migration history: {e}"))?;
    Ok(pending)
}

/// SQLite admits one writer at a time and makes the others retry with growing sleeps (up to
/// 100 ms each); queueing this process's writers here first hands the lock straight on.
static SQLITE_WRITERS: Mutex<()> = Mutex::new(());

/// Runs `work` in one transaction that takes the write lock up front.
///
/// On SQLite a deferred transaction that reads and then writes fails at once with
/// SQLITE_BUSY when another writer got in between; `BEGIN IMMEDIATE` makes it wait
/// for the lock (busy timeout) instead. PostgreSQL uses an ordinary transaction.
pub fn write_tx<T, E>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    let _turn = match conn {
        DbConnection::Sqlite(inner) => {
            let turn = SQLITE_WRITERS
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
            Some(turn)
        }
        DbConnection::Pg(_) => {
            <DbConnection as Connection>::TransactionManager::begin_transaction(conn)?;
            None
        }
    };
    match work(conn) {
        Ok(value) => {
            <DbConnection as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(error) => {
            <DbConnection as Connection>::TransactionManager::rollback_transaction(conn)?;
            Err(error)
        }
    }
}

/// Locks one row until the transaction ends (PostgreSQL `FOR UPDATE`); SQLite's write
/// transactions already hold the whole database. `table` is one of our table names.
pub fn lock_row(conn: &mut DbConnection, table: &'static str, id: i64) -> QueryResult<()> {
    if let DbConnection::Pg(pg) = conn {
        diesel::sql_query(format!("SELECT id FROM {table} WHERE id = $1 FOR UPDATE"))
            .bind::<diesel::sql_types::BigInt, _>(id)
            .execute(pg)?;
    }
    Ok(())
}

/// Text for a `LIKE` pattern matched literally: `%`, `_` and `\` escaped with `\`
/// (pair it with `.escape('\\')`).
pub fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Current time in Unix seconds, the unit of every timestamp column.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use std::os::raw::c_int;

    use libsqlite3_sys as ffi;

    #[test]
    fn sqlite_connections_opened_after_the_pool_keep_their_query_plans() {
        let dir = std::env::temp_dir().join(format!("carecircle-qpsg-{}", std::process::id()));
        let url = dir.join("plans.db");
        let _pool = super::build_pool(url.to_str().unwrap(), 1).unwrap();
        let mut state: c_int = -1;
        // SAFETY: a private in-memory connection, opened, asked one setting, and closed.
        unsafe {
            let mut db: *mut ffi::sqlite3 = std::ptr::null_mut();
            assert_eq!(
                ffi::sqlite3_open(c":memory:".as_ptr(), &mut db),
                ffi::SQLITE_OK
            );
            ffi::sqlite3_db_config(
                db,
                ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
                -1 as c_int,
                &mut state,
            );
            ffi::sqlite3_close(db);
        }
        let _ = std::fs::remove_dir_all(dir);
        assert_eq!(state, 1, "the query planner stability guarantee is on");
    }
}
