//! Health tips: clinicians write them, a second clinician or a moderator vets them,
//! and they come back for review when their last review grows old.

use std::sync::LazyLock;

use regex::Regex;

use crate::auth::{CurrentUser, Role};
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::audit::{self, NewEntry};
use crate::models::tip::{
    self, NewTip, NewTipRevision, TipState, CHANGES_REQUESTED, HELD, PENDING, PUBLISHED, REJECTED,
};
use crate::models::{community, notice, user};
use crate::pattern::constant_regex;
use crate::policy;
use crate::services::posting::{self, Place};
use crate::services::{idempotency, screening};
use crate::views::{visibility, Viewer};

pub struct TipInput {
    pub title: String,
    pub body: String,
    pub references: String,
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$"));
static DOI: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"^(?i:doi:\s*)?10\.\d{4,9}/\S+$"));

const MAX_REFERENCES: usize = 10;

/// One reference per line, each a web address or a DOI; at least one.
pub fn parse_references(text: &str) -> Result<Vec<String>, String> {
    let refs: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if refs.is_empty() {
        return Err("Give at least one reference: a web address or a DOI.".into());
    }
    if refs.len() > MAX_REFERENCES {
        return Err(format!("Give at most {MAX_REFERENCES} references."));
    }
    match refs.iter().find(|r| !URL.is_match(r) && !DOI.is_match(r)) {
        Some(bad) => Err(format!(
            "\u{201c}{bad}\u{201d} is neither a web address (https://...) nor a DOI (10.xxxx/...)."
        )),
        None => Ok(refs),
    }
}

/// A tip revision's text, rendered and screened: held when the privacy filter finds
/// identifiers, otherwise waiting for a second reviewer.
struct PreparedTip {
    title: String,
    body_html: String,
    references: String,
    status: &'static str,
    findings: String,
}

fn prepare(input: &TipInput, rules: &Rules) -> AppResult<PreparedTip> {
    let references = parse_references(&input.references).map_err(|m| AppError::Field {
        field: "references",
        message: m,
    })?;
    let references = references.join("\n");
    let found = screening::screen_tip(
        input.title.trim(),
        &input.body,
        &references,
        rules.privacy_threshold,
    );
    Ok(PreparedTip {
        title: input.title.trim().to_string(),
        body_html: markdown::render(&input.body),
        references,
        status: if found.holds() { HELD } else { PENDING },
        findings: found.to_json(),
    })
}

fn insert_revision(
    conn: &mut DbConnection,
    tip_id: i64,
    editor_id: i64,
    input: &TipInput,
    prepared: &PreparedTip,
    now: i64,
) -> AppResult<i64> {
    let created = tip::insert_revision(
        conn,
        &NewTipRevision {
            tip_id,
            editor_id,
            title: &prepared.title,
            body_md: &input.body,
            body_html: &prepared.body_html,
            reference_list: &prepared.references,
            findings: &prepared.findings,
            created_at: now,
        },
    )?;
    Ok(created.id)
}

pub fn submit(
    conn: &mut DbConnection,
    author: &CurrentUser,
    rules: &Rules,
    slug: &str,
    input: &TipInput,
    key: Option<&str>,
) -> AppResult<String> {
    let prepared = prepare(input, rules)?;
    idempotency::once(conn, author.id, key, |conn| {
        let now = db::now();
        let found = community::find_by_slug(conn, slug)?;
        let standing = posting::standing(conn, author.id, Place::Community(found.id))?;
        policy::require_can_write_tip(standing, now)?;
        let created = tip::insert(
            conn,
            &NewTip {
                community_id: found.id,
                author_id: author.id,
                status: prepared.status,
                created_at: now,
                updated_at: now,
            },
        )?;
        let revision = insert_revision(conn, created.id, author.id, input, &prepared, now)?;
        let next = TipState {
            pending_revision_id: Some(revision),
            ..created.state()
        };
        tip::transition(conn, created.id, &created.state(), &next, now)?;
        Ok(format!("/tips/{}", created.id))
    })
}

const TIP_CHANGED: &str =
    "This tip changed since you opened it. Its new text is on the page: look at it again.";

/// Authors edit their own tips; the edit waits for review while the vetted revision, if
/// there is one, stays public.
pub fn edit(
    conn: &mut DbConnection,
    author: &CurrentUser,
    rules: &Rules,
    tip_id: i64,
    input: &TipInput,
    key: Option<&str>,
) -> AppResult<String> {
    let prepared = prepare(input, rules)?;
    idempotency::once(conn, author.id, key, |conn| {
        let existing = tip::find_for_update(conn, tip_id)?;
        if !visibility::may_see_tip(&Viewer::of(Some(author.clone())), &existing) {
            return Err(AppError::NotFound);
        }
        if existing.author_id != author.id {
            return Err(AppError::Forbidden);
        }
        let now = db::now();
        let standing = posting::standing(conn, author.id, Place::Community(existing.community_id))?;
        policy::require_can_write_tip(standing, now)?;
        let revision = insert_revision(conn, tip_id, author.id, input, &prepared, now)?;
        let next = TipState {
            status: prepared.status.to_string(),
            pending_revision_id: Some(revision),
            review_comment: None,
            ..existing.state()
        };
        if !tip::transition(conn, tip_id, &existing.state(), &next, now)? {
            return Err(AppError::Conflict(TIP_CHANGED.into()));
        }
        let superseded: Vec<i64> = existing.pending_revision_id.into_iter().collect();
        tip::purge_revisions(conn, &superseded)?;
        Ok(format!("/tips/{tip_id}"))
    })
}

/// A reviewer's decision about a tip.
pub enum Review {
    Approve,
    SendBack { comment: String },
    Reject { comment: String },
}

impl Review {
    fn action(&self) -> &'static str {
        match self {
            Review::Approve => "tip_approve",
            Review::SendBack { .. } => "tip_send_back",
            Review::Reject { .. } => "tip_reject",
        }
    }
}

/// Where a review leaves a tip, and which revisions it deletes.
pub fn after_review(state: &TipState, review: &Review) -> (TipState, Vec<i64>) {
    let mut next = state.clone();
    let mut purge = Vec::new();
    match review {
        Review::Approve => {
            next.published_revision_id = state.pending_revision_id.or(state.published_revision_id);
            next.pending_revision_id = None;
            next.status = PUBLISHED.into();
            next.review_comment = None;
        }
        Review::SendBack { comment } => {
            next.status = CHANGES_REQUESTED.into();
            next.review_comment = Some(comment.clone());
        }
        Review::Reject { comment } => {
            next.review_comment = Some(comment.clone());
            match state.pending_revision_id {
                Some(edit) if state.published_revision_id.is_some() => {
                    purge.push(edit);
                    next.status = PUBLISHED.into();
                }
                _ => {
                    purge.extend(state.pending_revision_id.or(state.published_revision_id));
                    next.status = REJECTED.into();
                    next.published_revision_id = None;
                }
            }
            next.pending_revision_id = None;
        }
    }
    (next, purge)
}

/// Vetting: a verified clinician other than the author, or a moderator, decides on the
/// revision they read (a form without one, or with an older one, gets 409). Tips held by the privacy filter are for moderators only. Approving
/// renews the review date.
pub fn review(
    conn: &mut DbConnection,
    reviewer: &CurrentUser,
    tip_id: i64,
    revision: Option<i64>,
    decision: &Review,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = tip::find_for_update(conn, tip_id)?;
        if !visibility::may_see_tip(&Viewer::of(Some(reviewer.clone())), &target) {
            return Err(AppError::NotFound);
        }
        if target.author_id == reviewer.id {
            return Err(AppError::Conflict(
                "You cannot review your own tip: another clinician or a moderator must.".into(),
            ));
        }
        if !policy::may_review_tip(
            reviewer.role,
            reviewer.id,
            target.author_id,
            target.status == HELD,
        ) {
            return Err(AppError::Forbidden);
        }
        if ![PENDING, HELD, PUBLISHED].contains(&target.status.as_str()) {
            return Err(AppError::Conflict(
                "This tip is not waiting for review.".into(),
            ));
        }
        let Some(revision_id) = revision.filter(|r| target.revision_under_review() == Some(*r))
        else {
            return Err(AppError::Conflict(TIP_CHANGED.into()));
        };
        let approving = matches!(decision, Review::Approve);
        if approving && user::find(conn, target.author_id)?.role() != Role::Clinician {
            return Err(AppError::Conflict(
                "Its author is no longer a verified clinician, so this tip cannot be published."
                    .into(),
            ));
        }
        let now = db::now();
        let reviewed = tip::find_revision(conn, revision_id)?;
        let (next, purge) = after_review(&target.state(), decision);
        if !tip::transition(conn, tip_id, &target.state(), &next, now)? {
            return Err(AppError::Conflict(TIP_CHANGED.into()));
        }
        tip::purge_revisions(conn, &purge)?;
        if approving {
            tip::record_review(conn, tip_id, reviewer.id, now)?;
        }
        let kinds = screening::kinds_of(&screening::parse_findings(&reviewed.findings));
        let note = format!("tip {tip_id}, revision {revision_id}");
        let entry = NewEntry::user(
            Some(reviewer.id),
            decision.action(),
            target.author_id,
            &note,
        );
        audit::append(conn, &[entry.with_kinds(&kinds)])?;
        notice::send(
            conn,
            target.author_id,
            &review_notice(decision),
            Some(&format!("/tips/{tip_id}")),
        )?;
        Ok(())
    })
}

fn review_notice(decision: &Review) -> String {
    match decision {
        Review::Approve => "Your health tip was reviewed and is published.".into(),
        Review::SendBack { comment } => {
            format!("A reviewer asked for changes to your health tip: {comment}")
        }
        Review::Reject { comment } => {
            format!("A reviewer did not publish your health tip: {comment}")
        }
    }
}

/// Moderators pin a published tip to the top of its community.
pub fn set_pinned(
    conn: &mut DbConnection,
    moderator: &CurrentUser,
    tip_id: i64,
    pinned: bool,
) -> AppResult<()> {
    write_tx(conn, |conn| {
        let target = tip::find_for_update(conn, tip_id)?;
        if !visibility::may_see_tip(&Viewer::of(Some(moderator.clone())), &target) {
            return Err(AppError::NotFound);
        }
        moderator.require(Role::Moderator)?;
        tip::set_pinned(conn, tip_id, pinned)?;
        let action = if pinned { "tip_pin" } else { "tip_unpin" };
        let note = format!("tip {tip_id}");
        audit::append(
            conn,
            &[NewEntry::user(
                Some(moderator.id),
                action,
                target.author_id,
                &note,
            )],
        )?;
        Ok(())
    })
}

/// When a published tip's last review is too old to stand without a new one.
pub fn review_due_before(now: i64, rules: &Rules) -> i64 {
    now - rules.tip_review_interval_days * 86_400
}

#[cfg(test)]
mod tests {
    use super::parse_references;

    #[test]
    fn references_are_web_addresses_or_dois() {
        assert_eq!(
            parse_references("https://www.nice.org.uk/guidance/ng28\n\n10.1056/NEJMoa2032183")
                .unwrap()
                .len(),
            2
        );
        assert!(parse_references("doi:10.1000/182").is_ok());
        assert!(parse_references("").is_err());
        assert!(parse_references("my own experience")
            .unwrap_err()
            .contains("my own experience"));
        assert!(parse_references("javascript:alert(1)").is_err());
        assert!(parse_references("ftp://example.org/x").is_err());
    }
}
