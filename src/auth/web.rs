//! The web side of sign-in: session cookies and the extractors that turn them into a user.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::{dev::Payload, web, FromRequest, HttpMessage, HttpRequest};

use crate::auth::session_cache::Session;
use crate::auth::{token_hash, CurrentUser, SESSION_DAYS};
use crate::error::{AppError, AppResult};
use crate::middleware::changes_state;
use crate::models::session;
use crate::state::AppState;
use crate::views::header::HeaderCounts;
use crate::views::Viewer;

pub const SESSION_COOKIE: &str = "cc_session";

pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(CookieDuration::days(SESSION_DAYS))
        .finish()
}

pub fn expired_cookie(name: &'static str) -> Cookie<'static> {
    let mut cookie = Cookie::build(name, "").path("/").finish();
    cookie.make_removal();
    cookie
}

/// The current user if there is one; never fails for a visitor.
#[derive(Clone, Debug)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl MaybeUser {
    pub fn viewer(&self) -> Viewer {
        Viewer::of(self.0.clone())
    }

    pub fn as_ref(&self) -> Option<&CurrentUser> {
        self.0.as_ref()
    }
}

/// Looks the session up once per request and keeps the answer in the request's extensions.
async fn load_user(req: HttpRequest) -> AppResult<Option<CurrentUser>> {
    if let Some(cached) = req.extensions().get::<MaybeUser>() {
        return Ok(cached.0.clone());
    }
    let session = match req.cookie(SESSION_COOKIE) {
        None => None,
        Some(cookie) => {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| anyhow::anyhow!("application state missing"))?
                .clone();
            let hash = token_hash(cookie.value());
            session_of(&state, hash, !changes_state(req.method())).await?
        }
    };
    let user = session.map(|session| {
        req.extensions_mut().insert(session.counts);
        session.user
    });
    req.extensions_mut().insert(MaybeUser(user.clone()));
    Ok(user)
}

/// The live session behind a token hash; a read may take it from the session cache.
async fn session_of(state: &AppState, hash: String, reading: bool) -> AppResult<Option<Session>> {
    let generation = state.page_cache.generation();
    if reading {
        if let Some(session) = state.sessions.get(&hash, generation, crate::db::now()) {
            return Ok(Some(session));
        }
    }
    let key = hash.clone();
    let found = state
        .db(move |conn| {
            let Some((user, expires_at)) = session::active_session(conn, &key, crate::db::now())?
            else {
                return Ok(None);
            };
            let signed_in = CurrentUser::load(conn, &user)?;
            let counts = HeaderCounts::load(conn, &Viewer::of(Some(signed_in.clone())), &user)?;
            Ok(Some(Session {
                user: signed_in,
                counts,
                expires_at,
            }))
        })
        .await?;
    if let Some(session) = &found {
        let now = state.page_cache.generation();
        state.sessions.put(hash, session.clone(), generation, now);
    }
    Ok(found)
}

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { load_user(req).await.map(MaybeUser) })
    }
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let next = req
                .uri()
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_string();
            load_user(req)
                .await?
                .ok_or(AppError::Unauthenticated { next })
        })
    }
}
