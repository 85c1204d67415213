//! The command line: `serve` (default), `migrate`, `backup`/`restore`, and `admin ...` account
//! commands.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use anyhow::{anyhow, bail, Context as _};

use crate::auth::{Acting, Role};
use crate::config::Config;
use crate::db::{self, DbConnection};
use crate::models::user;
use crate::services::accounts::{self, Registration};
use crate::services::sanctions::{self, Reach, Sanction};

pub const USAGE: &str = "\
usage:
  carecircle [serve]                         run the server (migrates the database first)
  carecircle migrate                         apply pending database migrations and exit
  carecircle healthcheck                     exit 0 when the local server answers /healthz
  carecircle privacy-scan [--threshold T]    JSON Lines {id, text} on stdin, decisions on stdout
  carecircle crisis-scan                     JSON Lines {id, text} on stdin, {id, level,
                                             method_detail, subject} on stdout
  carecircle crisis-features                 training aid: JSON Lines {id, text} on stdin, the
                                             crisis model's feature buckets on stdout (no text)
  carecircle seed [--communities 20] [--threads 10000] [--posts 200000] [--members 500]
                  [--password P]             fill an empty database with benchmark data
  carecircle reindex                         rebuild the search index from the published text
  carecircle backup --to FILE                SQLite: a consistent copy while the server runs
                                             (PostgreSQL: prints how to use pg_dump)
  carecircle restore --from FILE [--force]   SQLite: replace the database with a checked backup;
                                             --force when the database exists (stop servers first)
  carecircle admin create --email E --handle H
                                             create an admin; the password is read from
                                             CARECIRCLE_ADMIN_PASSWORD or the first line of stdin
  carecircle admin set-role --handle H --role member|clinician|moderator|admin
  carecircle admin suspend --handle H        suspend an account and end its sessions
  carecircle admin unsuspend --handle H";

/// Value of `--name value` in `args`.
pub fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn required<'a>(args: &'a [String], name: &str) -> anyhow::Result<&'a str> {
    flag(args, name).ok_or_else(|| anyhow!("missing {name}\n\n{USAGE}"))
}

pub fn migrate(config: &Config) -> anyhow::Result<()> {
    let mut conn = connect(config)?;
    let applied = db::run_migrations(&mut conn)?;
    println!("{applied} migration(s) applied");
    Ok(())
}

/// Rebuilds the search index, for a database restored or changed outside the server.
pub fn reindex(config: &Config) -> anyhow::Result<()> {
    let mut conn = connect(config)?;
    let (posts, tips) = crate::models::search::rebuild(&mut conn)?;
    println!("search index rebuilt: {posts} post(s), {tips} tip(s)");
    Ok(())
}

/// Writes a checked copy of the SQLite database to `--to`.
pub fn backup(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let to = required(args, "--to")?;
    let made = crate::backup::backup(&config.database_url, Path::new(to))?;
    println!(
        "backup written to {to} ({} bytes, {} migrations, integrity ok)",
        made.bytes, made.migrations
    );
    Ok(())
}

/// Replaces the SQLite database with the backup in `--from`, after checking it.
pub fn restore(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let from = required(args, "--from")?;
    let force = args.iter().any(|a| a == "--force");
    let restored = crate::backup::restore(Path::new(from), &config.database_url, force)?;
    println!(
        "restored {from} to {} ({} migrations, integrity ok); newer migrations run at the next start",
        crate::backup::sqlite_path(&config.database_url).display(),
        restored.migrations
    );
    Ok(())
}

fn connect(config: &Config) -> anyhow::Result<DbConnection> {
    if !config.is_postgres() {
        db::build_pool(&config.database_url, 1)?;
    }
    let mut conn = db::establish(&config.database_url).with_context(|| {
        format!(
            "cannot open {}",
            crate::config::redact_url(&config.database_url)
        )
    })?;
    db::run_migrations(&mut conn)?;
    Ok(conn)
}

pub fn seed(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let plan = crate::seed::Plan::from_args(args)?;
    let mut conn = connect(config)?;
    let report = crate::seed::run(&mut conn, &plan, &config.rules)?;
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}

pub fn admin(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let mut conn = connect(config)?;
    match args.first().map(String::as_str) {
        Some("create") => create_admin(&mut conn, args),
        Some("set-role") => {
            let role =
                Role::parse(required(args, "--role")?).ok_or_else(|| anyhow!("unknown role"))?;
            let target = find(&mut conn, required(args, "--handle")?)?;
            accounts::set_role(&mut conn, Acting::CommandLine, target.id, role)
                .map_err(anyhow::Error::new)?;
            println!("{} is now {}", target.handle, role.as_str());
            Ok(())
        }
        Some(action @ ("suspend" | "unsuspend")) => {
            let target = find(&mut conn, required(args, "--handle")?)?;
            let measure = match action {
                "suspend" => Sanction::Suspend,
                _ => Sanction::Unsuspend,
            };
            sanctions::apply(
                &mut conn,
                Acting::CommandLine,
                target.id,
                &measure,
                Reach::Site,
            )
            .map_err(anyhow::Error::new)?;
            println!("{} {action}ed", target.handle);
            Ok(())
        }
        _ => bail!("{USAGE}"),
    }
}

fn find(conn: &mut DbConnection, handle: &str) -> anyhow::Result<user::User> {
    user::find_by_handle(conn, handle)?.ok_or_else(|| anyhow!("no account with handle {handle}"))
}

fn create_admin(conn: &mut DbConnection, args: &[String]) -> anyhow::Result<()> {
    let email = required(args, "--email")?.to_string();
    let handle = required(args, "--handle")?.to_string();
    let password = read_password()?;
    if password.chars().count() < 10 {
        bail!("the password needs at least 10 characters");
    }
    let input = Registration {
        email,
        handle,
        password,
        role: Role::Admin,
        email_confirmed: true,
    };
    let created = accounts::register(conn, &input)
        .map_err(|e| anyhow!("{e}"))?
        .ok_or_else(|| anyhow!("an account with this email already exists"))?;
    println!("admin {} created", created.handle);
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("CARECIRCLE_ADMIN_PASSWORD") {
        return Ok(password);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password for the new admin (at least 10 characters): ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// For container health checks: asks the server on BIND_ADDR for /healthz, without curl.
pub fn healthcheck(config: &Config) -> anyhow::Result<()> {
    use std::io::Read;
    let addr = config.bind_addr.replace("0.0.0.0", "127.0.0.1");
    let mut stream =
        std::net::TcpStream::connect(&addr).with_context(|| format!("cannot connect to {addr}"))?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(3)))?;
    stream.write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    match answer.lines().next() {
        Some(status) if status.contains(" 200 ") => Ok(()),
        other => bail!("unhealthy: {}", other.unwrap_or("no answer")),
    }
}

/// The server's privacy filter as a filter program, for scoring it on a labelled corpus.
pub fn privacy_scan(args: &[String]) -> anyhow::Result<()> {
    let threshold = match flag(args, "--threshold") {
        Some(raw) => raw
            .parse::<f32>()
            .map_err(|_| anyhow!("--threshold takes a number like 0.5"))?,
        None => crate::config::Config::from_env()?.rules.privacy_threshold,
    };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    crate::privacy::scan_jsonl(
        stdin.lock(),
        std::io::BufWriter::new(stdout.lock()),
        threshold,
    )?;
    Ok(())
}

/// The crisis detector as a filter program, for scoring it on a labelled corpus. Per-line
/// errors go to the output in place; the stream never stops.
pub fn crisis_scan() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    crate::crisis::scan_jsonl(stdin.lock(), std::io::BufWriter::new(stdout.lock()))?;
    Ok(())
}

/// Training aid for `bench/crisis/train.py`: the crisis model's features of each post and
/// what the rules found, never the text.
pub fn crisis_features() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    crate::crisis::features_jsonl(stdin.lock(), std::io::BufWriter::new(stdout.lock()))?;
    Ok(())
}
