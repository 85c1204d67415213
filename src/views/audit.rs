//! The audit log as moderators read it: filtered by who, what, where and when; a review
//! session's many "viewed held text" entries grouped into one line; members by handle. A
//! community's moderators read their own communities' entries only; admins read all and
//! export them as CSV.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::calendar;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::audit::{self, Entry, Search};
use crate::models::{community, user};
use crate::policy::ModerationScope;
use crate::schema::users;

/// Entries read for one page (and for one export).
pub const PAGE_LIMIT: i64 = 500;

/// Views of held text by one moderator closer together than this read as one session.
const SESSION_GAP_SECONDS: i64 = 30 * 60;

/// Actions that come in runs and read better as one line.
const GROUPED: [&str; 2] = ["view_held", "view_held_tip"];

/// The filters, as typed into the page's form (kept as typed so the form shows them again).
#[derive(Deserialize, Serialize, Debug, Default, Clone)]
pub struct Filter {
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub community: String,
    /// "2026-11-21": from the start of that day (UTC).
    #[serde(default)]
    pub from: String,
    /// "2026-11-21": to the end of that day (UTC).
    #[serde(default)]
    pub to: String,
}

/// One line of the page: an entry, or a run of views grouped together.
#[derive(Serialize, Debug, PartialEq)]
pub struct Line {
    pub first_at: i64,
    pub last_at: i64,
    pub actor: Option<String>,
    pub action: String,
    /// How many entries the line stands for.
    pub count: usize,
    pub posts: Vec<i64>,
    pub member: Option<String>,
    pub community: Option<String>,
    pub kinds: String,
    pub note: String,
}

#[derive(Serialize, Debug)]
pub struct AuditPage {
    pub lines: Vec<Line>,
    pub filter: Filter,
    /// Why the filter matched nothing it could use ("no member is called …").
    pub problems: Vec<String>,
    pub actions: Vec<String>,
    /// (slug, name) of the communities the reader may filter by.
    pub communities: Vec<(String, String)>,
    /// The page shows the newest PAGE_LIMIT entries that match, and there may be more.
    pub truncated: bool,
    pub may_export: bool,
}

/// The entries as the export has them, one per row, with handles and community slugs.
pub struct Rows {
    pub entries: Vec<Entry>,
    pub names: Names,
    pub problems: Vec<String>,
}

/// Handles of the members and slugs of the communities the entries mention.
pub struct Names {
    members: HashMap<i64, String>,
    communities: HashMap<i64, (String, String)>,
}

impl Names {
    fn load(conn: &mut DbConnection, entries: &[Entry]) -> AppResult<Names> {
        let ids: Vec<i64> = entries.iter().filter_map(|e| e.subject_user_id).collect();
        let members = users::table
            .filter(users::id.eq_any(ids))
            .select((users::id, users::handle))
            .load::<(i64, String)>(conn)?
            .into_iter()
            .collect();
        let communities = community::names(conn, None)?
            .into_iter()
            .map(|(id, slug, name)| (id, (slug, name)))
            .collect();
        Ok(Names {
            members,
            communities,
        })
    }

    pub fn member(&self, entry: &Entry) -> Option<String> {
        entry
            .subject_user_id
            .map(|id| self.members.get(&id).cloned().unwrap_or(format!("#{id}")))
    }

    pub fn community_slug(&self, entry: &Entry) -> Option<&str> {
        let id = entry.community_id?;
        self.communities.get(&id).map(|(slug, _)| slug.as_str())
    }

    fn community_name(&self, entry: &Entry) -> Option<String> {
        let id = entry.community_id?;
        self.communities.get(&id).map(|(_, name)| name.clone())
    }
}

/// The search a filter asks for, within what the reader may see; problems say which filter
/// named nothing (then the search matches nothing rather than everything).
fn search_for(
    conn: &mut DbConnection,
    filter: &Filter,
    scope: &ModerationScope,
) -> AppResult<(Search, Vec<String>)> {
    let mut problems = Vec::new();
    let mut search = Search {
        within: scope.within().map(<[i64]>::to_vec),
        ..Search::default()
    };
    if !filter.actor.trim().is_empty() {
        match user::find_by_handle(conn, filter.actor.trim())? {
            Some(found) => search.actor_id = Some(found.id),
            None => problems.push(format!("No member is called “{}”.", filter.actor.trim())),
        }
    }
    if !filter.action.trim().is_empty() {
        search.action = Some(filter.action.trim().to_string());
    }
    if !filter.community.trim().is_empty() {
        match community::find_by_slug(conn, filter.community.trim()).optional()? {
            Some(found) => search.community_id = Some(found.id),
            None => problems.push("There is no such community.".into()),
        }
    }
    for (typed, at, label) in [
        (&filter.from, &mut search.since, "From"),
        (&filter.to, &mut search.before, "To"),
    ] {
        if typed.trim().is_empty() {
            continue;
        }
        match calendar::parse_day(typed) {
            Some(day) if label == "To" => *at = Some(day + 86_400),
            Some(day) => *at = Some(day),
            None => problems.push(format!("{label}: write a day as 2026-11-21.")),
        }
    }
    Ok((search, problems))
}

/// The matching entries, newest first (none when a filter named nothing).
pub fn rows(conn: &mut DbConnection, filter: &Filter, scope: &ModerationScope) -> AppResult<Rows> {
    let (search, problems) = search_for(conn, filter, scope)?;
    let entries = match problems.is_empty() {
        true => audit::search(conn, &search, PAGE_LIMIT)?,
        false => Vec::new(),
    };
    let names = Names::load(conn, &entries)?;
    Ok(Rows {
        entries,
        names,
        problems,
    })
}

impl AuditPage {
    pub fn load(
        conn: &mut DbConnection,
        filter: Filter,
        scope: &ModerationScope,
        may_export: bool,
    ) -> AppResult<AuditPage> {
        let Rows {
            entries,
            names,
            problems,
        } = rows(conn, &filter, scope)?;
        Ok(AuditPage {
            truncated: entries.len() as i64 >= PAGE_LIMIT,
            lines: group(&entries, &names),
            filter,
            problems,
            actions: audit::actions(conn)?,
            communities: community::slugs_and_names(conn, scope.within())?,
            may_export,
        })
    }
}

/// Entries newest first, with each run of one moderator's views of held text (no more than
/// SESSION_GAP_SECONDS apart) folded into one line.
pub fn group(entries: &[Entry], names: &Names) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for entry in entries {
        if let Some(last) = lines.last_mut() {
            if joins(last, entry) {
                last.first_at = entry.created_at;
                last.count += 1;
                if let Some(post) = entry.post_id.filter(|p| !last.posts.contains(p)) {
                    last.posts.push(post);
                }
                continue;
            }
        }
        lines.push(Line {
            first_at: entry.created_at,
            last_at: entry.created_at,
            actor: entry.actor_handle.clone(),
            action: entry.action.clone(),
            count: 1,
            posts: entry.post_id.into_iter().collect(),
            member: names.member(entry),
            community: names.community_name(entry),
            kinds: entry.kinds.clone(),
            note: entry.note.clone(),
        });
    }
    lines
}

/// Whether an (older) entry continues the line's run of views.
fn joins(line: &Line, entry: &Entry) -> bool {
    GROUPED.contains(&entry.action.as_str())
        && line.action == entry.action
        && line.actor == entry.actor_handle
        && line.first_at - entry.created_at <= SESSION_GAP_SECONDS
}

/// The export: one row per entry, in the order of the page (newest first).
pub fn csv(rows: &Rows) -> String {
    let mut out = String::from("when_utc,actor,action,post_id,member,community,kinds,note\n");
    for e in &rows.entries {
        let fields = [
            calendar::rfc3339(e.created_at),
            e.actor_handle
                .clone()
                .unwrap_or_else(|| "command line".into()),
            e.action.clone(),
            e.post_id.map(|p| p.to_string()).unwrap_or_default(),
            rows.names.member(e).unwrap_or_default(),
            rows.names.community_slug(e).unwrap_or_default().to_string(),
            e.kinds.clone(),
            e.note.clone(),
        ];
        let cells: Vec<String> = fields.iter().map(|f| csv_cell(f)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A CSV cell, quoted when it must be; a leading formula character is neutralised so a
/// spreadsheet shows the text instead of running it.
fn csv_cell(text: &str) -> String {
    let safe = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, action: &str, actor: &str, at: i64, post: Option<i64>) -> Entry {
        Entry {
            id,
            action: action.into(),
            post_id: post,
            subject_user_id: None,
            kinds: String::new(),
            note: String::new(),
            created_at: at,
            community_id: None,
            actor_handle: Some(actor.into()),
        }
    }

    fn names() -> Names {
        Names {
            members: HashMap::new(),
            communities: HashMap::new(),
        }
    }

    #[test]
    fn a_review_sessions_views_read_as_one_line() {
        let entries = [
            entry(6, "view_held", "mo", 10_000, Some(3)),
            entry(5, "view_held", "mo", 9_900, Some(2)),
            entry(4, "view_held", "mo", 9_800, Some(3)),
            entry(3, "approve", "mo", 9_700, Some(3)),
            entry(2, "view_held", "mo", 9_600, Some(3)),
            entry(
                1,
                "view_held",
                "mo",
                9_600 - SESSION_GAP_SECONDS - 1,
                Some(9),
            ),
        ];
        let lines = group(&entries, &names());
        let summary: Vec<(&str, usize, Vec<i64>)> = lines
            .iter()
            .map(|l| (l.action.as_str(), l.count, l.posts.clone()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("view_held", 3, vec![3, 2]),
                ("approve", 1, vec![3]),
                ("view_held", 1, vec![3]),
                ("view_held", 1, vec![9]),
            ],
            "a decision splits the run; so does a long pause"
        );
        assert_eq!((lines[0].first_at, lines[0].last_at), (9_800, 10_000));
    }

    #[test]
    fn another_moderators_views_start_a_new_line() {
        let entries = [
            entry(2, "view_held", "mo", 10_000, Some(1)),
            entry(1, "view_held", "ann", 9_990, Some(1)),
        ];
        assert_eq!(group(&entries, &names()).len(), 2);
    }

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
    }
}
