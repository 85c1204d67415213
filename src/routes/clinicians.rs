use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::clinician;
use crate::render::{self, Flash};
use crate::routes::{check, field_failure, form_again};
use crate::services::clinicians::{self, ApplicationInput, PROFESSIONS};
use crate::startup::AppState;

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

async fn apply_context(state: &AppState, user_id: i64) -> AppResult<Context> {
    let latest = state
        .db(move |conn| Ok(clinician::latest_of(conn, user_id)?))
        .await?;
    let mut ctx = Context::new();
    ctx.insert("latest", &latest);
    ctx.insert("professions", &PROFESSIONS);
    Ok(ctx)
}

async fn apply_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let mut ctx = apply_context(&state, user.id).await?;
    ctx.insert("form", &ApplyForm::default());
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "clinicians/apply.html",
        ctx,
    )
}

async fn apply(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<ApplyForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let template = "clinicians/apply.html";
    if let Err(errors) = check(&form) {
        let ctx = apply_context(&state, user.id).await?;
        return form_again(&state, &req, Some(&user), template, &form, errors, ctx);
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
        Err(errors) => {
            let ctx = apply_context(&state, user.id).await?;
            form_again(&state, &req, Some(&user), template, &form, errors, ctx)
        }
    }
}

async fn admin_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
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
    let mut ctx = Context::new();
    ctx.insert("pending", &pending);
    ctx.insert("approved", &approved);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "clinicians/admin.html",
        ctx,
    )
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

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

fn reason_of(form: &ReasonForm) -> AppResult<String> {
    match form.reason.trim() {
        r if (3..=500).contains(&r.chars().count()) => Ok(r.to_string()),
        _ => Err(AppError::Invalid(
            "Give a reason of 3 to 500 characters.".into(),
        )),
    }
}

async fn reject(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReasonForm>,
) -> AppResult<HttpResponse> {
    let (id, reason) = (id.into_inner(), reason_of(&form)?);
    state
        .db(move |conn| clinicians::reject(conn, &user, id, &reason))
        .await?;
    Ok(render::redirect_with("/admin/clinicians", Flash::Decided))
}

async fn revoke(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReasonForm>,
) -> AppResult<HttpResponse> {
    let (user_id, reason) = (id.into_inner(), reason_of(&form)?);
    state
        .db(move |conn| clinicians::revoke(conn, &user, user_id, &reason))
        .await?;
    Ok(render::redirect_with("/admin/clinicians", Flash::Decided))
}
