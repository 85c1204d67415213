//! What every form shares: field errors as templates show them, validation, the rules that
//! trim before they count, the idempotency key, paging and the client's address.

use std::borrow::Cow;
use std::collections::BTreeMap;

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use validator::{Validate, ValidationError, ValidationErrors};

use crate::config::Config;
use crate::error::{AppError, AppResult};
use crate::services::screening;

/// Messages per form field, as templates show them beside the field.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// Field errors by field; a whole-form rule (`#[validate(schema(...))]`) names the field its
/// message belongs to in its code.
pub fn field_errors(errors: &ValidationErrors) -> FieldErrors {
    let mut out = FieldErrors::new();
    for (field, list) in errors.field_errors() {
        for e in list {
            let message = e
                .message
                .as_ref()
                .map_or_else(|| format!("Invalid value ({})", e.code), |m| m.to_string());
            let field = match field.as_ref() {
                "__all__" => e.code.to_string(),
                name => name.to_string(),
            };
            out.entry(field).or_default().push(message);
        }
    }
    out
}

/// Validates a form; `Err` carries the field errors to show.
pub fn check(form: &impl Validate) -> Result<(), FieldErrors> {
    form.validate().map_err(|e| field_errors(&e))
}

/// One message on one field.
pub fn one_error(field: &str, message: impl Into<String>) -> FieldErrors {
    FieldErrors::from([(field.to_string(), vec![message.into()])])
}

/// Text shown to someone but never held (what staff write to a member, a community's pages, a
/// report note): when the privacy filter sees identifiers in it, its writer confirms first.
pub fn confirm_identifiers(
    texts: &[&str],
    confirmed: bool,
    threshold: f32,
) -> Result<(), FieldErrors> {
    if confirmed {
        return Ok(());
    }
    let mut kinds: Vec<String> = texts
        .iter()
        .flat_map(|t| screening::kinds_in(t, threshold))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.is_empty() {
        return Ok(());
    }
    let what: Vec<&str> = kinds.iter().map(|k| screening::describe(k)).collect();
    let message = format!(
        "This seems to contain {}. Remove it, or tick \u{201c}Send it anyway\u{201d} if it must stay.",
        what.join(", ")
    );
    Err(one_error("confirm_identifiers", message))
}

/// Splits a service's field-rule failure off from real errors, so the form can be shown again.
pub fn field_failure<T>(result: AppResult<T>) -> AppResult<Result<T, FieldErrors>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(AppError::Field { field, message }) => Ok(Err(one_error(field, message))),
        Err(other) => Err(other),
    }
}

/// Why a posting form comes back with what was typed, and with which status: a field rule
/// (422), something about the account or the discussion that stops it for now, such as an
/// unconfirmed address (409), or too many posts in a minute (429, with `Retry-After`).
pub struct Refusal {
    pub errors: FieldErrors,
    status: StatusCode,
    retry_after: Option<i64>,
}

impl Refusal {
    /// The form page rendered again, with this refusal's status and headers.
    pub fn apply(&self, mut page: HttpResponse) -> HttpResponse {
        *page.status_mut() = self.status;
        if let Some(seconds) = self.retry_after {
            if let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string()) {
                page.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        page
    }
}

/// Splits the refusals a posting form shows again off from real errors.
pub fn posting_failure<T>(result: AppResult<T>) -> AppResult<Result<T, Refusal>> {
    let refusal = |field, message, status, retry_after| Refusal {
        errors: one_error(field, message),
        status,
        retry_after,
    };
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(AppError::Field { field, message }) => Ok(Err(refusal(
            field,
            message,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        ))),
        Err(AppError::Conflict(message)) => {
            Ok(Err(refusal("form", message, StatusCode::CONFLICT, None)))
        }
        Err(AppError::TooMany {
            retry_after,
            message,
        }) => Ok(Err(refusal(
            "form",
            message,
            StatusCode::TOO_MANY_REQUESTS,
            Some(retry_after),
        ))),
        Err(other) => Err(other),
    }
}

/// Text rules: at least `min` characters once trimmed (spaces alone never pass), at most
/// `max` as typed.
macro_rules! trimmed_length {
    ($name:ident, $min:expr, $max:expr, $message:expr) => {
        pub fn $name(value: &str) -> Result<(), ValidationError> {
            if value.trim().chars().count() >= $min && value.chars().count() <= $max {
                Ok(())
            } else {
                Err(ValidationError::new("length").with_message(Cow::Borrowed($message)))
            }
        }
    };
}

trimmed_length!(title_text, 5, 150, "A title has 5 to 150 characters.");
trimmed_length!(post_text, 1, 20_000, "Write 1 to 20,000 characters.");
trimmed_length!(reason_text, 3, 500, "Give a reason of 3 to 500 characters.");
trimmed_length!(
    comment_text,
    3,
    2_000,
    "Tell the author what to change (3 to 2,000 characters)."
);
trimmed_length!(staff_text, 1, 2_000, "Write 1 to 2,000 characters.");
trimmed_length!(
    token_name,
    1,
    60,
    "Name the token (at most 60 characters), so you know it later."
);

/// Who may read a discussion: one of `thread::Audience`.
pub fn audience_choice(value: &str) -> Result<(), ValidationError> {
    match crate::models::thread::Audience::parse(value) {
        Some(_) => Ok(()),
        None => Err(ValidationError::new("audience").with_message(Cow::Borrowed(
            "Choose who may read: anyone, or members only.",
        ))),
    }
}

/// `?page=N`, 1-based; out-of-range values are a clear 400, not a panic.
#[derive(Deserialize, Validate, Default)]
pub struct PageQuery {
    #[validate(range(min = 1, max = 100_000))]
    pub page: Option<i64>,
}

impl PageQuery {
    pub fn number(&self) -> AppResult<i64> {
        self.validate()
            .map_err(|_| AppError::Invalid("That page number is out of range.".into()))?;
        Ok(self.page.unwrap_or(1))
    }
}

/// The client's address for rate limits: the peer, or the first forwarded address behind a
/// trusted proxy.
pub fn client_address(req: &HttpRequest, config: &Config) -> String {
    let info = req.connection_info();
    let address = match config.trust_forwarded_for {
        true => info.realip_remote_addr(),
        false => info.peer_addr(),
    };
    address.unwrap_or("unknown").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimmed_rules_refuse_spaces_alone() {
        assert!(reason_text("   ").is_err());
        assert!(
            reason_text("  ok ").is_err(),
            "two characters after trimming"
        );
        assert!(post_text(&"x".repeat(20_001)).is_err());
        assert!(post_text(&"x".repeat(20_000)).is_ok());
        assert!(reason_text("Identifier").is_ok());
        assert!(title_text("Pollen season").is_ok());
        assert!(title_text("     x      ").is_err());
    }
}
