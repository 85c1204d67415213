//! Starting threads, replying, editing and deleting. Each runs in one write transaction that
//! asks the policy (with the account read again), screens the text, writes an immutable
//! revision and moves the post to its next state with a compare-and-set.

use crate::auth::{CurrentUser, Role};
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::audit::{self, NewEntry};
use crate::models::community::{self, Community};
use crate::models::post::{
    self, NewPost, Post, PostState, Status, REVIEW_CRISIS, REVIEW_PRIVACY, REVIEW_REPORTS,
};
use crate::models::revision::{self, NewRevision};
use crate::models::thread::{self, Audience, NewThread};
use crate::models::{community_silence, follow, user};
use crate::policy::{self, PostFacts, Standing};
use crate::services::screening::{self, Screening};
use crate::services::{crisis, idempotency, notify, throttle};
use crate::views::{visibility, Viewer};

/// What a post's author sends: the body, and the title when the post opens its thread.
pub struct Draft<'a> {
    pub title: Option<&'a str>,
    pub body: &'a str,
}

/// A revision's text, rendered and screened.
pub struct Prepared {
    pub title: Option<String>,
    pub body_md: String,
    pub body_html: String,
    pub screening: Screening,
}

impl Prepared {
    pub fn new(title: Option<&str>, body: &str, rules: &Rules) -> Prepared {
        let title = title.map(|t| t.trim().to_string());
        Prepared {
            screening: screening::screen(title.as_deref(), body, rules.privacy_threshold),
            body_html: markdown::render(body),
            body_md: body.to_string(),
            title,
        }
    }

    fn revision<'a>(
        &'a self,
        post_id: i64,
        editor_id: i64,
        stored: &'a Stored,
        now: i64,
    ) -> NewRevision<'a> {
        NewRevision {
            post_id,
            editor_id,
            title: self.title.as_deref(),
            body_md: &self.body_md,
            body_html: &self.body_html,
            findings: &stored.findings,
            crisis: &stored.crisis,
            created_at: now,
        }
    }

    /// Why the post must wait for a moderator, if it must: a crisis post naming a method
    /// is kept from other readers; an identifier holds it for privacy review.
    pub fn wait_reason(&self) -> Option<&'static str> {
        match &self.screening.crisis {
            Some(c) if c.method_detail => Some(REVIEW_CRISIS),
            _ if self.screening.holds() => Some(REVIEW_PRIVACY),
            _ => None,
        }
    }

    fn stored(&self) -> Stored {
        Stored {
            findings: self.screening.to_json(),
            crisis: self.screening.crisis_json(),
        }
    }

    /// A crisis finding opens (or raises) the post's crisis item and alerts moderators.
    fn flag_crisis(&self, conn: &mut DbConnection, post_id: i64) -> AppResult<()> {
        match &self.screening.crisis {
            Some(finding) => crisis::flag(conn, post_id, Some(finding), "detector"),
            None => Ok(()),
        }
    }
}

/// The screenings as a revision stores them.
struct Stored {
    findings: String,
    crisis: String,
}

/// Where a write lands: the site (an application), or one community (posts, reports, tips),
/// whose silences and archive then count too.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    Site,
    Community(i64),
}

/// The account as it is now, inside the transaction: a silence or suspension given a moment
/// ago already counts, and so does a silence in the community or its archiving.
pub fn standing(conn: &mut DbConnection, user_id: i64, place: Place) -> AppResult<Standing> {
    match place {
        Place::Site => Ok(Standing::from(&user::find(conn, user_id)?)),
        Place::Community(id) => {
            let found = community::find_by_id(conn, id)?;
            standing_in(conn, user_id, &found)
        }
    }
}

/// `standing` in a community the caller has already loaded.
pub fn standing_in(
    conn: &mut DbConnection,
    user_id: i64,
    found: &Community,
) -> AppResult<Standing> {
    let account = Standing::from(&user::find(conn, user_id)?);
    let silenced_here = community_silence::until(conn, found.id, user_id)?;
    Ok(account.within(silenced_here, found.is_archived()))
}

/// What the opener of a discussion chooses beside its text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Opening {
    /// None takes the community's default.
    pub audience: Option<Audience>,
    /// The author would like a clinician's view.
    pub question: bool,
    /// The author ticked "I accept the updated guidelines".
    pub accepts_guidelines: bool,
}

/// A member whose acceptance predates the community's latest guidelines accepts them again
/// with their next post there; the acceptance is written with the post.
fn keep_to_guidelines(
    conn: &mut DbConnection,
    user: &CurrentUser,
    found: &Community,
    accepting: bool,
    now: i64,
) -> AppResult<()> {
    let accepted_at = community::guidelines_accepted_at(conn, found.id, user.id)?;
    let updated_at = found.guidelines_updated_at;
    let moderates = user.moderates(found.id);
    if policy::require_current_guidelines(accepted_at, updated_at, moderates, accepting)? {
        community::accept_guidelines(conn, found.id, user.id, now)?;
    }
    Ok(())
}

/// A new discussion.
pub fn start_thread(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    slug: &str,
    draft: &Draft,
    opening: Opening,
    key: Option<&str>,
) -> AppResult<String> {
    let prepared = Prepared::new(draft.title, draft.body, rules);
    idempotency::once(conn, user.id, key, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        let now = db::now();
        let is_member = community::is_member(conn, found.id, user.id)?;
        policy::require_can_post_in(standing_in(conn, user.id, &found)?, is_member, now)?;
        keep_to_guidelines(conn, user, &found, opening.accepts_guidelines, now)?;
        throttle::posting(conn, rules, user.id)?;
        let created = thread::insert(
            conn,
            &NewThread {
                community_id: found.id,
                author_id: user.id,
                title: prepared.title.as_deref().unwrap_or_default(),
                created_at: now,
                last_activity_at: now,
                audience: opening
                    .audience
                    .unwrap_or(found.default_audience())
                    .as_str(),
                is_question: opening.question,
            },
        )?;
        insert_post(conn, user, rules, created.id, true, &prepared, now)?;
        follow::follow(conn, created.id, user.id)?;
        Ok(format!("/t/{}", created.id))
    })
}

pub fn reply(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    thread_id: i64,
    body: &str,
    accepts_guidelines: bool,
    key: Option<&str>,
) -> AppResult<String> {
    let prepared = Prepared::new(None, body, rules);
    idempotency::once(conn, user.id, key, |conn| {
        reply_within(
            conn,
            user,
            rules,
            thread_id,
            &prepared,
            accepts_guidelines,
            db::now(),
        )
    })
}

/// A reply, in the caller's write transaction (a moderator's crisis response uses it too).
pub fn reply_within(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    thread_id: i64,
    prepared: &Prepared,
    accepts_guidelines: bool,
    now: i64,
) -> AppResult<String> {
    let target = thread::find(conn, thread_id)?;
    if !visibility::may_see_thread(&Viewer::of(Some(user.clone())), &target) {
        return Err(AppError::NotFound);
    }
    if target.status != Status::Published.as_str() {
        return Err(AppError::Conflict(
            "Replies open once this discussion is published.".into(),
        ));
    }
    let is_member = community::is_member(conn, target.community_id, user.id)?;
    let found = community::find_by_id(conn, target.community_id)?;
    let standing = standing_in(conn, user.id, &found)?;
    policy::require_can_reply_in(standing, is_member, target.is_question, now)?;
    keep_to_guidelines(conn, user, &found, accepts_guidelines, now)?;
    throttle::posting(conn, rules, user.id)?;
    let created = insert_post(conn, user, rules, target.id, false, prepared, now)?;
    thread::touch_activity(conn, target.id, created.status(), now)?;
    follow::follow(conn, target.id, user.id)?;
    Ok(format!("/p/{}", created.id))
}

/// A new post and its first revision: published at once, or held when the screening finds
/// identifiers (moderators hear of it; followers hear of a published reply).
fn insert_post(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    thread_id: i64,
    is_opening: bool,
    prepared: &Prepared,
    now: i64,
) -> AppResult<Post> {
    let wait = prepared.wait_reason();
    let held = wait.is_some();
    let status = if held {
        Status::Held
    } else {
        Status::Published
    };
    let created = post::insert(
        conn,
        &NewPost {
            thread_id,
            author_id: user.id,
            is_opening,
            status: status.as_str(),
            created_at: now,
            review_since: held.then_some(now),
            review_reason: wait,
        },
    )?;
    let stored = prepared.stored();
    let first = revision::insert(conn, &prepared.revision(created.id, user.id, &stored, now))?;
    let mut next = created.state();
    if held {
        next.pending_revision_id = Some(first.id);
    } else {
        next.published_revision_id = Some(first.id);
    }
    post::transition(conn, created.id, &created.state(), &next)?;
    post::counted_in(conn, &created)?;
    prepared.flag_crisis(conn, created.id)?;
    let saved = post::find_for_update(conn, created.id)?;
    announce(conn, rules, &saved)?;
    Ok(saved)
}

/// Emails a post's new state causes: followers hear of a published reply, moderators of a
/// held post. A held post reaches no follower until it is approved.
pub fn announce(conn: &mut DbConnection, rules: &Rules, saved: &Post) -> AppResult<()> {
    match saved.status() {
        Status::Published if !saved.is_opening => {
            notify::reply_published(conn, rules, saved.thread_id, saved.id, saved.author_id)
        }
        Status::Held => notify::moderators_alerted(conn, rules),
        _ => Ok(()),
    }
}

/// Where an edit leaves a post: the next state, whether the new revision is now on show, and
/// the earlier draft it replaced (purged: it never reached a reader).
#[derive(Debug, PartialEq)]
pub struct AfterEdit {
    pub state: PostState,
    pub published: bool,
    pub superseded: Option<i64>,
}

/// How strongly a review reason binds: a moderator alone ends a crisis or reports review;
/// a clean edit ends a privacy review by itself.
fn weight(reason: Option<&str>) -> u8 {
    match reason {
        Some(REVIEW_CRISIS) => 3,
        Some(REVIEW_REPORTS) => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// An edit that must wait (`wait`: why) waits as pending while the published revision stays on
/// show, so a discussion never disappears because its opener edited. A clean edit publishes at
/// once, unless the post is hidden for a moderator's review (reports, a crisis): then only a
/// moderator decides.
pub fn after_edit(state: &PostState, revision: i64, wait: Option<&str>, now: i64) -> AfterEdit {
    let hidden_for_moderator =
        state.status() == Status::Held && weight(state.review_reason.as_deref()) >= 2;
    let mut next = state.clone();
    next.pending_revision_id = None;
    if wait.is_some() || hidden_for_moderator {
        next.pending_revision_id = Some(revision);
        next.review_since = state.review_since.or(Some(now));
        let existing = state.review_reason.as_deref();
        let stronger = if weight(wait) > weight(existing) {
            wait
        } else {
            existing
        };
        next.review_reason = stronger.or(Some(REVIEW_PRIVACY)).map(str::to_string);
    } else {
        if state.published_revision_id.is_some() {
            next.edited_at = Some(now);
        }
        next.published_revision_id = Some(revision);
        next.status = Status::Published.as_str().into();
        if state.review_reason.as_deref() == Some(REVIEW_PRIVACY) {
            (next.review_since, next.review_reason) = (None, None);
        }
    }
    AfterEdit {
        published: next.published_revision_id == Some(revision),
        superseded: state.pending_revision_id,
        state: next,
    }
}

const CHANGED_MEANWHILE: &str =
    "This post changed while you were editing it. Open it again and repeat your change.";

/// Authors edit their own posts; the new text is screened and becomes a new revision.
pub fn edit(
    conn: &mut DbConnection,
    user: &CurrentUser,
    rules: &Rules,
    post_id: i64,
    draft: &Draft,
    key: Option<&str>,
) -> AppResult<String> {
    idempotency::once(conn, user.id, key, |conn| {
        let existing = post::find_for_update(conn, post_id)?;
        let target = thread::find(conn, existing.thread_id)?;
        let viewer = Viewer::of(Some(user.clone()));
        if !visibility::may_see_post(&viewer, &existing, &target) {
            return Err(AppError::NotFound);
        }
        let now = db::now();
        policy::require_can_edit(
            standing(conn, user.id, Place::Community(target.community_id))?,
            user.id,
            PostFacts::from(&existing),
            now,
        )?;
        let title = existing
            .is_opening
            .then(|| draft.title.unwrap_or(&target.title));
        let prepared = Prepared::new(title, draft.body, rules);
        let stored = prepared.stored();
        let new = revision::insert(conn, &prepared.revision(existing.id, user.id, &stored, now))?;
        let outcome = after_edit(&existing.state(), new.id, prepared.wait_reason(), now);
        if !post::transition(conn, existing.id, &existing.state(), &outcome.state)? {
            return Err(AppError::Conflict(CHANGED_MEANWHILE.into()));
        }
        revision::purge(conn, &outcome.superseded.into_iter().collect::<Vec<_>>())?;
        if existing.revise_asked_at.is_some() {
            post::set_revise_request(conn, existing.id, None)?;
        }
        prepared.flag_crisis(conn, existing.id)?;
        publish_effects(conn, rules, &existing, &prepared, &outcome, now)?;
        Ok(format!("/p/{}", existing.id))
    })
}

/// What follows when an edit changed what readers see or put a post in the queue.
fn publish_effects(
    conn: &mut DbConnection,
    rules: &Rules,
    before: &Post,
    prepared: &Prepared,
    outcome: &AfterEdit,
    now: i64,
) -> AppResult<()> {
    if outcome.published {
        if let Some(title) = prepared.title.as_deref() {
            thread::set_title(conn, before.thread_id, title)?;
        }
    }
    if before.status != outcome.state.status {
        thread::touch_activity(conn, before.thread_id, outcome.state.status(), now)?;
        let saved = post::find_for_update(conn, before.id)?;
        announce(conn, rules, &saved)?;
    } else if before.review_since.is_none() && outcome.state.review_since.is_some() {
        notify::moderators_alerted(conn, rules)?;
    }
    Ok(())
}

/// What a deletion left.
#[derive(Debug)]
pub struct Deleted {
    pub thread_id: i64,
    pub is_opening: bool,
    /// Others had replied: the discussion stays, under a neutral title.
    pub discussion_stays: bool,
}

/// Authors delete their own posts. An opening post needs `confirmed` (the author saw what
/// happens): with no replies from others it takes the discussion out of view; with them the
/// discussion stays under a neutral title and their replies stay.
pub fn delete(
    conn: &mut DbConnection,
    user: &CurrentUser,
    post_id: i64,
    confirmed: bool,
) -> AppResult<Deleted> {
    write_tx(conn, |conn| {
        let existing = post::find_for_update(conn, post_id)?;
        let target = thread::find(conn, existing.thread_id)?;
        if !visibility::may_see_post(&Viewer::of(Some(user.clone())), &existing, &target) {
            return Err(AppError::NotFound);
        }
        policy::require_can_delete(user.id, PostFacts::from(&existing))?;
        if existing.is_opening && !confirmed {
            return Err(AppError::Field {
                field: "confirm",
                message: "Tick the box to confirm that you want to delete your opening post."
                    .into(),
            });
        }
        let mut next = existing.state();
        next.status = Status::Deleted.as_str().into();
        (next.review_since, next.review_reason) = (None, None);
        if !post::transition(conn, existing.id, &existing.state(), &next)? {
            return Err(AppError::Conflict(CHANGED_MEANWHILE.into()));
        }
        // Others' replies keep the discussion (`counters`); its title went with the post.
        let stays = existing.is_opening
            && thread::find(conn, target.id)?.status == Status::Published.as_str();
        if stays {
            thread::set_title(conn, target.id, OPENING_DELETED_TITLE)?;
        }
        Ok(Deleted {
            thread_id: target.id,
            is_opening: existing.is_opening,
            discussion_stays: stays,
        })
    })
}

/// The title of a discussion whose author deleted its opening post after others replied.
pub const OPENING_DELETED_TITLE: &str = "A discussion whose opening post was deleted";

/// The thread's author marks (or unmarks) a verified clinician's reply as helpful.
pub fn mark_helpful(
    conn: &mut DbConnection,
    user: &CurrentUser,
    post_id: i64,
    helpful: bool,
) -> AppResult<Post> {
    write_tx(conn, |conn| {
        let target = post::find_for_update(conn, post_id)?;
        let found = thread::find(conn, target.thread_id)?;
        if !visibility::may_see_post(&Viewer::of(Some(user.clone())), &target, &found) {
            return Err(AppError::NotFound);
        }
        let by_clinician = user::find(conn, target.author_id)?.role() == Role::Clinician;
        if found.author_id != user.id {
            return Err(AppError::Forbidden);
        }
        if !policy::may_mark_helpful(
            user.id,
            found.author_id,
            PostFacts::from(&target),
            by_clinician,
        ) {
            return Err(AppError::Conflict(
                "Only a verified clinician's published reply can be marked helpful.".into(),
            ));
        }
        post::set_helpful(conn, post_id, helpful.then(db::now))?;
        Ok(target)
    })
}

/// Changes who may read a discussion: its author or staff (a staff change is audited).
/// Returns the thread's address.
pub fn set_audience(
    conn: &mut DbConnection,
    user: &CurrentUser,
    thread_id: i64,
    audience: Audience,
) -> AppResult<String> {
    write_tx(conn, |conn| {
        let target = thread::find_for_update(conn, thread_id)?;
        if !visibility::may_see_thread(&Viewer::of(Some(user.clone())), &target) {
            return Err(AppError::NotFound);
        }
        policy::require_can_change_audience(user, target.author_id)?;
        thread::set_audience(conn, target.id, audience)?;
        if user.id != target.author_id {
            let note = format!(
                "/t/{}: {} -> {}",
                target.id,
                target.audience,
                audience.as_str()
            );
            let entry = NewEntry::general(Some(user.id), "thread_audience", &note);
            audit::append(conn, &[entry])?;
        }
        Ok(format!("/t/{}", target.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(
        status: Status,
        published: Option<i64>,
        pending: Option<i64>,
        reason: Option<&str>,
    ) -> PostState {
        PostState {
            status: status.as_str().into(),
            published_revision_id: published,
            pending_revision_id: pending,
            review_since: reason.map(|_| 100),
            review_reason: reason.map(str::to_string),
            edited_at: None,
        }
    }

    #[test]
    fn an_edit_with_identifiers_waits_while_the_published_revision_stays() {
        let before = state(Status::Published, Some(1), None, None);
        let after = after_edit(&before, 2, Some(REVIEW_PRIVACY), 500);
        assert_eq!(after.state.status, "published");
        assert_eq!(after.state.published_revision_id, Some(1));
        assert_eq!(after.state.pending_revision_id, Some(2));
        assert_eq!(after.state.review_reason.as_deref(), Some(REVIEW_PRIVACY));
        assert!(!after.published);
    }

    #[test]
    fn a_clean_edit_publishes_and_ends_a_privacy_review() {
        let held = state(Status::Held, None, Some(1), Some(REVIEW_PRIVACY));
        let after = after_edit(&held, 2, None, 500);
        assert_eq!(after.state.status, "published");
        assert_eq!(after.state.published_revision_id, Some(2));
        assert_eq!(
            (after.state.pending_revision_id, after.state.review_since),
            (None, None)
        );
        assert_eq!(after.superseded, Some(1), "the held draft is purged");
        assert_eq!(
            after.state.edited_at, None,
            "readers never saw another version"
        );
    }

    #[test]
    fn reports_keep_their_review_and_a_hidden_post_waits_even_when_clean() {
        let reported = state(Status::Published, Some(1), None, Some(REVIEW_REPORTS));
        let after = after_edit(&reported, 2, None, 500);
        assert_eq!(after.state.published_revision_id, Some(2));
        assert_eq!(after.state.review_reason.as_deref(), Some(REVIEW_REPORTS));
        assert_eq!(after.state.edited_at, Some(500));

        let hidden = state(Status::Held, Some(1), None, Some(REVIEW_REPORTS));
        let after = after_edit(&hidden, 2, None, 500);
        assert_eq!(after.state.status, "held");
        assert_eq!(after.state.pending_revision_id, Some(2));
        assert_eq!(after.state.published_revision_id, Some(1));

        let reported_then_identified = after_edit(&reported, 3, Some(REVIEW_PRIVACY), 500);
        assert_eq!(
            reported_then_identified.state.published_revision_id,
            Some(1)
        );
        assert_eq!(reported_then_identified.state.pending_revision_id, Some(3));
        assert_eq!(
            reported_then_identified.state.review_reason.as_deref(),
            Some(REVIEW_REPORTS),
            "the stronger reason stays"
        );
    }

    #[test]
    fn a_crisis_edit_naming_a_method_waits_and_only_a_moderator_ends_it() {
        let published = state(Status::Published, Some(1), None, None);
        let after = after_edit(&published, 2, Some(REVIEW_CRISIS), 500);
        assert_eq!(after.state.published_revision_id, Some(1));
        assert_eq!(after.state.review_reason.as_deref(), Some(REVIEW_CRISIS));
        let held = state(Status::Held, None, Some(1), Some(REVIEW_CRISIS));
        let clean = after_edit(&held, 2, None, 500);
        assert_eq!(
            clean.state.status, "held",
            "a clean edit does not end a crisis review"
        );
        assert_eq!(clean.state.pending_revision_id, Some(2));
    }
}
