//! The moderation queue (staff only): each waiting post with the revision under review, its
//! highlighted findings, a diff against the published revision for an edit, and its reports.
//! Showing staff text that is not public is itself audited.

use serde::Serialize;

use crate::config::Rules;
use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::audit::{self, NewEntry};
use crate::models::crisis_item::{self, CrisisItem};
use crate::models::post::{self, Post, Status, REVIEW_CRISIS, REVIEW_REPORTS};
use crate::models::report::{self, OpenReport};
use crate::models::revision;
use crate::models::{community, thread, user};
use crate::policy::ModerationScope;
use crate::services::crisis::{self, ResponseTimes};
use crate::services::screening::CrisisFinding;
use crate::services::screening::{self, Field, Segment, StoredFinding};
use crate::views::diff::{self, DiffPart};
use crate::views::Viewer;

const QUEUE_PAGE: i64 = 100;

#[derive(Serialize, Debug)]
pub struct Queue {
    /// Posts that suggest someone may be at risk: first, imminent ones at the top.
    pub crisis: Vec<CrisisCard>,
    /// Time to the first staff response on crisis items, last 7 and 30 days.
    pub crisis_times: Vec<ResponseTimes>,
    pub crisis_target_minutes: i64,
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
    /// In the crisis lane: decided on its own, never in a batch.
    pub crisis: bool,
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
    pub reports: Vec<ReportLine>,
    /// A moderator asked the author to revise it: their words, and when.
    pub revise_note: Option<String>,
    pub revise_asked_at: Option<i64>,
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
    /// The items of the communities in `scope` (the caller asked the policy for it).
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        rules: &Rules,
        scope: &ModerationScope,
        community_slug: Option<&str>,
    ) -> AppResult<Queue> {
        let community_id = match community_slug {
            Some(slug) => Some(community::find_by_slug(conn, slug)?.id),
            None => None,
        };
        let within = scope.within();
        let waiting = post::waiting_for_staff(conn, community_id, within, QUEUE_PAGE)?;
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
        let crisis = crisis_cards(conn, viewer, rules, now)?;
        Ok(Queue {
            crisis,
            crisis_times: crisis::response_times(conn, now)?,
            crisis_target_minutes: rules.crisis_target_minutes,
            overdue_count: items.iter().filter(|i| i.overdue).count(),
            items,
            communities: community::slugs_and_names(conn, within)?,
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
        crisis: found.review_reason.as_deref() == Some(REVIEW_CRISIS),
        why: match found.review_reason.as_deref() {
            Some(REVIEW_REPORTS) => "reported by members",
            Some(REVIEW_CRISIS) => {
                "kept from other readers: it names a method (see the crisis item above)"
            }
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
        reports: reports.into_iter().map(ReportLine::from).collect(),
        revise_note: found.revise_note.clone(),
        revise_asked_at: found.revise_asked_at,
    }))
}

/// A member's report as the queue shows it: the reason in words, and their note.
#[derive(Serialize, Debug)]
pub struct ReportLine {
    pub reason: &'static str,
    pub note: String,
    pub created_at: i64,
}

impl From<OpenReport> for ReportLine {
    fn from(r: OpenReport) -> ReportLine {
        ReportLine {
            reason: report::reason_label(&r.reason),
            note: r.note,
            created_at: r.created_at,
        }
    }
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

/// A crisis item as the moderator works it.
#[derive(Serialize, Debug)]
pub struct CrisisCard {
    pub id: i64,
    pub post_id: i64,
    pub level_label: &'static str,
    pub about_someone_else: bool,
    pub method_detail: bool,
    pub reported: bool,
    /// The post is held from other readers until a moderator decides about it below.
    pub post_held: bool,
    pub author_handle: String,
    pub thread_title: String,
    pub community_name: String,
    pub age_text: String,
    pub overdue: bool,
    pub responded: bool,
    pub title_segments: Vec<Segment>,
    pub body_segments: Vec<Segment>,
    /// A supportive reply to start from (editable), following the guidance for platforms.
    pub reply_draft: &'static str,
}

/// Supportive words: acknowledge, thank, care, signpost; no judgement and no detail.
const REPLY_FOR_SELF: &str = "Thank you for telling us how you are feeling. It sounds really hard right now, and we are glad you reached out here. You are not alone. If you are in danger, please call your local emergency number. You can also talk to someone now, day or night, on the crisis lines shown on this page.";
const REPLY_FOR_OTHER: &str = "Thank you for looking out for them; being worried about someone is hard. If they are in danger now, call your local emergency number. A crisis line can also help you work out what to say and do, and you will find the numbers on this page.";

fn level_label(level: &str) -> &'static str {
    match level {
        "imminent" => "Imminent risk",
        "ideation" => "Thoughts of suicide",
        "self_harm" => "Self-harm",
        _ => "Reported: someone may be at risk",
    }
}

fn crisis_cards(
    conn: &mut DbConnection,
    viewer: &Viewer,
    rules: &Rules,
    now: i64,
) -> AppResult<Vec<CrisisCard>> {
    let mut open = crisis_item::open_items(conn)?;
    open.sort_by_key(|i| (crisis_item::rank(&i.level), i.opened_at));
    let mut cards = Vec::with_capacity(open.len());
    for item in open {
        cards.extend(crisis_card(conn, viewer, rules, item, now)?);
    }
    Ok(cards)
}

fn crisis_card(
    conn: &mut DbConnection,
    viewer: &Viewer,
    rules: &Rules,
    item: CrisisItem,
    now: i64,
) -> AppResult<Option<CrisisCard>> {
    let found = post::find(conn, item.post_id)?;
    let shown_id = found.pending_revision_id.or(found.published_revision_id);
    let shown = shown_id.map(|id| revision::find(conn, id)).transpose()?;
    let thread = thread::find(conn, found.thread_id)?;
    if !viewer.moderates(thread.community_id) {
        return Ok(None);
    }
    let finding = shown.as_ref().and_then(|r| CrisisFinding::parse(&r.crisis));
    let spans = finding
        .as_ref()
        .map(CrisisFinding::as_findings)
        .unwrap_or_default();
    let title = shown
        .as_ref()
        .and_then(|r| r.title.clone())
        .unwrap_or_else(|| thread.title.clone());
    let body = shown
        .as_ref()
        .map(|r| r.body_md.clone())
        .unwrap_or_default();
    let public = found.status() == Status::Published && shown_id == found.published_revision_id;
    if let (Some(actor), false) = (viewer.id(), public) {
        audit::append(
            conn,
            &[NewEntry::post(Some(actor), "view_held", found.id, "")],
        )?;
    }
    let age_minutes = (now - item.opened_at).max(0) / 60;
    let about_someone_else = item.subject == "other";
    Ok(Some(CrisisCard {
        id: item.id,
        post_id: found.id,
        level_label: level_label(&item.level),
        about_someone_else,
        method_detail: item.method_detail,
        reported: item.source == "report",
        post_held: found.status() != Status::Published,
        author_handle: user::find(conn, found.author_id)?.handle,
        community_name: community::find_by_id(conn, thread.community_id)?.name,
        thread_title: thread.title,
        age_text: format!("{age_minutes} min"),
        overdue: item.first_response_at.is_none() && age_minutes >= rules.crisis_target_minutes,
        responded: item.first_response_at.is_some(),
        title_segments: screening::segments(&title, &spans, Field::Title),
        body_segments: screening::segments(&body, &spans, Field::Body),
        reply_draft: if about_someone_else {
            REPLY_FOR_OTHER
        } else {
            REPLY_FOR_SELF
        },
    }))
}
