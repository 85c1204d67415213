//! A thread page for one viewer: the posts they may see, the published text of each, the text
//! waiting for review where they may see it (its author, staff), and what they may do.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::fragments::{Face, FaceFacts, SharedCard};
use crate::models::audit::{self, NewEntry};
use crate::models::community::Community;
use crate::models::follow;
use crate::models::post::{Post, Status};
use crate::models::revision::{self, Revision};
use crate::models::thread::{Audience, Thread};
use crate::models::{community, community_silence};
use crate::policy::{self, Here, PostFacts, ReplyBox};
use crate::schema::{communities, post_revisions, posts, threads, users};
use crate::services::screening::{self, Field, Segment};
use crate::views::questions::{self, QuestionNote};
use crate::views::visibility::{may_see_thread, posts_seen_by, threads_seen_by};
use crate::views::{AuthorRow, Pager, Viewer};

#[derive(Serialize, Debug)]
pub struct ThreadPage {
    pub thread: ThreadHead,
    /// Rendered to HTML by `fragments::post_cards`, not given to the template as values.
    #[serde(skip)]
    pub posts: Vec<PostCard>,
    pub pager: Pager,
    pub reply_box: ReplyBox,
    /// The community's guidelines (HTML), when they changed since the viewer accepted them:
    /// the reply form asks them to accept again.
    pub changed_guidelines: Option<String>,
    /// None for visitors, who cannot follow.
    pub following: Option<bool>,
    /// A verified clinician replies: their reply carries the clinician note.
    pub answering_as_clinician: bool,
    /// Its author deleted the opening post after others replied: a note stands in for it.
    pub opening_deleted: bool,
}

#[derive(Serialize, Debug)]
pub struct ThreadHead {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub community_name: String,
    /// "public" or "members" (`thread::Audience`).
    pub audience: String,
    pub can_change_audience: bool,
    /// Search engines are asked to skip the page: members-only, or in a no-index community.
    pub noindex: bool,
    /// Its author asked for a clinician's view.
    pub question: Option<QuestionNote>,
    pub can_mark_answered: bool,
}

/// One post as the viewer may see it: its face (the same for every viewer, rendered once
/// by `fragments`) and what only this viewer sees or may do.
#[derive(Serialize, Debug)]
pub struct PostCard {
    pub id: i64,
    pub is_opening: bool,
    #[serde(skip)]
    pub facts: FaceFacts,
    /// Filled in from `facts` by the handler (`FaceCache::faces`).
    pub face: Face,
    pub helpful: bool,
    /// A badge about where the post stands, for those who may see a post that is not public.
    pub state: Option<StateNote>,
    /// The revision waiting for a moderator, highlighted: for its author and staff.
    pub review: Option<Review>,
    pub rejection_reason: Option<String>,
    /// A moderator asked its author to revise it: their words (author and staff only).
    pub revise_note: Option<String>,
    pub can_edit: bool,
    pub can_delete: bool,
    pub can_report: bool,
    pub can_mark_helpful: bool,
    /// The published text suggests someone may be at risk: readers see crisis lines beside
    /// it (never that it was flagged, nor how).
    pub support_line: bool,
    /// Any of the notes below the text (review, support line, revision request, rejection).
    pub notes: bool,
    /// Any of the actions (edit, delete, report, mark helpful).
    pub actions: bool,
}

impl PostCard {
    /// The card as a `SharedCard` when it shows nothing for this viewer alone (see there).
    pub fn into_shared(self) -> Result<SharedCard, Box<PostCard>> {
        let has_form = self.can_mark_helpful || (self.can_delete && !self.is_opening);
        if has_form || self.notes || self.state.is_some() {
            return Err(Box::new(self));
        }
        Ok(SharedCard {
            facts: self.facts,
            is_opening: self.is_opening,
            can_edit: self.can_edit,
            can_report: self.can_report,
            can_delete: self.can_delete,
        })
    }

    /// The card a `SharedCard` stands for, with its face.
    pub fn from_shared(shared: &SharedCard, face: Face) -> PostCard {
        PostCard {
            id: shared.facts.id,
            is_opening: shared.is_opening,
            facts: FaceFacts::default(),
            face,
            helpful: shared.facts.helpful,
            state: None,
            review: None,
            rejection_reason: None,
            revise_note: None,
            can_edit: shared.can_edit,
            can_delete: shared.can_delete,
            can_report: shared.can_report,
            can_mark_helpful: false,
            support_line: false,
            notes: false,
            actions: shared.can_edit || shared.can_delete || shared.can_report,
        }
    }
}

#[derive(Serialize, Debug, Clone, Hash, PartialEq, Eq)]
pub struct StateNote {
    pub class: &'static str,
    pub text: &'static str,
}

/// A waiting revision with the passages the privacy filter found.
#[derive(Serialize, Debug)]
pub struct Review {
    pub title: Vec<Segment>,
    pub body: Vec<Segment>,
    pub kinds: Vec<String>,
    /// An edit of a post that readers see in its earlier version meanwhile.
    pub is_edit: bool,
}

/// Where a post stands, in the words its author and staff see; None for a plain public post.
pub fn state_note(post: &Post) -> Option<StateNote> {
    let note = |class, text| Some(StateNote { class, text });
    match (
        post.status(),
        post.published_revision_id,
        post.pending_revision_id,
    ) {
        (Status::Held, None, _) => note(
            "badge-held",
            "Awaiting moderator review: only you and moderators can see this",
        ),
        (Status::Held, Some(_), _) => note(
            "badge-held",
            "Hidden after reports from members, waiting for a moderator: only you and moderators can see it",
        ),
        (Status::Rejected, _, _) => note("badge-rejected", "Not published"),
        (Status::Deleted, _, _) => note("badge-deleted", "Deleted"),
        (Status::Published, _, Some(_)) => note(
            "badge-held",
            "An edit awaits moderator review; readers see the earlier version",
        ),
        (Status::Published, _, None) => None,
    }
}

/// Whether a thread page shows its author and staff the text waiting for review.
#[derive(Clone, Copy)]
enum Waiting {
    Shown,
    Left,
}

/// A post, its author, and its published revision's HTML and crisis finding (if any).
type Row = (Post, AuthorRow, Option<String>, Option<String>);

impl ThreadPage {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        thread_id: i64,
        page: i64,
        per_page: i64,
    ) -> AppResult<ThreadPage> {
        Self::load_with(conn, viewer, thread_id, (page, per_page), Waiting::Shown)
    }

    /// The page without the text waiting for review (the API's reads): none is loaded, so
    /// no staff view of held text is recorded for text nobody was shown.
    pub fn load_published(
        conn: &mut DbConnection,
        viewer: &Viewer,
        thread_id: i64,
        page: i64,
        per_page: i64,
    ) -> AppResult<ThreadPage> {
        Self::load_with(conn, viewer, thread_id, (page, per_page), Waiting::Left)
    }

    fn load_with(
        conn: &mut DbConnection,
        viewer: &Viewer,
        thread_id: i64,
        (page, per_page): (i64, i64),
        waiting: Waiting,
    ) -> AppResult<ThreadPage> {
        let (thread, community) = visible_thread(conn, viewer, thread_id)?;
        // One row past the page says whether a next page exists, without counting the thread.
        let mut rows = page_rows(conn, viewer, thread_id, (page - 1) * per_page, per_page + 1)?;
        if rows.is_empty() && page > 1 {
            return Err(AppError::NotFound);
        }
        let has_next = (rows.len() as i64) > per_page;
        rows.truncate(per_page as usize);
        let waiting = match waiting {
            Waiting::Shown => waiting_revisions(conn, viewer, &rows, thread.community_id)?,
            Waiting::Left => HashMap::new(),
        };
        let (here, following) = membership(conn, viewer, &community, thread_id)?;
        let question = questions::notes(conn, &[&thread])?.remove(&thread.id);
        let now = db::now();
        let posts: Vec<PostCard> = rows
            .into_iter()
            .map(|row| card(viewer, &thread, row, &waiting, here, now))
            .collect();
        Ok(ThreadPage {
            opening_deleted: page == 1 && !posts.iter().any(|p| p.is_opening),
            reply_box: policy::reply_box(viewer.user(), here, &thread, now),
            changed_guidelines: here
                .guidelines_pending
                .then(|| community.guidelines_html.clone()),
            following,
            answering_as_clinician: policy::answers_questions(viewer.user()),
            pager: Pager {
                page,
                has_prev: page > 1,
                has_next,
            },
            thread: ThreadHead {
                can_change_audience: policy::may_change_audience(viewer.user(), thread.author_id),
                can_mark_answered: policy::may_mark_answered(viewer.user(), &thread),
                question,
                noindex: community.noindex || thread.audience != Audience::Public.as_str(),
                id: thread.id,
                title: thread.title,
                community_slug: community.slug,
                community_name: community.name,
                audience: thread.audience,
            },
            posts,
        })
    }
}

/// The thread with its community, or NotFound when the viewer may not see it. One row by its
/// id, judged by the rule's Rust form: a statement of one fixed shape, prepared once, where
/// the SQL form's lists of communities would be prepared again on every page.
pub fn visible_thread(
    conn: &mut DbConnection,
    viewer: &Viewer,
    thread_id: i64,
) -> AppResult<(Thread, Community)> {
    let (thread, community) = threads::table
        .inner_join(communities::table)
        .filter(threads::id.eq(thread_id))
        .select((Thread::as_select(), Community::as_select()))
        .first(conn)?;
    match may_see_thread(viewer, &thread) {
        true => Ok((thread, community)),
        false => Err(AppError::NotFound),
    }
}

/// The thread of a post and how many posts before it the viewer may see (to find its page);
/// NotFound when the viewer may not see the post or its thread.
pub fn position_of(
    conn: &mut DbConnection,
    viewer: &Viewer,
    post_id: i64,
) -> AppResult<(i64, i64)> {
    let found: Post = posts::table
        .inner_join(threads::table)
        .filter(posts::id.eq(post_id))
        .filter(posts_seen_by(viewer))
        .filter(threads_seen_by(viewer))
        .select(Post::as_select())
        .first(conn)?;
    let before: i64 = posts::table
        .filter(posts::thread_id.eq(found.thread_id))
        .filter(posts::id.lt(found.id))
        .filter(posts_seen_by(viewer))
        .count()
        .get_result(conn)?;
    Ok((found.thread_id, before))
}

fn page_rows(
    conn: &mut DbConnection,
    viewer: &Viewer,
    thread_id: i64,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<Row>> {
    Ok(posts::table
        .inner_join(users::table.on(users::id.eq(posts::author_id)))
        .left_join(
            post_revisions::table
                .on(posts::published_revision_id.eq(post_revisions::id.nullable())),
        )
        .filter(posts::thread_id.eq(thread_id))
        .filter(posts_seen_by(viewer))
        .order(posts::id.asc())
        .offset(offset)
        .limit(limit)
        .select((
            Post::as_select(),
            AuthorRow::as_select(),
            post_revisions::body_html.nullable(),
            post_revisions::crisis.nullable(),
        ))
        .load(conn)?)
}

/// The waiting revisions this viewer may read (their own, or any for staff); staff reading
/// someone else's is audited, with the identifier kinds and never their values.
fn waiting_revisions(
    conn: &mut DbConnection,
    viewer: &Viewer,
    rows: &[Row],
    community_id: i64,
) -> AppResult<HashMap<i64, Revision>> {
    let staff = viewer.moderates(community_id);
    let ids: Vec<i64> = rows
        .iter()
        .filter(|(post, _, _, _)| staff || viewer.is(post.author_id))
        .filter_map(|(post, _, _, _)| post.pending_revision_id)
        .collect();
    let found = revision::find_many(conn, &ids)?;
    if let Some(actor) = viewer.id().filter(|_| staff) {
        let authors: HashMap<i64, i64> = rows
            .iter()
            .map(|(p, _, _, _)| (p.id, p.author_id))
            .collect();
        let kinds: Vec<(i64, String)> = found
            .iter()
            .filter(|r| authors.get(&r.post_id) != Some(&actor))
            .map(|r| {
                (
                    r.post_id,
                    screening::kinds_of(&screening::parse_findings(&r.findings)),
                )
            })
            .collect();
        let entries: Vec<NewEntry> = kinds
            .iter()
            .map(|(post_id, kinds)| NewEntry::post(Some(actor), "view_held", *post_id, kinds))
            .collect();
        audit::append(conn, &entries)?;
    }
    Ok(found.into_iter().map(|r| (r.post_id, r)).collect())
}

fn membership(
    conn: &mut DbConnection,
    viewer: &Viewer,
    community: &Community,
    thread_id: i64,
) -> AppResult<(Here, Option<bool>)> {
    let archived = community.is_archived();
    match viewer.id() {
        Some(id) => {
            let is_member = viewer.is_member_of(community.id);
            let updated_at = community.guidelines_updated_at;
            // Guidelines never changed since the community began: nobody has any to accept.
            let accepted_at = match is_member && updated_at > 0 {
                true => community::guidelines_accepted_at(conn, community.id, id)?,
                false => None,
            };
            let moderates = viewer.moderates(community.id);
            Ok((
                Here {
                    is_member,
                    silenced_until: community_silence::until(conn, community.id, id)?,
                    archived,
                    guidelines_pending: policy::guidelines_pending(
                        accepted_at,
                        updated_at,
                        moderates,
                    ),
                },
                Some(follow::is_following(conn, thread_id, id)?),
            ))
        }
        None => Ok((
            Here {
                archived,
                ..Here::default()
            },
            None,
        )),
    }
}

fn card(
    viewer: &Viewer,
    thread: &Thread,
    (post, author, published_html, published_crisis): Row,
    waiting: &HashMap<i64, Revision>,
    here: Here,
    now: i64,
) -> PostCard {
    let user = viewer.user();
    let facts = PostFacts::from(&post);
    let insider = viewer.moderates(thread.community_id) || viewer.is(post.author_id);
    let mut card = PostCard {
        id: post.id,
        is_opening: post.is_opening,
        helpful: post.marked_helpful_at.is_some(),
        state: state_note(&post).filter(|_| insider),
        review: waiting
            .get(&post.id)
            .map(|r| review_of(r, published_html.is_some())),
        rejection_reason: post.rejection_reason.clone().filter(|_| insider),
        revise_note: post.revise_note.clone().filter(|_| insider),
        can_edit: policy::can_edit(user, here, facts, now),
        can_delete: policy::can_delete(user, facts),
        can_report: policy::can_report(user, here, facts, now),
        can_mark_helpful: policy::can_mark_helpful(
            user,
            thread.author_id,
            facts,
            author.is_verified_clinician(),
        ),
        support_line: published_crisis.is_some_and(|c| !c.is_empty()),
        facts: FaceFacts {
            id: post.id,
            byline: author.byline(),
            created_at: post.created_at,
            edited_at: post.edited_at,
            helpful: post.marked_helpful_at.is_some(),
            clinician_note: author.is_verified_clinician(),
            body_html: published_html,
        },
        face: Face::default(),
        notes: false,
        actions: false,
    };
    card.notes = card.review.is_some()
        || card.support_line
        || card.revise_note.is_some()
        || card.rejection_reason.is_some();
    card.actions = card.can_edit || card.can_delete || card.can_report || card.can_mark_helpful;
    card
}

/// The waiting revision with its findings highlighted (author and staff only).
pub fn review_of(revision: &Revision, is_edit: bool) -> Review {
    let findings = screening::parse_findings(&revision.findings);
    Review {
        title: revision
            .title
            .as_deref()
            .map(|t| screening::segments(t, &findings, Field::Title))
            .unwrap_or_default(),
        body: screening::segments(&revision.body_md, &findings, Field::Body),
        kinds: screening::distinct_kinds(findings.iter().map(|f| f.kind.as_str())),
        is_edit,
    }
}
