//! Starting threads, replying and editing: permission checks, the privacy screening,
//! rendering and status, in one transaction.

use crate::auth::{CurrentUser, Role};
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::post::{self, NewPost, Post, Status, TextChange};
use crate::models::thread::{self, NewThread, Thread};
use crate::models::{community, follow, user};
use crate::services::notify;
use crate::services::screening::{self, Screening};
use crate::services::throttle;

/// Why a post waits for a moderator.
pub const REVIEW_PRIVACY: &str = "privacy";
pub const REVIEW_REPORTS: &str = "reports";

/// Members of a community (and staff) may write in it, unless silenced.
fn require_can_write(
    conn: &mut DbConnection,
    user: &CurrentUser,
    community_id: i64,
) -> AppResult<()> {
    let account = user::find(conn, user.id)?;
    if account.email_verified_at.is_none() {
        return Err(AppError::Conflict(
            "Please confirm your email address first: open the link we sent you, or ask for a new one on your account page.".into(),
        ));
    }
    if account
        .silenced_until
        .is_some_and(|until| until > db::now())
    {
        return Err(AppError::Conflict(
            "A moderator has made your account read-only for now.".into(),
        ));
    }
    if user.role.includes(Role::Moderator) || community::is_member(conn, community_id, user.id)? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The text of a new post, ready to insert: rendered and screened outside the write lock.
struct Prepared {
    body_html: String,
    screening: Screening,
    findings_json: String,
}

impl Prepared {
    fn new(title: Option<&str>, body: &str, rules: &Rules) -> Prepared {
        let screening = screening::screen(title, body, rules.privacy_threshold);
        Prepared {
            body_html: markdown::render(body),
            findings_json: screening.to_json(),
            screening,
        }
    }

    fn status(&self) -> Status {
        if self.screening.holds() {
            Status::Held
        } else {
            Status::Published
        }
    }

    fn new_post<'a>(
        &'a self,
        thread_id: i64,
        author_id: i64,
        is_opening: bool,
        body: &'a str,
        now: i64,
    ) -> NewPost<'a> {
        let held = self.screening.holds();
        NewPost {
            thread_id,
            author_id,
            is_opening,
            body_md: body,
            body_html: &self.body_html,
            status: self.status().as_str(),
            created_at: now,
            privacy_findings: &self.findings_json,
            review_since: held.then_some(now),
            review_reason: held.then_some(REVIEW_PRIVACY),
        }
    }
}

pub fn start_thread(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    slug: &str,
    title: &str,
    body: &str,
) -> AppResult<Thread> {
    let found = community::find_by_slug(conn, slug)?;
    let title = title.trim();
    let prepared = Prepared::new(Some(title), body, rules);
    write_tx(conn, |conn| {
        throttle::posting(conn, rules, user.id)?;
        require_can_write(conn, user, found.id)?;
        let now = db::now();
        let new_thread = NewThread {
            community_id: found.id,
            author_id: user.id,
            title,
            created_at: now,
            last_activity_at: now,
        };
        let created = thread::insert(conn, &new_thread)?;
        post::insert(
            conn,
            &prepared.new_post(created.id, user.id, true, body, now),
        )?;
        follow::follow(conn, created.id, user.id)?;
        if prepared.screening.holds() {
            notify::moderators_alerted(conn, rules)?;
        }
        Ok(created)
    })
}

pub fn reply(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    thread_id: i64,
    body: &str,
) -> AppResult<Post> {
    let (target, _, thread_status) = thread::find_visible(conn, thread_id, &user.viewer())?;
    if thread_status != Status::Published.as_str() {
        return Err(AppError::Conflict(
            "Replies open once this discussion is published.".into(),
        ));
    }
    let prepared = Prepared::new(None, body, rules);
    write_tx(conn, |conn| {
        throttle::posting(conn, rules, user.id)?;
        require_can_write(conn, user, target.community_id)?;
        let now = db::now();
        let created = post::insert(
            conn,
            &prepared.new_post(target.id, user.id, false, body, now),
        )?;
        thread::touch_activity(conn, target.id, prepared.status(), now)?;
        follow::follow(conn, target.id, user.id)?;
        announce(conn, rules, &created)?;
        Ok(created)
    })
}

fn status_of(saved: &Post) -> Status {
    if saved.status == Status::Published.as_str() {
        Status::Published
    } else {
        Status::Held
    }
}

/// Emails a post's state change causes: followers hear of a published reply, moderators
/// of a held one. A held post reaches no follower until it is approved.
pub fn announce(conn: &mut DbConnection, rules: &Rules, saved: &Post) -> AppResult<()> {
    if saved.status == Status::Published.as_str() && !saved.is_opening {
        notify::reply_published(conn, rules, saved.thread_id, saved.id, saved.author_id)?;
    } else if saved.status == Status::Held.as_str() {
        notify::moderators_alerted(conn, rules)?;
    }
    Ok(())
}

/// What an author may change: the body, and the title when the post opens its thread.
pub struct Edit {
    pub title: Option<String>,
    pub body: String,
}

/// Authors edit their own posts (not deleted or rejected ones); the text is screened again:
/// a held post that is now clean publishes itself, unless reports put it in the queue.
pub fn edit(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    change: &Edit,
) -> AppResult<Post> {
    let existing = post::find_visible(conn, post_id, &user.viewer())?;
    if existing.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    if matches!(existing.status.as_str(), "deleted" | "rejected") {
        return Err(AppError::Conflict(
            "This post can no longer be edited.".into(),
        ));
    }
    let title = change
        .title
        .as_deref()
        .map(str::trim)
        .filter(|_| existing.is_opening);
    let stored_title = match (title, existing.is_opening) {
        (None, true) => Some(thread::find(conn, existing.thread_id)?.title),
        _ => None,
    };
    let prepared = Prepared::new(title.or(stored_title.as_deref()), &change.body, rules);
    let reported = existing.review_reason.as_deref() == Some(REVIEW_REPORTS);
    let (status, review_since, review_reason) = match (prepared.screening.holds(), reported) {
        (_, true) => (
            existing.status.as_str(),
            existing.review_since,
            Some(REVIEW_REPORTS),
        ),
        (true, false) => (Status::Held.as_str(), Some(db::now()), Some(REVIEW_PRIVACY)),
        (false, false) => (Status::Published.as_str(), None, None),
    };
    write_tx(conn, |conn| {
        let now = db::now();
        let text = TextChange {
            body_md: &change.body,
            body_html: &prepared.body_html,
            status,
            privacy_findings: &prepared.findings_json,
            review_since,
            review_reason,
            edited_at: Some(now),
        };
        post::update_text(conn, existing.id, &text)?;
        if let Some(title) = title {
            thread::set_title(conn, existing.thread_id, title)?;
        }
        let saved = post::find(conn, existing.id)?;
        if existing.status != saved.status {
            thread::touch_activity(conn, existing.thread_id, status_of(&saved), now)?;
            announce(conn, rules, &saved)?;
        }
        Ok(saved)
    })
}

/// Authors delete their own posts; a deleted opening post takes its thread out of view.
pub fn delete(conn: &mut DbConnection, user: &CurrentUser, post_id: i64) -> AppResult<Post> {
    let existing = post::find_visible(conn, post_id, &user.viewer())?;
    if existing.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    post::mark_deleted(conn, existing.id)?;
    Ok(existing)
}

/// The thread's author marks (or unmarks) a verified clinician's reply as helpful.
pub fn mark_helpful(
    conn: &mut DbConnection,
    user: &CurrentUser,
    post_id: i64,
    helpful: bool,
) -> AppResult<Post> {
    let target = post::find_visible(conn, post_id, &user.viewer())?;
    let (found, _, _) = thread::find_visible(conn, target.thread_id, &user.viewer())?;
    if found.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    let author = user::find(conn, target.author_id)?;
    if author.role() != Role::Clinician
        || target.is_opening
        || target.status != Status::Published.as_str()
    {
        return Err(AppError::Conflict(
            "Only a verified clinician's published reply can be marked helpful.".into(),
        ));
    }
    post::set_helpful(conn, post_id, helpful.then(db::now))?;
    Ok(target)
}
