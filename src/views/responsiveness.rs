//! How fast a community answers its questions, from real timestamps: when each question was
//! published, and when it first got a published reply from someone else and from a verified
//! clinician. Community pages show the last 30 days; staff get each community week by week,
//! with the moderation queue's own waits.

use std::collections::BTreeMap;

use diesel::prelude::*;
use serde::Serialize;

use crate::calendar;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::post::{Status, REVIEW_CRISIS, REVIEW_REPORTS};
use crate::schema::{communities, crisis_items, posts, threads};
use crate::views::questions::{first_replies, FirstReplies};

pub const DAY: i64 = 86_400;
pub const COMMUNITY_DAYS: i64 = 30;
pub const STAFF_WEEKS: i64 = 12;

/// One question's times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionTimes {
    pub community_id: i64,
    pub asked_at: i64,
    pub first: FirstReplies,
}

/// The published questions asked in `[since, until)`, of one community or all.
pub fn question_times(
    conn: &mut DbConnection,
    since: i64,
    until: i64,
    community_id: Option<i64>,
) -> AppResult<Vec<QuestionTimes>> {
    let mut query = threads::table
        .inner_join(
            posts::table.on(posts::thread_id
                .eq(threads::id)
                .and(posts::is_opening.eq(true))),
        )
        .filter(threads::is_question.eq(true))
        .filter(threads::status.eq(Status::Published.as_str()))
        .filter(posts::published_at.ge(since))
        .filter(posts::published_at.lt(until))
        .select((threads::id, threads::community_id, posts::published_at))
        .into_boxed();
    if let Some(id) = community_id {
        query = query.filter(threads::community_id.eq(id));
    }
    let asked: Vec<(i64, i64, Option<i64>)> = query.load(conn)?;
    let ids: Vec<i64> = asked.iter().map(|(id, ..)| *id).collect();
    let firsts = first_replies(conn, &ids)?;
    Ok(asked
        .into_iter()
        .filter_map(|(id, community_id, at)| {
            Some(QuestionTimes {
                community_id,
                asked_at: at?,
                first: firsts.get(&id).copied().unwrap_or_default(),
            })
        })
        .collect())
}

/// Response figures of a set of questions.
#[derive(Serialize, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub questions: usize,
    pub replied: usize,
    pub clinician_replied: usize,
    /// Seconds from the question to its first reply, median of those replied to.
    pub median_first_reply: Option<i64>,
    pub median_first_clinician_reply: Option<i64>,
    pub median_first_reply_text: Option<String>,
    pub median_first_clinician_reply_text: Option<String>,
    /// Questions whose target has passed, or that a clinician answered: the share's base.
    pub due: usize,
    pub within_target: usize,
    /// Percent of `due` with a clinician's reply within the target.
    pub share_within_target: Option<i64>,
}

/// The figures of `times` at `now`; a question younger than the target without a clinician's
/// reply is not yet late, so it is left out of the share.
pub fn figures(times: &[QuestionTimes], now: i64, target_seconds: i64) -> Figures {
    let waits = |pick: fn(&FirstReplies) -> Option<i64>| -> Vec<i64> {
        times
            .iter()
            .filter_map(|q| pick(&q.first).map(|at| (at - q.asked_at).max(0)))
            .collect()
    };
    let any = waits(|f| f.any);
    let clinician = waits(|f| f.clinician);
    let within_target = clinician.iter().filter(|w| **w <= target_seconds).count();
    let due = times
        .iter()
        .filter(|q| q.first.clinician.is_some() || now - q.asked_at >= target_seconds)
        .count();
    let (median_any, median_clinician) = (median(any.clone()), median(clinician.clone()));
    Figures {
        questions: times.len(),
        replied: any.len(),
        clinician_replied: clinician.len(),
        median_first_reply: median_any,
        median_first_clinician_reply: median_clinician,
        median_first_reply_text: median_any.map(calendar::span),
        median_first_clinician_reply_text: median_clinician.map(calendar::span),
        due,
        within_target,
        share_within_target: (due > 0).then(|| (within_target * 100 / due) as i64),
    }
}

/// The middle value; the mean of the two middle ones for an even count.
pub fn median(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2),
    }
}

/// A community's figures over the last 30 days.
pub fn for_community(
    conn: &mut DbConnection,
    community_id: i64,
    now: i64,
    target_hours: i64,
) -> AppResult<Figures> {
    let since = now - COMMUNITY_DAYS * DAY;
    let times = question_times(conn, since, now + 1, Some(community_id))?;
    Ok(figures(&times, now, target_hours * 3600))
}

/// A week's figures.
#[derive(Serialize, Debug)]
pub struct Week {
    pub starts: i64,
    pub figures: Figures,
}

/// One community, week by week, with a chart of its weekly median time to a clinician's reply.
#[derive(Serialize, Debug)]
pub struct CommunityWeeks {
    pub slug: String,
    pub name: String,
    /// Questions over all the weeks shown.
    pub asked: usize,
    pub last_30_days: Figures,
    pub weeks: Vec<Week>,
    pub chart: Chart,
}

/// The staff page: every community, then the queue.
#[derive(Serialize, Debug)]
pub struct StaffReport {
    pub target_hours: i64,
    pub all: Figures,
    pub communities: Vec<CommunityWeeks>,
    pub queue: QueueFigures,
}

impl StaffReport {
    pub fn load(conn: &mut DbConnection, now: i64, target_hours: i64) -> AppResult<StaffReport> {
        let target = target_hours * 3600;
        let first_week = now - STAFF_WEEKS * 7 * DAY;
        let times = question_times(conn, first_week, now + 1, None)?;
        let recent: Vec<QuestionTimes> = times
            .iter()
            .filter(|q| q.asked_at >= now - COMMUNITY_DAYS * DAY)
            .copied()
            .collect();
        let mut by_community: BTreeMap<i64, Vec<QuestionTimes>> = BTreeMap::new();
        for q in &times {
            by_community.entry(q.community_id).or_default().push(*q);
        }
        let named: Vec<(i64, String, String)> = communities::table
            .order(communities::name.asc())
            .select((communities::id, communities::slug, communities::name))
            .load(conn)?;
        let communities = named
            .into_iter()
            .map(|(id, slug, name)| {
                let mine = by_community.remove(&id).unwrap_or_default();
                community_weeks(slug, name, &mine, first_week, now, target)
            })
            .collect();
        Ok(StaffReport {
            target_hours,
            all: figures(&recent, now, target),
            communities,
            queue: QueueFigures::load(conn, now)?,
        })
    }
}

fn community_weeks(
    slug: String,
    name: String,
    times: &[QuestionTimes],
    first_week: i64,
    now: i64,
    target: i64,
) -> CommunityWeeks {
    let weeks: Vec<Week> = (0..STAFF_WEEKS)
        .map(|n| {
            let starts = first_week + n * 7 * DAY;
            let inside: Vec<QuestionTimes> = times
                .iter()
                .filter(|q| q.asked_at >= starts && q.asked_at < starts + 7 * DAY)
                .copied()
                .collect();
            Week {
                starts,
                figures: figures(&inside, now, target),
            }
        })
        .collect();
    let recent: Vec<QuestionTimes> = times
        .iter()
        .filter(|q| q.asked_at >= now - COMMUNITY_DAYS * DAY)
        .copied()
        .collect();
    CommunityWeeks {
        asked: times.len(),
        chart: Chart::of_weeks(&weeks, target),
        last_30_days: figures(&recent, now, target),
        slug,
        name,
        weeks,
    }
}

/// A bar chart drawn on the server: one bar per week, the median hours to a clinician's
/// reply, and a line at the target. Coordinates are in the SVG's own units.
#[derive(Serialize, Debug)]
pub struct Chart {
    pub width: i64,
    pub height: i64,
    pub bars: Vec<Bar>,
    /// Where the target line is drawn (None when it is above the tallest bar's scale).
    pub target_y: Option<i64>,
    pub max_label: String,
}

#[derive(Serialize, Debug)]
pub struct Bar {
    pub x: i64,
    pub y: i64,
    pub height: i64,
    pub over_target: bool,
    /// Read by screen readers and shown on hover.
    pub label: String,
}

const CHART_HEIGHT: i64 = 80;
const BAR_WIDTH: i64 = 18;
const BAR_GAP: i64 = 6;

impl Chart {
    fn of_weeks(weeks: &[Week], target: i64) -> Chart {
        let values: Vec<Option<i64>> = weeks
            .iter()
            .map(|w| w.figures.median_first_clinician_reply)
            .collect();
        let top = values
            .iter()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0)
            .max(target);
        let scale = |v: i64| (v * CHART_HEIGHT) / top.max(1);
        let bars = weeks
            .iter()
            .zip(&values)
            .enumerate()
            .map(|(n, (week, value))| {
                let h = value.map_or(0, scale).max(i64::from(value.is_some()));
                let asked = match week.figures.questions {
                    1 => "1 question".to_string(),
                    n => format!("{n} questions"),
                };
                Bar {
                    x: n as i64 * (BAR_WIDTH + BAR_GAP),
                    y: CHART_HEIGHT - h,
                    height: h,
                    over_target: value.is_some_and(|v| v > target),
                    label: match value {
                        Some(v) => format!(
                            "Week of {}: median {} to a clinician's reply ({asked})",
                            calendar::day(week.starts),
                            calendar::span(*v),
                        ),
                        None => format!(
                            "Week of {}: no clinician reply ({asked})",
                            calendar::day(week.starts),
                        ),
                    },
                }
            })
            .collect();
        Chart {
            width: weeks.len() as i64 * (BAR_WIDTH + BAR_GAP),
            height: CHART_HEIGHT,
            bars,
            target_y: Some(CHART_HEIGHT - scale(target)),
            max_label: calendar::span(top),
        }
    }
}

/// What waits for a moderator now: how many, the median wait and the longest.
#[derive(Serialize, Debug, Default, PartialEq, Eq)]
pub struct Waits {
    pub count: usize,
    pub median_text: Option<String>,
    pub worst_text: Option<String>,
    /// The longest wait in seconds, for `/metrics`.
    #[serde(skip)]
    pub oldest_seconds: Option<i64>,
}

impl Waits {
    fn of(since: impl Iterator<Item = i64>, now: i64) -> Waits {
        let waits: Vec<i64> = since.map(|at| (now - at).max(0)).collect();
        let oldest_seconds = waits.iter().max().copied();
        Waits {
            count: waits.len(),
            oldest_seconds,
            worst_text: oldest_seconds.map(calendar::span),
            median_text: median(waits).map(calendar::span),
        }
    }
}

#[derive(Serialize, Debug, Default, PartialEq, Eq)]
pub struct QueueFigures {
    /// Posts held by the privacy filter.
    pub held: Waits,
    /// Posts hidden after reports.
    pub reported: Waits,
    /// Crisis items without a staff response.
    pub crisis: Waits,
}

impl QueueFigures {
    pub fn load(conn: &mut DbConnection, now: i64) -> AppResult<QueueFigures> {
        let waiting: Vec<(Option<String>, Option<i64>)> = posts::table
            .filter(posts::review_since.is_not_null())
            .select((posts::review_reason, posts::review_since))
            .load(conn)?;
        let crisis: Vec<i64> = crisis_items::table
            .filter(crisis_items::resolved_at.is_null())
            .filter(crisis_items::first_response_at.is_null())
            .select(crisis_items::opened_at)
            .load(conn)?;
        Ok(QueueFigures {
            held: Waits::of(waiting_since(&waiting, None), now),
            reported: Waits::of(waiting_since(&waiting, Some(REVIEW_REPORTS)), now),
            crisis: Waits::of(crisis.into_iter(), now),
        })
    }
}

/// When the posts waiting for this reason began to wait; None: the privacy filter's holds.
fn waiting_since<'a>(
    waiting: &'a [(Option<String>, Option<i64>)],
    reason: Option<&'a str>,
) -> impl Iterator<Item = i64> + 'a {
    waiting
        .iter()
        .filter(move |(r, _)| match reason {
            Some(wanted) => r.as_deref() == Some(wanted),
            None => !matches!(r.as_deref(), Some(REVIEW_REPORTS | REVIEW_CRISIS)),
        })
        .filter_map(|(_, at)| *at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(at: i64, any: Option<i64>, clinician: Option<i64>) -> QuestionTimes {
        QuestionTimes {
            community_id: 1,
            asked_at: at,
            first: FirstReplies { any, clinician },
        }
    }

    #[test]
    fn medians_take_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![7]), Some(7));
        assert_eq!(median(vec![9, 1, 5]), Some(5));
        assert_eq!(median(vec![10, 2, 4, 8]), Some(6));
    }

    #[test]
    fn the_share_counts_only_questions_whose_target_has_passed_or_that_a_clinician_answered() {
        let hour = 3600;
        let now = 100 * hour;
        let times = [
            asked(0, Some(hour), Some(2 * hour)),    // within 24 h
            asked(0, Some(hour), Some(30 * hour)),   // late
            asked(10 * hour, Some(11 * hour), None), // 90 h old, no clinician: late
            asked(now - hour, None, None),           // an hour old: not yet due
            asked(now - 2 * hour, Some(now - hour), Some(now - hour)), // within an hour
        ];
        let f = figures(&times, now, 24 * hour);
        assert_eq!(f.questions, 5);
        assert_eq!(f.replied, 4);
        assert_eq!(f.clinician_replied, 3);
        assert_eq!(f.due, 4);
        assert_eq!(f.within_target, 2);
        assert_eq!(f.share_within_target, Some(50));
        assert_eq!(f.median_first_reply, Some(hour));
        assert_eq!(f.median_first_clinician_reply, Some(2 * hour));
        assert_eq!(f.median_first_clinician_reply_text.as_deref(), Some("2 h"));
    }

    #[test]
    fn no_questions_give_no_figures_rather_than_zeros() {
        let f = figures(&[], 0, 3600);
        assert_eq!(f.share_within_target, None);
        assert_eq!(f.median_first_reply, None);
    }
}
