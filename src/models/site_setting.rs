//! Stored site settings by name (`settings` gives them meaning).

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};

use crate::db::DbConnection;
use crate::schema::site_settings;

pub fn all(conn: &mut DbConnection) -> QueryResult<BTreeMap<String, String>> {
    let rows: Vec<(String, String)> = site_settings::table
        .select((site_settings::name, site_settings::value))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Stores a setting, replacing what was there.
pub fn put(
    conn: &mut DbConnection,
    name: &str,
    value: &str,
    by: Option<i64>,
    now: i64,
) -> QueryResult<usize> {
    diesel::sql_query(
        "INSERT INTO site_settings (name, value, updated_at, updated_by) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind::<Text, _>(name)
    .bind::<Text, _>(value)
    .bind::<BigInt, _>(now)
    .bind::<Nullable<BigInt>, _>(by)
    .execute(conn)
}
