//! What the API answers with and takes: plain shapes built from the views (which already
//! applied the visibility rule), documented in the OpenAPI document by their derives.
//! Only published text goes out: held text stays on the pages, where staff views are audited;
//! no crisis finding ever does.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::policy::ReplyBox;
use crate::support::Region;
use crate::views::listing::{CommunityCard, CommunityHead, CommunityPage, ThreadRow};
use crate::views::search::{DiscussionHit, Piece, SearchPage, TipHit};
use crate::views::thread_page::{PostCard, ThreadPage};
use crate::views::tips::{TipCard, TipPage};
use crate::views::Byline;

/// Who wrote something: their handle, and a badge for verified clinicians and staff.
#[derive(Serialize, ToSchema, Debug)]
pub struct Author {
    pub handle: String,
    /// "✓ Verified Nurse · Diabetes · since …", "Moderator"; none for members.
    pub badge: Option<String>,
    /// Their profile page; none for a former member.
    pub profile: Option<String>,
}

impl From<&Byline> for Author {
    fn from(b: &Byline) -> Author {
        Author {
            handle: b.handle.clone(),
            badge: b.badge.as_ref().map(|badge| badge.text.clone()),
            profile: b.profile.clone(),
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct Community {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub member_count: i64,
    pub thread_count: i64,
    pub archived: bool,
    /// The caller belongs to it.
    pub joined: bool,
}

impl From<CommunityCard> for Community {
    fn from(c: CommunityCard) -> Community {
        Community {
            slug: c.slug,
            name: c.name,
            description: c.description,
            member_count: c.member_count,
            thread_count: c.thread_count,
            archived: c.archived,
            joined: c.joined,
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct CommunityList {
    pub communities: Vec<Community>,
}

/// A discussion in a list.
#[derive(Serialize, ToSchema, Debug)]
pub struct ThreadSummary {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub author: Author,
    pub reply_count: i64,
    /// Unix seconds.
    pub last_activity_at: i64,
    pub members_only: bool,
    pub is_question: bool,
    /// For its author and staff, why it is not public ("Awaiting moderator review…").
    pub state: Option<String>,
}

impl From<&ThreadRow> for ThreadSummary {
    fn from(t: &ThreadRow) -> ThreadSummary {
        ThreadSummary {
            id: t.id,
            title: t.title.clone(),
            community_slug: t.community_slug.clone(),
            author: (&t.byline).into(),
            reply_count: t.reply_count,
            last_activity_at: t.last_activity_at,
            members_only: t.members_only,
            is_question: t.question.is_some(),
            state: t.state.as_ref().map(|s| s.text.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct CommunityDetail {
    pub slug: String,
    pub name: String,
    pub description: String,
    /// The community's guidelines, as HTML.
    pub guidelines_html: String,
    pub member_count: i64,
    pub thread_count: i64,
    /// "public" or "members": who may read a new discussion unless its author chooses.
    pub default_audience: String,
    pub archived: bool,
    pub joined: bool,
    /// One page of discussions, most recently active first.
    pub threads: Vec<ThreadSummary>,
    /// Discussions here for members only, which the caller cannot read.
    pub members_only_hidden: i64,
    pub page: i64,
    pub has_next: bool,
}

impl From<CommunityPage> for CommunityDetail {
    fn from(p: CommunityPage) -> CommunityDetail {
        let CommunityHead {
            slug,
            name,
            description,
            guidelines_html,
            member_count,
            thread_count,
            default_audience,
            archived,
            ..
        } = p.community;
        CommunityDetail {
            slug,
            name,
            description,
            guidelines_html,
            member_count,
            thread_count,
            default_audience,
            archived,
            joined: p.is_member,
            threads: p.threads.iter().map(ThreadSummary::from).collect(),
            members_only_hidden: p.members_only_hidden,
            page: p.pager.page,
            has_next: p.pager.has_next,
        }
    }
}

/// A post as the caller may see it.
#[derive(Serialize, ToSchema, Debug)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub is_opening: bool,
    pub author: Author,
    /// Unix seconds.
    pub created_at: i64,
    pub edited_at: Option<i64>,
    /// The asker marked it helpful.
    pub helpful: bool,
    /// A verified clinician wrote it: general information, not advice for one person.
    pub clinician_note: bool,
    /// The published text as HTML; none while it waits for review or after it was removed.
    pub body_html: Option<String>,
    /// For its author and staff, where a post that is not plainly public stands.
    pub state: Option<String>,
    pub can_edit: bool,
    pub can_report: bool,
}

impl Post {
    pub fn of(card: &PostCard, thread_id: i64) -> Post {
        Post {
            id: card.id,
            thread_id,
            is_opening: card.is_opening,
            author: (&card.facts.byline).into(),
            created_at: card.facts.created_at,
            edited_at: card.facts.edited_at,
            helpful: card.helpful,
            clinician_note: card.facts.clinician_note,
            body_html: card.facts.body_html.clone(),
            state: card.state.as_ref().map(|s| s.text.to_string()),
            can_edit: card.can_edit,
            can_report: card.can_report,
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct Thread {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub community_name: String,
    /// "public" or "members".
    pub audience: String,
    pub is_question: bool,
    /// What the caller may do about replying: "open", "log_in", "join", "read_only",
    /// "archived" or "not_yet_published".
    pub reply: String,
    /// One page of posts, oldest first.
    pub posts: Vec<Post>,
    pub page: i64,
    pub has_next: bool,
}

fn reply_word(reply: ReplyBox) -> &'static str {
    match reply {
        ReplyBox::Archived => "archived",
        ReplyBox::LogIn => "log_in",
        ReplyBox::Join => "join",
        ReplyBox::NotYetPublished => "not_yet_published",
        ReplyBox::ReadOnly => "read_only",
        ReplyBox::Open => "open",
    }
}

impl From<ThreadPage> for Thread {
    fn from(p: ThreadPage) -> Thread {
        let id = p.thread.id;
        Thread {
            id,
            title: p.thread.title,
            community_slug: p.thread.community_slug,
            community_name: p.thread.community_name,
            audience: p.thread.audience,
            is_question: p.thread.question.is_some(),
            reply: reply_word(p.reply_box).into(),
            posts: p.posts.iter().map(|c| Post::of(c, id)).collect(),
            page: p.pager.page,
            has_next: p.pager.has_next,
        }
    }
}

/// A vetted tip in a list.
#[derive(Serialize, ToSchema, Debug)]
pub struct TipSummary {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub author: Author,
    pub pinned: bool,
    pub reviewer_handle: Option<String>,
    pub last_reviewed_at: Option<i64>,
    /// Its last review is older than the site's review interval.
    pub review_due: bool,
}

impl From<&TipCard> for TipSummary {
    fn from(t: &TipCard) -> TipSummary {
        TipSummary {
            id: t.id,
            title: t.title.clone(),
            community_slug: t.community_slug.clone(),
            author: (&t.byline).into(),
            pinned: t.pinned,
            reviewer_handle: t.reviewer_handle.clone(),
            last_reviewed_at: t.last_reviewed_at,
            review_due: t.review_due,
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct TipList {
    pub tips: Vec<TipSummary>,
}

#[derive(Serialize, ToSchema, Debug)]
pub struct TipReference {
    pub text: String,
    pub link: Option<String>,
}

/// A vetted tip: the text a second clinician approved.
#[derive(Serialize, ToSchema, Debug)]
pub struct Tip {
    pub id: i64,
    pub community_slug: String,
    pub author: Author,
    pub title: String,
    pub body_html: String,
    pub references: Vec<TipReference>,
    pub reviewer_handle: Option<String>,
    pub last_reviewed_at: Option<i64>,
    pub review_due: bool,
    pub pinned: bool,
}

impl Tip {
    /// The vetted tip; None while it has no published text (its page shows drafts to their
    /// author and reviewers only).
    pub fn of(page: TipPage) -> Option<Tip> {
        let shown = page.shown.filter(|_| page.is_published)?;
        Some(Tip {
            id: page.id,
            community_slug: page.community_slug,
            author: (&page.byline).into(),
            title: shown.title,
            body_html: shown.body_html,
            references: shown
                .references
                .into_iter()
                .map(|r| TipReference {
                    text: r.text,
                    link: r.link,
                })
                .collect(),
            reviewer_handle: page.reviewer_handle,
            last_reviewed_at: page.last_reviewed_at,
            review_due: page.review_due,
            pinned: page.pinned,
        })
    }
}

fn plain(pieces: &[Piece]) -> String {
    pieces.iter().map(|p| p.text.as_str()).collect()
}

#[derive(Serialize, ToSchema, Debug)]
pub struct DiscussionResult {
    pub thread_id: i64,
    pub title: String,
    pub community_slug: String,
    pub members_only: bool,
    /// The best-matching post's page address.
    pub link: String,
    pub author: Author,
    pub posted_at: i64,
    /// Words around the match, as plain text.
    pub snippet: String,
}

impl From<&DiscussionHit> for DiscussionResult {
    fn from(d: &DiscussionHit) -> DiscussionResult {
        DiscussionResult {
            thread_id: d.thread_id,
            title: plain(&d.title),
            community_slug: d.community.slug.clone(),
            members_only: d.members_only,
            link: d.link.clone(),
            author: (&d.byline).into(),
            posted_at: d.posted_at,
            snippet: plain(&d.snippet),
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct TipResult {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub author: Author,
    pub snippet: String,
}

impl From<&TipHit> for TipResult {
    fn from(t: &TipHit) -> TipResult {
        TipResult {
            id: t.id,
            title: plain(&t.title),
            community_slug: t.community.slug.clone(),
            author: (&t.byline).into(),
            snippet: plain(&t.snippet),
        }
    }
}

#[derive(Serialize, ToSchema, Debug)]
pub struct SearchResults {
    /// The words searched for (every one must match).
    pub words: Vec<String>,
    pub discussions: Vec<DiscussionResult>,
    pub discussion_count: usize,
    pub tips: Vec<TipResult>,
    pub tip_count: usize,
    /// The counts are "more than".
    pub capped: bool,
    pub page: i64,
    pub has_next: bool,
}

impl From<SearchPage> for SearchResults {
    fn from(s: SearchPage) -> SearchResults {
        SearchResults {
            discussions: s.discussions.iter().map(DiscussionResult::from).collect(),
            tips: s.tips.iter().map(TipResult::from).collect(),
            words: s.words,
            discussion_count: s.discussion_count,
            tip_count: s.tip_count,
            capped: s.capped,
            page: s.pager.map_or(1, |p| p.page),
            has_next: s.pager.is_some_and(|p| p.has_next),
        }
    }
}

/// Crisis lines for the author of a post that suggests someone may be at risk.
#[derive(Serialize, ToSchema, Debug)]
pub struct Support {
    pub message: String,
    pub lines: Vec<CrisisLine>,
}

#[derive(Serialize, ToSchema, Debug)]
pub struct CrisisLine {
    pub name: String,
    pub how: String,
}

impl Support {
    pub fn of(for_someone_else: bool, region: &Region) -> Support {
        let message = if for_someone_else {
            "If you are worried about someone, you are not alone. If they are in danger now, call your local emergency number. These lines can help you too:"
        } else {
            "You are not alone. If you are in danger now, call your local emergency number. You can also reach:"
        };
        Support {
            message: message.into(),
            lines: region
                .lines
                .iter()
                .map(|l| CrisisLine {
                    name: l.name.clone(),
                    how: l.how.clone(),
                })
                .collect(),
        }
    }
}

/// The answer to a write: the post as its author now sees it.
#[derive(Serialize, ToSchema, Debug)]
pub struct Written {
    pub post: Post,
    /// The post waits for a moderator before others read it.
    pub held_for_review: bool,
    /// Present when the text suggests someone may be at risk.
    pub support: Option<Support>,
}

#[derive(Deserialize, ToSchema, Debug)]
#[serde(deny_unknown_fields)]
pub struct NewThread {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// "public" or "members"; the community's default when absent.
    #[serde(default)]
    pub audience: Option<String>,
    /// Ask for a clinician's view.
    #[serde(default)]
    pub question: bool,
    /// Accept the community's guidelines, when they changed since the caller last did.
    #[serde(default)]
    pub accept_guidelines: bool,
}

#[derive(Deserialize, ToSchema, Debug)]
#[serde(deny_unknown_fields)]
pub struct NewReply {
    /// Markdown.
    pub body: String,
    #[serde(default)]
    pub accept_guidelines: bool,
}

/// A new version of a post (its title too, for an opening post).
#[derive(Deserialize, ToSchema, Debug)]
#[serde(deny_unknown_fields)]
pub struct NewRevision {
    #[serde(default)]
    pub title: Option<String>,
    pub body: String,
}

#[derive(Deserialize, ToSchema, Debug)]
#[serde(deny_unknown_fields)]
pub struct NewReport {
    /// One of: at_risk, personal_information, misinformation, harassment, spam, other.
    pub reason: String,
    #[serde(default)]
    pub note: String,
    /// Send the note even though the privacy filter sees an identifier in it.
    #[serde(default)]
    pub confirm_identifiers: bool,
}

#[derive(Serialize, ToSchema, Debug)]
pub struct Reported {
    /// The post is hidden now, until a moderator reviews it.
    pub hidden: bool,
}

#[derive(Deserialize, ToSchema, Debug)]
pub struct PrivacyCheck {
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
}

/// An identifier the filter found: where it is, in characters of that field's text.
#[derive(Serialize, ToSchema, Debug)]
pub struct PrivacyFinding {
    /// "title" or "body".
    pub field: String,
    /// Its kind ("phone", "email", "mrn", …).
    pub kind: String,
    pub start: usize,
    /// Exclusive.
    pub end: usize,
}

#[derive(Serialize, ToSchema, Debug)]
pub struct PrivacyAnswer {
    /// The post would wait for a moderator.
    pub hold: bool,
    pub findings: Vec<PrivacyFinding>,
    /// What kinds of identifier were found, in words.
    pub labels: Vec<String>,
}
