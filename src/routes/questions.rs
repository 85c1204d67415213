//! Questions for clinicians (`/questions`), the asker's "answered" mark, and the staff's
//! response figures (`/mod/responsiveness`).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::auth::{CurrentUser, Role};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::models::user;
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::services::questions;
use crate::state::AppState;
use crate::views::questions::{QuestionsPage, Waiting};
use crate::views::responsiveness::StaffReport;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/questions", web::get().to(list))
        .route("/t/{id}/answered", web::post().to(mark_answered))
        .route("/mod/responsiveness", web::get().to(staff_report));
}

#[derive(Deserialize)]
pub struct QuestionsQuery {
    #[serde(default)]
    waiting: Option<String>,
    #[serde(default)]
    page: Option<String>,
}

impl QuestionsQuery {
    fn read(&self) -> AppResult<(Waiting, usize)> {
        let waiting = match self.waiting.as_deref().filter(|w| !w.is_empty()) {
            None => Waiting::Open,
            Some(text) => Waiting::parse(text).ok_or_else(|| {
                AppError::Invalid("Show open questions, those with no reply yet, or those with no clinician reply yet.".into())
            })?,
        };
        let page = match self.page.as_deref().filter(|p| !p.is_empty()) {
            None => 1,
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=1_000).contains(n))
                .ok_or_else(|| AppError::Invalid("That page number is out of range.".into()))?,
        };
        Ok((waiting, page))
    }
}

/// Open questions for a verified clinician, oldest first, against the response target.
async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    query: web::Query<QuestionsQuery>,
) -> AppResult<HttpResponse> {
    if !policy::answers_questions(Some(&user)) {
        return Err(AppError::Forbidden);
    }
    let (waiting, page) = query.read()?;
    let (viewer, id) = (Viewer::of(Some(user.clone())), user.id);
    let clock = (db::now(), state.rules().question_target_hours);
    let view = state
        .db(move |conn| {
            let specialty = user::find(conn, id)?.clinician_specialty;
            let view =
                QuestionsPage::load(conn, &viewer, specialty.as_deref(), waiting, page, clock)?;
            Ok((view, specialty))
        })
        .await?;
    Page::new("questions/index.html")
        .noindex(true)
        .with("page", &view.0)
        .with("specialty", &view.1)
        .render(&state, &req, Some(&user))
}

#[derive(Deserialize)]
pub struct AnsweredForm {
    #[serde(default)]
    answered: Option<String>,
}

async fn mark_answered(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<AnsweredForm>,
) -> AppResult<HttpResponse> {
    let (thread_id, answered) = (id.into_inner(), form.answered.is_some());
    state
        .db(move |conn| questions::mark_answered(conn, &user, thread_id, answered))
        .await?;
    let flash = match answered {
        true => Flash::MarkedAnswered,
        false => Flash::Reopened,
    };
    Ok(render::redirect_with(&format!("/t/{thread_id}"), flash))
}

/// Every community's response figures week by week, and the moderation queue's waits.
async fn staff_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Moderator)?;
    let target = state.rules().question_target_hours;
    let report = state
        .db(move |conn| StaffReport::load(conn, db::now(), target))
        .await?;
    Page::new("mod/responsiveness.html")
        .noindex(true)
        .with("report", &report)
        .render(&state, &req, Some(&user))
}
