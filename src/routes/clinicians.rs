//! Clinician verification: members apply, admins decide and revoke.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::{CurrentUser, Role};
use crate::error::AppResult;
use crate::models::clinician;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, field_failure, FieldErrors};
use crate::services::clinicians::{self, ApplicationInput, PROFESSIONS};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/clinicians/apply", web::get().to(apply_form))
        .route("/clinicians/apply", web::post().to(apply))
        .route("/admin/clinicians", web::get().to(admin_list))
        .route("/admin/clinicians/{id}/approve", web::post().to(approve))
        .route("/admin/clinicians/{id}/reject", web::post().to(reject))
        .route(
            "/admin/clinicians/users/{user_id}/revoke",
            web::post().to(revoke),
        );
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ApplyForm {
    #[serde(default)]
    pub profession: String,
    #[serde(default)]
    #[validate(length(
        min = 2,
        max = 100,
        message = "Name your specialty (2 to 100 characters), or \"General practice\"."
    ))]
    pub specialty: String,
    #[serde(default)]
    #[validate(length(
        min = 3,
        max = 40,
        message = "Enter your licence or registration number."
    ))]
    pub licence_number: String,
    #[serde(default)]
    #[validate(length(min = 2, max = 100, message = "Name the body or state that issued it."))]
    pub jurisdiction: String,
    #[serde(default)]
    pub npi: String,
    #[serde(default)]
    #[validate(length(max = 2000, message = "Keep the note under 2,000 characters."))]
    pub note: String,
}

/// Where the member's verification stands, for the application page.
#[derive(Serialize)]
struct Standing {
    is_clinician: bool,
    waiting_since: Option<i64>,
    last_rejection: Option<String>,
}

async fn apply_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    form: &ApplyForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    let user_id = user.id;
    let latest = state
        .db(move |conn| Ok(clinician::latest_of(conn, user_id)?))
        .await?;
    let status = |s: &str| latest.as_ref().is_some_and(|a| a.status == s);
    let standing = Standing {
        is_clinician: user.role == Role::Clinician,
        waiting_since: latest
            .as_ref()
            .filter(|_| status("pending"))
            .map(|a| a.created_at),
        last_rejection: latest
            .as_ref()
            .filter(|_| status("rejected"))
            .and_then(|a| a.decision_reason.clone()),
    };
    Page::new("clinicians/apply.html")
        .with("standing", &standing)
        .with("professions", &PROFESSIONS)
        .form(form, errors)
        .render(state, req, Some(user))
}

async fn apply_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    apply_page(
        &state,
        &req,
        &user,
        &ApplyForm::default(),
        &FieldErrors::new(),
    )
    .await
}

async fn apply(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<ApplyForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    if let Err(errors) = check(&form) {
        return apply_page(&state, &req, &user, &form, &errors).await;
    }
    let input = ApplicationInput {
        profession: form.profession.clone(),
        specialty: form.specialty.clone(),
        licence_number: form.licence_number.clone(),
        jurisdiction: form.jurisdiction.clone(),
        npi: form.npi.clone(),
        note: form.note.clone(),
    };
    let actor = user.clone();
    let result = state
        .db(move |conn| clinicians::apply(conn, &actor, &input))
        .await;
    match field_failure(result)? {
        Ok(()) => Ok(render::redirect_with("/clinicians/apply", Flash::Applied)),
        Err(errors) => apply_page(&state, &req, &user, &form, &errors).await,
    }
}

/// What an admin typed into a decision that failed validation, shown again at its card.
#[derive(Serialize)]
struct Attempt {
    /// "a{application id}" or "u{user id}": which card the form was on.
    card: String,
    reason: String,
    errors: FieldErrors,
}

async fn admin_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    attempt: Option<Attempt>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (pending, approved) = state
        .db(|conn| {
            Ok((
                clinician::with_status(conn, "pending")?,
                clinician::with_status(conn, "approved")?,
            ))
        })
        .await?;
    let errors = attempt
        .as_ref()
        .map(|a| a.errors.clone())
        .unwrap_or_default();
    Page::new("clinicians/admin.html")
        .with("pending", &pending)
        .with("approved", &approved)
        .with("attempt", &attempt)
        .form(&(), &errors)
        .render(state, req, Some(user))
}

async fn admin_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    admin_page(&state, &req, &user, None).await
}

async fn approve(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    state
        .db(move |conn| clinicians::approve(conn, &user, id))
        .await?;
    Ok(render::redirect_with("/admin/clinicians", Flash::Decided))
}

#[derive(Deserialize, Validate)]
pub struct ReasonForm {
    #[serde(default)]
    #[validate(custom(function = "forms::reason_text"))]
    reason: String,
    /// The reason reaches the applicant: identifiers in it need confirming.
    #[serde(default)]
    confirm_identifiers: Option<String>,
}

impl ReasonForm {
    fn checked(&self, threshold: f32) -> Result<(), FieldErrors> {
        let confirmed = self.confirm_identifiers.is_some();
        check(self).and_then(|()| forms::confirm_identifiers(&[&self.reason], confirmed, threshold))
    }
}

async fn reject(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReasonForm>,
) -> AppResult<HttpResponse> {
    let (id, form) = (id.into_inner(), form.into_inner());
    if let Err(errors) = form.checked(state.rules().privacy_threshold) {
        let attempt = Attempt {
            card: format!("a{id}"),
            reason: form.reason,
            errors,
        };
        return admin_page(&state, &req, &user, Some(attempt)).await;
    }
    let reason = form.reason.trim().to_string();
    state
        .db(move |conn| clinicians::reject(conn, &user, id, &reason))
        .await?;
    Ok(render::redirect_with("/admin/clinicians", Flash::Decided))
}

async fn revoke(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReasonForm>,
) -> AppResult<HttpResponse> {
    let (user_id, form) = (id.into_inner(), form.into_inner());
    if let Err(errors) = form.checked(state.rules().privacy_threshold) {
        let attempt = Attempt {
            card: format!("u{user_id}"),
            reason: form.reason,
            errors,
        };
        return admin_page(&state, &req, &user, Some(attempt)).await;
    }
    let reason = form.reason.trim().to_string();
    state
        .db(move |conn| clinicians::revoke(conn, &user, user_id, &reason))
        .await?;
    Ok(render::redirect_with("/admin/clinicians", Flash::Decided))
}
