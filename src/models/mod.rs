//! One file per table: the row, its insert struct, and the queries on it.

pub mod community;
pub mod post;
pub mod session;
pub mod thread;
pub mod user;
