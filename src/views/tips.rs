//! Health tips for one viewer: public lists of vetted tips, a tip's page with the revision
//! waiting for review where the viewer may read it, the reviewers' list and the edit form.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::tip::{self, Tip, TipRevision, CHANGES_REQUESTED, HELD, PENDING, PUBLISHED};
use crate::models::user;
use crate::policy;
use crate::schema::{communities, tip_revisions, tips, users};
use crate::services::screening::{self, Field, Segment};
use crate::views::thread_page::StateNote;
use crate::views::visibility::{may_see_waiting_tip, tips_seen_by};
use crate::views::{AuthorRow, Byline, Viewer};

/// A tip in a list.
#[derive(Serialize, Debug)]
pub struct TipCard {
    pub id: i64,
    pub title: String,
    pub byline: Byline,
    pub community_slug: String,
    pub community_name: String,
    pub pinned: bool,
    pub reviewer_handle: Option<String>,
    pub last_reviewed_at: Option<i64>,
    pub review_due: bool,
    /// For reviewers: why the tip is on their list.
    pub state: Option<StateNote>,
}

type CardRow = (Tip, String, String, AuthorRow, TipRevision);

fn card(
    conn: &mut DbConnection,
    row: CardRow,
    due_before: i64,
    state: Option<StateNote>,
) -> AppResult<TipCard> {
    let (tip, community_slug, community_name, author, revision) = row;
    let reviewer_handle = match tip.reviewer_id {
        Some(id) => Some(user::find(conn, id)?.handle),
        None => None,
    };
    Ok(TipCard {
        id: tip.id,
        title: revision.title,
        byline: author.byline(),
        community_slug,
        community_name,
        pinned: tip.pinned,
        reviewer_handle,
        last_reviewed_at: tip.last_reviewed_at,
        review_due: review_due(&tip, due_before),
        state,
    })
}

fn review_due(tip: &Tip, due_before: i64) -> bool {
    tip.published_revision_id.is_some() && tip.last_reviewed_at.is_some_and(|at| at < due_before)
}

/// Published tips with their vetted revision, pinned first, then the most recently reviewed:
/// of one community or all.
fn published_rows(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    limit: i64,
) -> AppResult<Vec<CardRow>> {
    let mut query = tips::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(tips::author_id)))
        .inner_join(
            tip_revisions::table.on(tips::published_revision_id.eq(tip_revisions::id.nullable())),
        )
        .order((
            tips::pinned.desc(),
            tips::last_reviewed_at.desc(),
            tips::id.desc(),
        ))
        .limit(limit)
        .select((
            Tip::as_select(),
            communities::slug,
            communities::name,
            AuthorRow::as_select(),
            TipRevision::as_select(),
        ))
        .into_boxed();
    if let Some(id) = community_id {
        query = query.filter(tips::community_id.eq(id));
    }
    Ok(query.load(conn)?)
}

pub fn published(
    conn: &mut DbConnection,
    community_id: Option<i64>,
    limit: i64,
    due_before: i64,
) -> AppResult<Vec<TipCard>> {
    let rows = published_rows(conn, community_id, limit)?;
    rows.into_iter()
        .map(|row| card(conn, row, due_before, None))
        .collect()
}

/// A published tip in a feed: its vetted text and dates.
#[derive(Serialize, Debug)]
pub struct FeedEntry {
    pub id: i64,
    pub title: String,
    pub body_html: String,
    pub author_handle: String,
    pub author_profession: Option<String>,
    /// The last review, or the last change for a tip never reviewed since.
    pub updated_at: i64,
}

pub fn feed(conn: &mut DbConnection, community_id: i64, limit: i64) -> AppResult<Vec<FeedEntry>> {
    Ok(published_rows(conn, Some(community_id), limit)?
        .into_iter()
        .map(|(tip, _, _, author, revision)| FeedEntry {
            id: tip.id,
            title: revision.title,
            body_html: revision.body_html,
            author_handle: author.handle,
            author_profession: author.clinician_profession,
            updated_at: tip.last_reviewed_at.unwrap_or(tip.updated_at),
        })
        .collect())
}

/// A tip's text as a page shows it.
#[derive(Serialize, Debug, Clone)]
pub struct TipText {
    pub title: String,
    pub body_html: String,
    pub references: Vec<Reference>,
    /// Highlighted passages when the privacy filter holds this revision.
    pub held_body: Option<Vec<Segment>>,
    pub held_references: Option<Vec<Segment>>,
}

#[derive(Serialize, Debug, Clone)]
pub struct Reference {
    pub text: String,
    /// A web address to link; DOIs are shown as text.
    pub link: Option<String>,
}

impl TipText {
    fn of(revision: &TipRevision) -> TipText {
        let findings = screening::parse_findings(&revision.findings);
        TipText {
            title: revision.title.clone(),
            body_html: revision.body_html.clone(),
            references: revision
                .reference_list
                .lines()
                .map(|r| Reference {
                    text: r.to_string(),
                    link: r.starts_with("http").then(|| r.to_string()),
                })
                .collect(),
            held_body: (!findings.is_empty())
                .then(|| screening::segments(&revision.body_md, &findings, Field::Body)),
            held_references: findings
                .iter()
                .any(|f| f.field == Field::References)
                .then(|| {
                    screening::segments(&revision.reference_list, &findings, Field::References)
                }),
        }
    }
}

#[derive(Serialize, Debug)]
pub struct TipPage {
    pub id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub byline: Byline,
    /// The main text: the vetted one everyone reads, or before the first approval the one
    /// waiting; none when there is no text left (a rejected tip).
    pub shown: Option<TipText>,
    pub is_published: bool,
    /// An edit waiting for review beside a published text, for those who may read it.
    pub waiting_edit: Option<TipText>,
    pub reviewer_handle: Option<String>,
    pub last_reviewed_at: Option<i64>,
    pub review_due: bool,
    pub pinned: bool,
    pub state: Option<StateNote>,
    /// The reviewer's comment, for the author and staff.
    pub review_comment: Option<String>,
    pub can_edit: bool,
    /// The revision a review decides on, when the viewer may review now.
    pub review_revision: Option<i64>,
    pub renewal: bool,
    pub can_pin: bool,
}

fn tip_state(tip: &Tip) -> Option<StateNote> {
    let note = |class, text| Some(StateNote { class, text });
    match (tip.status.as_str(), tip.published_revision_id.is_some()) {
        (PENDING, false) => note("badge", "Waiting for a second reviewer: not public yet."),
        (HELD, _) => note("badge-held", "Held for privacy review: it seems to contain personal information. Only its author and moderators can see it."),
        (CHANGES_REQUESTED, _) => note("badge-held", "Changes requested by a reviewer."),
        (tip::REJECTED, _) => note("badge-rejected", "Not published."),
        (PENDING, true) => note("badge", "An edit waits for a second reviewer; readers see the vetted version."),
        _ => None,
    }
}

impl TipPage {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        id: i64,
        due_before: i64,
    ) -> AppResult<TipPage> {
        let (found, community_slug, community_name, author): (Tip, String, String, AuthorRow) =
            tips::table
                .inner_join(communities::table)
                .inner_join(users::table.on(users::id.eq(tips::author_id)))
                .filter(tips::id.eq(id))
                .filter(tips_seen_by(viewer))
                .select((
                    Tip::as_select(),
                    communities::slug,
                    communities::name,
                    AuthorRow::as_select(),
                ))
                .first(conn)?;
        let published = found
            .published_revision_id
            .map(|id| tip::find_revision(conn, id))
            .transpose()?;
        let waiting = match found.pending_revision_id {
            Some(id) if may_see_waiting_tip(viewer, &found) => Some(tip::find_revision(conn, id)?),
            _ => None,
        };
        audit_held_view(conn, viewer, &found, waiting.as_ref())?;
        let insider = viewer.is_staff() || viewer.is(found.author_id);
        let held = found.status == HELD;
        let reviewable = [PENDING, HELD, PUBLISHED].contains(&found.status.as_str());
        let reviewer_handle = match found.reviewer_id {
            Some(id) => Some(user::find(conn, id)?.handle),
            None => None,
        };
        Ok(TipPage {
            id: found.id,
            community_slug,
            community_name,
            byline: author.byline(),
            shown: published.as_ref().or(waiting.as_ref()).map(TipText::of),
            is_published: published.is_some(),
            waiting_edit: waiting
                .as_ref()
                .filter(|_| published.is_some())
                .map(TipText::of),
            reviewer_handle,
            last_reviewed_at: found.last_reviewed_at,
            review_due: review_due(&found, due_before),
            pinned: found.pinned,
            state: tip_state(&found).filter(|_| insider || viewer.is_clinician()),
            review_comment: found.review_comment.clone().filter(|_| insider),
            can_edit: viewer.is(found.author_id) && policy::can_write_tip(viewer.user(), db::now()),
            review_revision: found.revision_under_review().filter(|_| {
                reviewable && policy::can_review_tip(viewer.user(), found.author_id, held)
            }),
            renewal: found.pending_revision_id.is_none(),
            can_pin: viewer.is_staff() && found.published_revision_id.is_some(),
        })
    }
}

/// Staff reading a held tip's text is audited, like held posts.
fn audit_held_view(
    conn: &mut DbConnection,
    viewer: &Viewer,
    found: &Tip,
    waiting: Option<&TipRevision>,
) -> AppResult<()> {
    let (Some(actor), Some(revision)) = (viewer.id(), waiting) else {
        return Ok(());
    };
    if found.status != HELD || !viewer.is_staff() || actor == found.author_id {
        return Ok(());
    }
    let kinds = screening::kinds_of(&screening::parse_findings(&revision.findings));
    let note = format!("tip {}", found.id);
    let entry = NewEntry::user(Some(actor), "view_held_tip", found.author_id, &note);
    audit::append(conn, &[entry.with_kinds(&kinds)])?;
    Ok(())
}

/// What reviewers work on: tips waiting for review that the viewer may vet, and published tips
/// whose last review is older than `due_before`. Oldest first.
pub fn review_list(
    conn: &mut DbConnection,
    viewer: &Viewer,
    due_before: i64,
) -> AppResult<Vec<TipCard>> {
    let waiting = if viewer.is_staff() {
        vec![PENDING, HELD]
    } else {
        vec![PENDING]
    };
    let rows: Vec<(Tip, String, String, AuthorRow)> = tips::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(tips::author_id)))
        .filter(tips_seen_by(viewer))
        .filter(tips::author_id.ne(viewer.id().unwrap_or(0)))
        .filter(
            tips::status.eq_any(waiting).or(tips::published_revision_id
                .is_not_null()
                .and(tips::pending_revision_id.is_null())
                .and(tips::last_reviewed_at.lt(due_before))),
        )
        .order(tips::updated_at.asc())
        .select((
            Tip::as_select(),
            communities::slug,
            communities::name,
            AuthorRow::as_select(),
        ))
        .load(conn)?;
    let mut cards = Vec::with_capacity(rows.len());
    for (tip, slug, name, author) in rows {
        let Some(shown) = tip.revision_under_review() else {
            continue;
        };
        let revision = tip::find_revision(conn, shown)?;
        let state = tip_state(&tip);
        cards.push(card(
            conn,
            (tip, slug, name, author, revision),
            due_before,
            state,
        )?);
    }
    Ok(cards)
}

/// The author's edit form: the newest text, and the reviewer's comment when one asked for changes.
#[derive(Serialize, Debug)]
pub struct TipEditForm {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub references: String,
    pub review_comment: Option<String>,
}

impl TipEditForm {
    pub fn load(conn: &mut DbConnection, viewer: &Viewer, id: i64) -> AppResult<TipEditForm> {
        let found: Tip = tips::table
            .filter(tips::id.eq(id))
            .filter(tips_seen_by(viewer))
            .select(Tip::as_select())
            .first(conn)?;
        if !viewer.is(found.author_id) {
            return Err(AppError::Forbidden);
        }
        let newest = found
            .pending_revision_id
            .or(found.published_revision_id)
            .ok_or(AppError::NotFound)?;
        let revision = tip::find_revision(conn, newest)?;
        Ok(TipEditForm {
            id: found.id,
            title: revision.title,
            body: revision.body_md,
            references: revision.reference_list,
            review_comment: found
                .review_comment
                .filter(|_| found.status == CHANGES_REQUESTED),
        })
    }
}
