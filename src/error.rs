//! The one error type of request paths, and how each variant reaches the user.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};

pub type AppResult<T> = Result<T, AppError>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// No valid session; `next` is where to return after logging in.
    #[error("login required")]
    Unauthenticated { next: String },
    #[error("forbidden")]
    Forbidden,
    #[error("invalid request: {0}")]
    Invalid(String),
    #[error("conflict: {0}")]
    Conflict(String),
    /// A rate limit was reached; the client may try again after this many seconds.
    #[error("too many requests")]
    TooMany { retry_after: i64, message: String },
    /// A rule about one form field that only the service can check (a handle already taken).
    #[error("{field}: {message}")]
    Field {
        field: &'static str,
        message: String,
    },
    #[error("database error")]
    Db(#[source] diesel::result::Error),
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Db(other),
        }
    }
}

impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        AppError::Internal(error)
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        AppError::Internal(anyhow::Error::new(error).context("no database connection"))
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {error}"))
    }
}

/// The message an error page shows; internals never reach the user.
#[derive(Clone, Debug)]
pub struct ErrorPage {
    pub message: String,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated { .. } => StatusCode::SEE_OTHER,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Invalid(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Field { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Db(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Unauthenticated { next } = self {
            let next =
                percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC);
            let location = format!("/login?next={next}");
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location))
                .finish();
        }
        if matches!(self, AppError::Db(_) | AppError::Internal(_)) {
            tracing::error!(error = ?anyhow_chain(self), "request failed");
        }
        let message = match self {
            AppError::Invalid(m) | AppError::Conflict(m) => m.clone(),
            AppError::TooMany { message, .. } => message.clone(),
            AppError::Field { message, .. } => message.clone(),
            _ => String::new(),
        };
        let mut builder = HttpResponse::build(self.status_code());
        if let AppError::TooMany { retry_after, .. } = self {
            builder.insert_header((header::RETRY_AFTER, (*retry_after).max(1).to_string()));
        }
        let mut response = builder.finish();
        response.extensions_mut().insert(ErrorPage { message });
        response
    }
}

/// The error and its causes on one line, for the log.
fn anyhow_chain(error: &AppError) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
