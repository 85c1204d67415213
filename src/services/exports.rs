//! A member's export of everything about them: a ZIP at once for most accounts, prepared in
//! the background for large ones (an email with a link, never content, says when it is ready).

use std::io::{Cursor, Write};

use serde_json::json;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::{data_export, user};
use crate::services::notify;
use crate::views::export;

/// How long a prepared archive waits for its download.
pub const KEEP_DAYS: i64 = 7;
/// A worker that dies while building gives its claim back after this long.
const BUILD_LEASE_SECONDS: i64 = 600;

pub enum Requested {
    Archive(Vec<u8>),
    /// Prepared in the background; the member gets an email.
    Queued,
}

/// The member asked for their data (their password already confirmed).
pub fn request(conn: &mut DbConnection, user_id: i64, inline_posts: i64) -> AppResult<Requested> {
    if export::size_of(conn, user_id)? <= inline_posts {
        return Ok(Requested::Archive(archive(conn, user_id)?));
    }
    data_export::queue(conn, user_id, db::now())?;
    Ok(Requested::Queued)
}

pub fn archive(conn: &mut DbConnection, user_id: i64) -> AppResult<Vec<u8>> {
    let everything = export::everything_about(conn, user_id)?;
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8]| -> anyhow::Result<()> {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        Ok(())
    };
    add("README.txt", README.as_bytes())?;
    add(
        "carecircle.json",
        &serde_json::to_vec_pretty(&everything.json).map_err(anyhow::Error::new)?,
    )?;
    for (name, text) in &everything.threads {
        add(name, text.as_bytes())?;
    }
    Ok(zip.finish().map_err(anyhow::Error::new)?.into_inner())
}

const README: &str = "Everything CareCircle holds about your account.\n\n\
carecircle.json: your account, memberships, every post and revision of yours in every status, \
tips and their reviews, reports you made, notices, follows, sessions, clinician applications, \
what was done to your account (kinds and dates) and when moderators checked on you. \
Times are Unix seconds (UTC).\n\
discussions/: one Markdown file per discussion you wrote in, with your own posts.\n";

/// Builds the oldest queued export, if any; returns whether one was built.
pub fn prepare_next(conn: &mut DbConnection) -> AppResult<bool> {
    let now = db::now();
    let Some(job) = data_export::claim_next(conn, now, BUILD_LEASE_SECONDS)? else {
        return Ok(false);
    };
    let bytes = archive(conn, job.user_id)?;
    db::write_tx(conn, |conn| {
        data_export::store_archive(conn, job.id, &bytes, now, now + KEEP_DAYS * 86_400)?;
        let member = user::find(conn, job.user_id)?;
        let params = json!({ "link": format!("/account/export/{}", job.id), "days": KEEP_DAYS });
        notify::enqueue(conn, "export_ready", &member.email, &params, None)
    })?;
    Ok(true)
}

/// The archive of a ready export, for its owner only (anyone else: not found).
pub fn download(conn: &mut DbConnection, user_id: i64, id: i64) -> AppResult<Option<Vec<u8>>> {
    Ok(data_export::archive_of(conn, id, user_id, db::now())?)
}

pub fn purge_expired(conn: &mut DbConnection) -> AppResult<usize> {
    Ok(data_export::purge_expired(conn, db::now())?)
}
