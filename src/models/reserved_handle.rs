//! Handles of erased accounts, kept only as a keyed hash so nobody can take over the name
//! while the name itself is gone. The key is generated once per site and kept in `site_keys`
//! (a copy of the table alone cannot be checked against a list of names).

use diesel::prelude::*;
use diesel::sql_types::Text;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::DbConnection;
use crate::schema::{reserved_handles, site_keys};

const KEY_NAME: &str = "handle_reservation";

fn site_key(conn: &mut DbConnection) -> QueryResult<String> {
    diesel::sql_query(
        "INSERT INTO site_keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind::<Text, _>(KEY_NAME)
    .bind::<Text, _>(crate::auth::new_token())
    .execute(conn)?;
    site_keys::table
        .find(KEY_NAME)
        .select(site_keys::value)
        .first(conn)
}

/// The keyed hash of a handle's comparison key (`user::handle_key`).
fn digest(conn: &mut DbConnection, handle_key: &str) -> QueryResult<String> {
    let key = site_key(conn)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes())
        .map_err(|e| diesel::result::Error::QueryBuilderError(Box::new(e)))?;
    mac.update(handle_key.as_bytes());
    Ok(crate::auth::hex(&mac.finalize().into_bytes()))
}

pub fn reserve(conn: &mut DbConnection, handle_key: &str, now: i64) -> QueryResult<()> {
    let hash = digest(conn, handle_key)?;
    diesel::sql_query(
        "INSERT INTO reserved_handles (handle_hash, reserved_at) VALUES ($1, $2) \
         ON CONFLICT (handle_hash) DO NOTHING",
    )
    .bind::<Text, _>(hash)
    .bind::<diesel::sql_types::BigInt, _>(now)
    .execute(conn)?;
    Ok(())
}

pub fn is_reserved(conn: &mut DbConnection, handle_key: &str) -> QueryResult<bool> {
    let hash = digest(conn, handle_key)?;
    diesel::select(diesel::dsl::exists(reserved_handles::table.find(hash))).get_result(conn)
}
