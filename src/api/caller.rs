//! Who calls the API: a personal access token (`Authorization: Bearer`), or else the site's
//! own session cookie (whose writes carry the CSRF header, checked by the middleware).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};

use crate::api::problem::{ApiError, ApiResult};
use crate::auth::web::MaybeUser;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::tokens;
use crate::state::AppState;
use crate::views::Viewer;

#[derive(Clone, Debug)]
pub struct ApiCaller {
    user: Option<CurrentUser>,
    can_write: bool,
}

impl ApiCaller {
    /// Reads see what this person sees on the pages.
    pub fn viewer(&self) -> Viewer {
        Viewer::of(self.user.clone())
    }

    pub fn user(&self) -> Option<&CurrentUser> {
        self.user.as_ref()
    }

    /// The member a write acts as: 401 without one, 403 for a read-only token.
    pub fn writer(&self) -> ApiResult<&CurrentUser> {
        match (&self.user, self.can_write) {
            (None, _) => Err(ApiError::Unauthorized(
                "Writing needs a read-and-write personal access token.",
            )),
            (Some(_), false) => Err(AppError::Forbidden.into()),
            (Some(user), true) => Ok(user),
        }
    }
}

/// The token of an `Authorization: Bearer` header; `Some(None)` for any other Authorization.
pub fn bearer(req: &HttpRequest) -> Option<Option<String>> {
    let value = req.headers().get(header::AUTHORIZATION)?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    Some(token)
}

async fn identify(req: HttpRequest) -> ApiResult<ApiCaller> {
    let secret = match bearer(&req) {
        None => {
            let user = MaybeUser::extract(&req).await?;
            return Ok(ApiCaller {
                user: user.0,
                can_write: true,
            });
        }
        Some(None) => {
            return Err(ApiError::Unauthorized(
                "Authorization must be: Bearer <personal access token>.",
            ))
        }
        Some(Some(secret)) => secret,
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?
        .clone();
    let found = state
        .db(move |conn| tokens::authenticate(conn, &secret))
        .await?;
    match found {
        Some((user, can_write)) => Ok(ApiCaller {
            user: Some(user),
            can_write,
        }),
        None => Err(ApiError::Unauthorized(
            "This token does not work: it is unknown, revoked or expired, or its account is suspended.",
        )),
    }
}

impl FromRequest for ApiCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = ApiResult<Self>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(identify(req.clone()))
    }
}
