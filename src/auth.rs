//! Passwords, sessions and the current-user extractors.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Condvar, LazyLock, Mutex, PoisonError};

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::{dev::Payload, web, FromRequest, HttpMessage, HttpRequest};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};
use crate::models::post::Viewer;
pub use crate::models::user::Role;
use crate::models::{session, user::User};
use crate::startup::AppState;

pub const SESSION_COOKIE: &str = "cc_session";
/// How long a login lasts without logging in again.
pub const SESSION_DAYS: i64 = 30;

/// argon2id with m = 19456 KiB, t = 2, p = 1 (the OWASP baseline).
fn argon2() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Each hash takes 19 MiB and a core for tens of milliseconds; more hashes at once than cores
/// only add memory (a burst of 16 logins peaked at 334 MB), so they take turns.
static HASHING_SLOTS: LazyLock<Slots> =
    LazyLock::new(|| Slots::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    fn new(count: usize) -> Slots {
        Slots {
            free: Mutex::new(count),
            freed: Condvar::new(),
        }
    }

    fn run<T>(&self, work: impl FnOnce() -> T) -> T {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        while *free == 0 {
            free = self
                .freed
                .wait(free)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *free -= 1;
        drop(free);
        let result = work();
        *self.free.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.freed.notify_one();
        result
    }
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    HASHING_SLOTS.run(|| hash_password_now(password))
}

fn hash_password_now(password: &str) -> anyhow::Result<String> {
    let salt =
        SaltString::encode_b64(&random_bytes::<16>()).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let hash = argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    Ok(hash.to_string())
}

pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    HASHING_SLOTS.run(|| verify_password_now(password, stored_hash))
}

fn verify_password_now(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Checked against when no account matches, so a wrong email takes as long as a wrong password.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("no such account").unwrap_or_default());

pub fn burn_password_check(password: &str) {
    let _ = verify_password(password, &DUMMY_HASH);
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS random source failing is unrecoverable; nothing safe can be issued without it.
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("OS random source failed: {e}"));
    bytes
}

/// A fresh opaque token (256 bits, hex) for sessions and CSRF.
pub fn new_token() -> String {
    hex(&random_bytes::<32>())
}

/// Only this hash of a session token is stored, so a copy of the database opens no session.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

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

/// The logged-in person behind a request.
#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    pub id: i64,
    pub handle: String,
    pub role: Role,
}

impl CurrentUser {
    /// One line in a handler: `user.require(Role::Moderator)?`.
    pub fn require(&self, role: Role) -> AppResult<()> {
        if self.role.includes(role) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn viewer(&self) -> Viewer {
        Viewer {
            user_id: Some(self.id),
            role: self.role,
        }
    }
}

impl From<&User> for CurrentUser {
    fn from(user: &User) -> Self {
        CurrentUser {
            id: user.id,
            handle: user.handle.clone(),
            role: user.role(),
        }
    }
}

/// The current user if there is one; never fails for a visitor.
#[derive(Clone, Debug)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl MaybeUser {
    pub fn viewer(&self) -> Viewer {
        self.0
            .as_ref()
            .map_or_else(Viewer::anonymous, CurrentUser::viewer)
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
    let user = match req.cookie(SESSION_COOKIE) {
        None => None,
        Some(cookie) => {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| anyhow::anyhow!("application state missing"))?
                .clone();
            let hash = token_hash(cookie.value());
            state
                .db(move |conn| Ok(session::active_user(conn, &hash, crate::db::now())?))
                .await?
                .map(|u| CurrentUser::from(&u))
        }
    };
    req.extensions_mut().insert(MaybeUser(user.clone()));
    Ok(user)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_more_password_hashes_run_at_once_than_there_are_slots() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let slots = Slots::new(2);
        let (running, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        std::thread::scope(|scope| {
            for _ in 0..8 {
                scope.spawn(|| {
                    slots.run(|| {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        running.fetch_sub(1, Ordering::SeqCst);
                    })
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse battery!", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }
}
