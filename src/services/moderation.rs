//! Moderators' decisions about waiting posts. Each decision names the revision the moderator
//! judged; if the post changed since (an edit, another moderator), it answers 409 and the
//! item stays in the queue with the new text.

use crate::auth::CurrentUser;
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::audit::{self, NewEntry};
use crate::models::post::{self, Post, PostState, Status, REVIEW_CRISIS};
use crate::models::revision::{self, NewRevision, Revision};
use crate::models::{notice, report, thread};
use crate::policy;
use crate::services::notify;
use crate::services::posting;
use crate::services::screening::{self, kinds_of, Field, StoredFinding};

/// What a moderator decides about the revision under review.
pub enum Verdict {
    Approve,
    Reject {
        reason: String,
    },
    /// Replace the chosen findings (indices into the revision's findings) with
    /// `[removed: KIND]`, then publish.
    Redact {
        chosen: Vec<usize>,
    },
    /// Decide nothing yet: the item waits, and its author is asked, in the moderator's words,
    /// to revise the post (their edit comes back to the queue, or publishes itself when it
    /// resolves a privacy hold).
    Revise {
        message: String,
    },
}

impl Verdict {
    pub fn action(&self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::Reject { .. } => "reject",
            Verdict::Redact { .. } => "redact",
            Verdict::Revise { .. } => "ask_revision",
        }
    }

    /// The word the author's email uses.
    fn outcome(&self) -> &'static str {
        match self {
            Verdict::Approve => "approved",
            Verdict::Reject { .. } => "rejected",
            Verdict::Redact { .. } => "redacted",
            Verdict::Revise { .. } => "revise",
        }
    }
}

pub const ALREADY_DECIDED: &str = "Another moderator has already decided about this post.";
pub const CHANGED: &str =
    "This post changed since you opened it. Its new text is in the queue: look at it again.";

/// Where a decision leaves a post, and which revisions it deletes.
#[derive(Debug, PartialEq)]
pub struct AfterDecision {
    pub state: PostState,
    pub purge: Vec<i64>,
    /// Only a waiting edit was turned down: the published revision stays on show.
    pub edit_only: bool,
}

/// Approve publishes the revision under review. Reject turns down a waiting edit of a post
/// readers see (which stays as it was), or else takes the post out of view with all its
/// text. Redaction publishes the moderator's new revision and deletes the original.
pub fn after_decision(
    state: &PostState,
    verdict: &Verdict,
    redacted: Option<i64>,
    all_revisions: &[i64],
    now: i64,
) -> AfterDecision {
    let mut next = state.clone();
    (next.review_since, next.review_reason) = (None, None);
    next.pending_revision_id = None;
    let reviewed = state.revision_under_review();
    let mut purge = Vec::new();
    let mut edit_only = false;
    match verdict {
        Verdict::Approve | Verdict::Redact { .. } => {
            if state.pending_revision_id.is_some() && state.published_revision_id.is_some() {
                next.edited_at = Some(now);
            }
            next.published_revision_id = redacted.or(reviewed);
            next.status = Status::Published.as_str().into();
            if redacted.is_some() {
                purge.extend(reviewed);
            }
        }
        Verdict::Revise { .. } => {
            return AfterDecision {
                state: state.clone(),
                purge,
                edit_only,
            }
        }
        Verdict::Reject { .. } => {
            edit_only = state.pending_revision_id.is_some()
                && state.published_revision_id.is_some()
                && state.status() == Status::Published;
            if edit_only {
                purge.extend(state.pending_revision_id);
            } else {
                next.status = Status::Rejected.as_str().into();
                next.published_revision_id = None;
                purge.extend_from_slice(all_revisions);
            }
        }
    }
    AfterDecision {
        state: next,
        purge,
        edit_only,
    }
}

/// Applies a verdict to the revision the moderator saw, once; a decision without the revision,
/// or on one that no longer waits, gets 409.
pub fn decide(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    revision: Option<i64>,
    verdict: &Verdict,
) -> AppResult<()> {
    decide_one(conn, actor, rules, (post_id, revision), verdict, false)
}

/// What a decision on several items did: how many it decided, and which it left (each
/// changed since the moderator looked, was decided by someone else, or is a crisis post).
#[derive(Debug, Default, PartialEq)]
pub struct Batch {
    pub decided: usize,
    pub left: Vec<i64>,
}

const CRISIS_ONE_BY_ONE: &str = "A post in which someone may be at risk is decided on its own.";

/// One verdict (approve, or reject with one reason) on several items, each on the revision
/// the moderator saw and in its own transaction, so one that changed leaves the others
/// decided. Posts in the crisis lane are never decided in a batch.
pub fn decide_many(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    items: &[(i64, i64)],
    verdict: &Verdict,
) -> AppResult<Batch> {
    if matches!(verdict, Verdict::Redact { .. } | Verdict::Revise { .. }) {
        return Err(AppError::Invalid(
            "Several items at once: approve or reject.".into(),
        ));
    }
    let mut batch = Batch::default();
    for &(post_id, revision) in items {
        match decide_one(conn, actor, rules, (post_id, Some(revision)), verdict, true) {
            Ok(()) => batch.decided += 1,
            Err(AppError::Conflict(_) | AppError::NotFound) => batch.left.push(post_id),
            Err(other) => return Err(other),
        }
    }
    Ok(batch)
}

fn decide_one(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    (post_id, revision): (i64, Option<i64>),
    verdict: &Verdict,
    in_batch: bool,
) -> AppResult<()> {
    policy::require_moderation_scope(actor)?;
    write_tx(conn, |conn| {
        let target = post::find_for_update(conn, post_id)?;
        let community_id = thread::find(conn, target.thread_id)?.community_id;
        policy::require_can_moderate(actor, community_id)?;
        if target.review_since.is_none() {
            return Err(AppError::Conflict(ALREADY_DECIDED.into()));
        }
        if in_batch && target.review_reason.as_deref() == Some(REVIEW_CRISIS) {
            return Err(AppError::Conflict(CRISIS_ONE_BY_ONE.into()));
        }
        let under_review = target.state().revision_under_review();
        let Some(revision_id) = revision.filter(|r| under_review == Some(*r)) else {
            return Err(AppError::Conflict(CHANGED.into()));
        };
        let reviewed = revision::find(conn, revision_id)?;
        let findings = screening::parse_findings(&reviewed.findings);
        let now = db::now();
        if let Verdict::Revise { message } = verdict {
            return ask_to_revise(conn, actor, &target, revision_id, message, now);
        }
        let (redacted, kinds) = match verdict {
            Verdict::Redact { chosen } => {
                let (new, kinds) = redact(conn, actor, rules, &reviewed, &findings, chosen, now)?;
                (Some(new), kinds)
            }
            _ => (None, kinds_of(&findings)),
        };
        let all = revision::ids_of_post(conn, post_id)?;
        let outcome = after_decision(
            &target.state(),
            verdict,
            redacted.as_ref().map(|r| r.id),
            &all,
            now,
        );
        if !post::transition(conn, post_id, &target.state(), &outcome.state)? {
            return Err(AppError::Conflict(ALREADY_DECIDED.into()));
        }
        revision::purge(conn, &outcome.purge)?;
        let reason = match verdict {
            Verdict::Reject { reason } => Some(reason.as_str()),
            _ => None,
        };
        post::record_decision(conn, post_id, actor.id, now, reason)?;
        report::resolve_for_post(conn, post_id, actor.id, now)?;
        retitle(
            conn,
            &target,
            &outcome,
            redacted.as_ref().unwrap_or(&reviewed),
        )?;
        let note = format!("revision {revision_id}");
        let entry = NewEntry::post(Some(actor.id), verdict.action(), post_id, &kinds).noted(&note);
        audit::append(conn, &[entry])?;
        tell_author(conn, &target, verdict, outcome.edit_only)?;
        if outcome.state.status() == Status::Published {
            thread::touch_activity(conn, target.thread_id, Status::Published, now)?;
            if target.status() != Status::Published {
                let published = post::find_for_update(conn, post_id)?;
                posting::announce(conn, rules, &published)?;
            }
        }
        Ok(())
    })
}

/// The item keeps waiting; the author hears the moderator's words on the site (the email
/// says only that a moderator asked, with a link). Audited with the revision, not the words.
fn ask_to_revise(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    target: &Post,
    revision_id: i64,
    message: &str,
    now: i64,
) -> AppResult<()> {
    post::set_revise_request(conn, target.id, Some((message, now)))?;
    let note = format!("revision {revision_id}");
    let entry = NewEntry::post(Some(actor.id), "ask_revision", target.id, "").noted(&note);
    audit::append(conn, &[entry])?;
    notice::send(
        conn,
        target.author_id,
        &format!("A moderator asked you to revise your post before it is published: {message}"),
        Some(&format!("/p/{}/edit", target.id)),
    )?;
    notify::moderation_outcome(conn, target.author_id, target.id, "revise")
}

/// The thread title follows its opening post: the published revision's title, or, when the
/// opening post is rejected, a placeholder (the original may hold an identifier).
fn retitle(
    conn: &mut DbConnection,
    target: &Post,
    outcome: &AfterDecision,
    shown: &Revision,
) -> AppResult<()> {
    if !target.is_opening || outcome.edit_only {
        return Ok(());
    }
    let title = match outcome.state.status() {
        Status::Published => shown.title.clone(),
        _ => Some("Removed discussion".to_string()),
    };
    if let Some(title) = title {
        thread::set_title(conn, target.thread_id, &title)?;
    }
    Ok(())
}

fn tell_author(
    conn: &mut DbConnection,
    target: &Post,
    verdict: &Verdict,
    edit_only: bool,
) -> AppResult<()> {
    let text = match (verdict, edit_only) {
        (Verdict::Approve, _) => "A moderator reviewed your post and published it.".to_string(),
        (Verdict::Redact { .. }, _) => {
            "A moderator removed personal details from your post and published it.".to_string()
        }
        (Verdict::Reject { reason }, true) => format!(
            "A moderator did not publish your edit; the earlier version stays. Reason: {reason}"
        ),
        (Verdict::Reject { reason }, false) => {
            format!("A moderator did not publish your post. Reason: {reason}")
        }
        (Verdict::Revise { message }, _) => message.clone(),
    };
    notice::send(
        conn,
        target.author_id,
        &text,
        Some(&format!("/p/{}", target.id)),
    )?;
    notify::moderation_outcome(conn, target.author_id, target.id, verdict.outcome())
}

/// A new revision, by the moderator, with the chosen spans of the reviewed one removed; it is
/// screened again so what remains is on record. Returns it and the kinds removed.
fn redact(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    reviewed: &Revision,
    findings: &[StoredFinding],
    chosen: &[usize],
    now: i64,
) -> AppResult<(Revision, String)> {
    let picked: Vec<&StoredFinding> = chosen.iter().filter_map(|&i| findings.get(i)).collect();
    if picked.is_empty() {
        return Err(AppError::Field {
            field: "spans",
            message: "Choose at least one passage to remove.".into(),
        });
    }
    let body = screening::redact(&reviewed.body_md, &picked, Field::Body);
    let title = reviewed
        .title
        .as_deref()
        .map(|t| screening::redact(t, &picked, Field::Title));
    let rescreened = screening::screen(title.as_deref(), &body, rules.privacy_threshold);
    let created = revision::insert(
        conn,
        &NewRevision {
            post_id: reviewed.post_id,
            editor_id: actor.id,
            title: title.as_deref(),
            body_md: &body,
            body_html: &markdown::render(&body),
            findings: &rescreened.to_json(),
            crisis: &rescreened.crisis_json(),
            created_at: now,
        },
    )?;
    let removed: Vec<StoredFinding> = picked.into_iter().cloned().collect();
    Ok((created, kinds_of(&removed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiting(status: Status, published: Option<i64>, pending: Option<i64>) -> PostState {
        PostState {
            status: status.as_str().into(),
            published_revision_id: published,
            pending_revision_id: pending,
            review_since: Some(10),
            review_reason: Some("privacy".into()),
            edited_at: None,
        }
    }

    #[test]
    fn approval_publishes_the_revision_under_review() {
        let after = after_decision(
            &waiting(Status::Published, Some(1), Some(2)),
            &Verdict::Approve,
            None,
            &[1, 2],
            50,
        );
        assert_eq!(after.state.published_revision_id, Some(2));
        assert_eq!(after.state.pending_revision_id, None);
        assert_eq!(after.state.edited_at, Some(50));
        assert!(after.purge.is_empty());
    }

    #[test]
    fn rejecting_an_edit_keeps_the_published_post_and_deletes_the_edit() {
        let reject = Verdict::Reject {
            reason: "identifier".into(),
        };
        let after = after_decision(
            &waiting(Status::Published, Some(1), Some(2)),
            &reject,
            None,
            &[1, 2],
            50,
        );
        assert!(after.edit_only);
        assert_eq!(after.state.status, "published");
        assert_eq!(after.state.published_revision_id, Some(1));
        assert_eq!(after.purge, [2]);

        let after = after_decision(
            &waiting(Status::Held, None, Some(2)),
            &reject,
            None,
            &[2],
            50,
        );
        assert_eq!(after.state.status, "rejected");
        assert_eq!(after.purge, [2], "a rejected original is deleted");
    }

    #[test]
    fn redaction_publishes_the_new_revision_and_deletes_the_original() {
        let redact = Verdict::Redact { chosen: vec![0] };
        let after = after_decision(
            &waiting(Status::Held, None, Some(2)),
            &redact,
            Some(3),
            &[2, 3],
            50,
        );
        assert_eq!(after.state.published_revision_id, Some(3));
        assert_eq!(after.state.status, "published");
        assert_eq!(after.purge, [2]);
    }
}
