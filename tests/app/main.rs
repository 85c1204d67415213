//! Integration tests: the real app, in process, on a fresh database per test
//! (SQLite by default; PostgreSQL when TEST_DATABASE_URL is set).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod api;
mod audience;
mod backups;
mod banner;
mod builders;
mod caching;
mod clinicians;
mod communities;
mod community_moderators;
mod concurrency;
mod crisis;
mod data_rights;
mod discussions;
mod drafting;
mod email;
mod errors;
mod helpers;
mod identifier_warnings;
mod leak_scene;
mod limits;
mod members_pages;
mod metrics;
mod moderation;
mod platform;
mod questions;
mod routes;
mod sanctions;
mod search;
mod smtp;
mod stewardship;
mod trust;
mod truth_table;
mod visibility;
