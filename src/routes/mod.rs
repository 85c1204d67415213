//! Thin handlers and their forms, one file per resource; `configure` is the one route table.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod api_reads;
pub mod api_writes;
pub mod assets;
pub mod audit;
pub mod clinicians;
pub mod communities;
pub mod community_moderators;
pub mod data_rights;
pub mod email_links;
pub mod forms;
pub mod health;
pub mod home;
pub mod members;
pub mod metrics;
pub mod moderation;
pub mod questions;
pub mod reports;
pub mod search;
pub mod settings;
pub mod threads;
pub mod tips;
pub mod tokens;
pub mod users;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    health::configure(cfg);
    metrics::configure(cfg);
    assets::configure(cfg);
    home::configure(cfg);
    accounts::configure(cfg);
    communities::configure(cfg);
    community_moderators::configure(cfg);
    threads::configure(cfg);
    users::configure(cfg);
    admin::configure(cfg);
    audit::configure(cfg);
    moderation::configure(cfg);
    questions::configure(cfg);
    reports::configure(cfg);
    search::configure(cfg);
    settings::configure(cfg);
    api::configure(cfg);
    members::configure(cfg);
    data_rights::configure(cfg);
    clinicians::configure(cfg);
    tips::configure(cfg);
    tokens::configure(cfg);
    email_links::configure(cfg);
}
