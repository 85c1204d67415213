//! Thread listings (home, community pages) for one viewer, through the one visibility rule.

use diesel::prelude::*;
use serde::Serialize;

use crate::config::Rules;
use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::community::{self, Community};
use crate::models::post::Status;
use crate::models::thread::{Audience, Thread};
use crate::policy;
use crate::schema::{communities, threads, users};
use crate::views::questions::{self, QuestionNote};
use crate::views::responsiveness::{self, Figures};
use crate::views::thread_page::StateNote;
use crate::views::tips::{self, TipCard};
use crate::views::visibility::{one_of_ids, threads_for_members_only, threads_seen_by};
use crate::views::{AuthorRow, Byline, Pager, Viewer};

/// One discussion in a list; the same for everyone who may see it (rendered once, `fragments`).
#[derive(Serialize, Debug, Clone, Hash, PartialEq, Eq)]
pub struct ThreadRow {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub community_name: String,
    pub byline: Byline,
    pub reply_count: i64,
    pub last_activity_at: i64,
    /// For its author and staff, where a discussion that is not public stands.
    pub state: Option<StateNote>,
    pub members_only: bool,
    /// Its author asked for a clinician's view.
    pub question: Option<QuestionNote>,
}

/// A thread's standing as listings show it (from its opening post's status).
fn thread_note(status: Status) -> Option<StateNote> {
    let note = |class, text| Some(StateNote { class, text });
    match status {
        Status::Published => None,
        Status::Held => note(
            "badge-held",
            "Awaiting moderator review: only you and moderators can see this",
        ),
        Status::Rejected => note("badge-rejected", "Not published"),
        Status::Deleted => note("badge-deleted", "Deleted"),
    }
}

/// One page of discussions, most recently active first: of one community, or of all.
pub fn threads(
    conn: &mut DbConnection,
    viewer: &Viewer,
    community_id: Option<i64>,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<ThreadRow>> {
    let mut query = threads::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(threads::author_id)))
        .filter(threads_seen_by(viewer))
        .order((threads::last_activity_at.desc(), threads::id.desc()))
        .offset(offset)
        .limit(limit)
        .select((
            Thread::as_select(),
            communities::slug,
            communities::name,
            AuthorRow::as_select(),
        ))
        .into_boxed();
    match community_id {
        Some(id) => query = query.filter(threads::community_id.eq(id)),
        // "Latest" leaves archived communities out; their own pages still list everything.
        None => query = query.filter(communities::archived_at.is_null()),
    }
    let rows: Vec<(Thread, String, String, AuthorRow)> = query.load(conn)?;
    let listed: Vec<&Thread> = rows.iter().map(|(t, ..)| t).collect();
    let mut notes = questions::notes(conn, &listed)?;
    Ok(rows
        .into_iter()
        .map(
            |(thread, community_slug, community_name, author)| ThreadRow {
                question: notes.remove(&thread.id),
                state: thread_note(Status::parse(&thread.status)),
                members_only: thread.audience == Audience::Members.as_str(),
                id: thread.id,
                title: thread.title,
                community_slug,
                community_name,
                byline: author.byline(),
                reply_count: thread.reply_count,
                last_activity_at: thread.last_activity_at,
            },
        )
        .collect())
}

/// How many published discussions of these communities only their members may read, which
/// this viewer cannot: a listing says they exist, never what they are. Naming the communities
/// lets the count seek the (community, audience, status) index; across all threads it would
/// read every one.
pub fn members_only_count(
    conn: &mut DbConnection,
    viewer: &Viewer,
    community_ids: &[i64],
) -> AppResult<i64> {
    Ok(threads::table
        .filter(threads_for_members_only(viewer))
        .filter(one_of_ids!(threads::community_id, community_ids))
        .count()
        .get_result(conn)?)
}

/// Communities whose pages search engines are asked to skip: no-index, or members-only by default.
pub fn crawl_exclusions(conn: &mut DbConnection) -> AppResult<Vec<String>> {
    Ok(communities::table
        .filter(
            communities::noindex
                .eq(true)
                .or(communities::default_audience.eq(Audience::Members.as_str())),
        )
        .order(communities::slug.asc())
        .select(communities::slug)
        .load(conn)?)
}

/// A community as its pages show it (everything here is public).
#[derive(Serialize, Debug)]
pub struct CommunityHead {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub guidelines_html: String,
    pub member_count: i64,
    pub thread_count: i64,
    pub default_audience: String,
    pub noindex: bool,
    pub specialties: String,
    pub clinicians_read: bool,
    pub archived: bool,
}

impl From<Community> for CommunityHead {
    fn from(c: Community) -> CommunityHead {
        CommunityHead {
            id: c.id,
            slug: c.slug,
            name: c.name,
            description: c.description,
            guidelines_html: c.guidelines_html,
            member_count: c.member_count,
            thread_count: c.thread_count,
            default_audience: c.default_audience,
            noindex: c.noindex,
            archived: c.archived_at.is_some(),
            specialties: c.specialties,
            clinicians_read: c.clinicians_read,
        }
    }
}

#[derive(Serialize, Debug)]
pub struct CommunityPage {
    pub community: CommunityHead,
    pub threads: Vec<ThreadRow>,
    pub pager: Pager,
    pub tips: Vec<TipCard>,
    pub is_member: bool,
    pub can_write_tip: bool,
    pub can_manage: bool,
    pub can_appoint_moderators: bool,
    /// Discussions here for members only, which the viewer cannot read.
    pub members_only_hidden: i64,
    /// How fast its questions were answered in the last 30 days.
    pub responsiveness: Figures,
    pub question_target_hours: i64,
}

impl CommunityPage {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        slug: &str,
        page: i64,
        per_page: i64,
        tips_shown: i64,
        rules: &Rules,
    ) -> AppResult<CommunityPage> {
        let now = db::now();
        let due_before = crate::services::tips::review_due_before(now, rules);
        let found = community::find_by_slug(conn, slug)?;
        let offset = (page - 1) * per_page;
        let mut threads = threads(conn, viewer, Some(found.id), offset, per_page + 1)?;
        let has_next = threads.len() as i64 > per_page;
        threads.truncate(per_page as usize);
        let is_member = viewer.is_member_of(found.id);
        Ok(CommunityPage {
            responsiveness: responsiveness::for_community(
                conn,
                found.id,
                now,
                rules.question_target_hours,
            )?,
            question_target_hours: rules.question_target_hours,
            members_only_hidden: members_only_count(conn, viewer, &[found.id])?,
            can_manage: policy::may_manage_communities(viewer.user()),
            can_appoint_moderators: policy::may_appoint_moderators(viewer.user(), found.id),
            tips: tips::published(conn, Some(found.id), tips_shown, due_before)?,
            can_write_tip: policy::can_write_tip(viewer.user(), now),
            community: found.into(),
            threads,
            pager: Pager {
                page,
                has_prev: page > 1,
                has_next,
            },
            is_member,
        })
    }
}

/// A community card on the home page.
#[derive(Serialize, Debug)]
pub struct CommunityCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub member_count: i64,
    pub thread_count: i64,
    pub joined: bool,
    pub archived: bool,
}

#[derive(Serialize, Debug)]
pub struct HomePage {
    pub communities: Vec<CommunityCard>,
    pub latest: Vec<ThreadRow>,
    pub members_only_hidden: i64,
}

impl HomePage {
    pub fn load(conn: &mut DbConnection, viewer: &Viewer, latest: i64) -> AppResult<HomePage> {
        let listed = community::list(conn)?;
        let ids: Vec<i64> = listed.iter().map(|c| c.id).collect();
        let communities = listed
            .into_iter()
            .map(|c| CommunityCard {
                joined: viewer.is_member_of(c.id),
                slug: c.slug,
                name: c.name,
                description: c.description,
                member_count: c.member_count,
                thread_count: c.thread_count,
                archived: c.archived_at.is_some(),
            })
            .collect();
        Ok(HomePage {
            communities,
            latest: threads(conn, viewer, None, 0, latest)?,
            members_only_hidden: members_only_count(conn, viewer, &ids)?,
        })
    }
}
