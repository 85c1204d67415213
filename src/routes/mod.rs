//! Thin handlers and their forms, one file per resource; `configure` is the one route table.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod assets;
pub mod clinicians;
pub mod communities;
pub mod email_links;
pub mod health;
pub mod home;
pub mod members;
pub mod moderation;
pub mod threads;
pub mod tips;
pub mod users;

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::{Validate, ValidationErrors};

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::render;
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    health::configure(cfg);
    assets::configure(cfg);
    home::configure(cfg);
    accounts::configure(cfg);
    communities::configure(cfg);
    threads::configure(cfg);
    users::configure(cfg);
    admin::configure(cfg);
    moderation::configure(cfg);
    api::configure(cfg);
    members::configure(cfg);
    clinicians::configure(cfg);
    tips::configure(cfg);
    email_links::configure(cfg);
}

/// Messages per form field, as templates show them beside the field.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

pub fn field_errors(errors: &ValidationErrors) -> FieldErrors {
    errors
        .field_errors()
        .into_iter()
        .map(|(field, list)| {
            let messages = list
                .iter()
                .map(|e| {
                    e.message
                        .as_ref()
                        .map_or_else(|| format!("Invalid value ({})", e.code), |m| m.to_string())
                })
                .collect();
            (field.to_string(), messages)
        })
        .collect()
}

/// Validates a form; `Err` carries the field errors to show.
pub fn check(form: &impl Validate) -> Result<(), FieldErrors> {
    form.validate().map_err(|e| field_errors(&e))
}

/// Splits a service's field-rule failure off from real errors, so the form can be shown again.
pub fn field_failure<T>(result: AppResult<T>) -> AppResult<Result<T, FieldErrors>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(AppError::Field { field, message }) => {
            Ok(Err(FieldErrors::from([(field.to_string(), vec![message])])))
        }
        Err(other) => Err(other),
    }
}

/// Shows a form again with what the user typed: 422 with what is wrong with it,
/// or 200 for a preview without errors.
pub fn form_again(
    state: &AppState,
    req: &HttpRequest,
    user: Option<&CurrentUser>,
    template: &str,
    form: &impl Serialize,
    errors: FieldErrors,
    mut ctx: Context,
) -> AppResult<HttpResponse> {
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ctx.insert("form", form);
    ctx.insert("errors", &errors);
    render::page_with_status(state, req, user, status, template, ctx)
}

/// `?page=N`, 1-based; out-of-range values are a clear 400, not a panic.
#[derive(Deserialize, Validate, Default)]
pub struct PageQuery {
    #[validate(range(min = 1, max = 100_000))]
    pub page: Option<i64>,
}

impl PageQuery {
    pub fn number(&self) -> AppResult<i64> {
        self.validate()
            .map_err(|_| AppError::Invalid("That page number is out of range.".into()))?;
        Ok(self.page.unwrap_or(1))
    }
}

/// Page links for templates: current page, and whether there are pages before and after.
#[derive(Serialize)]
pub struct Pager {
    pub page: i64,
    pub has_prev: bool,
    pub has_next: bool,
}
