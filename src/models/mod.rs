//! One file per table: the row, its insert struct, and the queries on it.

pub mod api_token;
pub mod audit;
pub mod clinician;
pub mod community;
pub mod community_moderator;
pub mod community_silence;
pub mod counters;
pub mod crisis_item;
pub mod data_export;
pub mod email_token;
pub mod follow;
pub mod idempotency;
pub mod notice;
pub mod outbox;
pub mod post;
pub mod rate_limit;
pub mod report;
pub mod reserved_handle;
pub mod revision;
pub mod search;
pub mod session;
pub mod site_setting;
pub mod thread;
pub mod tip;
pub mod user;
pub mod user_note;
