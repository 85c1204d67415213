//! Members' reports about posts: enough reports from different members hide a post until a
//! moderator decides.

use crate::auth::CurrentUser;
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::post::{self, PostState, Status, REVIEW_REPORTS};
use crate::models::report::{self, NewReport};
use crate::models::revision;
use crate::models::{community, thread};
use crate::policy::{self, PostFacts};
use crate::services::posting::{self, Place};
use crate::services::screening::CrisisFinding;
use crate::services::{crisis, notify};
use crate::views::{visibility, Viewer};

/// A report puts the post in the queue; past the threshold it is hidden until reviewed.
pub fn after_report(state: &PostState, hide: bool, now: i64) -> PostState {
    let mut next = state.clone();
    next.review_since = state.review_since.or(Some(now));
    next.review_reason = Some(REVIEW_REPORTS.into());
    if hide && state.status() == Status::Published {
        next.status = Status::Held.as_str().into();
    }
    next
}

/// Where a report left the post, and so where the reporter can go on reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reported {
    /// Still on show while it waits in the queue.
    Queued,
    /// This report was one too many: the post is hidden until a moderator decides.
    HiddenReply { thread_id: i64 },
    /// The opening post is hidden, and with it the discussion.
    HiddenDiscussion { community_slug: String },
}

/// A member reports a post they can see. The author is never told who.
pub fn report(
    conn: &mut DbConnection,
    reporter: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    reason: &str,
    note: &str,
) -> AppResult<Reported> {
    if !report::is_reason(reason) {
        return Err(AppError::Field {
            field: "reason",
            message: "Choose a reason.".into(),
        });
    }
    write_tx(conn, |conn| {
        let target = post::find_for_update(conn, post_id)?;
        let in_thread = thread::find(conn, target.thread_id)?;
        if !visibility::may_see_post(&Viewer::of(Some(reporter.clone())), &target, &in_thread) {
            return Err(AppError::NotFound);
        }
        let now = db::now();
        let is_member = community::is_member(conn, in_thread.community_id, reporter.id)?;
        let standing =
            posting::standing(conn, reporter.id, Place::Community(in_thread.community_id))?;
        policy::require_can_report(
            standing,
            reporter.id,
            PostFacts::from(&target),
            is_member,
            now,
        )?;
        if report::exists(conn, post_id, reporter.id)? {
            return Err(AppError::Conflict(
                "You have already reported this post. Moderators will look at it.".into(),
            ));
        }
        report::insert(
            conn,
            &NewReport {
                post_id,
                reporter_id: reporter.id,
                reason,
                note: note.trim(),
                created_at: now,
            },
        )?;
        if reason == report::AT_RISK {
            let shown = target
                .published_revision_id
                .map(|id| revision::find(conn, id))
                .transpose()?;
            let finding = shown.and_then(|r| CrisisFinding::parse(&r.crisis));
            crisis::flag(conn, post_id, finding.as_ref(), "report")?;
        }
        let hide = report::open_count(conn, post_id)? >= rules.reports_to_hide;
        let next = after_report(&target.state(), hide, now);
        if !post::transition(conn, post_id, &target.state(), &next)? {
            return Err(AppError::Conflict(
                "This post changed a moment ago. Please report it again.".into(),
            ));
        }
        notify::moderators_alerted(conn, rules)?;
        Ok(
            match (next.status() != target.status(), target.is_opening) {
                (false, _) => Reported::Queued,
                (true, false) => Reported::HiddenReply {
                    thread_id: in_thread.id,
                },
                (true, true) => Reported::HiddenDiscussion {
                    community_slug: community::find_by_id(conn, in_thread.community_id)?.slug,
                },
            },
        )
    })
}
