//! `carecircle backup` and `carecircle restore` for the embedded SQLite database.
//!
//! A backup is a consistent copy taken while the server runs (`VACUUM INTO` reads one
//! snapshot; WAL lets writers carry on meanwhile), written under a temporary name, checked,
//! then renamed, so a file with the backup's name is always a whole, checked backup.
//! PostgreSQL has its own tools; the commands say which and how.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _};
use diesel::connection::SimpleConnection;
use diesel::migration::MigrationSource;
use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::sqlite::SqliteConnection;

use crate::config::is_postgres_url;

pub const PG_BACKUP_ADVICE: &str = "\
On PostgreSQL, back up with the server's own tool, which takes a consistent snapshot while \
CareCircle runs:
  pg_dump -Fc --no-owner \"$DATABASE_URL\" > carecircle-$(date +%F).dump";

pub const PG_RESTORE_ADVICE: &str = "\
On PostgreSQL, restore into an empty database with the server's own tool, then start CareCircle \
(it applies any newer migrations):
  pg_restore --no-owner --exit-on-error -d \"$DATABASE_URL\" carecircle-DATE.dump";

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What a check found in a database file that passed it.
#[derive(Debug)]
pub struct Checked {
    pub bytes: u64,
    pub migrations: usize,
}

/// Copies the database at `database_url` to `to`, which must not exist yet.
pub fn backup(database_url: &str, to: &Path) -> anyhow::Result<Checked> {
    if is_postgres_url(database_url) {
        bail!("`carecircle backup` copies the embedded SQLite database only.\n{PG_BACKUP_ADVICE}");
    }
    let source = sqlite_path(database_url);
    if !source.is_file() {
        bail!("there is no database at {}", source.display());
    }
    if to.exists() {
        bail!(
            "{} already exists: a backup never overwrites a file, choose a new name",
            to.display()
        );
    }
    let partial = with_suffix(to, ".partial");
    remove_if_present(&partial)?;
    let copied = vacuum_into(&source, &partial).and_then(|()| check(&partial));
    match copied {
        Ok(checked) => {
            std::fs::rename(&partial, to)
                .with_context(|| format!("cannot name the backup {}", to.display()))?;
            Ok(checked)
        }
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            Err(error)
        }
    }
}

fn vacuum_into(source: &Path, to: &Path) -> anyhow::Result<()> {
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    let mut conn = open_existing(source)?;
    conn.batch_execute("PRAGMA busy_timeout = 10000;")?;
    let target = to
        .to_str()
        .ok_or_else(|| anyhow!("the backup path {} is not valid text", to.display()))?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(target)
        .execute(&mut conn)
        .with_context(|| format!("cannot copy {}", source.display()))?;
    Ok(())
}

/// Replaces the database at `database_url` with the backup `from`. Refuses when the target
/// exists or has a write-ahead log (a server may have it open), unless `force`.
pub fn restore(from: &Path, database_url: &str, force: bool) -> anyhow::Result<Checked> {
    if is_postgres_url(database_url) {
        bail!(
            "`carecircle restore` restores the embedded SQLite database only.\n{PG_RESTORE_ADVICE}"
        );
    }
    check(from).with_context(|| format!("{} cannot be restored", from.display()))?;
    let target = sqlite_path(database_url);
    let companions = [with_suffix(&target, "-wal"), with_suffix(&target, "-shm")];
    let in_the_way: Vec<&PathBuf> = std::iter::once(&target)
        .chain(&companions)
        .filter(|p| p.exists())
        .collect();
    if !in_the_way.is_empty() && !force {
        bail!(
            "{} exists; a server may be using it. Stop every CareCircle server on this database, \
             then run the restore again with --force to replace it",
            in_the_way[0].display()
        );
    }
    let staged = with_suffix(&target, ".restoring");
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::copy(from, &staged).with_context(|| format!("cannot copy to {}", staged.display()))?;
    let checked = check(&staged).inspect_err(|_| {
        let _ = std::fs::remove_file(&staged);
    })?;
    // A write-ahead log left by the old database would be replayed onto the restored one.
    for stale in &companions {
        remove_if_present(stale)?;
    }
    std::fs::rename(&staged, &target)
        .with_context(|| format!("cannot replace {}", target.display()))?;
    Ok(checked)
}

/// A file passes when it is a SQLite database, `PRAGMA integrity_check` says "ok", and its
/// applied migrations are ours (none newer than this build knows).
pub fn check(path: &Path) -> anyhow::Result<Checked> {
    let bytes = std::fs::metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .len();
    let mut header = [0u8; 16];
    let is_sqlite = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok()
        && &header == SQLITE_MAGIC;
    if !is_sqlite {
        bail!("{} is not a SQLite database", path.display());
    }
    let mut conn = open_existing(path)?;
    integrity_ok(&mut conn)?;
    let migrations = ours(&mut conn)?;
    Ok(Checked { bytes, migrations })
}

#[derive(QueryableByName)]
struct IntegrityLine {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

fn integrity_ok(conn: &mut SqliteConnection) -> anyhow::Result<()> {
    let lines: Vec<IntegrityLine> = diesel::sql_query("PRAGMA integrity_check").load(conn)?;
    match lines.as_slice() {
        [only] if only.integrity_check == "ok" => Ok(()),
        _ => bail!(
            "the integrity check failed: {}",
            lines
                .iter()
                .take(5)
                .map(|l| l.integrity_check.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

#[derive(QueryableByName)]
struct Version {
    #[diesel(sql_type = Text)]
    version: String,
}

/// How many of our migrations the database has applied. Read with plain queries: diesel's
/// own reader would create its table in a file that has none.
fn ours(conn: &mut SqliteConnection) -> anyhow::Result<usize> {
    let applied: Vec<Version> = diesel::sql_query("SELECT version FROM __diesel_schema_migrations")
        .load(conn)
        .map_err(|_| anyhow!("this is not a CareCircle database (no migration history)"))?;
    if applied.is_empty() {
        bail!("this is not a CareCircle database (no migration applied)");
    }
    let known: Vec<String> =
        MigrationSource::<diesel::sqlite::Sqlite>::migrations(&crate::db::SQLITE_MIGRATIONS)
            .map_err(|e| anyhow!("embedded migrations: {e}"))?
            .iter()
            .map(|m| m.name().version().to_string())
            .collect();
    if let Some(unknown) = applied.iter().find(|v| !known.contains(&v.version)) {
        bail!(
            "migration {} is unknown to this build: made by another program or a newer CareCircle",
            unknown.version
        );
    }
    Ok(applied.len())
}

/// Opens a file that must already exist (SQLite would otherwise create an empty one).
fn open_existing(path: &Path) -> anyhow::Result<SqliteConnection> {
    if !path.is_file() {
        bail!("there is no database at {}", path.display());
    }
    let url = path
        .to_str()
        .ok_or_else(|| anyhow!("the path {} is not valid text", path.display()))?;
    SqliteConnection::establish(url).with_context(|| format!("cannot open {}", path.display()))
}

/// The file a SQLite `DATABASE_URL` names.
pub fn sqlite_path(database_url: &str) -> PathBuf {
    PathBuf::from(
        database_url
            .trim_start_matches("sqlite://")
            .trim_start_matches("file:"),
    )
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("cannot remove {}", path.display()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_databases_are_pointed_to_pg_dump_and_pg_restore() {
        let url = "postgres://app@db.internal/carecircle";
        let refused = backup(url, Path::new("never-written.db")).unwrap_err();
        assert!(refused.to_string().contains("pg_dump -Fc"), "{refused}");
        let refused = restore(Path::new("never-read.db"), url, true).unwrap_err();
        assert!(refused.to_string().contains("pg_restore"), "{refused}");
        assert!(!Path::new("never-written.db").exists());
    }

    #[test]
    fn a_file_that_is_not_a_database_fails_the_check() {
        let dir = std::env::temp_dir().join(format!("cc-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = dir.join("notes.txt");
        std::fs::write(&text, "not a database at all, just some words").unwrap();
        let found = check(&text).unwrap_err().to_string();
        assert!(found.contains("not a SQLite database"), "{found}");
        let empty = dir.join("empty.db");
        SqliteConnection::establish(empty.to_str().unwrap())
            .unwrap()
            .batch_execute("CREATE TABLE t (x INTEGER)")
            .unwrap();
        let found = check(&empty).unwrap_err().to_string();
        assert!(found.contains("not a CareCircle database"), "{found}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
