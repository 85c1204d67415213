//! Clinician verification applications (never shown publicly) and the badge on the account.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::schema::{clinician_applications as apps, users};

#[derive(Insertable)]
#[diesel(table_name = apps)]
pub struct NewApplication<'a> {
    pub user_id: i64,
    pub profession: &'a str,
    pub specialty: &'a str,
    pub licence_number: &'a str,
    pub jurisdiction: &'a str,
    pub npi: Option<&'a str>,
    pub note: &'a str,
    pub status: &'a str,
    pub created_at: i64,
}

#[derive(Queryable, Selectable, Serialize, Debug, Clone)]
#[diesel(table_name = apps)]
pub struct Application {
    pub id: i64,
    pub user_id: i64,
    pub profession: String,
    pub specialty: String,
    pub licence_number: String,
    pub jurisdiction: String,
    pub npi: Option<String>,
    pub note: String,
    pub status: String,
    pub decided_at: Option<i64>,
    pub decision_reason: Option<String>,
    pub created_at: i64,
}

/// An application with the applicant's handle, for the admin page.
#[derive(Queryable, Selectable, Serialize, Debug)]
pub struct ApplicationRow {
    #[diesel(embed)]
    #[serde(flatten)]
    pub application: Application,
    #[diesel(select_expression = users::handle)]
    pub handle: String,
}

pub fn insert(conn: &mut DbConnection, new: &NewApplication) -> QueryResult<usize> {
    diesel::insert_into(apps::table).values(new).execute(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Application> {
    apps::table
        .find(id)
        .select(Application::as_select())
        .first(conn)
}

/// The member's most recent application, if any.
pub fn latest_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Option<Application>> {
    apps::table
        .filter(apps::user_id.eq(user_id))
        .order(apps::id.desc())
        .select(Application::as_select())
        .first(conn)
        .optional()
}

/// Applications in one status, oldest first.
pub fn with_status(conn: &mut DbConnection, status: &str) -> QueryResult<Vec<ApplicationRow>> {
    apps::table
        .inner_join(users::table.on(users::id.eq(apps::user_id)))
        .filter(apps::status.eq(status))
        .order(apps::id.asc())
        .select(ApplicationRow::as_select())
        .load(conn)
}

/// Records a decision on a pending (or, for revocation, approved) application.
pub fn decide(
    conn: &mut DbConnection,
    id: i64,
    from: &str,
    to: &str,
    admin_id: i64,
    at: i64,
    reason: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(apps::table.find(id).filter(apps::status.eq(from)))
        .set((
            apps::status.eq(to),
            apps::decided_by.eq(Some(admin_id)),
            apps::decided_at.eq(Some(at)),
            apps::decision_reason.eq(reason),
        ))
        .execute(conn)
}

/// The approved application behind a clinician's badge.
pub fn approved_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Option<Application>> {
    apps::table
        .filter(apps::user_id.eq(user_id))
        .filter(apps::status.eq("approved"))
        .order(apps::id.desc())
        .select(Application::as_select())
        .first(conn)
        .optional()
}

/// Sets (or clears, with `None`) the public badge and the clinician role together.
pub fn set_badge(
    conn: &mut DbConnection,
    user_id: i64,
    badge: Option<(&str, &str, i64)>,
) -> QueryResult<usize> {
    let (role, profession, specialty, at) = match badge {
        Some((p, s, at)) => ("clinician", Some(p), Some(s), Some(at)),
        None => ("member", None, None, None),
    };
    // Only members become clinicians and only clinicians go back to members: staff keep their role.
    let from_role = match badge {
        Some(_) => "member",
        None => "clinician",
    };
    diesel::update(users::table.find(user_id).filter(users::role.eq(from_role)))
        .set(users::role.eq(role))
        .execute(conn)?;
    diesel::update(users::table.find(user_id))
        .set((
            users::clinician_profession.eq(profession),
            users::clinician_specialty.eq(specialty),
            users::clinician_verified_at.eq(at),
        ))
        .execute(conn)
}
