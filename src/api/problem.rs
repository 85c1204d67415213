//! Errors as RFC 9457 problem documents, with the status codes the pages use.

use std::collections::BTreeMap;

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;

pub const CONTENT_TYPE: &str = "application/problem+json";

/// A problem document: what went wrong, for a person to read (`detail`) and a program to act
/// on (`status`, and `errors` by field for invalid input).
#[derive(Serialize, ToSchema, Debug)]
pub struct Problem {
    /// Always `about:blank`: the status says which problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Messages per field of the request body, for 422.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, Vec<String>>>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: Option<String>) -> Problem {
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: detail.filter(|d| !d.is_empty()),
            errors: None,
        }
    }

    pub fn response(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        HttpResponse::build(status)
            .content_type(CONTENT_TYPE)
            .json(self)
    }
}

/// An error on an API path: the app's error, answered as a problem document.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    App(#[from] AppError),
    /// No credentials, or a token that does not work.
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    /// The body is not the JSON the operation takes (400) or breaks its rules (422).
    #[error("bad body")]
    Body {
        status: StatusCode,
        detail: String,
        errors: Option<BTreeMap<String, Vec<String>>>,
    },
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The problems every write may answer with, as the OpenAPI document lists them.
#[derive(utoipa::IntoResponses)]
pub enum WriteProblems {
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(Problem),
    #[response(status = 401, content_type = "application/problem+json")]
    Unauthorized(Problem),
    #[response(status = 403, content_type = "application/problem+json")]
    Forbidden(Problem),
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
    #[response(status = 409, content_type = "application/problem+json")]
    Conflict(Problem),
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    #[response(status = 422, content_type = "application/problem+json")]
    Invalid(Problem),
    #[response(status = 429, content_type = "application/problem+json")]
    TooMany(Problem),
}

impl ApiError {
    pub fn invalid(errors: BTreeMap<String, Vec<String>>) -> ApiError {
        ApiError::Body {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            detail: "Some fields need another look.".into(),
            errors: Some(errors),
        }
    }

    pub fn malformed(detail: impl Into<String>) -> ApiError {
        ApiError::Body {
            status: StatusCode::BAD_REQUEST,
            detail: detail.into(),
            errors: None,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::App(AppError::Unauthenticated { .. }) | ApiError::Unauthorized(_) => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::App(e) => e.status_code(),
            ApiError::Body { status, .. } => *status,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let mut problem = Problem::new(status, None);
        match self {
            ApiError::Unauthorized(detail) => problem.detail = Some((*detail).into()),
            ApiError::App(AppError::Unauthenticated { .. }) => {
                problem.detail =
                    Some("Send a personal access token: Authorization: Bearer <token>.".into())
            }
            ApiError::App(AppError::Invalid(m) | AppError::Conflict(m)) => {
                problem.detail = Some(m.clone())
            }
            ApiError::App(AppError::TooMany { message, .. }) => {
                problem.detail = Some(message.clone())
            }
            ApiError::App(AppError::Field { field, message }) => {
                problem.detail = Some(message.clone());
                problem.errors = Some(BTreeMap::from([(field.to_string(), vec![message.clone()])]));
            }
            ApiError::App(e @ (AppError::Db(_) | AppError::Internal(_))) => {
                // Logs the cause chain as a page's failure does; the caller sees no internals.
                drop(e.error_response());
            }
            ApiError::App(_) => {}
            ApiError::Body { detail, errors, .. } => {
                problem.detail = Some(detail.clone());
                problem.errors = errors.clone();
            }
        }
        let mut response = problem.response();
        if let ApiError::App(AppError::TooMany { retry_after, .. }) = self {
            if let Ok(value) = header::HeaderValue::from_str(&(*retry_after).max(1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"carecircle\""),
            );
        }
        response
    }
}
