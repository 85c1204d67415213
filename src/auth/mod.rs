//! Who acts: passwords, tokens, the signed-in account and its role. No web types here;
//! `auth::web` turns cookies into a `CurrentUser`.

pub mod session_cache;
pub mod web;

use std::sync::{Condvar, LazyLock, Mutex, PoisonError};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};
pub use crate::models::user::Role;
use crate::models::user::User;

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

/// The CSRF token of a signed-in visitor: derived from the session's secret, so it changes
/// with every login and nobody who lacks the session cookie can compute it.
pub fn csrf_token_for_session(session_token: &str) -> String {
    hex(&Sha256::digest(
        format!("carecircle-csrf:{session_token}").as_bytes(),
    ))
}

/// The signed-in person behind a request, with the account state the policy decides on.
#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    pub id: i64,
    pub handle: String,
    pub role: Role,
    pub email_confirmed: bool,
    /// Read-only until then (a moderator's silence).
    pub silenced_until: Option<i64>,
    /// Whose crisis lines the member sees; None: the site's default.
    pub country: Option<String>,
    /// The communities the member belongs to, sorted: members-only discussions there are theirs to read.
    pub communities: Vec<i64>,
    /// For a verified clinician, the communities that let clinicians read their members-only
    /// discussions without joining (to answer questions), sorted; empty for everyone else.
    pub clinician_reading: Vec<i64>,
    /// The communities they moderate without being a site moderator, sorted.
    pub moderates: Vec<i64>,
    /// Of those, the ones whose moderators they lead (and may appoint).
    pub leads: Vec<i64>,
}

impl CurrentUser {
    /// One line in a handler or service: `user.require(Role::Moderator)?`.
    pub fn require(&self, role: Role) -> AppResult<()> {
        if self.role.includes(role) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn is_staff(&self) -> bool {
        self.role.includes(Role::Moderator)
    }

    pub fn is_member_of(&self, community_id: i64) -> bool {
        self.communities.binary_search(&community_id).is_ok()
    }

    /// Staff of this community: a site moderator or admin, or one of its moderators.
    pub fn moderates(&self, community_id: i64) -> bool {
        self.is_staff() || self.moderates.binary_search(&community_id).is_ok()
    }

    /// Members-only discussions of the community are theirs to read: a member, a clinician
    /// the community lets in, or one of its moderators.
    pub fn reads_members_only_of(&self, community_id: i64) -> bool {
        self.is_member_of(community_id)
            || self.clinician_reading.binary_search(&community_id).is_ok()
            || self.moderates(community_id)
    }

    /// Every community whose members-only discussions they may read (site staff read all).
    pub fn members_only_readable(&self) -> Vec<i64> {
        let mut all = [
            self.communities.as_slice(),
            &self.clinician_reading,
            &self.moderates,
        ]
        .concat();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The account as it is signed in: its communities, and for a verified clinician the
    /// communities open to clinicians.
    pub fn load(conn: &mut crate::db::DbConnection, user: &User) -> AppResult<Self> {
        use crate::models::community;
        let mut signed_in = CurrentUser::new(user, community::memberships_of(conn, user.id)?);
        if signed_in.role == Role::Clinician {
            signed_in.clinician_reading = community::open_to_clinicians(conn)?;
            signed_in.clinician_reading.sort_unstable();
        }
        let mut appointed = crate::models::community_moderator::of_user(conn, user.id)?;
        appointed.sort_unstable();
        signed_in.moderates = appointed.iter().map(|(c, _)| *c).collect();
        signed_in.leads = appointed
            .iter()
            .filter(|(_, lead)| *lead)
            .map(|(c, _)| *c)
            .collect();
        Ok(signed_in)
    }

    /// The account with the communities it belongs to (`models::community::memberships_of`).
    pub fn new(user: &User, mut communities: Vec<i64>) -> Self {
        communities.sort_unstable();
        CurrentUser {
            id: user.id,
            handle: user.handle.clone(),
            role: user.role(),
            email_confirmed: user.email_verified_at.is_some(),
            silenced_until: user.silenced_until,
            country: user.country.clone(),
            communities,
            clinician_reading: Vec::new(),
            moderates: Vec::new(),
            leads: Vec::new(),
        }
    }
}

/// Who performs a staff action: a signed-in staff member, or an operator at the command line
/// (who has no account; the audit log records "command line").
#[derive(Clone, Copy, Debug)]
pub enum Acting<'a> {
    Staff(&'a CurrentUser),
    CommandLine,
}

impl Acting<'_> {
    /// The account to record in the audit log; none for the command line.
    pub fn actor_id(&self) -> Option<i64> {
        match self {
            Acting::Staff(user) => Some(user.id),
            Acting::CommandLine => None,
        }
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
