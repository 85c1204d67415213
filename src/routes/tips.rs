use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::Validate;

use crate::auth::{CurrentUser, MaybeUser, Role};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::models::community;
use crate::models::tip::{self, TipRow, PUBLISHED};
use crate::render::{self, Flash};
use crate::routes::{check, field_failure, form_again};
use crate::services::tips::{self, Review, TipInput};
use crate::startup::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/tips", web::get().to(index))
        .route("/tips/review", web::get().to(review_list))
        .route("/tips/{id}", web::get().to(show))
        .route("/tips/{id}/edit", web::get().to(edit_form))
        .route("/tips/{id}/edit", web::post().to(edit))
        .route("/tips/{id}/review", web::post().to(review))
        .route("/tips/{id}/pin", web::post().to(pin))
        .route("/c/{slug}/tips/new", web::get().to(new_form))
        .route("/c/{slug}/tips/new", web::post().to(submit))
        .route("/c/{slug}/tips.atom", web::get().to(feed));
}

/// A tip as pages show it, with its review state spelled out.
#[derive(Serialize)]
pub struct TipView {
    #[serde(flatten)]
    pub row: TipRow,
    pub references: Vec<String>,
    pub reviewer_handle: Option<String>,
    pub review_due: bool,
}

/// Adds reviewer handles and the "review due" flag to tip rows.
pub fn tip_views(
    conn: &mut db::DbConnection,
    rows: Vec<TipRow>,
    due_before: i64,
) -> AppResult<Vec<TipView>> {
    let reviewer_ids: Vec<i64> = rows.iter().filter_map(|r| r.tip.reviewer_id).collect();
    let handles = tip::handles(conn, &reviewer_ids)?;
    Ok(rows
        .into_iter()
        .map(|row| TipView {
            references: row.tip.reference_list.lines().map(str::to_string).collect(),
            reviewer_handle: row.tip.reviewer_id.and_then(|id| handles.get(&id).cloned()),
            review_due: row.tip.status == PUBLISHED
                && row.tip.last_reviewed_at.is_some_and(|at| at < due_before),
            row,
        })
        .collect())
}

fn due_before(state: &AppState) -> i64 {
    tips::review_due_before(db::now(), &state.config.rules)
}

async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    let due = due_before(&state);
    let list = state
        .db(move |conn| {
            let rows = tip::published(conn, None, 200)?;
            tip_views(conn, rows, due)
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("tips", &list);
    render::page(&state, &req, &user, "tips/index.html", ctx)
}

/// For clinicians and moderators: tips awaiting review, and published tips due for a new one.
async fn review_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    if user.role != Role::Clinician && !user.role.includes(Role::Moderator) {
        return Err(AppError::Forbidden);
    }
    let (viewer, due) = (user.viewer(), due_before(&state));
    let list = state
        .db(move |conn| {
            let rows = tip::review_list(conn, &viewer, due)?;
            tip_views(conn, rows, due)
        })
        .await?;
    let mut ctx = Context::new();
    ctx.insert("tips", &list);
    render::page(
        &state,
        &req,
        &MaybeUser(Some(user)),
        "tips/review.html",
        ctx,
    )
}

async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (id, viewer, due) = (id.into_inner(), user.viewer(), due_before(&state));
    let mut views = state
        .db(move |conn| {
            let row = tip::find_visible(conn, id, &viewer)?;
            tip_views(conn, vec![row], due)
        })
        .await?;
    let view = views.pop().ok_or(AppError::NotFound)?;
    let can_review = user.as_ref().is_some_and(|u| {
        u.id != view.row.tip.author_id
            && (u.role == Role::Clinician || u.role.includes(Role::Moderator))
    });
    let mut ctx = Context::new();
    ctx.insert("tip", &view);
    ctx.insert("can_review", &can_review);
    render::page(&state, &req, &user, "tips/show.html", ctx)
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct TipForm {
    #[serde(default)]
    #[validate(length(min = 5, max = 150, message = "A title has 5 to 150 characters."))]
    pub title: String,
    #[serde(default)]
    #[validate(length(min = 20, max = 20000, message = "Write 20 to 20,000 characters."))]
    pub body: String,
    #[serde(default)]
    pub references: String,
}

impl TipForm {
    fn input(&self) -> TipInput {
        TipInput {
            title: self.title.clone(),
            body: self.body.clone(),
            references: self.references.clone(),
        }
    }
}

/// Only verified clinicians see the form; everyone else gets 403.
async fn new_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    if user.role != Role::Clinician {
        return Err(AppError::Forbidden);
    }
    let found = state
        .db(move |conn| Ok(community::find_by_slug(conn, &slug)?))
        .await?;
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    ctx.insert("form", &TipForm::default());
    render::page(&state, &req, &MaybeUser(Some(user)), "tips/new.html", ctx)
}

async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<TipForm>,
) -> AppResult<HttpResponse> {
    if user.role != Role::Clinician {
        return Err(AppError::Forbidden);
    }
    let (slug, form) = (slug.into_inner(), form.into_inner());
    let page_slug = slug.clone();
    let found = state
        .db(move |conn| Ok(community::find_by_slug(conn, &page_slug)?))
        .await?;
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            Some(&user),
            "tips/new.html",
            &form,
            errors,
            ctx,
        );
    }
    let (actor, rules, input) = (user.clone(), state.config.rules, form.input());
    let result = state
        .db(move |conn| tips::submit(conn, &actor, &rules, &slug, &input))
        .await;
    match field_failure(result)? {
        Ok(created) => Ok(render::redirect_with(
            &format!("/tips/{}", created.id),
            Flash::TipSubmitted,
        )),
        Err(errors) => form_again(
            &state,
            &req,
            Some(&user),
            "tips/new.html",
            &form,
            errors,
            ctx,
        ),
    }
}

async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let existing = state.db(move |conn| Ok(tip::find(conn, id)?)).await?;
    if existing.author_id != user.id || user.role != Role::Clinician {
        return Err(AppError::Forbidden);
    }
    let form = TipForm {
        title: existing.title.clone(),
        body: existing.body_md.clone(),
        references: existing.reference_list.clone(),
    };
    let mut ctx = Context::new();
    ctx.insert("tip", &existing);
    ctx.insert("form", &form);
    render::page(&state, &req, &MaybeUser(Some(user)), "tips/edit.html", ctx)
}

async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<TipForm>,
) -> AppResult<HttpResponse> {
    let (id, form) = (id.into_inner(), form.into_inner());
    let existing = state.db(move |conn| Ok(tip::find(conn, id)?)).await?;
    let mut ctx = Context::new();
    ctx.insert("tip", &existing);
    if let Err(errors) = check(&form) {
        return form_again(
            &state,
            &req,
            Some(&user),
            "tips/edit.html",
            &form,
            errors,
            ctx,
        );
    }
    let (actor, rules, input) = (user.clone(), state.config.rules, form.input());
    let result = state
        .db(move |conn| tips::edit(conn, &actor, &rules, id, &input))
        .await;
    match field_failure(result)? {
        Ok(()) => Ok(render::redirect_with(
            &format!("/tips/{id}"),
            Flash::TipSubmitted,
        )),
        Err(errors) => form_again(
            &state,
            &req,
            Some(&user),
            "tips/edit.html",
            &form,
            errors,
            ctx,
        ),
    }
}

#[derive(Deserialize)]
pub struct ReviewForm {
    decision: String,
    #[serde(default)]
    comment: String,
}

async fn review(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReviewForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let comment = form.comment.trim().to_string();
    let needs_comment = || match comment.chars().count() {
        3..=2000 => Ok(comment.clone()),
        _ => Err(AppError::Invalid(
            "Tell the author what to change (3 to 2,000 characters).".into(),
        )),
    };
    let decision = match form.decision.as_str() {
        "approve" => Review::Approve,
        "send_back" => Review::SendBack {
            comment: needs_comment()?,
        },
        "reject" => Review::Reject {
            comment: needs_comment()?,
        },
        _ => return Err(AppError::Invalid("Unknown decision.".into())),
    };
    state
        .db(move |conn| tips::review(conn, &user, id, &decision))
        .await?;
    Ok(render::redirect_with(
        &format!("/tips/{id}"),
        Flash::Decided,
    ))
}

#[derive(Deserialize)]
pub struct PinForm {
    #[serde(default)]
    pinned: Option<String>,
}

async fn pin(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<PinForm>,
) -> AppResult<HttpResponse> {
    let (id, pinned) = (id.into_inner(), form.pinned.is_some());
    state
        .db(move |conn| tips::set_pinned(conn, &user, id, pinned))
        .await?;
    Ok(render::redirect_with(&format!("/tips/{id}"), Flash::Saved))
}

/// An Atom feed of a community's published tips; every entry carries the tip banner.
async fn feed(state: web::Data<AppState>, slug: web::Path<String>) -> AppResult<HttpResponse> {
    let due = due_before(&state);
    let (found, list) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            let rows = tip::published(conn, Some(found.id), 50)?;
            Ok((found, tip_views(conn, rows, due)?))
        })
        .await?;
    let updated = list
        .iter()
        .filter_map(|t| t.row.tip.last_reviewed_at)
        .max()
        .unwrap_or(found.created_at);
    let mut ctx = Context::new();
    ctx.insert("community", &found);
    ctx.insert("tips", &list);
    ctx.insert("updated", &updated);
    ctx.insert("base_url", &state.config.base_url);
    ctx.insert("tip_banner", &state.config.tip_banner_text);
    let xml = state
        .tera
        .render("tips/feed.xml", &ctx)
        .map_err(anyhow::Error::new)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .body(xml))
}
