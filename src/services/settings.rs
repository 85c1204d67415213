//! Admins change the site's settings: each changed value is stored and audited, in one
//! transaction; app servers pick the new values up within their refresh interval.

use std::collections::BTreeMap;

use crate::auth::{CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::AppResult;
use crate::models::audit::{self, NewEntry};
use crate::models::site_setting;

/// The longest a value may be in an audit note; longer ones are cut there (never in the store).
const NOTE_CHARS: usize = 300;

/// Stores the settings whose value differs from what is stored; returns how many changed.
pub fn save(
    conn: &mut DbConnection,
    admin: &CurrentUser,
    wanted: &[(&'static str, String)],
) -> AppResult<usize> {
    admin.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let stored: BTreeMap<String, String> = site_setting::all(conn)?;
        let now = db::now();
        let mut changed = 0;
        for (name, value) in wanted {
            if stored.get(*name) == Some(value) {
                continue;
            }
            site_setting::put(conn, name, value, Some(admin.id), now)?;
            let shown: String = value.chars().take(NOTE_CHARS).collect();
            let note = format!("{name} = {shown}");
            audit::append(
                conn,
                &[NewEntry::general(Some(admin.id), "setting_changed", &note)],
            )?;
            changed += 1;
        }
        Ok(changed)
    })
}
