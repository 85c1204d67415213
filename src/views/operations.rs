//! Pages for the people who run the site: the outbox.

use serde::Serialize;

use crate::models::outbox::{Message, FAILED, PENDING};

/// A message that is late or failed, as the admins' outbox page lists it.
#[derive(Serialize, Debug)]
pub struct OutboxRow {
    pub id: i64,
    pub template: String,
    pub to_address: String,
    pub status: String,
    pub attempts: i32,
    /// When the next attempt is due, for a message still waiting.
    pub next_attempt_at: Option<i64>,
    pub last_error: Option<String>,
    pub retryable: bool,
}

impl From<Message> for OutboxRow {
    fn from(m: Message) -> OutboxRow {
        OutboxRow {
            next_attempt_at: (m.status == PENDING).then_some(m.next_attempt_at),
            retryable: m.status == FAILED,
            id: m.id,
            template: m.template,
            to_address: m.to_address,
            status: m.status,
            attempts: m.attempts,
            last_error: m.last_error,
        }
    }
}
