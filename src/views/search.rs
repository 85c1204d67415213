//! Search results for one viewer: discussions (each with its best-matching post) and vetted
//! tips, through the index of published text and again through the one visibility rule, so
//! results, snippets and counts only ever hold what the viewer may read.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use serde::Serialize;

use crate::db::{self, DbConnection};
use crate::error::AppResult;
use crate::models::search::{self, Engine, Terms, POSTS, TIPS};
use crate::models::thread::Audience;
use crate::models::{community, user};
use crate::schema::{
    communities, post_revisions, post_search, posts, threads, tip_revisions, tip_search, tips,
    users,
};
use crate::views::visibility::{
    crisis_posts_unlisted, posts_listed_for, posts_seen_by, profile_listing, threads_seen_by,
    tips_seen_by, ProfileListing,
};
use crate::views::{AuthorRow, Byline, Pager, Viewer};

/// Most matching posts (or tips) a search weighs; past it the page says "more than".
pub const MATCH_CAP: i64 = 300;
pub const PER_PAGE: usize = 20;
/// Tips shown above the discussions on a search's first page.
const TIPS_BESIDE_DISCUSSIONS: usize = 3;
/// Words of context in a snippet.
const SNIPPET_WORDS: usize = 32;
/// Words shown before the first match.
const WORDS_BEFORE_MATCH: usize = 8;

/// What the visitor asked for, already checked by the route.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub terms: Terms,
    pub community: Option<String>,
    pub by: Option<String>,
    pub tips_only: bool,
    pub newest_first: bool,
    pub page: usize,
}

#[derive(Serialize, Debug, Default)]
pub struct SearchPage {
    /// Words were given (an empty search shows the form only).
    pub searched: bool,
    pub words: Vec<String>,
    /// Words past the limit were ignored.
    pub cut: bool,
    pub community: Option<CommunityRef>,
    /// No member goes by the handle given in "by".
    pub unknown_author: bool,
    pub discussions: Vec<DiscussionHit>,
    /// How many discussions match (over at most `MATCH_CAP` posts).
    pub discussion_count: usize,
    pub tips: Vec<TipHit>,
    pub tip_count: usize,
    /// The cap was reached: "more than" the counts.
    pub capped: bool,
    pub pager: Option<Pager>,
}

#[derive(Serialize, Debug, Clone)]
pub struct CommunityRef {
    pub slug: String,
    pub name: String,
}

/// A run of text, marked when it is one of the words searched for (escaped by the template).
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

#[derive(Serialize, Debug)]
pub struct DiscussionHit {
    pub thread_id: i64,
    pub title: Vec<Piece>,
    pub community: CommunityRef,
    pub members_only: bool,
    pub reply_count: i64,
    pub last_activity_at: i64,
    /// The best-matching post: where the link goes, who wrote it, and its words around the match.
    pub link: String,
    pub is_reply: bool,
    pub byline: Byline,
    pub posted_at: i64,
    pub snippet: Vec<Piece>,
}

#[derive(Serialize, Debug)]
pub struct TipHit {
    pub id: i64,
    pub title: Vec<Piece>,
    pub community: CommunityRef,
    pub byline: Byline,
    pub snippet: Vec<Piece>,
}

/// The filters a search narrows to, resolved to ids.
struct Scope {
    community_id: Option<i64>,
    /// The author named in "by", and which of their posts the viewer may see listed.
    author: Option<(i64, ProfileListing)>,
}

impl SearchPage {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        search: &Search,
    ) -> AppResult<SearchPage> {
        let mut page = SearchPage {
            words: search.terms.words.clone(),
            cut: search.terms.cut,
            ..SearchPage::default()
        };
        let community_id = match &search.community {
            Some(slug) => {
                let found = community::find_by_slug(conn, slug)?;
                page.community = Some(CommunityRef {
                    slug: found.slug,
                    name: found.name,
                });
                Some(found.id)
            }
            None => None,
        };
        if search.terms.is_empty() {
            return Ok(page);
        }
        page.searched = true;
        let author = match &search.by {
            Some(handle) => {
                match user::find_by_handle(conn, handle)?.filter(|p| p.erased_at.is_none()) {
                    Some(person) => {
                        let theirs = community::memberships_of(conn, person.id)?;
                        let listing =
                            profile_listing(viewer, person.id, person.profile_posts(), &theirs);
                        Some((person.id, listing))
                    }
                    None => {
                        page.unknown_author = true;
                        return Ok(page);
                    }
                }
            }
            None => None,
        };
        let scope = Scope {
            community_id,
            author,
        };
        let engine = Engine::of(conn);
        let now = db::now();
        let tip_ids = matching_tips(conn, viewer, search, &scope, engine, now)?;
        page.tip_count = tip_ids.len();
        let mut capped = tip_ids.len() as i64 == MATCH_CAP;
        if search.tips_only {
            let shown = page_of(&tip_ids, search.page);
            page.tips = tip_hits(conn, &shown, &search.terms)?;
            page.pager = Some(pager(search.page, tip_ids.len()));
        } else {
            if search.page == 1 {
                let shown: Vec<i64> = tip_ids
                    .iter()
                    .take(TIPS_BESIDE_DISCUSSIONS)
                    .copied()
                    .collect();
                page.tips = tip_hits(conn, &shown, &search.terms)?;
            }
            let posts = matching_posts(conn, viewer, search, &scope, engine, now)?;
            capped |= posts.len() as i64 == MATCH_CAP;
            let threads = best_post_per_thread(posts);
            page.discussion_count = threads.len();
            let shown = page_of(&threads, search.page);
            page.discussions = discussion_hits(conn, viewer, &shown, &search.terms)?;
            page.pager = Some(pager(search.page, threads.len()));
        }
        page.capped = capped;
        Ok(page)
    }
}

fn page_of<T: Clone>(all: &[T], page: usize) -> Vec<T> {
    all.iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .cloned()
        .collect()
}

fn pager(page: usize, total: usize) -> Pager {
    Pager {
        page: page as i64,
        has_prev: page > 1,
        has_next: page * PER_PAGE < total,
    }
}

/// A match as the query returns it: (row, its thread or its community, created, relevance).
type Match = (i64, i64, i64, f64);

/// The newest `MATCH_CAP` matches (each query stops there), then best first: relevance
/// blended with recency, or newest first. A strong match older than the newest `MATCH_CAP` is
/// not weighed; the blend would rank it low anyway.
fn ranked(mut matches: Vec<Match>, newest_first: bool, now: i64) -> Vec<Match> {
    let key = |m: &Match| match newest_first {
        true => m.2 as f64,
        false => search::blended(m.3, m.2, now),
    };
    matches.sort_by(|a, b| key(b).total_cmp(&key(a)).then(b.0.cmp(&a.0)));
    matches
}

/// Visible published posts holding every word: (post, thread).
fn matching_posts(
    conn: &mut DbConnection,
    viewer: &Viewer,
    search: &Search,
    scope: &Scope,
    engine: Engine,
    now: i64,
) -> AppResult<Vec<(i64, i64)>> {
    let mut query = post_search::table
        .inner_join(posts::table.on(POSTS.joined(engine)))
        .inner_join(threads::table.on(threads::id.eq(posts::thread_id)))
        .filter(POSTS.matching(engine, &search.terms))
        .filter(posts_seen_by(viewer))
        .filter(threads_seen_by(viewer))
        .filter(crisis_posts_unlisted(viewer))
        .select((
            posts::id,
            posts::thread_id,
            posts::created_at,
            POSTS.relevance(engine, &search.terms),
        ))
        .order(POSTS.newest_first(engine).desc())
        .limit(MATCH_CAP)
        .into_boxed();
    if let Some(id) = scope.community_id {
        query = query.filter(threads::community_id.eq(id));
    }
    if let Some((person_id, listing)) = &scope.author {
        query = query.filter(posts_listed_for(*person_id, listing));
    }
    let matches: Vec<Match> = query.load(conn)?;
    Ok(ranked(matches, search.newest_first, now)
        .into_iter()
        .map(|(post, thread, _, _)| (post, thread))
        .collect())
}

/// Published tips holding every word.
fn matching_tips(
    conn: &mut DbConnection,
    viewer: &Viewer,
    search: &Search,
    scope: &Scope,
    engine: Engine,
    now: i64,
) -> AppResult<Vec<i64>> {
    let mut query = tip_search::table
        .inner_join(tips::table.on(TIPS.joined(engine)))
        .filter(TIPS.matching(engine, &search.terms))
        .filter(tips::published_revision_id.is_not_null())
        .filter(tips_seen_by(viewer))
        .select((
            tips::id,
            tips::community_id,
            tips::updated_at,
            TIPS.relevance(engine, &search.terms),
        ))
        .order(TIPS.newest_first(engine).desc())
        .limit(MATCH_CAP)
        .into_boxed();
    if let Some(id) = scope.community_id {
        query = query.filter(tips::community_id.eq(id));
    }
    if let Some((person_id, _)) = &scope.author {
        query = query.filter(tips::author_id.eq(*person_id));
    }
    let matches: Vec<Match> = query.load(conn)?;
    Ok(ranked(matches, search.newest_first, now)
        .into_iter()
        .map(|(tip, ..)| tip)
        .collect())
}

/// Each discussion once, in the order of its best post: (thread, that post).
fn best_post_per_thread(posts: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    posts
        .into_iter()
        .filter(|(_, thread)| seen.insert(*thread))
        .map(|(post, thread)| (thread, post))
        .collect()
}

type ThreadRow = (i64, String, String, i64, i64, String, String);
type PostRow = (i64, bool, i64, String, AuthorRow);

fn discussion_hits(
    conn: &mut DbConnection,
    viewer: &Viewer,
    shown: &[(i64, i64)],
    terms: &Terms,
) -> AppResult<Vec<DiscussionHit>> {
    let thread_ids: Vec<i64> = shown.iter().map(|(t, _)| *t).collect();
    let post_ids: Vec<i64> = shown.iter().map(|(_, p)| *p).collect();
    let threads: HashMap<i64, ThreadRow> = threads::table
        .inner_join(communities::table)
        .filter(threads::id.eq_any(&thread_ids))
        .filter(threads_seen_by(viewer))
        .select((
            threads::id,
            threads::title,
            threads::audience,
            threads::reply_count,
            threads::last_activity_at,
            communities::slug,
            communities::name,
        ))
        .load::<ThreadRow>(conn)?
        .into_iter()
        .map(|row| (row.0, row))
        .collect();
    let posts: HashMap<i64, PostRow> = posts::table
        .inner_join(
            post_revisions::table
                .on(posts::published_revision_id.eq(post_revisions::id.nullable())),
        )
        .inner_join(users::table.on(users::id.eq(posts::author_id)))
        .filter(posts::id.eq_any(&post_ids))
        .filter(posts_seen_by(viewer))
        .select((
            posts::id,
            posts::is_opening,
            posts::created_at,
            post_revisions::body_md,
            AuthorRow::as_select(),
        ))
        .load::<PostRow>(conn)?
        .into_iter()
        .map(|row| (row.0, row))
        .collect();
    Ok(shown
        .iter()
        .filter_map(|(thread_id, post_id)| {
            let thread = threads.get(thread_id)?;
            let post = posts.get(post_id)?;
            Some(discussion_hit(thread, post, terms))
        })
        .collect())
}

fn discussion_hit(thread: &ThreadRow, post: &PostRow, terms: &Terms) -> DiscussionHit {
    let (thread_id, title, audience, reply_count, last_activity_at, slug, name) = thread;
    let (post_id, is_opening, posted_at, body_md, author) = post;
    DiscussionHit {
        thread_id: *thread_id,
        title: highlight(title, &terms.words),
        community: CommunityRef {
            slug: slug.clone(),
            name: name.clone(),
        },
        members_only: audience == Audience::Members.as_str(),
        reply_count: *reply_count,
        last_activity_at: *last_activity_at,
        link: match is_opening {
            true => format!("/t/{thread_id}"),
            false => format!("/p/{post_id}"),
        },
        is_reply: !is_opening,
        byline: author.byline(),
        posted_at: *posted_at,
        snippet: snippet(&crate::markdown::plain_text(body_md), &terms.words),
    }
}

type TipRow = (i64, String, String, String, String, AuthorRow);

fn tip_hits(conn: &mut DbConnection, shown: &[i64], terms: &Terms) -> AppResult<Vec<TipHit>> {
    let rows: HashMap<i64, TipRow> = tips::table
        .inner_join(
            tip_revisions::table.on(tips::published_revision_id.eq(tip_revisions::id.nullable())),
        )
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(tips::author_id)))
        .filter(tips::id.eq_any(shown))
        .select((
            tips::id,
            tip_revisions::title,
            tip_revisions::body_md,
            communities::slug,
            communities::name,
            AuthorRow::as_select(),
        ))
        .load::<TipRow>(conn)?
        .into_iter()
        .map(|row| (row.0, row))
        .collect();
    Ok(shown
        .iter()
        .filter_map(|id| rows.get(id))
        .map(|(id, title, body_md, slug, name, author)| TipHit {
            id: *id,
            title: highlight(title, &terms.words),
            community: CommunityRef {
                slug: slug.clone(),
                name: name.clone(),
            },
            byline: author.byline(),
            snippet: snippet(&crate::markdown::plain_text(body_md), &terms.words),
        })
        .collect())
}

/// Whether a word of the text is one searched for, allowing for the endings stemming
/// ignores ("inhaler" finds "inhalers", "flare" finds "flaring").
fn is_hit(word: &str, terms: &[String]) -> bool {
    let word = word.to_lowercase();
    terms.iter().any(|term| {
        let common = word
            .chars()
            .zip(term.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let shorter = word.chars().count().min(term.chars().count());
        word == *term || (common >= 4 && common + 2 >= shorter)
    })
}

/// The text cut into words and the runs between them: (is a word, text).
fn tokens(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric();
        match in_word {
            Some(w) if w != word => {
                out.push((w, &text[start..i]));
                start = i;
            }
            _ => {}
        }
        in_word = Some(word);
    }
    if let Some(w) = in_word {
        out.push((w, &text[start..]));
    }
    out
}

/// The whole text with the words searched for marked.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Piece> {
    pieces(&tokens(text), terms)
}

fn pieces(tokens: &[(bool, &str)], terms: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for (is_word, text) in tokens {
        let hit = *is_word && is_hit(text, terms);
        match out.last_mut() {
            Some(last) if last.hit == hit && !hit => last.text.push_str(text),
            _ => out.push(Piece {
                text: text.to_string(),
                hit,
            }),
        }
    }
    out
}

/// About `SNIPPET_WORDS` words around the first word searched for (or the text's start), with
/// an ellipsis where text was left out.
pub fn snippet(text: &str, terms: &[String]) -> Vec<Piece> {
    let tokens = tokens(text);
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].0).collect();
    let first_hit = words
        .iter()
        .position(|&i| is_hit(tokens[i].1, terms))
        .unwrap_or(0);
    let from_word = first_hit.saturating_sub(WORDS_BEFORE_MATCH);
    let to_word = (from_word + SNIPPET_WORDS).min(words.len());
    let (Some(&from), Some(&to)) = (words.get(from_word), words.get(to_word.saturating_sub(1)))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if from_word > 0 {
        out.push(Piece {
            text: "… ".into(),
            hit: false,
        });
    }
    out.extend(pieces(&tokens[from..=to], terms));
    if to_word < words.len() {
        out.push(Piece {
            text: " …".into(),
            hit: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.hit)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn words_with_other_endings_are_marked() {
        let text = "Inhalers helped; my inhaler is blue. Flaring again, the flare passed.";
        let pieces = highlight(text, &terms(&["inhaler", "flare"]));
        assert_eq!(marked(&pieces), ["Inhalers", "inhaler", "Flaring", "flare"]);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text, "highlighting keeps every character");
    }

    #[test]
    fn short_and_unrelated_words_are_not_marked() {
        let pieces = highlight("the then there in inhale", &terms(&["the", "in"]));
        assert_eq!(marked(&pieces), ["the", "in"]);
    }

    #[test]
    fn a_snippet_is_cut_around_the_first_match() {
        let before: String = (0..50).map(|i| format!("w{i} ")).collect();
        let after: String = (0..50).map(|i| format!(" v{i}")).collect();
        let text = format!("{before}metformin{after}");
        let pieces = snippet(&text, &terms(&["metformin"]));
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert!(joined.starts_with("… w42 "), "{joined}");
        assert!(joined.ends_with(" …"), "{joined}");
        assert_eq!(marked(&pieces), ["metformin"]);
        assert_eq!(
            joined.split_whitespace().filter(|w| *w != "…").count(),
            SNIPPET_WORDS
        );
    }

    #[test]
    fn a_short_text_is_whole_and_an_empty_one_is_empty() {
        let pieces = snippet("Salbutamol before running", &terms(&["running"]));
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, "Salbutamol before running");
        assert!(snippet("", &terms(&["x"])).is_empty());
        assert!(snippet("  !! ", &terms(&["x"])).is_empty());
    }

    #[test]
    fn a_fresh_good_match_beats_an_old_one_and_newest_first_ignores_relevance() {
        let day = 86_400;
        let now = 1_000 * day;
        let matches = vec![
            (1, 0, now - 300 * day, 9.0),
            (2, 0, now - 2 * day, 4.0),
            (3, 0, now - day, 1.0),
        ];
        let best: Vec<i64> = ranked(matches.clone(), false, now)
            .iter()
            .map(|m| m.0)
            .collect();
        assert_eq!(best, [2, 3, 1]);
        let newest: Vec<i64> = ranked(matches, true, now).iter().map(|m| m.0).collect();
        assert_eq!(newest, [3, 2, 1]);
    }

    #[test]
    fn grouping_keeps_each_discussion_once_at_its_best_post() {
        let grouped = best_post_per_thread(vec![(10, 1), (11, 2), (12, 1), (13, 3)]);
        assert_eq!(grouped, [(1, 10), (2, 11), (3, 13)]);
    }
}
