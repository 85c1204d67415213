//! Who may do what, in one place. Services ask it before every write (with the account read
//! again inside their transaction); views ask the same functions for the flags templates show.

use serde::Serialize;

use crate::auth::{Acting, CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::post::{Post, Status};
use crate::models::thread::Thread;
use crate::models::user::User;

const UNCONFIRMED: &str = "Please confirm your email address first: open the link we sent you, or ask for a new one on your account page.";
const SILENCED: &str = "A moderator has made your account read-only for now.";
const ARCHIVED: &str =
    "This community is archived: its discussions stay readable, but nothing new is written in it.";

/// The facts about an account that every write depends on.
#[derive(Clone, Copy, Debug)]
pub struct Standing {
    pub role: Role,
    pub email_confirmed: bool,
    pub silenced_until: Option<i64>,
    pub suspended: bool,
    /// The write is in an archived community.
    pub archived_here: bool,
}

impl Standing {
    /// The account's standing within one community: a silence there counts as a silence of
    /// the account, and nothing is written in an archived community.
    pub fn within(mut self, silenced_here: Option<i64>, archived: bool) -> Standing {
        self.silenced_until = self.silenced_until.max(silenced_here);
        self.archived_here = archived;
        self
    }

    fn here(self, here: Here) -> Standing {
        self.within(here.silenced_until, here.archived)
    }
}

impl From<&User> for Standing {
    fn from(user: &User) -> Standing {
        Standing {
            role: user.role(),
            email_confirmed: user.email_verified_at.is_some(),
            silenced_until: user.silenced_until,
            suspended: user.is_suspended(),
            archived_here: false,
        }
    }
}

impl From<&CurrentUser> for Standing {
    /// A session exists only for an account that is not suspended.
    fn from(user: &CurrentUser) -> Standing {
        Standing {
            role: user.role,
            email_confirmed: user.email_confirmed,
            silenced_until: user.silenced_until,
            suspended: false,
            archived_here: false,
        }
    }
}

/// Writing anything (threads, replies, edits, tips, reports, applications) needs a confirmed
/// address and an account that is neither silenced nor suspended, and nothing is written in an
/// archived community.
pub fn require_can_write(standing: Standing, now: i64) -> AppResult<()> {
    if standing.suspended {
        return Err(AppError::Forbidden);
    }
    if standing.archived_here {
        return Err(AppError::Conflict(ARCHIVED.into()));
    }
    if !standing.email_confirmed {
        return Err(AppError::Conflict(UNCONFIRMED.into()));
    }
    if standing.silenced_until.is_some_and(|until| until > now) {
        return Err(AppError::Conflict(SILENCED.into()));
    }
    Ok(())
}

pub fn can_write(standing: Standing, now: i64) -> bool {
    require_can_write(standing, now).is_ok()
}

const GUIDELINES_CHANGED: &str = "This community's guidelines have changed since you last accepted them. Read them and tick “I accept the updated guidelines” to post; your text is kept.";

/// A member who accepted a community's guidelines before they last changed accepts them
/// again before their next post there (its moderators moderate by them already).
pub fn guidelines_pending(accepted_at: Option<i64>, updated_at: i64, moderates: bool) -> bool {
    !moderates && accepted_at.is_some_and(|at| at < updated_at)
}

/// Ok(true): this post records the member's acceptance of the changed guidelines.
pub fn require_current_guidelines(
    accepted_at: Option<i64>,
    updated_at: i64,
    moderates: bool,
    accepting: bool,
) -> AppResult<bool> {
    match (
        guidelines_pending(accepted_at, updated_at, moderates),
        accepting,
    ) {
        (false, _) => Ok(false),
        (true, true) => Ok(true),
        (true, false) => Err(AppError::Field {
            field: "accept_guidelines",
            message: GUIDELINES_CHANGED.into(),
        }),
    }
}

/// Threads and replies: members of the community and staff.
pub fn require_can_post_in(standing: Standing, is_member: bool, now: i64) -> AppResult<()> {
    require_can_write(standing, now)?;
    if is_member || standing.role.includes(Role::Moderator) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Replies: members of the community and staff, and verified clinicians answering a question
/// (in place, without joining).
pub fn require_can_reply_in(
    standing: Standing,
    is_member: bool,
    is_question: bool,
    now: i64,
) -> AppResult<()> {
    let answering = is_question && standing.role == Role::Clinician;
    require_can_post_in(standing, is_member || answering, now)
}

/// Whether the reply box is for this viewer at all (before their account's standing).
pub fn may_reply_in(user: &CurrentUser, is_member: bool, is_question: bool) -> bool {
    is_member || user.is_staff() || (is_question && user.role == Role::Clinician)
}

/// The asker marks their published question answered, or open again.
pub fn may_mark_answered(user: Option<&CurrentUser>, thread: &Thread) -> bool {
    user.is_some_and(|u| u.id == thread.author_id)
        && thread.is_question
        && thread.status == Status::Published.as_str()
}

/// Verified clinicians get the questions waiting for them.
pub fn answers_questions(user: Option<&CurrentUser>) -> bool {
    user.is_some_and(|u| u.role == Role::Clinician)
}

/// What the reply box of a thread offers this viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyBox {
    Archived,
    LogIn,
    Join,
    NotYetPublished,
    ReadOnly,
    Open,
}

/// The community a reply box is in, as one viewer stands there.
#[derive(Clone, Copy, Debug, Default)]
pub struct Here {
    pub is_member: bool,
    pub silenced_until: Option<i64>,
    pub archived: bool,
    /// Their next post there asks them to accept its changed guidelines.
    pub guidelines_pending: bool,
}

pub fn reply_box(user: Option<&CurrentUser>, here: Here, thread: &Thread, now: i64) -> ReplyBox {
    if here.archived {
        return ReplyBox::Archived;
    }
    let Some(user) = user else {
        return ReplyBox::LogIn;
    };
    let standing = Standing::from(user).here(here);
    let thread_published = thread.status == Status::Published.as_str();
    if !may_reply_in(user, here.is_member, thread.is_question) {
        ReplyBox::Join
    } else if !thread_published {
        ReplyBox::NotYetPublished
    } else if !can_write(standing, now) {
        ReplyBox::ReadOnly
    } else {
        ReplyBox::Open
    }
}

/// The facts about a post that decide what may be done with it.
#[derive(Clone, Copy, Debug)]
pub struct PostFacts {
    pub author_id: i64,
    pub status: Status,
    pub is_opening: bool,
}

impl From<&Post> for PostFacts {
    fn from(post: &Post) -> PostFacts {
        PostFacts {
            author_id: post.author_id,
            status: post.status(),
            is_opening: post.is_opening,
        }
    }
}

/// Authors edit their own posts while they stand (not deleted, not rejected).
pub fn require_can_edit(
    standing: Standing,
    actor_id: i64,
    post: PostFacts,
    now: i64,
) -> AppResult<()> {
    if post.author_id != actor_id {
        return Err(AppError::Forbidden);
    }
    if matches!(post.status, Status::Deleted | Status::Rejected) {
        return Err(AppError::Conflict(
            "This post can no longer be edited.".into(),
        ));
    }
    require_can_write(standing, now)
}

pub fn can_edit(user: Option<&CurrentUser>, here: Here, post: PostFacts, now: i64) -> bool {
    user.is_some_and(|u| require_can_edit(Standing::from(u).here(here), u.id, post, now).is_ok())
}

/// Authors may take back their own posts, even while silenced.
pub fn require_can_delete(actor_id: i64, post: PostFacts) -> AppResult<()> {
    match (post.author_id == actor_id, post.status) {
        (false, _) => Err(AppError::Forbidden),
        (true, Status::Deleted) => Err(AppError::NotFound),
        (true, _) => Ok(()),
    }
}

pub fn can_delete(user: Option<&CurrentUser>, post: PostFacts) -> bool {
    user.is_some_and(|u| require_can_delete(u.id, post).is_ok())
}

/// Creating communities and setting who reads them.
pub fn may_manage_communities(user: Option<&CurrentUser>) -> bool {
    user.is_some_and(|u| u.role.includes(Role::Admin))
}

/// Who reads a discussion is its author's choice (staff may change it too); nobody else's.
pub fn may_change_audience(user: Option<&CurrentUser>, thread_author_id: i64) -> bool {
    user.is_some_and(|u| u.id == thread_author_id || u.is_staff())
}

pub fn require_can_change_audience(user: &CurrentUser, thread_author_id: i64) -> AppResult<()> {
    match may_change_audience(Some(user), thread_author_id) {
        true => Ok(()),
        false => Err(AppError::Forbidden),
    }
}

/// Reporting: a confirmed, writing member of the post's community (or staff), about a
/// published post by someone else.
pub fn require_can_report(
    standing: Standing,
    actor_id: i64,
    post: PostFacts,
    is_member: bool,
    now: i64,
) -> AppResult<()> {
    if post.author_id == actor_id {
        return Err(AppError::Conflict(
            "You cannot report your own post; edit or delete it instead.".into(),
        ));
    }
    if post.status != Status::Published {
        return Err(AppError::NotFound);
    }
    require_can_write(standing, now)?;
    if is_member || standing.role.includes(Role::Moderator) {
        Ok(())
    } else {
        Err(AppError::Conflict(
            "Only members of this community can report its posts.".into(),
        ))
    }
}

pub fn can_report(user: Option<&CurrentUser>, here: Here, post: PostFacts, now: i64) -> bool {
    user.is_some_and(|u| {
        require_can_report(
            Standing::from(u).here(here),
            u.id,
            post,
            here.is_member,
            now,
        )
        .is_ok()
    })
}

/// The thread's author marks a verified clinician's published reply as helpful.
pub fn may_mark_helpful(
    actor_id: i64,
    thread_author_id: i64,
    post: PostFacts,
    post_by_clinician: bool,
) -> bool {
    actor_id == thread_author_id
        && post_by_clinician
        && !post.is_opening
        && post.status == Status::Published
}

pub fn can_mark_helpful(
    user: Option<&CurrentUser>,
    thread_author_id: i64,
    post: PostFacts,
    post_by_clinician: bool,
) -> bool {
    user.is_some_and(|u| may_mark_helpful(u.id, thread_author_id, post, post_by_clinician))
}

/// Tips are written by verified clinicians who may write.
pub fn require_can_write_tip(standing: Standing, now: i64) -> AppResult<()> {
    if standing.role != Role::Clinician {
        return Err(AppError::Forbidden);
    }
    require_can_write(standing, now)
}

pub fn can_write_tip(user: Option<&CurrentUser>, now: i64) -> bool {
    user.is_some_and(|u| require_can_write_tip(u.into(), now).is_ok())
}

/// Vetting a tip: a verified clinician other than its author, or a moderator; a tip held by
/// the privacy filter is for moderators only.
pub fn may_review_tip(role: Role, actor_id: i64, author_id: i64, held: bool) -> bool {
    let staff = role.includes(Role::Moderator);
    actor_id != author_id && (staff || (role == Role::Clinician && !held))
}

pub fn can_review_tip(user: Option<&CurrentUser>, author_id: i64, held: bool) -> bool {
    user.is_some_and(|u| may_review_tip(u.role, u.id, author_id, held))
}

/// Clinicians apply from a member account that may write.
pub fn require_can_apply(standing: Standing, now: i64) -> AppResult<()> {
    match standing.role {
        Role::Member => require_can_write(standing, now),
        Role::Clinician => Err(AppError::Conflict(
            "You are already a verified clinician.".into(),
        )),
        // One role per account: verifying staff would take their staff powers away.
        Role::Moderator | Role::Admin => Err(AppError::Conflict(
            "Moderator and admin accounts cannot also be verified clinicians: apply from a member account.".into(),
        )),
    }
}

/// A staff action on an account: it needs `needed`, never targets one's own account, and only
/// admins act on staff. The command line may do all of it.
pub fn require_power_over(acting: Acting, target: &User, needed: Role) -> AppResult<()> {
    let Acting::Staff(actor) = acting else {
        return Ok(());
    };
    actor.require(needed)?;
    require_over(actor, target)
}

fn require_over(actor: &CurrentUser, target: &User) -> AppResult<()> {
    if actor.id == target.id {
        return Err(AppError::Conflict(
            "You cannot do this to your own account.".into(),
        ));
    }
    if target.role().includes(Role::Moderator) && !actor.role.includes(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// A measure within one community: its moderators and site staff; only admins act on staff;
/// nobody on themselves. A moderator elsewhere learns nothing of this community (404).
pub fn require_power_in(acting: Acting, target: &User, community_id: i64) -> AppResult<()> {
    let Acting::Staff(actor) = acting else {
        return Ok(());
    };
    require_can_moderate(actor, community_id)?;
    require_over(actor, target)
}

/// Whose queue items, reports and crisis items a moderator decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModerationScope {
    /// Site moderators and admins.
    Everywhere,
    /// Community moderators: these communities.
    Communities(Vec<i64>),
}

impl ModerationScope {
    /// The communities it is limited to; None: every community.
    pub fn within(&self) -> Option<&[i64]> {
        match self {
            ModerationScope::Everywhere => None,
            ModerationScope::Communities(ids) => Some(ids),
        }
    }
}

pub fn moderation_scope(user: &CurrentUser) -> Option<ModerationScope> {
    match (user.is_staff(), user.moderates.is_empty()) {
        (true, _) => Some(ModerationScope::Everywhere),
        (false, false) => Some(ModerationScope::Communities(user.moderates.clone())),
        (false, true) => None,
    }
}

pub fn require_moderation_scope(user: &CurrentUser) -> AppResult<ModerationScope> {
    moderation_scope(user).ok_or(AppError::Forbidden)
}

/// Deciding about an item of this community: a moderator of it, or site staff. Anyone else
/// who moderates somewhere learns nothing of other communities' items (404).
pub fn require_can_moderate(user: &CurrentUser, community_id: i64) -> AppResult<()> {
    require_moderation_scope(user)?;
    match user.moderates(community_id) {
        true => Ok(()),
        false => Err(AppError::NotFound),
    }
}

/// The whole audit log leaves the site as a file only in an admin's hands.
pub fn may_export_audit(user: &CurrentUser) -> bool {
    user.role.includes(Role::Admin)
}

/// Appointing a community's moderators: admins, and its lead moderators.
pub fn may_appoint_moderators(user: Option<&CurrentUser>, community_id: i64) -> bool {
    user.is_some_and(|u| {
        u.role.includes(Role::Admin) || u.leads.binary_search(&community_id).is_ok()
    })
}

/// Where the header links lead this viewer.
#[derive(Debug, Default, Serialize)]
pub struct Navigation {
    pub queue: bool,
    pub admin: bool,
    pub tip_review: bool,
    pub questions: bool,
}

pub fn navigation(user: Option<&CurrentUser>) -> Navigation {
    let role = user.map(|u| u.role);
    Navigation {
        queue: user.is_some_and(|u| moderation_scope(u).is_some()),
        admin: role.is_some_and(|r| r.includes(Role::Admin)),
        tip_review: role.is_some_and(|r| r == Role::Clinician || r.includes(Role::Moderator)),
        questions: answers_questions(user),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(role: Role, confirmed: bool, silenced_until: Option<i64>) -> Standing {
        Standing {
            role,
            email_confirmed: confirmed,
            silenced_until,
            suspended: false,
            archived_here: false,
        }
    }

    #[test]
    fn changed_guidelines_are_accepted_again_before_the_next_post() {
        assert_eq!(
            require_current_guidelines(Some(10), 0, false, false).ok(),
            Some(false)
        );
        assert_eq!(
            require_current_guidelines(Some(10), 10, false, false).ok(),
            Some(false)
        );
        assert!(require_current_guidelines(Some(10), 20, false, false).is_err());
        assert_eq!(
            require_current_guidelines(Some(10), 20, false, true).ok(),
            Some(true)
        );
        assert_eq!(
            require_current_guidelines(Some(10), 20, true, false).ok(),
            Some(false),
            "its moderators are not asked"
        );
        assert_eq!(
            require_current_guidelines(None, 20, false, false).ok(),
            Some(false),
            "not a member (a clinician answering): membership rules decide"
        );
    }

    #[test]
    fn a_community_silence_or_archive_stops_writes_there() {
        let now = 1_000;
        let member = standing(Role::Member, true, None);
        assert!(require_can_post_in(member.within(Some(2_000), false), true, now).is_err());
        assert!(require_can_post_in(member.within(Some(999), false), true, now).is_ok());
        let archived = require_can_post_in(member.within(None, true), true, now);
        assert!(matches!(archived, Err(AppError::Conflict(m)) if m.contains("archived")));
        let silenced_site = standing(Role::Member, true, Some(3_000));
        assert_eq!(
            silenced_site.within(Some(2_000), false).silenced_until,
            Some(3_000),
            "the longer silence counts"
        );
    }

    #[test]
    fn every_write_needs_a_confirmed_unsilenced_account() {
        let now = 1_000;
        assert!(can_write(standing(Role::Member, true, None), now));
        assert!(
            can_write(standing(Role::Member, true, Some(999)), now),
            "silence ended"
        );
        assert!(!can_write(standing(Role::Member, false, None), now));
        assert!(!can_write(standing(Role::Admin, true, Some(1_001)), now));
        let post = PostFacts {
            author_id: 2,
            status: Status::Published,
            is_opening: false,
        };
        let silenced = standing(Role::Member, true, Some(2_000));
        assert!(require_can_edit(silenced, 2, post, now).is_err());
        assert!(require_can_report(silenced, 3, post, true, now).is_err());
        assert!(require_can_apply(silenced, now).is_err());
        assert!(require_can_post_in(silenced, true, now).is_err());
        assert!(
            require_can_delete(2, post).is_ok(),
            "a silenced author may still take a post back"
        );
    }

    #[test]
    fn reports_come_from_confirmed_members_about_others_published_posts() {
        let now = 1_000;
        let member = standing(Role::Member, true, None);
        let post = |status| PostFacts {
            author_id: 2,
            status,
            is_opening: false,
        };
        assert!(require_can_report(member, 3, post(Status::Published), true, now).is_ok());
        assert!(require_can_report(member, 3, post(Status::Published), false, now).is_err());
        assert!(require_can_report(member, 2, post(Status::Published), true, now).is_err());
        assert!(require_can_report(member, 3, post(Status::Held), true, now).is_err());
        let unconfirmed = standing(Role::Member, false, None);
        assert!(require_can_report(unconfirmed, 3, post(Status::Published), true, now).is_err());
    }

    #[test]
    fn tips_are_vetted_by_someone_other_than_their_author() {
        assert!(may_review_tip(Role::Clinician, 1, 2, false));
        assert!(
            !may_review_tip(Role::Clinician, 1, 2, true),
            "held: moderators only"
        );
        assert!(may_review_tip(Role::Moderator, 1, 2, true));
        assert!(
            !may_review_tip(Role::Moderator, 2, 2, false),
            "not one's own"
        );
        assert!(!may_review_tip(Role::Member, 1, 2, false));
    }
}
