//! Questions: discussions whose authors asked for a clinician's view. The clinicians' list
//! (open questions of the communities they answer for, oldest first) and the first replies
//! that lists, pages and response figures show, all through the one visibility rule.

use std::collections::HashMap;

use diesel::dsl::min;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::auth::Role;
use crate::calendar;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::post::Status;
use crate::models::thread::{Audience, Thread};
use crate::schema::{communities, posts, threads, users};
use crate::views::visibility::{crisis_posts_unlisted, one_of_ids, threads_seen_by};
use crate::views::{AuthorRow, Byline, Pager, Viewer};

/// The oldest open questions a clinician's list considers; older ones wait behind them.
pub const OPEN_CAP: i64 = 500;
pub const PER_PAGE: usize = 25;

/// Which open questions the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Waiting {
    /// Every question its asker has not marked answered.
    #[default]
    Open,
    NoReply,
    NoClinicianReply,
}

impl Waiting {
    pub const ALL: [Waiting; 3] = [Waiting::Open, Waiting::NoReply, Waiting::NoClinicianReply];

    pub fn as_str(self) -> &'static str {
        match self {
            Waiting::Open => "open",
            Waiting::NoReply => "no_reply",
            Waiting::NoClinicianReply => "no_clinician_reply",
        }
    }

    pub fn parse(text: &str) -> Option<Waiting> {
        Waiting::ALL.into_iter().find(|w| w.as_str() == text)
    }

    fn keeps(self, first: FirstReplies) -> bool {
        match self {
            Waiting::Open => true,
            Waiting::NoReply => first.any.is_none(),
            Waiting::NoClinicianReply => first.clinician.is_none(),
        }
    }
}

/// When a question first got a published reply from someone other than its asker, and from
/// a verified clinician.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FirstReplies {
    pub any: Option<i64>,
    pub clinician: Option<i64>,
}

/// The first replies to each of these threads. Only replies that are published now count:
/// a held, rejected or deleted reply answered nobody.
pub fn first_replies(
    conn: &mut DbConnection,
    thread_ids: &[i64],
) -> AppResult<HashMap<i64, FirstReplies>> {
    let mut found: HashMap<i64, FirstReplies> = HashMap::new();
    // Well under every backend's limit on bound parameters.
    for ids in thread_ids.chunks(5_000) {
        for (thread_id, at) in first_reply_times(conn, ids, false)? {
            found.entry(thread_id).or_default().any = at;
        }
        for (thread_id, at) in first_reply_times(conn, ids, true)? {
            found.entry(thread_id).or_default().clinician = at;
        }
    }
    Ok(found)
}

fn first_reply_times(
    conn: &mut DbConnection,
    thread_ids: &[i64],
    clinicians_only: bool,
) -> QueryResult<Vec<(i64, Option<i64>)>> {
    let mut query = posts::table
        .inner_join(threads::table)
        .inner_join(users::table.on(users::id.eq(posts::author_id)))
        .filter(one_of_ids!(posts::thread_id, thread_ids))
        .filter(posts::is_opening.eq(false))
        .filter(posts::status.eq(Status::Published.as_str()))
        .filter(posts::author_id.ne(threads::author_id))
        .group_by(posts::thread_id)
        .select((posts::thread_id, min(posts::published_at)))
        .into_boxed();
    if clinicians_only {
        query = query
            .filter(users::role.eq(Role::Clinician.as_str()))
            .filter(users::clinician_profession.is_not_null());
    }
    query.load(conn)
}

/// Whether a community's questions are for a clinician of this specialty: every word of one
/// of the community's specialties is in the clinician's ("paediatric endocrinology" answers
/// "endocrinology").
pub fn specialty_matches(clinician: &str, specialties: &str) -> bool {
    let theirs = words(clinician);
    specialties.split(',').any(|wanted| {
        let wanted = words(wanted);
        !wanted.is_empty() && wanted.iter().all(|w| theirs.contains(w))
    })
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The communities whose questions a clinician answers: those they belong to, and those whose
/// specialties match theirs.
pub fn communities_for(
    conn: &mut DbConnection,
    viewer: &Viewer,
    specialty: Option<&str>,
) -> AppResult<Vec<(i64, String)>> {
    let all: Vec<(i64, String, String)> = communities::table
        .order(communities::name.asc())
        .select((communities::id, communities::name, communities::specialties))
        .load(conn)?;
    Ok(all
        .into_iter()
        .filter(|(id, _, specialties)| {
            viewer.is_member_of(*id) || specialty.is_some_and(|s| specialty_matches(s, specialties))
        })
        .map(|(id, name, _)| (id, name))
        .collect())
}

/// One question as the clinicians' list shows it.
#[derive(Serialize, Debug)]
pub struct QuestionRow {
    pub id: i64,
    pub title: String,
    pub community_slug: String,
    pub community_name: String,
    pub members_only: bool,
    pub byline: Byline,
    pub asked_at: i64,
    pub age_text: String,
    /// Past the response target without a clinician's reply.
    pub overdue: bool,
    pub reply_count: i64,
    pub clinician_replied: bool,
}

/// How many open questions each filter holds.
#[derive(Serialize, Debug, Default, PartialEq, Eq)]
pub struct WaitingCounts {
    pub open: usize,
    pub no_reply: usize,
    pub no_clinician_reply: usize,
}

#[derive(Serialize, Debug)]
pub struct QuestionsPage {
    pub rows: Vec<QuestionRow>,
    pub waiting: Waiting,
    pub counts: WaitingCounts,
    pub pager: Pager,
    pub target_hours: i64,
    /// The names of the communities the list covers.
    pub communities: Vec<String>,
}

type OpenRow = (Thread, Option<i64>, String, String, AuthorRow);

/// An open question with its first replies.
struct Open {
    row: OpenRow,
    first: FirstReplies,
}

impl QuestionsPage {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        specialty: Option<&str>,
        waiting: Waiting,
        page: usize,
        (now, target_hours): (i64, i64),
    ) -> AppResult<QuestionsPage> {
        let scope = communities_for(conn, viewer, specialty)?;
        let open = open_questions(conn, viewer, &scope)?;
        let counts = WaitingCounts {
            open: open.len(),
            no_reply: open.iter().filter(|q| q.first.any.is_none()).count(),
            no_clinician_reply: open.iter().filter(|q| q.first.clinician.is_none()).count(),
        };
        let kept: Vec<Open> = open
            .into_iter()
            .filter(|q| waiting.keeps(q.first))
            .collect();
        let has_next = kept.len() > page * PER_PAGE;
        let rows = kept
            .into_iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|q| question_row(q, now, target_hours))
            .collect();
        Ok(QuestionsPage {
            rows,
            waiting,
            counts,
            pager: Pager {
                page: page as i64,
                has_prev: page > 1,
                has_next,
            },
            target_hours,
            communities: scope.into_iter().map(|(_, name)| name).collect(),
        })
    }
}

/// How many open questions wait for a clinician's reply: the header's count.
pub fn waiting_for_clinician(
    conn: &mut DbConnection,
    viewer: &Viewer,
    specialty: Option<&str>,
) -> AppResult<usize> {
    let scope = communities_for(conn, viewer, specialty)?;
    let open = open_questions(conn, viewer, &scope)?;
    Ok(open.iter().filter(|q| q.first.clinician.is_none()).count())
}

/// Published questions not marked answered in these communities that the viewer may see
/// (never a post whose author may be at risk, nor the viewer's own), oldest first.
fn open_questions(
    conn: &mut DbConnection,
    viewer: &Viewer,
    scope: &[(i64, String)],
) -> AppResult<Vec<Open>> {
    let ids: Vec<i64> = scope.iter().map(|(id, _)| *id).collect();
    let rows: Vec<OpenRow> = threads::table
        .inner_join(communities::table)
        .inner_join(users::table.on(users::id.eq(threads::author_id)))
        .inner_join(
            posts::table.on(posts::thread_id
                .eq(threads::id)
                .and(posts::is_opening.eq(true))),
        )
        .filter(threads::is_question.eq(true))
        .filter(threads::answered_at.is_null())
        .filter(threads::status.eq(Status::Published.as_str()))
        .filter(threads::community_id.eq_any(ids))
        .filter(threads::author_id.ne(viewer.id().unwrap_or(0)))
        .filter(threads_seen_by(viewer))
        .filter(crisis_posts_unlisted(viewer))
        .order((posts::published_at.asc(), threads::id.asc()))
        .limit(OPEN_CAP)
        .select((
            Thread::as_select(),
            posts::published_at,
            communities::slug,
            communities::name,
            AuthorRow::as_select(),
        ))
        .load(conn)?;
    let thread_ids: Vec<i64> = rows.iter().map(|(t, ..)| t.id).collect();
    let firsts = first_replies(conn, &thread_ids)?;
    Ok(rows
        .into_iter()
        .map(|row| Open {
            first: firsts.get(&row.0.id).copied().unwrap_or_default(),
            row,
        })
        .collect())
}

fn question_row(open: Open, now: i64, target_hours: i64) -> QuestionRow {
    let (thread, published_at, community_slug, community_name, author) = open.row;
    let asked_at = published_at.unwrap_or(thread.created_at);
    let age = (now - asked_at).max(0);
    QuestionRow {
        id: thread.id,
        members_only: thread.audience == Audience::Members.as_str(),
        title: thread.title,
        community_slug,
        community_name,
        byline: author.byline(),
        asked_at,
        age_text: calendar::span(age),
        overdue: open.first.clinician.is_none() && age >= target_hours * 3600,
        reply_count: thread.reply_count,
        clinician_replied: open.first.clinician.is_some(),
    }
}

/// A question's standing, as lists and its page show it.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuestionNote {
    pub answered_by_clinician: bool,
    pub marked_answered: bool,
}

/// The notes of the questions among these threads (published replies only).
pub fn notes(
    conn: &mut DbConnection,
    threads: &[&Thread],
) -> AppResult<HashMap<i64, QuestionNote>> {
    let ids: Vec<i64> = threads
        .iter()
        .filter(|t| t.is_question)
        .map(|t| t.id)
        .collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let firsts = first_replies(conn, &ids)?;
    Ok(threads
        .iter()
        .filter(|t| t.is_question)
        .map(|t| {
            let first = firsts.get(&t.id).copied().unwrap_or_default();
            let note = QuestionNote {
                answered_by_clinician: first.clinician.is_some(),
                marked_answered: t.answered_at.is_some(),
            };
            (t.id, note)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_specialty_matches_when_every_word_of_one_entry_is_in_it() {
        let diabetes = "endocrinology, diabetes, primary care";
        assert!(specialty_matches("Endocrinology", diabetes));
        assert!(specialty_matches("Paediatric endocrinology", diabetes));
        assert!(specialty_matches("Primary care (GP)", diabetes));
        assert!(
            !specialty_matches("Primary school nursing", diabetes),
            "one word of two"
        );
        assert!(!specialty_matches("Cardiology", diabetes));
        assert!(
            !specialty_matches("Cardiology", ""),
            "no specialties: members only"
        );
        assert!(!specialty_matches("", diabetes));
    }

    #[test]
    fn filters_keep_the_questions_they_name() {
        let none = FirstReplies::default();
        let peer = FirstReplies {
            any: Some(5),
            clinician: None,
        };
        let clinician = FirstReplies {
            any: Some(5),
            clinician: Some(9),
        };
        assert!(Waiting::Open.keeps(clinician));
        assert!(Waiting::NoReply.keeps(none) && !Waiting::NoReply.keeps(peer));
        assert!(Waiting::NoClinicianReply.keeps(peer));
        assert!(!Waiting::NoClinicianReply.keeps(clinician));
        assert_eq!(Waiting::parse("no_reply"), Some(Waiting::NoReply));
        assert_eq!(Waiting::parse("everything"), None);
    }
}
