//! Verifying clinicians: applications, admins' decisions, revocation.

use crate::auth::{CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::clinician::{self, NewApplication};
use crate::models::{notice, tip, user};
use crate::policy;
use crate::services::notify;
use crate::services::posting::{self, Place};

pub const PROFESSIONS: [&str; 9] = [
    "Physician",
    "Nurse",
    "Nurse practitioner",
    "Pharmacist",
    "Dietitian",
    "Physiotherapist",
    "Psychologist",
    "Midwife",
    "Other licensed clinician",
];

pub struct ApplicationInput {
    pub profession: String,
    pub specialty: String,
    pub licence_number: String,
    pub jurisdiction: String,
    pub npi: String,
    pub note: String,
}

/// A member applies once at a time; the NPI, when given, must pass its check digit.
pub fn apply(
    conn: &mut DbConnection,
    user: &CurrentUser,
    input: &ApplicationInput,
) -> AppResult<()> {
    let npi = input.npi.trim();
    if !npi.is_empty() && !crate::privacy::valid_npi(npi) {
        return Err(AppError::Field {
            field: "npi",
            message: "This is not a valid NPI: check the 10 digits.".into(),
        });
    }
    if !PROFESSIONS.contains(&input.profession.as_str()) {
        return Err(AppError::Field {
            field: "profession",
            message: "Choose a profession from the list.".into(),
        });
    }
    write_tx(conn, |conn| {
        policy::require_can_apply(posting::standing(conn, user.id, Place::Site)?, db::now())?;
        if clinician::latest_of(conn, user.id)?.is_some_and(|a| a.status == "pending") {
            return Err(AppError::Conflict(
                "Your application is already waiting for an admin.".into(),
            ));
        }
        let new = NewApplication {
            user_id: user.id,
            profession: &input.profession,
            specialty: input.specialty.trim(),
            licence_number: input.licence_number.trim(),
            jurisdiction: input.jurisdiction.trim(),
            npi: (!npi.is_empty()).then_some(npi),
            note: input.note.trim(),
            status: "pending",
            created_at: db::now(),
        };
        clinician::insert(conn, &new)?;
        Ok(())
    })
}

/// An admin approves: the member becomes a clinician with a badge, and is told.
pub fn approve(conn: &mut DbConnection, admin: &CurrentUser, application_id: i64) -> AppResult<()> {
    admin.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let found = clinician::find(conn, application_id)?;
        if found.user_id == admin.id {
            return Err(AppError::Conflict(
                "You cannot approve your own application: another admin must.".into(),
            ));
        }
        if user::find(conn, found.user_id)?.role() != Role::Member {
            return Err(staff_cannot_apply());
        }
        let now = db::now();
        if clinician::decide(conn, found.id, "pending", "approved", admin.id, now, None)? == 0 {
            return Err(AppError::Conflict(
                "This application has already been decided.".into(),
            ));
        }
        clinician::set_badge(
            conn,
            found.user_id,
            Some((&found.profession, &found.specialty, now)),
        )?;
        audit::append(
            conn,
            &[NewEntry::user(
                Some(admin.id),
                "clinician_approve",
                found.user_id,
                "",
            )],
        )?;
        notice::send(
            conn,
            found.user_id,
            "Your clinician verification was approved. Your posts now show a verified badge.",
            None,
        )?;
        notify::clinician_outcome(conn, found.user_id, "approved")?;
        Ok(())
    })
}

pub fn reject(
    conn: &mut DbConnection,
    admin: &CurrentUser,
    application_id: i64,
    reason: &str,
) -> AppResult<()> {
    admin.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let found = clinician::find(conn, application_id)?;
        if clinician::decide(
            conn,
            found.id,
            "pending",
            "rejected",
            admin.id,
            db::now(),
            Some(reason),
        )? == 0
        {
            return Err(AppError::Conflict(
                "This application has already been decided.".into(),
            ));
        }
        audit::append(
            conn,
            &[NewEntry::user(
                Some(admin.id),
                "clinician_reject",
                found.user_id,
                "",
            )],
        )?;
        notice::send(
            conn,
            found.user_id,
            &format!("Your clinician verification was not approved. Reason: {reason}"),
            None,
        )?;
        notify::clinician_outcome(conn, found.user_id, "rejected")?;
        Ok(())
    })
}

/// Revocation removes the badge and sends the clinician's published tips back to review.
pub fn revoke(
    conn: &mut DbConnection,
    admin: &CurrentUser,
    user_id: i64,
    reason: &str,
) -> AppResult<()> {
    admin.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let approved = clinician::approved_of(conn, user_id)?.ok_or(AppError::NotFound)?;
        clinician::decide(
            conn,
            approved.id,
            "approved",
            "revoked",
            admin.id,
            db::now(),
            Some(reason),
        )?;
        clinician::set_badge(conn, user_id, None)?;
        let returned = tip::return_to_review(conn, user_id)?;
        let note = format!("{returned} tip(s) back to review");
        audit::append(
            conn,
            &[NewEntry::user(
                Some(admin.id),
                "clinician_revoke",
                user_id,
                &note,
            )],
        )?;
        notice::send(
            conn,
            user_id,
            &format!("Your clinician verification was revoked. Reason: {reason}"),
            None,
        )?;
        notify::clinician_outcome(conn, user_id, "revoked")?;
        Ok(())
    })
}

fn staff_cannot_apply() -> AppError {
    AppError::Conflict(
        "Moderator and admin accounts cannot also be verified clinicians: apply from a member account.".into(),
    )
}

#[cfg(test)]
mod tests {
    use crate::privacy::valid_npi;

    #[test]
    fn npi_check_digits() {
        assert!(valid_npi("1234567893"), "the CMS example NPI");
        assert!(!valid_npi("1234567890"), "wrong check digit");
        assert!(!valid_npi("3234567893"), "must start with 1 or 2");
        assert!(!valid_npi("123456789"), "too short");
        assert!(!valid_npi("12345-6789"), "not all digits");
    }
}
