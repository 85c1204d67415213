//! Everything CareCircle holds about one member, for their own download (`/account/export`):
//! `carecircle.json` (schema in `docs/export.md`) and one Markdown file per discussion they
//! wrote in. Records that name other people (reports about them, staff notes, who decided)
//! stay out; their own words are in, in every status.

use diesel::prelude::*;
use serde_json::{json, Value};

use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::user;
use crate::schema::{
    audit_log, clinician_applications, communities, crisis_items, memberships, notices,
    post_revisions, posts, reports, sessions, thread_follows, threads, tip_revisions, tips,
};

/// Version of the layout of `carecircle.json`; raised on any change to `docs/export.md`.
pub const SCHEMA_VERSION: i64 = 1;

pub struct Export {
    pub json: Value,
    /// (file name, Markdown) per discussion.
    pub threads: Vec<(String, String)>,
}

pub fn everything_about(conn: &mut DbConnection, user_id: i64) -> AppResult<Export> {
    let posts = posts_with_revisions(conn, user_id)?;
    let threads = thread_files(&posts);
    let json = json!({
        "schema_version": SCHEMA_VERSION,
        "generated_at": crate::db::now(),
        "account": account(conn, user_id)?,
        "memberships": memberships(conn, user_id)?,
        "posts": posts,
        "tips": tips(conn, user_id)?,
        "reports_made": reports_made(conn, user_id)?,
        "notices": notices(conn, user_id)?,
        "follows": follows(conn, user_id)?,
        "sessions": sessions(conn, user_id)?,
        "clinician_applications": applications(conn, user_id)?,
        "account_history": account_history(conn, user_id)?,
        "support_reviews": support_reviews(conn, user_id)?,
        "api_tokens": api_tokens(conn, user_id)?,
    });
    Ok(Export { json, threads })
}

/// How many posts the member wrote: a large account's export is prepared in the background.
pub fn size_of(conn: &mut DbConnection, user_id: i64) -> AppResult<i64> {
    Ok(posts::table
        .filter(posts::author_id.eq(user_id))
        .count()
        .get_result(conn)?)
}

fn account(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let u = user::find(conn, user_id)?;
    Ok(json!({
        "id": u.id, "email": u.email, "handle": u.handle, "role": u.role,
        "created_at": u.created_at, "email_verified_at": u.email_verified_at,
        "suspended_at": u.suspended_at, "silenced_until": u.silenced_until,
        "clinician_profession": u.clinician_profession,
        "clinician_specialty": u.clinician_specialty,
        "clinician_verified_at": u.clinician_verified_at,
        "reply_emails": u.notify_replies, "crisis_lines_country": u.country,
        "profile_lists_posts_for": u.profile_posts,
    }))
}

/// The member's API tokens as their page lists them: never a secret (none is kept).
fn api_tokens(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    Ok(crate::models::api_token::of_user(conn, user_id)?
        .into_iter()
        .map(|t| {
            json!({ "name": t.name, "can_write": t.can_write, "created_at": t.created_at,
                    "expires_at": t.expires_at, "last_used_at": t.last_used_at,
                    "revoked_at": t.revoked_at })
        })
        .collect())
}

fn memberships(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(String, String, i64, i64)> = memberships::table
        .inner_join(communities::table)
        .filter(memberships::user_id.eq(user_id))
        .select((
            communities::slug,
            communities::name,
            memberships::joined_at,
            memberships::guidelines_accepted_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(slug, name, joined, accepted)| {
            json!({ "community": slug, "name": name, "joined_at": joined,
                    "guidelines_accepted_at": accepted })
        })
        .collect())
}

type PostRow = (
    i64,
    i64,
    String,
    String,
    bool,
    String,
    i64,
    Option<i64>,
    Option<String>,
);
type RevisionRow = (i64, i64, Option<String>, String, i64, bool);

fn posts_with_revisions(conn: &mut DbConnection, user_id: i64) -> AppResult<Vec<Value>> {
    let rows: Vec<PostRow> = posts::table
        .inner_join(threads::table.inner_join(communities::table))
        .filter(posts::author_id.eq(user_id))
        .order(posts::id.asc())
        .select((
            posts::id,
            posts::thread_id,
            threads::title,
            communities::slug,
            posts::is_opening,
            posts::status,
            posts::created_at,
            posts::edited_at,
            posts::rejection_reason,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let revisions: Vec<RevisionRow> = post_revisions::table
        .filter(post_revisions::post_id.eq_any(&ids))
        .order(post_revisions::id.asc())
        .select((
            post_revisions::id,
            post_revisions::post_id,
            post_revisions::title,
            post_revisions::body_md,
            post_revisions::created_at,
            post_revisions::editor_id.ne(user_id),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, thread_id, title, community, opening, status, created, edited, reason)| {
                let own: Vec<Value> = revisions
                    .iter()
                    .filter(|r| r.1 == id)
                    .map(|(rid, _, rtitle, body, at, by_staff)| {
                        json!({ "id": rid, "title": rtitle, "text": body, "created_at": at,
                            "changed_by_moderator": by_staff })
                    })
                    .collect();
                json!({
                    "id": id, "thread_id": thread_id, "thread_title": title,
                    "community": community, "opening_post": opening, "status": status,
                    "created_at": created, "edited_at": edited, "rejection_reason": reason,
                    "revisions": own,
                })
            },
        )
        .collect())
}

/// One readable file per discussion: the member's own posts in it, newest text of each.
fn thread_files(posts: &[Value]) -> Vec<(String, String)> {
    let mut files: Vec<(i64, String)> = Vec::new();
    for post in posts {
        let thread_id = post["thread_id"].as_i64().unwrap_or_default();
        let index = match files.iter().position(|(id, _)| *id == thread_id) {
            Some(i) => i,
            None => {
                let head = format!(
                    "# {}\n\nIn the community {}. Only your own posts are in this file.\n",
                    post["thread_title"].as_str().unwrap_or_default(),
                    post["community"].as_str().unwrap_or_default(),
                );
                files.push((thread_id, head));
                files.len() - 1
            }
        };
        let text = post["revisions"]
            .as_array()
            .and_then(|r| r.last())
            .and_then(|r| r["text"].as_str())
            .unwrap_or_default();
        files[index].1.push_str(&format!(
            "\n## Post {} ({}), written {}\n\n{}\n",
            post["id"],
            post["status"].as_str().unwrap_or_default(),
            crate::calendar::minute(post["created_at"].as_i64().unwrap_or_default()),
            text
        ));
    }
    files
        .into_iter()
        .map(|(id, text)| (format!("discussions/{id}.md"), text))
        .collect()
}

fn tips(conn: &mut DbConnection, user_id: i64) -> AppResult<Vec<Value>> {
    type TipRow = (i64, String, String, Option<i64>, Option<String>, i64);
    let rows: Vec<TipRow> = tips::table
        .inner_join(communities::table)
        .filter(tips::author_id.eq(user_id))
        .select((
            tips::id,
            communities::slug,
            tips::status,
            tips::last_reviewed_at,
            tips::review_comment,
            tips::created_at,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (id, community, status, reviewed, comment, created) in rows {
        let revisions: Vec<(String, String, String, i64)> = tip_revisions::table
            .filter(tip_revisions::tip_id.eq(id))
            .order(tip_revisions::id.asc())
            .select((
                tip_revisions::title,
                tip_revisions::body_md,
                tip_revisions::reference_list,
                tip_revisions::created_at,
            ))
            .load(conn)?;
        let revisions: Vec<Value> = revisions
            .into_iter()
            .map(|(title, body, refs, at)| {
                json!({ "title": title, "text": body, "references": refs, "created_at": at })
            })
            .collect();
        out.push(json!({
            "id": id, "community": community, "status": status, "created_at": created,
            "last_reviewed_at": reviewed, "review_comment": comment, "revisions": revisions,
        }));
    }
    Ok(out)
}

fn reports_made(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(i64, String, String, i64, Option<i64>)> = reports::table
        .filter(reports::reporter_id.eq(user_id))
        .select((
            reports::post_id,
            reports::reason,
            reports::note,
            reports::created_at,
            reports::resolved_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(post, reason, note, at, resolved)| {
            json!({ "post_id": post, "reason": reason, "note": note, "created_at": at,
                    "resolved_at": resolved })
        })
        .collect())
}

fn notices(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(String, Option<String>, i64, Option<i64>)> = notices::table
        .filter(notices::user_id.eq(user_id))
        .order(notices::id.asc())
        .select((
            notices::body,
            notices::link,
            notices::created_at,
            notices::read_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(body, link, at, read)| {
            json!({ "text": body, "link": link, "created_at": at, "read_at": read })
        })
        .collect())
}

fn follows(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(i64, bool, i64)> = thread_follows::table
        .filter(thread_follows::user_id.eq(user_id))
        .select((
            thread_follows::thread_id,
            thread_follows::muted,
            thread_follows::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(thread, muted, at)| json!({ "thread_id": thread, "muted": muted, "since": at }))
        .collect())
}

fn sessions(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(i64, i64, Option<String>)> = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .select((
            sessions::created_at,
            sessions::expires_at,
            sessions::user_agent,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(at, until, agent)| {
            json!({ "signed_in_at": at, "expires_at": until, "browser": agent })
        })
        .collect())
}

fn applications(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    type ApplicationRow = (
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        String,
        i64,
        Option<i64>,
        Option<String>,
    );
    let rows: Vec<ApplicationRow> = clinician_applications::table
        .filter(clinician_applications::user_id.eq(user_id))
        .select((
            clinician_applications::profession,
            clinician_applications::specialty,
            clinician_applications::licence_number,
            clinician_applications::jurisdiction,
            clinician_applications::npi,
            clinician_applications::note,
            clinician_applications::status,
            clinician_applications::created_at,
            clinician_applications::decided_at,
            clinician_applications::decision_reason,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                profession,
                specialty,
                licence,
                jurisdiction,
                npi,
                note,
                status,
                at,
                decided,
                reason,
            )| {
                json!({ "profession": profession, "specialty": specialty,
                    "licence_number": licence, "jurisdiction": jurisdiction, "npi": npi,
                    "note": note, "status": status, "created_at": at, "decided_at": decided,
                    "decision_reason": reason })
            },
        )
        .collect())
}

/// What was done to the account, as kinds and dates: who did it and their notes stay with staff.
fn account_history(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    let rows: Vec<(String, i64)> = audit_log::table
        .filter(audit_log::subject_user_id.eq(user_id))
        .order(audit_log::id.asc())
        .select((audit_log::action, audit_log::created_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(action, at)| json!({ "action": action, "at": at }))
        .collect())
}

/// When moderators looked at one of the member's posts because its author might be at risk.
fn support_reviews(conn: &mut DbConnection, user_id: i64) -> AppResult<Value> {
    type Row = (i64, String, i64, Option<i64>, Option<i64>, Option<String>);
    let rows: Vec<Row> = crisis_items::table
        .inner_join(posts::table)
        .filter(posts::author_id.eq(user_id))
        .select((
            crisis_items::post_id,
            crisis_items::level,
            crisis_items::opened_at,
            crisis_items::first_response_at,
            crisis_items::resolved_at,
            crisis_items::outcome,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(post, level, opened, responded, resolved, outcome)| {
            json!({ "post_id": post, "level": level, "opened_at": opened,
                    "first_response_at": responded, "resolved_at": resolved,
                    "outcome": outcome })
        })
        .collect())
}
