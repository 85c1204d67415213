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
    self, NewTip, Tip, TipText, CHANGES_REQUESTED, HELD, PENDING, PUBLISHED, REJECTED,
};
use crate::models::{community, notice, user};
use crate::pattern::constant_regex;
use crate::services::screening;

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

/// The status a new or edited tip starts in: held when the privacy filter finds identifiers,
/// otherwise waiting for a second reviewer.
fn screened(input: &TipInput, rules: &Rules) -> (&'static str, String) {
    let found = screening::screen(Some(&input.title), &input.body, rules.privacy_threshold);
    (if found.holds() { HELD } else { PENDING }, found.to_json())
}

fn require_clinician(user: &CurrentUser) -> AppResult<()> {
    match user.role {
        Role::Clinician => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

pub fn submit(
    conn: &mut DbConnection,
    author: &CurrentUser,
    rules: &Rules,
    slug: &str,
    input: &TipInput,
) -> AppResult<Tip> {
    require_clinician(author)?;
    let references = parse_references(&input.references).map_err(|m| AppError::Field {
        field: "references",
        message: m,
    })?;
    let found = community::find_by_slug(conn, slug)?;
    let (status, findings) = screened(input, rules);
    let now = db::now();
    let new = NewTip {
        community_id: found.id,
        author_id: author.id,
        title: input.title.trim(),
        body_md: &input.body,
        body_html: &markdown::render(&input.body),
        reference_list: &references.join("\n"),
        status,
        privacy_findings: &findings,
        created_at: now,
        updated_at: now,
    };
    Ok(tip::insert(conn, &new)?)
}

/// Authors edit their own tips; any edit needs a new review.
pub fn edit(
    conn: &mut DbConnection,
    author: &CurrentUser,
    rules: &Rules,
    tip_id: i64,
    input: &TipInput,
) -> AppResult<()> {
    require_clinician(author)?;
    let existing = tip::find(conn, tip_id)?;
    if existing.author_id != author.id {
        return Err(AppError::Forbidden);
    }
    let references = parse_references(&input.references).map_err(|m| AppError::Field {
        field: "references",
        message: m,
    })?;
    let (status, findings) = screened(input, rules);
    let text = TipText {
        title: input.title.trim(),
        body_md: &input.body,
        body_html: &markdown::render(&input.body),
        reference_list: &references.join("\n"),
        status,
        privacy_findings: &findings,
        updated_at: db::now(),
    };
    tip::update_text(conn, tip_id, &text)?;
    Ok(())
}

/// A reviewer's decision about a tip.
pub enum Review {
    Approve,
    SendBack { comment: String },
    Reject { comment: String },
}

/// Vetting: a verified clinician other than the author, or a moderator. Tips held by the
/// privacy filter are for moderators only. Approving renews the review date.
pub fn review(
    conn: &mut DbConnection,
    reviewer: &CurrentUser,
    tip_id: i64,
    decision: &Review,
) -> AppResult<()> {
    let moderator = reviewer.role.includes(Role::Moderator);
    if reviewer.role != Role::Clinician && !moderator {
        return Err(AppError::Forbidden);
    }
    write_tx(conn, |conn| {
        let target = tip::find(conn, tip_id)?;
        if target.author_id == reviewer.id {
            return Err(AppError::Conflict(
                "You cannot review your own tip: another clinician or a moderator must.".into(),
            ));
        }
        if target.status == HELD && !moderator {
            return Err(AppError::Forbidden);
        }
        if ![PENDING, HELD, PUBLISHED].contains(&target.status.as_str()) {
            return Err(AppError::Conflict(
                "This tip is not waiting for review.".into(),
            ));
        }
        let approving = matches!(decision, Review::Approve);
        if approving && user::find(conn, target.author_id)?.role() != Role::Clinician {
            return Err(AppError::Conflict(
                "Its author is no longer a verified clinician, so this tip cannot be published."
                    .into(),
            ));
        }
        let now = db::now();
        let (status, reviewed_at, comment, action) = match decision {
            Review::Approve => (PUBLISHED, Some(now), None, "tip_approve"),
            Review::SendBack { comment } => (
                CHANGES_REQUESTED,
                None,
                Some(comment.as_str()),
                "tip_send_back",
            ),
            Review::Reject { comment } => (REJECTED, None, Some(comment.as_str()), "tip_reject"),
        };
        tip::record_review(conn, tip_id, status, reviewer.id, reviewed_at, comment)?;
        let kinds = screening::kinds_of(&screening::parse_findings(&target.privacy_findings));
        let mut entry = NewEntry::user(reviewer.id, action, target.author_id, "");
        entry.kinds = &kinds;
        let note = format!("tip {tip_id}");
        entry.note = &note;
        audit::append(conn, &[entry])?;
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

/// Moderators pin a tip to the top of its community.
pub fn set_pinned(
    conn: &mut DbConnection,
    moderator: &CurrentUser,
    tip_id: i64,
    pinned: bool,
) -> AppResult<()> {
    moderator.require(Role::Moderator)?;
    tip::set_pinned(conn, tip_id, pinned)?;
    Ok(())
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
