//! Signed-in sessions remembered for the page-cache interval, so a member's page view does
//! not look up the session, memberships, appointments and header counts on every request.
//!
//! Revocation keeps the page cache's promise (`page_cache`): every state-changing request on
//! this server (logout, suspension, joining, a role change) moves the generation on and so
//! forgets every session at once; on other servers a change shows within `ttl`
//! (`PAGE_CACHE_SECONDS`; 0 turns this off too). Only reads use it: a state-changing request
//! always loads its user from the database, so every write is checked against the current
//! account.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::auth::CurrentUser;
use crate::views::header::HeaderCounts;

/// Sessions kept at most; past it the cache starts over.
const MAX_SESSIONS: usize = 4096;

/// A session as a request needs it.
#[derive(Clone, Debug)]
pub struct Session {
    pub user: CurrentUser,
    pub counts: HeaderCounts,
    pub expires_at: i64,
}

struct Entry {
    session: Session,
    generation: u64,
    stored_at: Instant,
}

pub struct SessionCache {
    ttl: Duration,
    by_token_hash: Mutex<HashMap<String, Entry>>,
}

impl SessionCache {
    pub fn new(ttl_seconds: u64) -> SessionCache {
        SessionCache {
            ttl: Duration::from_secs(ttl_seconds),
            by_token_hash: Mutex::new(HashMap::new()),
        }
    }

    /// The session if it was stored at this `generation`, within `ttl` and is not expired.
    pub fn get(&self, token_hash: &str, generation: u64, now: i64) -> Option<Session> {
        if self.ttl.is_zero() {
            return None;
        }
        let sessions = self.by_token_hash.lock().ok()?;
        let entry = sessions.get(token_hash)?;
        let fresh = entry.generation == generation
            && entry.stored_at.elapsed() < self.ttl
            && entry.session.expires_at > now;
        fresh.then(|| entry.session.clone())
    }

    /// Stores a session read while the generation was `read_at`, unless it has moved on since
    /// (a change during the read: the session may already be stale).
    pub fn put(&self, token_hash: String, session: Session, read_at: u64, generation_now: u64) {
        if self.ttl.is_zero() || read_at != generation_now {
            return;
        }
        let Ok(mut sessions) = self.by_token_hash.lock() else {
            return;
        };
        if sessions.len() >= MAX_SESSIONS {
            sessions.clear();
        }
        let entry = Entry {
            session,
            generation: read_at,
            stored_at: Instant::now(),
        };
        sessions.insert(token_hash, entry);
    }
}
