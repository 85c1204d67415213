//! The moderation queue (staff only): each waiting post with the revision under review, its
//! highlighted findings, a diff against the published revision for an edit, and its reports.
//! Showing staff text that is not public is itself audited.

use serde::Serialize;

use crate::config::Rules;
use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::audit::{self, NewEntry};
use crate::models::post::{self, Post, Status, REVIEW_REPORTS};
use crate::models::report::{self, OpenReport};
use crate::models::revision;
use crate::models::{community, thread, user};
use crate::services::screening::{self, Field, Segment, StoredFinding};
use crate::views::diff::{self, DiffPart};
use crate::views::Viewer;

const QUEUE_PAGE: i64 = 100;

#[derive(Serialize, Debug)]
pub struct Queue {
    pub items: Vec<QueueItem>,
    pub communities: Vec<(String, String)>,
    pub community: Option<String>,
    pub overdue_count: usize,
    pub target_hours: i64,
}

#[derive(Serialize, Debug)]
pub struct QueueItem {
    pub post_id: i64,
    pub thread_id: i64,
    pub is_opening: bool,
    /// The revision under review: every decision form carries it.
    pub revision_id: i64,
    pub why: &'static str,
    /// Readers still see the post (an earlier revision, or the reported one).
    pub still_visible: bool,
    pub thread_title: String,
    pub community_slug: String,
    pub community_name: String,
    pub author_handle: String,
    pub waiting_since: i64,
    pub age_text: String,
    pub overdue: bool,
    pub title_segments: Vec<Segment>,
    pub body_segments: Vec<Segment>,
    pub findings: Vec<FindingView>,
    /// For an edit of a published post: what it changes.
    pub diff: Option<Vec<DiffPart>>,
    pub reports: Vec<OpenReport>,
}

/// A finding with the passage it covers, for the moderator to tick for redaction.
#[derive(Serialize, Debug)]
pub struct FindingView {
    pub index: usize,
    pub kind: String,
    pub field: Field,
    pub text: String,
}

impl Queue {
    /// Staff only: the caller has checked the role (`policy`).
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        rules: &Rules,
        community_slug: Option<&str>,
    ) -> AppResult<Queue> {
        let community_id = match community_slug {
            Some(slug) => Some(community::find_by_slug(conn, slug)?.id),
            None => None,
        };
        let waiting = post::waiting_for_staff(conn, community_id, QUEUE_PAGE)?;
        let ids: Vec<i64> = waiting.iter().map(|p| p.id).collect();
        let mut reports = report::open_for_posts(conn, &ids)?;
        let now = db::now();
        let mut items = Vec::with_capacity(waiting.len());
        for found in waiting {
            let own = take_where(&mut reports, |r| r.post_id == found.id);
            if let Some(item) = item(conn, found, own, now, rules)? {
                items.push(item);
            }
        }
        audit_views(conn, viewer, &items)?;
        Ok(Queue {
            overdue_count: items.iter().filter(|i| i.overdue).count(),
            items,
            communities: community::all_slugs_and_names(conn)?,
            community: community_slug.map(str::to_string),
            target_hours: rules.response_target_hours,
        })
    }
}

fn item(
    conn: &mut DbConnection,
    found: Post,
    reports: Vec<OpenReport>,
    now: i64,
    rules: &Rules,
) -> AppResult<Option<QueueItem>> {
    let Some(revision_id) = found.state().revision_under_review() else {
        return Ok(None);
    };
    let reviewed = revision::find(conn, revision_id)?;
    let published = match (found.pending_revision_id, found.published_revision_id) {
        (Some(_), Some(id)) => Some(revision::find(conn, id)?),
        _ => None,
    };
    let thread = thread::find(conn, found.thread_id)?;
    let community = community::find_by_id(conn, thread.community_id)?;
    let findings = screening::parse_findings(&reviewed.findings);
    let title = reviewed
        .title
        .clone()
        .unwrap_or_else(|| thread.title.clone());
    let since = found.review_since.unwrap_or(now);
    let age_minutes = (now - since).max(0) / 60;
    Ok(Some(QueueItem {
        post_id: found.id,
        thread_id: found.thread_id,
        is_opening: found.is_opening,
        revision_id,
        why: match found.review_reason.as_deref() {
            Some(REVIEW_REPORTS) => "reported by members",
            _ => "held by the privacy filter",
        },
        still_visible: found.status() == Status::Published,
        title_segments: screening::segments(&title, &findings, Field::Title),
        body_segments: screening::segments(&reviewed.body_md, &findings, Field::Body),
        findings: finding_views(&findings, &title, &reviewed.body_md),
        diff: published.map(|p| diff::words(&p.body_md, &reviewed.body_md)),
        thread_title: thread.title,
        community_slug: community.slug,
        community_name: community.name,
        author_handle: user::find(conn, found.author_id)?.handle,
        waiting_since: since,
        age_text: match age_minutes {
            m if m >= 60 => format!("{} h {} min", m / 60, m % 60),
            m => format!("{m} min"),
        },
        overdue: age_minutes >= rules.response_target_hours * 60,
        reports,
    }))
}

pub fn finding_views(findings: &[StoredFinding], title: &str, body: &str) -> Vec<FindingView> {
    findings
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let source = if f.field == Field::Title { title } else { body };
            FindingView {
                index,
                kind: f.kind.clone(),
                field: f.field,
                text: source
                    .chars()
                    .skip(f.start)
                    .take(f.end.saturating_sub(f.start))
                    .collect(),
            }
        })
        .collect()
}

/// Every item whose text readers do not see is a staff view of held text.
fn audit_views(conn: &mut DbConnection, viewer: &Viewer, items: &[QueueItem]) -> AppResult<()> {
    let Some(actor) = viewer.id() else {
        return Ok(());
    };
    let kinds: Vec<(i64, String)> = items
        .iter()
        .filter(|i| !i.still_visible || i.diff.is_some())
        .map(|i| {
            let kinds = screening::distinct_kinds(i.findings.iter().map(|f| f.kind.as_str()));
            (i.post_id, kinds.join(","))
        })
        .collect();
    let entries: Vec<NewEntry> = kinds
        .iter()
        .map(|(id, kinds)| NewEntry::post(Some(actor), "view_held", *id, kinds))
        .collect();
    audit::append(conn, &entries)?;
    Ok(())
}

fn take_where<T>(items: &mut Vec<T>, keep: impl Fn(&T) -> bool) -> Vec<T> {
    let (taken, rest): (Vec<T>, Vec<T>) = std::mem::take(items).into_iter().partition(keep);
    *items = rest;
    taken
}
