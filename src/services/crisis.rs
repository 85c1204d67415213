//! The crisis lane: a post that suggests its author (or someone they write about) may be at
//! risk opens a crisis item at the top of the queue and alerts every moderator at once; staff
//! respond (a supportive reply, a private message, emergency services) and resolve it. Every
//! step is audited, and nothing resolves itself.

use serde::Serialize;

use crate::auth::CurrentUser;
use crate::config::Rules;
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::crisis_item::{
    self, CrisisItem, NewItem, OUTCOME_NOT_A_CRISIS, OUTCOME_RESOLVED, REPORTED,
};
use crate::models::{notice, post, thread};
use crate::policy;
use crate::services::screening::CrisisFinding;
use crate::services::{notify, posting};

/// Opens (or raises) the crisis item of a post and alerts every moderator, in the caller's
/// transaction. `finding` is None for a member's report without a detector finding.
pub fn flag(
    conn: &mut DbConnection,
    post_id: i64,
    finding: Option<&CrisisFinding>,
    source: &str,
) -> AppResult<()> {
    let (level, subject, method) = match finding {
        Some(f) => (f.level.as_str(), f.subject.as_str(), f.method_detail),
        None => (REPORTED, "self", false),
    };
    match crisis_item::open_for_post(conn, post_id)? {
        Some(open) => {
            if crisis_item::rank(level) < crisis_item::rank(&open.level)
                || (method && !open.method_detail)
            {
                crisis_item::raise(conn, open.id, level, subject, method || open.method_detail)?;
            }
            Ok(())
        }
        None => {
            let new = NewItem {
                post_id,
                source,
                level,
                subject,
                method_detail: method,
                opened_at: db::now(),
            };
            let item = crisis_item::insert(conn, &new)?;
            notify::crisis_alert(conn, item.id)
        }
    }
}

/// What a staff member does about a crisis item.
pub enum CrisisAction {
    /// A supportive public reply in the thread, as the staff member.
    Reply {
        body: String,
    },
    /// A private message to the author (on their account page; the email carries a link only).
    Message {
        body: String,
    },
    /// Emergency services were contacted; the note goes to the audit log.
    Emergency {
        note: String,
    },
    /// Not a crisis after all: kept, to measure false alerts.
    NotACrisis,
    Resolve,
}

impl CrisisAction {
    fn action(&self) -> &'static str {
        match self {
            CrisisAction::Reply { .. } => "crisis_reply",
            CrisisAction::Message { .. } => "crisis_message",
            CrisisAction::Emergency { .. } => "crisis_emergency",
            CrisisAction::NotACrisis => "crisis_not_a_crisis",
            CrisisAction::Resolve => "crisis_resolve",
        }
    }
}

const CLOSED: &str = "This crisis item is already resolved.";

/// Records one staff action on an open item: the first one is the item's first response.
pub fn act(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    item_id: i64,
    action: &CrisisAction,
) -> AppResult<()> {
    policy::require_moderation_scope(actor)?;
    write_tx(conn, |conn| {
        let item = crisis_item::find_for_update(conn, item_id)?;
        let thread_id = post::find(conn, item.post_id)?.thread_id;
        let community_id = thread::find(conn, thread_id)?.community_id;
        policy::require_can_moderate(actor, community_id)?;
        if item.resolved_at.is_some() {
            return Err(AppError::Conflict(CLOSED.into()));
        }
        let now = db::now();
        let note = carry_out(conn, actor, rules, &item, action, now)?;
        crisis_item::record_response(conn, item.id, actor.id, now)?;
        let entry = NewEntry::post(Some(actor.id), action.action(), item.post_id, "").noted(&note);
        audit::append(conn, &[entry])?;
        Ok(())
    })
}

/// Does what the action says; returns the audit note (the emergency note, or the reply's id).
fn carry_out(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    rules: &Rules,
    item: &CrisisItem,
    action: &CrisisAction,
    now: i64,
) -> AppResult<String> {
    match action {
        CrisisAction::Reply { body } => {
            let target = post::find_for_update(conn, item.post_id)?;
            let prepared = posting::Prepared::new(None, body, rules);
            let location =
                posting::reply_within(conn, actor, rules, target.thread_id, &prepared, false, now)?;
            Ok(location)
        }
        CrisisAction::Message { body } => {
            let target = post::find_for_update(conn, item.post_id)?;
            let text = format!("A moderator wrote to you: {body}");
            notice::send(
                conn,
                target.author_id,
                &text,
                Some(&format!("/p/{}", target.id)),
            )?;
            notify::staff_message(conn, target.author_id)?;
            Ok(String::new())
        }
        CrisisAction::Emergency { note } => Ok(note.clone()),
        CrisisAction::NotACrisis | CrisisAction::Resolve => {
            let outcome = match action {
                CrisisAction::NotACrisis => OUTCOME_NOT_A_CRISIS,
                _ => OUTCOME_RESOLVED,
            };
            if crisis_item::resolve(conn, item.id, actor.id, now, outcome)? == 0 {
                return Err(AppError::Conflict(CLOSED.into()));
            }
            Ok(String::new())
        }
    }
}

/// How fast staff first responded to crisis items opened in a window.
#[derive(Serialize, Debug, PartialEq)]
pub struct ResponseTimes {
    pub days: i64,
    pub items: usize,
    /// Items still without a response.
    pub waiting: usize,
    pub median_minutes: Option<i64>,
    pub worst_minutes: Option<i64>,
}

/// Response times of the last 7 and 30 days; an item still waiting counts as waiting so far.
pub fn response_times(conn: &mut DbConnection, now: i64) -> AppResult<Vec<ResponseTimes>> {
    let mut windows = Vec::new();
    for days in [7, 30] {
        let rows = crisis_item::response_times(conn, now - days * 86_400)?;
        windows.push(summarize(days, &rows, now));
    }
    Ok(windows)
}

pub fn summarize(days: i64, rows: &[(i64, Option<i64>)], now: i64) -> ResponseTimes {
    let mut minutes: Vec<i64> = rows
        .iter()
        .filter_map(|(opened, first)| first.map(|f| (f - opened).max(0) / 60))
        .collect();
    minutes.sort_unstable();
    let waiting: Vec<i64> = rows
        .iter()
        .filter(|(_, first)| first.is_none())
        .map(|(opened, _)| (now - opened).max(0) / 60)
        .collect();
    ResponseTimes {
        days,
        items: rows.len(),
        waiting: waiting.len(),
        median_minutes: minutes.get(minutes.len() / 2).copied(),
        worst_minutes: minutes.iter().chain(&waiting).max().copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_times_count_the_waiting_as_their_wait_so_far() {
        let rows = [
            (0, Some(120)),
            (0, Some(600)),
            (0, Some(1800)),
            (3000, None),
        ];
        let times = summarize(7, &rows, 3000 + 45 * 60);
        assert_eq!(times.items, 4);
        assert_eq!(times.waiting, 1);
        assert_eq!(times.median_minutes, Some(10));
        assert_eq!(
            times.worst_minutes,
            Some(45),
            "an item waiting 45 minutes is the worst"
        );
        assert_eq!(summarize(30, &[], 0).median_minutes, None);
    }
}
