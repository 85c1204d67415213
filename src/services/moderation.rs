//! The moderation queue, moderators' decisions, and members' reports.

use serde::Serialize;

use crate::auth::{CurrentUser, Role};
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::audit::{self, NewEntry};
use crate::models::post::{self, Decision, Status, WaitingPost};
use crate::models::report::{self, NewReport, OpenReport};
use crate::models::{community, notice, thread};
use crate::services::notify;
use crate::services::posting::{self, REVIEW_REPORTS};
use crate::services::screening::{self, kinds_of, Field, Segment, StoredFinding};

/// One queue item as the moderator sees it.
#[derive(Serialize)]
pub struct QueueItem {
    pub post_id: i64,
    pub thread_id: i64,
    pub is_opening: bool,
    pub status: String,
    pub reason: String,
    pub thread_title: String,
    pub community_slug: String,
    pub community_name: String,
    pub author_handle: String,
    pub waiting_since: i64,
    pub age_minutes: i64,
    pub age_text: String,
    pub overdue: bool,
    pub title_segments: Vec<Segment>,
    pub body_segments: Vec<Segment>,
    pub findings: Vec<FindingView>,
    pub reports: Vec<OpenReport>,
}

/// A finding with the passage it covers, for the moderator to tick for redaction.
#[derive(Serialize)]
pub struct FindingView {
    pub index: usize,
    pub kind: String,
    pub field: Field,
    pub text: String,
}

fn finding_views(findings: &[StoredFinding], title: &str, body: &str) -> Vec<FindingView> {
    findings
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let source = if f.field == Field::Title { title } else { body };
            let text = source
                .chars()
                .skip(f.start)
                .take(f.end.saturating_sub(f.start))
                .collect();
            FindingView {
                index,
                kind: f.kind.clone(),
                field: f.field,
                text,
            }
        })
        .collect()
}

const QUEUE_PAGE: i64 = 100;

/// The queue, oldest first. Showing a held post's text to staff is itself audited.
pub fn queue(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    community_slug: Option<&str>,
) -> AppResult<Vec<QueueItem>> {
    actor.require(Role::Moderator)?;
    let community_id = match community_slug {
        Some(slug) => Some(community::find_by_slug(conn, slug)?.id),
        None => None,
    };
    let waiting = post::waiting(conn, community_id, QUEUE_PAGE)?;
    let ids: Vec<i64> = waiting.iter().map(|w| w.post.id).collect();
    let mut reports = report::open_for_posts(conn, &ids)?;
    let now = db::now();
    let items: Vec<QueueItem> = waiting
        .into_iter()
        .map(|w| {
            let own: Vec<OpenReport> = take_where(&mut reports, |r| r.post_id == w.post.id);
            queue_item(w, own, now, rules)
        })
        .collect();
    let kinds: Vec<String> = items.iter().map(|i| kind_list(&i.findings)).collect();
    let views: Vec<NewEntry> = items
        .iter()
        .zip(&kinds)
        .filter(|(i, _)| i.status == Status::Held.as_str())
        .map(|(i, k)| NewEntry::post(actor.id, "view_held", i.post_id, k))
        .collect();
    audit::append(conn, &views)?;
    Ok(items)
}

fn kind_list(findings: &[FindingView]) -> String {
    screening::distinct_kinds(findings.iter().map(|f| f.kind.as_str())).join(",")
}

fn take_where<T>(items: &mut Vec<T>, keep: impl Fn(&T) -> bool) -> Vec<T> {
    let (taken, rest): (Vec<T>, Vec<T>) = std::mem::take(items).into_iter().partition(keep);
    *items = rest;
    taken
}

fn queue_item(w: WaitingPost, reports: Vec<OpenReport>, now: i64, rules: &Rules) -> QueueItem {
    let findings = screening::parse_findings(&w.post.privacy_findings);
    let since = w.post.review_since.unwrap_or(now);
    let age_minutes = (now - since).max(0) / 60;
    QueueItem {
        post_id: w.post.id,
        thread_id: w.post.thread_id,
        is_opening: w.post.is_opening,
        status: w.post.status.clone(),
        reason: w.post.review_reason.clone().unwrap_or_default(),
        title_segments: screening::segments(&w.thread_title, &findings, Field::Title),
        body_segments: screening::segments(&w.post.body_md, &findings, Field::Body),
        findings: finding_views(&findings, &w.thread_title, &w.post.body_md),
        thread_title: w.thread_title,
        community_slug: w.community_slug,
        community_name: w.community_name,
        author_handle: w.author_handle,
        waiting_since: since,
        age_minutes,
        age_text: match age_minutes {
            m if m >= 60 => format!("{} h {} min", m / 60, m % 60),
            m => format!("{m} min"),
        },
        overdue: age_minutes >= rules.response_target_hours * 60,
        reports,
    }
}

/// What a moderator decides about a waiting post.
pub enum Verdict {
    Approve,
    Reject {
        reason: String,
    },
    /// Replace the chosen findings (indices into the post's findings) with `[removed: KIND]`, then publish.
    Redact {
        chosen: Vec<usize>,
    },
}

impl Verdict {
    /// The word the author's email uses.
    fn outcome(&self) -> &'static str {
        match self {
            Verdict::Approve => "approved",
            Verdict::Reject { .. } => "rejected",
            Verdict::Redact { .. } => "redacted",
        }
    }

    fn action(&self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::Reject { .. } => "reject",
            Verdict::Redact { .. } => "redact",
        }
    }
}

const ALREADY_DECIDED: &str = "Another moderator has already decided about this post.";

/// Applies a verdict once: a post that no longer waits gets a clear "already decided".
pub fn decide(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    verdict: &Verdict,
) -> AppResult<()> {
    actor.require(Role::Moderator)?;
    write_tx(conn, |conn| {
        let target = post::find(conn, post_id)?;
        if target.review_since.is_none() {
            return Err(AppError::Conflict(ALREADY_DECIDED.into()));
        }
        let findings = screening::parse_findings(&target.privacy_findings);
        let mut kinds = kinds_of(&findings);
        if let Verdict::Redact { chosen } = verdict {
            kinds = redact(conn, &target, &findings, chosen)?;
        }
        let now = db::now();
        let (status, reason) = match verdict {
            Verdict::Reject { reason } => (Status::Rejected, Some(reason.as_str())),
            _ => (Status::Published, None),
        };
        let decision = Decision {
            status,
            moderator_id: actor.id,
            at: now,
            rejection_reason: reason,
        };
        if post::decide(conn, post_id, &decision)? == 0 {
            return Err(AppError::Conflict(ALREADY_DECIDED.into()));
        }
        report::resolve_for_post(conn, post_id, actor.id, now)?;
        thread::touch_activity(conn, target.thread_id, status, now)?;
        audit::append(
            conn,
            &[NewEntry::post(actor.id, verdict.action(), post_id, &kinds)],
        )?;
        notice::send(
            conn,
            target.author_id,
            &outcome_notice(verdict),
            Some(&format!("/p/{post_id}")),
        )?;
        notify::moderation_outcome(conn, target.author_id, post_id, verdict.outcome())?;
        if status == Status::Published && target.status != Status::Published.as_str() {
            let published = post::find(conn, post_id)?;
            posting::announce(conn, rules, &published)?;
        }
        Ok(())
    })
}

/// The author's notice: the decision and, for a rejection, the moderator's reason. No post text.
fn outcome_notice(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Approve => "A moderator reviewed your post and published it.".into(),
        Verdict::Redact { .. } => {
            "A moderator removed personal details from your post and published it.".into()
        }
        Verdict::Reject { reason } => {
            format!("A moderator did not publish your post. Reason: {reason}")
        }
    }
}

/// Overwrites the chosen spans in body and title; returns the kinds removed.
fn redact(
    conn: &mut DbConnection,
    target: &post::Post,
    findings: &[StoredFinding],
    chosen: &[usize],
) -> AppResult<String> {
    let picked: Vec<&StoredFinding> = chosen.iter().filter_map(|&i| findings.get(i)).collect();
    if picked.is_empty() {
        return Err(AppError::Field {
            field: "spans",
            message: "Choose at least one passage to remove.".into(),
        });
    }
    let body = screening::redact(&target.body_md, &picked, Field::Body);
    let kept: Vec<StoredFinding> = findings
        .iter()
        .enumerate()
        .filter(|(i, _)| !chosen.contains(i))
        .map(|(_, f)| f.clone())
        .collect();
    let kept_json = serde_json::to_string(&kept).unwrap_or_else(|_| "[]".into());
    post::replace_text(conn, target.id, &body, &markdown::render(&body), &kept_json)?;
    if target.is_opening && picked.iter().any(|f| f.field == Field::Title) {
        let title = thread::find(conn, target.thread_id)?.title;
        thread::set_title(
            conn,
            target.thread_id,
            &screening::redact(&title, &picked, Field::Title),
        )?;
    }
    let removed: Vec<StoredFinding> = picked.into_iter().cloned().collect();
    Ok(kinds_of(&removed))
}

/// A member reports a post they can see; enough reports from different members hide it.
pub fn report(
    conn: &mut DbConnection,
    reporter: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    reason: &str,
    note: &str,
) -> AppResult<()> {
    if !report::is_reason(reason) {
        return Err(AppError::Field {
            field: "reason",
            message: "Choose a reason.".into(),
        });
    }
    let target = post::find_visible(conn, post_id, &reporter.viewer())?;
    if target.author_id == reporter.id {
        return Err(AppError::Conflict(
            "You cannot report your own post; edit or delete it instead.".into(),
        ));
    }
    write_tx(conn, |conn| {
        if report::exists(conn, post_id, reporter.id)? {
            return Err(AppError::Conflict(
                "You have already reported this post. Moderators will look at it.".into(),
            ));
        }
        let now = db::now();
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
        let hide = report::open_count(conn, post_id)? >= rules.reports_to_hide;
        post::queue_for_review(conn, post_id, REVIEW_REPORTS, hide, now)?;
        notify::moderators_alerted(conn, rules)?;
        Ok(())
    })
}
