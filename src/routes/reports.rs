//! Members report posts to the moderators.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::models::report;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, field_failure, FieldErrors};
use crate::services::reports::{self, Reported};
use crate::state::AppState;
use crate::views::thread_page::position_of;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/p/{id}/report", web::get().to(report_form))
        .route("/p/{id}/report", web::post().to(report));
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ReportForm {
    #[serde(default)]
    #[validate(length(min = 1, message = "Choose a reason."))]
    pub reason: String,
    #[serde(default)]
    #[validate(length(max = 1000, message = "Keep the note under 1,000 characters."))]
    pub note: String,
    /// Moderators read the note: identifiers in it need confirming.
    #[serde(default, skip_serializing)]
    pub confirm_identifiers: Option<String>,
}

/// The report form, for a post the viewer may see (any other id is unknown).
async fn report_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    post_id: i64,
    form: &ReportForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    let viewer = Viewer::of(Some(user.clone()));
    state
        .db(move |conn| position_of(conn, &viewer, post_id))
        .await?;
    Page::new("mod/report.html")
        .with("post_id", &post_id)
        .with("reasons", &report::REASONS)
        .form(form, errors)
        .render(state, req, Some(user))
}

async fn report_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let form = ReportForm::default();
    report_page(
        &state,
        &req,
        &user,
        id.into_inner(),
        &form,
        &FieldErrors::new(),
    )
    .await
}

async fn report(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReportForm>,
) -> AppResult<HttpResponse> {
    let (post_id, form) = (id.into_inner(), form.into_inner());
    let threshold = state.rules().privacy_threshold;
    let confirmed = form.confirm_identifiers.is_some();
    let checked =
        check(&form).and_then(|()| forms::confirm_identifiers(&[&form.note], confirmed, threshold));
    if let Err(errors) = checked {
        return report_page(&state, &req, &user, post_id, &form, &errors).await;
    }
    let (actor, rules, reason, note) = (
        user.clone(),
        state.rules(),
        form.reason.clone(),
        form.note.clone(),
    );
    let result = state
        .db(move |conn| reports::report(conn, &actor, &rules, post_id, &reason, &note))
        .await;
    match field_failure(result)? {
        Ok(Reported::Queued) => Ok(render::redirect_with(
            &format!("/p/{post_id}"),
            Flash::Reported,
        )),
        Ok(Reported::HiddenReply { thread_id }) => Ok(render::redirect_with(
            &format!("/t/{thread_id}"),
            Flash::ReportedHidden,
        )),
        Ok(Reported::HiddenDiscussion { community_slug }) => Ok(render::redirect_with(
            &format!("/c/{community_slug}"),
            Flash::ReportedHidden,
        )),
        Err(errors) => report_page(&state, &req, &user, post_id, &form, &errors).await,
    }
}
