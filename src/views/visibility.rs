//! THE rule for what a viewer may see. Posts (and threads, which carry their opening post's
//! status and their audience) and tips; a community's moderators see inside it what site
//! staff see everywhere; written once as data, used both as SQL filters and
//! as Rust predicates, so a listing and a single page can never disagree (the truth-table
//! tests check both).

use diesel::prelude::*;
use diesel::sql_types::Bool;
use diesel::IntoSql;

use crate::db::Db;
use crate::models::post::Post;
use crate::models::thread::{Audience, Thread};
use crate::models::tip::{Tip, PENDING};
use crate::models::user::ProfilePosts;
use crate::schema::{crisis_items, posts, threads, tips};
use crate::views::Viewer;

const EVERYTHING: &[&str] = &["published", "held", "rejected", "deleted"];
const PUBLISHED: &[&str] = &["published"];
/// Authors see their own held and rejected posts; deleted ones are gone for them.
const OWN: &[&str] = &["published", "held", "rejected"];

/// Which statuses the viewer may see on anyone's post, and on their own.
fn statuses(viewer: &Viewer) -> (&'static [&'static str], &'static [&'static str]) {
    match viewer.id() {
        _ if viewer.is_staff() => (EVERYTHING, EVERYTHING),
        Some(_) => (PUBLISHED, OWN),
        None => (PUBLISHED, PUBLISHED),
    }
}

/// Whether the viewer may see something with this status in this community.
pub fn may_see_status(viewer: &Viewer, status: &str, author_id: i64, community_id: i64) -> bool {
    let (anyone, own) = statuses(viewer);
    anyone.contains(&status)
        || (viewer.is(author_id) && own.contains(&status))
        || viewer.moderates(community_id)
}

/// A members-only discussion is for its community's members, staff, and its author (and
/// verified clinicians, where the community lets them in).
pub fn may_read_audience(
    viewer: &Viewer,
    audience: &str,
    community_id: i64,
    author_id: i64,
) -> bool {
    audience == Audience::Public.as_str()
        || viewer.is_staff()
        || viewer.is(author_id)
        || viewer.reads_members_only_of(community_id)
}

pub fn may_see_thread(viewer: &Viewer, thread: &Thread) -> bool {
    may_see_status(
        viewer,
        &thread.status,
        thread.author_id,
        thread.community_id,
    ) && may_read_audience(
        viewer,
        &thread.audience,
        thread.community_id,
        thread.author_id,
    )
}

/// A post is seen only inside a thread the viewer may see.
pub fn may_see_post(viewer: &Viewer, post: &Post, thread: &Thread) -> bool {
    may_see_status(viewer, &post.status, post.author_id, thread.community_id)
        && may_see_thread(viewer, thread)
}

pub type Filter<QS> = Box<dyn BoxableExpression<QS, Db, SqlType = Bool>>;

/// `$column` is one of `$values`, written as `column = ? OR column = ? …` rather than `IN (…)`:
/// diesel prepares a statement with an `IN` list again on every query on SQLite, and a page
/// is mostly these filters. The shape depends only on how many values there are, so the
/// statement is cached. `$values` is a non-empty slice.
macro_rules! one_of {
    ($column:expr, $values:expr) => {{
        let values = $values;
        let mut rule: $crate::views::visibility::Filter<_> = Box::new($column.eq(values[0]));
        for value in &values[1..] {
            rule = Box::new(rule.or($column.eq(*value)));
        }
        rule
    }};
}
pub(crate) use one_of;

/// Lists longer than this stay an SQL `IN` list (prepared on each use): an `OR` chain that long
/// would near SQLite's limit on expression depth.
pub const FIXED_SHAPE_IDS: usize = 64;

/// `$column` is one of `$ids`, in a shape diesel keeps prepared: `one_of!` over the list padded
/// to a power of two by repeating its last id, so a handful of shapes serve every length.
/// Empty: false.
macro_rules! one_of_ids {
    ($column:expr, $ids:expr) => {{
        let ids: &[i64] = $ids;
        let rule: $crate::views::visibility::Filter<_> = match ids.len() {
            0 => Box::new(diesel::IntoSql::into_sql::<diesel::sql_types::Bool>(false)),
            n if n > $crate::views::visibility::FIXED_SHAPE_IDS => {
                Box::new($column.eq_any(ids.to_vec()))
            }
            n => {
                let padded: Vec<i64> = (0..n.next_power_of_two())
                    .map(|i| ids[i.min(n - 1)])
                    .collect();
                $crate::views::visibility::one_of!($column, &padded)
            }
        };
        rule
    }};
}
pub(crate) use one_of_ids;

macro_rules! status_filter {
    ($viewer:expr, $status:expr, $author:expr) => {{
        let (anyone, own) = statuses($viewer);
        let seen = one_of!($status, anyone);
        let rule: Filter<_> = match $viewer.id() {
            Some(me) if own != anyone => {
                Box::new(seen.or($author.eq(me).and(one_of!($status, own))))
            }
            _ => seen,
        };
        rule
    }};
}

/// The rule over `posts`; pair it with `threads_seen_by` (a post shows inside its thread).
pub fn posts_seen_by<QS>(viewer: &Viewer) -> Filter<QS>
where
    posts::status: SelectableExpression<QS>,
    posts::author_id: SelectableExpression<QS>,
    QS: 'static,
{
    let rule = status_filter!(viewer, posts::status, posts::author_id);
    match viewer.moderated() {
        [] => rule,
        moderated => Box::new(rule.or(in_communities(moderated))),
    }
}

/// `posts.thread_id` is a thread of these communities. Written as SQL because diesel cannot
/// type a subquery on `threads` inside a query that joins `threads` already; the ids are
/// integers, formatted here, never text from a request.
fn in_communities(ids: &[i64]) -> diesel::expression::SqlLiteral<Bool> {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    diesel::dsl::sql::<Bool>(&format!(
        "posts.thread_id IN (SELECT moderated.id FROM threads moderated WHERE moderated.community_id IN ({}))",
        list.join(", ")
    ))
}

pub fn threads_seen_by<QS>(viewer: &Viewer) -> Filter<QS>
where
    threads::status: SelectableExpression<QS>,
    threads::author_id: SelectableExpression<QS>,
    threads::audience: SelectableExpression<QS>,
    threads::community_id: SelectableExpression<QS>,
    QS: 'static,
{
    let status = status_filter!(viewer, threads::status, threads::author_id);
    let public = threads::audience.eq(Audience::Public.as_str());
    match viewer.user() {
        Some(user) if user.is_staff() => status,
        Some(user) => Box::new(
            status
                .and(
                    public
                        .or(one_of_ids!(
                            threads::community_id,
                            &user.members_only_readable()
                        ))
                        .or(threads::author_id.eq(user.id)),
                )
                .or(one_of_ids!(threads::community_id, &user.moderates)),
        ),
        None => Box::new(status.and(public)),
    }
}

/// Discussions the viewer would read as a member of their community: published, members-only,
/// in a community they do not belong to ("N more discussions are visible to members").
pub fn threads_for_members_only<QS>(viewer: &Viewer) -> Filter<QS>
where
    threads::status: SelectableExpression<QS>,
    threads::author_id: SelectableExpression<QS>,
    threads::audience: SelectableExpression<QS>,
    threads::community_id: SelectableExpression<QS>,
    QS: 'static,
{
    let published = threads::status
        .eq(crate::models::post::Status::Published.as_str())
        .and(threads::audience.eq(Audience::Members.as_str()));
    match viewer.user() {
        Some(user) if user.is_staff() => Box::new(published.and(false.into_sql::<Bool>())),
        Some(user) => Box::new(
            published
                .and(diesel::dsl::not(one_of_ids!(
                    threads::community_id,
                    &user.members_only_readable()
                )))
                .and(threads::author_id.ne(user.id)),
        ),
        None => Box::new(published),
    }
}

/// Who may read the revision of a tip that waits: its author, staff, and (while it waits for a
/// second reviewer, not while the privacy filter holds it) every verified clinician.
pub fn may_see_waiting_tip(viewer: &Viewer, tip: &Tip) -> bool {
    viewer.is_staff()
        || viewer.is(tip.author_id)
        || (viewer.is_clinician() && tip.status == PENDING)
}

/// A tip is public while it has a published revision; otherwise as `may_see_waiting_tip`.
pub fn may_see_tip(viewer: &Viewer, tip: &Tip) -> bool {
    tip.published_revision_id.is_some() || may_see_waiting_tip(viewer, tip)
}

pub fn tips_seen_by<QS>(viewer: &Viewer) -> Filter<QS>
where
    tips::status: SelectableExpression<QS>,
    tips::author_id: SelectableExpression<QS>,
    tips::published_revision_id: SelectableExpression<QS>,
{
    let public = tips::published_revision_id.is_not_null();
    match viewer.id() {
        Some(_) if viewer.is_staff() => Box::new(tips::author_id.eq(tips::author_id)),
        Some(me) if viewer.is_clinician() => Box::new(
            public
                .or(tips::author_id.eq(me))
                .or(tips::status.eq(PENDING)),
        ),
        Some(me) => Box::new(public.or(tips::author_id.eq(me))),
        None => Box::new(public),
    }
}

/// Which of a member's posts their profile may list to a viewer (each post still passes the
/// rule above): the member's choice, widened for the member and staff.
#[derive(Debug, PartialEq)]
pub enum ProfileListing {
    All,
    /// Posts in these communities only: those the viewer shares with the member.
    In(Vec<i64>),
    Nothing,
}

pub fn profile_listing(
    viewer: &Viewer,
    person_id: i64,
    choice: ProfilePosts,
    person_communities: &[i64],
) -> ProfileListing {
    if viewer.is_staff() || viewer.is(person_id) {
        return ProfileListing::All;
    }
    match (choice, viewer.user()) {
        (ProfilePosts::Everyone, _) => ProfileListing::All,
        (ProfilePosts::Communities, Some(user)) => {
            let shared: Vec<i64> = person_communities
                .iter()
                .copied()
                .filter(|id| user.is_member_of(*id))
                .collect();
            if shared.is_empty() {
                ProfileListing::Nothing
            } else {
                ProfileListing::In(shared)
            }
        }
        _ => ProfileListing::Nothing,
    }
}

/// A member's posts as a listing by author shows them (their profile, a search "by" them):
/// their choice of who may see them listed. Each post still passes `posts_seen_by`,
/// `threads_seen_by` and `crisis_posts_unlisted`.
pub fn posts_listed_for<QS>(person_id: i64, listing: &ProfileListing) -> Filter<QS>
where
    posts::author_id: SelectableExpression<QS>,
    threads::community_id: SelectableExpression<QS>,
    QS: 'static,
{
    let theirs = posts::author_id.eq(person_id);
    match listing {
        ProfileListing::All => Box::new(theirs),
        ProfileListing::In(shared) => {
            Box::new(theirs.and(threads::community_id.eq_any(shared.clone())))
        }
        ProfileListing::Nothing => Box::new(false.into_sql::<Bool>()),
    }
}

type CrisisPostIds = diesel::dsl::Select<crisis_items::table, crisis_items::post_id>;
type NotACrisisPost = diesel::dsl::NeAny<posts::id, CrisisPostIds>;
type NotACrisisPostOrMine = diesel::dsl::Or<NotACrisisPost, diesel::dsl::Eq<posts::author_id, i64>>;

/// Listings (profiles, search results) never bring a post in which its author may be at risk
/// to others: it stays readable in its thread. Its author and staff still find it.
pub fn crisis_posts_unlisted<QS>(viewer: &Viewer) -> Filter<QS>
where
    NotACrisisPost: BoxableExpression<QS, Db, SqlType = Bool>,
    NotACrisisPostOrMine: BoxableExpression<QS, Db, SqlType = Bool>,
    QS: 'static,
{
    let unlisted = posts::id.ne_all(crisis_items::table.select(crisis_items::post_id));
    match viewer.id() {
        _ if viewer.is_staff() => Box::new(true.into_sql::<Bool>()),
        Some(me) => Box::new(unlisted.or(posts::author_id.eq(me))),
        None => Box::new(unlisted),
    }
}
