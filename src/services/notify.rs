//! Which emails an event causes. Each is written to the outbox in the caller's transaction;
//! parameters hold links and handles only, so no email can carry health content.

use serde_json::{json, Value};

use crate::auth;
use crate::auth::CurrentUser;
use crate::config::Rules;
use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::email_token::{self, NewToken};
use crate::models::outbox::{self, NewMessage, PENDING};
use crate::models::{follow, post, thread, user};
use crate::schema::{posts, users};
use crate::views::{visibility, Viewer};
use diesel::prelude::*;

pub const VERIFY_HOURS: i64 = 24;
pub const RESET_HOURS: i64 = 1;

/// Queues a message. With a batch key, at most one message per key waits at a time, and the
/// next one is not sent sooner than `window` seconds after the last one sent.
pub fn enqueue(
    conn: &mut DbConnection,
    template: &str,
    to: &str,
    params: &Value,
    batch: Option<(&str, i64)>,
) -> AppResult<()> {
    let now = db::now();
    let mut send_at = now;
    if let Some((key, window)) = batch {
        if outbox::batch_pending(conn, key)? {
            return Ok(());
        }
        if let Some(last) = outbox::batch_last_sent(conn, key)? {
            send_at = send_at.max(last + window);
        }
    }
    let params = params.to_string();
    let new = NewMessage {
        template,
        to_address: to,
        params: &params,
        batch_key: batch.map(|(k, _)| k),
        status: PENDING,
        next_attempt_at: send_at,
        created_at: now,
    };
    outbox::insert(conn, &new)?;
    Ok(())
}

/// A fresh single-use token for `purpose`; only its hash is stored.
pub fn issue_token(
    conn: &mut DbConnection,
    user_id: i64,
    purpose: &str,
    hours: i64,
) -> AppResult<String> {
    let token = auth::new_token();
    let now = db::now();
    let new = NewToken {
        user_id,
        purpose,
        token_hash: &auth::token_hash(&token),
        expires_at: now + hours * 3600,
        created_at: now,
    };
    email_token::insert(conn, &new)?;
    Ok(token)
}

pub fn verification(conn: &mut DbConnection, user: &user::User) -> AppResult<()> {
    let token = issue_token(conn, user.id, email_token::VERIFY, VERIFY_HOURS)?;
    let params =
        json!({ "handle": user.handle, "link": format!("/verify/{token}"), "hours": VERIFY_HOURS });
    enqueue(conn, "verify_email", &user.email, &params, None)
}

/// Someone tried to register with an address that has an account: its owner hears of it,
/// at most once an hour.
pub fn registration_attempt(conn: &mut DbConnection, owner: &user::User) -> AppResult<()> {
    let params = json!({ "handle": owner.handle });
    let key = format!("registration-attempt:{}", owner.id);
    enqueue(
        conn,
        "registration_attempt",
        &owner.email,
        &params,
        Some((&key, 3600)),
    )
}

pub fn password_reset(conn: &mut DbConnection, user: &user::User) -> AppResult<()> {
    let token = issue_token(conn, user.id, email_token::RESET, RESET_HOURS)?;
    let params = json!({ "handle": user.handle, "link": format!("/password/reset/{token}") });
    enqueue(conn, "password_reset", &user.email, &params, None)
}

/// The member's secret for one-click unsubscribe links, created on first use.
fn mail_token(conn: &mut DbConnection, user_id: i64) -> AppResult<String> {
    let existing: Option<String> = users::table
        .find(user_id)
        .select(users::mail_token)
        .first(conn)?;
    if let Some(token) = existing {
        return Ok(token);
    }
    let token = auth::new_token();
    diesel::update(users::table.find(user_id))
        .set(users::mail_token.eq(Some(&token)))
        .execute(conn)?;
    Ok(token)
}

/// Tells a published reply's thread followers: batched per thread and member.
pub fn reply_published(
    conn: &mut DbConnection,
    rules: &Rules,
    thread_id: i64,
    post_id: i64,
    author_id: i64,
) -> AppResult<()> {
    let followers = follow::recipients(conn, thread_id, author_id)?;
    let keys: Vec<String> = followers
        .iter()
        .map(|(user_id, _)| format!("reply:{thread_id}:{user_id}"))
        .collect();
    // A follower whose batched message still waits hears nothing more (`enqueue`): on a busy
    // thread that is most of them, so they are set aside in one query, not several each.
    let waiting = outbox::pending_batches(conn, &keys)?;
    let mut to_tell = followers
        .into_iter()
        .zip(keys)
        .filter(|(_, key)| !waiting.contains(key))
        .peekable();
    if to_tell.peek().is_none() {
        return Ok(());
    }
    let post = post::find(conn, post_id)?;
    let thread = thread::find(conn, thread_id)?;
    for ((user_id, email), key) in to_tell {
        // A follower who can no longer read the discussion (left its members-only community)
        // does not hear that it moved.
        if !visibility::may_see_post(&reader(conn, user_id)?, &post, &thread) {
            continue;
        }
        let token = mail_token(conn, user_id)?;
        let params = json!({
            "link": format!("/p/{post_id}"),
            "thread_settings": format!("/t/{thread_id}"),
            "unsubscribe_path": format!("/unsubscribe/{token}"),
        });
        enqueue(
            conn,
            "reply_notification",
            &email,
            &params,
            Some((&key, rules.notify_batch_minutes * 60)),
        )?;
    }
    Ok(())
}

/// A member as they would be signed in: their role and their communities.
fn reader(conn: &mut DbConnection, user_id: i64) -> AppResult<Viewer> {
    let person = user::find(conn, user_id)?;
    Ok(Viewer::of(Some(CurrentUser::load(conn, &person)?)))
}

/// Tells an author what a moderator decided; the reason itself stays on the site.
pub fn moderation_outcome(
    conn: &mut DbConnection,
    author_id: i64,
    post_id: i64,
    outcome: &str,
) -> AppResult<()> {
    let author = user::find(conn, author_id)?;
    if author.email_verified_at.is_none() {
        return Ok(());
    }
    let params =
        json!({ "outcome": outcome, "link": format!("/p/{post_id}"), "account": "/account" });
    enqueue(conn, "moderation_outcome", &author.email, &params, None)
}

pub fn clinician_outcome(conn: &mut DbConnection, user_id: i64, outcome: &str) -> AppResult<()> {
    let member = user::find(conn, user_id)?;
    let params = json!({ "outcome": outcome, "link": "/account" });
    enqueue(conn, "clinician_outcome", &member.email, &params, None)
}

/// Staff who receive queue alerts: moderators and admins with a confirmed address.
fn staff(conn: &mut DbConnection) -> AppResult<Vec<(i64, String)>> {
    Ok(users::table
        .filter(users::role.eq_any(["moderator", "admin"]))
        .filter(users::email_verified_at.is_not_null())
        .filter(users::suspended_at.is_null())
        .select((users::id, users::email))
        .load(conn)?)
}

/// A post was held or reported: moderators hear of it, at most once per batch window.
pub fn moderators_alerted(conn: &mut DbConnection, rules: &Rules) -> AppResult<()> {
    for (user_id, email) in staff(conn)? {
        let key = format!("modalert:{user_id}");
        let params = json!({ "link": "/mod/queue" });
        enqueue(
            conn,
            "moderator_alert",
            &email,
            &params,
            Some((&key, rules.notify_batch_minutes * 60)),
        )?;
    }
    Ok(())
}

/// A post suggests someone may be at risk: every moderator hears of it at once, whatever the
/// batch window, by a link only (no text, no level: the email may be read anywhere).
pub fn crisis_alert(conn: &mut DbConnection, item_id: i64) -> AppResult<()> {
    for (_, email) in staff(conn)? {
        let params = json!({ "link": format!("/mod/queue#crisis-{item_id}") });
        enqueue(conn, "crisis_alert", &email, &params, None)?;
    }
    Ok(())
}

/// A moderator wrote to a member: the message is on their account page, the email says so.
pub fn staff_message(conn: &mut DbConnection, user_id: i64) -> AppResult<()> {
    let member = user::find(conn, user_id)?;
    if member.email_verified_at.is_none() {
        return Ok(());
    }
    let params = json!({ "handle": member.handle, "link": "/account" });
    enqueue(conn, "staff_message", &member.email, &params, None)
}

/// Queue items past the response target get one escalation email to all staff.
pub fn escalate_overdue(conn: &mut DbConnection, rules: &Rules) -> AppResult<usize> {
    db::write_tx(conn, |conn| {
        let cutoff = db::now() - rules.response_target_hours * 3600;
        let overdue = posts::table
            .filter(posts::review_since.le(cutoff))
            .filter(posts::escalated_at.is_null());
        let count = diesel::update(overdue)
            .set(posts::escalated_at.eq(Some(db::now())))
            .execute(conn)?;
        let crisis_cutoff = db::now() - rules.crisis_target_minutes * 60;
        let crises = crate::models::crisis_item::escalate_overdue(conn, crisis_cutoff, db::now())?;
        if crises > 0 {
            for (user_id, email) in staff(conn)? {
                let params =
                    json!({ "link": "/mod/queue#crisis", "minutes": rules.crisis_target_minutes });
                let key = format!("crisis-escalation:{user_id}");
                enqueue(conn, "crisis_escalation", &email, &params, Some((&key, 60)))?;
            }
        }
        if count > 0 {
            for (user_id, email) in staff(conn)? {
                let params = json!({ "link": "/mod/queue", "count": count, "hours": rules.response_target_hours });
                let key = format!("escalation:{user_id}");
                enqueue(conn, "escalation", &email, &params, Some((&key, 600)))?;
            }
        }
        Ok(count)
    })
}
