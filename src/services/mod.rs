//! Use cases: permission checks, rules and transactions. Plain sync functions, no actix types.

pub mod accounts;
pub mod clinicians;
pub mod communities;
pub mod crisis;
pub mod erasure;
pub mod exports;
pub mod idempotency;
pub mod moderation;
pub mod notify;
pub mod posting;
pub mod questions;
pub mod reports;
pub mod sanctions;
pub mod screening;
pub mod settings;
pub mod throttle;
pub mod tips;
pub mod tokens;

use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// Whether a write failed on a unique index (two requests racing for one handle or slug).
pub fn is_unique_violation(error: &DieselError) -> bool {
    matches!(
        error,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}
