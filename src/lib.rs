//! CareCircle: a moderated patient-community forum.

pub mod auth;
pub mod calendar;
pub mod cli;
pub mod config;
pub mod crisis;
pub mod db;
pub mod error;
pub mod fragments;
pub mod jsonl;
pub mod mail;
pub mod markdown;
pub mod middleware;
pub mod models;
pub mod page_cache;
pub mod pattern;
pub mod policy;
pub mod privacy;
pub mod render;
pub mod routes;
pub mod schema;
pub mod seed;
pub mod services;
pub mod startup;
pub mod state;
pub mod support;
pub mod views;
