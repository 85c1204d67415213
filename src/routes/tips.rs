//! Health tips: lists, a tip's page with its review form, writing and editing, and the feed.

use std::borrow::Cow;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use tera::Context;
use validator::{Validate, ValidationError};

use crate::auth::web::MaybeUser;
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::models::community;
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, field_failure, FieldErrors};
use crate::services::tips::{self, Review, TipInput};
use crate::state::AppState;
use crate::views::listing::CommunityHead;
use crate::views::tips::{self as tip_views, TipEditForm, TipPage};
use crate::views::Viewer;

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

fn due_before(state: &AppState) -> i64 {
    tips::review_due_before(db::now(), &state.rules())
}

async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    let due = due_before(&state);
    let list = state
        .db(move |conn| tip_views::published(conn, None, 200, due))
        .await?;
    Page::new("tips/index.html")
        .with("tips", &list)
        .render(&state, &req, user.as_ref())
}

/// For clinicians and moderators: tips awaiting review, and published tips due for a new one.
async fn review_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    if !policy::navigation(Some(&user)).tip_review {
        return Err(AppError::Forbidden);
    }
    let (viewer, due) = (Viewer::of(Some(user.clone())), due_before(&state));
    let list = state
        .db(move |conn| tip_views::review_list(conn, &viewer, due))
        .await?;
    Page::new("tips/review.html")
        .with("tips", &list)
        .render(&state, &req, Some(&user))
}

/// A tip's page; shown again with the review form as typed when a review fails validation.
async fn tip_page(
    state: &AppState,
    req: &HttpRequest,
    user: MaybeUser,
    id: i64,
    review: Option<(&ReviewForm, FieldErrors)>,
) -> AppResult<HttpResponse> {
    let (viewer, due) = (user.viewer(), due_before(state));
    let view = state
        .db(move |conn| TipPage::load(conn, &viewer, id, due))
        .await?;
    let blank = ReviewForm::EMPTY;
    let (form, errors) = review.unwrap_or((&blank, FieldErrors::new()));
    Page::new("tips/show.html")
        .with("tip", &view)
        .form(form, &errors)
        .render(state, req, user.as_ref())
}

async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    tip_page(&state, &req, user, id.into_inner(), None).await
}

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct TipForm {
    #[serde(default)]
    #[validate(custom(function = "forms::title_text"))]
    pub title: String,
    #[serde(default)]
    #[validate(length(min = 20, max = 20000, message = "Write 20 to 20,000 characters."))]
    pub body: String,
    #[serde(default)]
    pub references: String,
    #[serde(default)]
    pub idempotency_key: Option<String>,
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

/// The new-tip form, for verified clinicians who may write.
async fn new_tip_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    slug: String,
    form: &TipForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    policy::require_can_write_tip(user.into(), db::now())?;
    let found = state
        .db(move |conn| Ok(CommunityHead::from(community::find_by_slug(conn, &slug)?)))
        .await?;
    Page::new("tips/new.html")
        .with("community", &found)
        .form(form, errors)
        .render(state, req, Some(user))
}

async fn new_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let form = TipForm::default();
    new_tip_page(
        &state,
        &req,
        &user,
        slug.into_inner(),
        &form,
        &FieldErrors::new(),
    )
    .await
}

async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<TipForm>,
) -> AppResult<HttpResponse> {
    let (slug, form) = (slug.into_inner(), form.into_inner());
    if let Err(errors) = check(&form) {
        return new_tip_page(&state, &req, &user, slug, &form, &errors).await;
    }
    let (actor, rules, input, target) = (user.clone(), state.rules(), form.input(), slug.clone());
    let key = form.idempotency_key.clone();
    let result = state
        .db(move |conn| tips::submit(conn, &actor, &rules, &target, &input, key.as_deref()))
        .await;
    match field_failure(result)? {
        Ok(location) => Ok(render::redirect_with(&location, Flash::TipSubmitted)),
        Err(errors) => new_tip_page(&state, &req, &user, slug, &form, &errors).await,
    }
}

/// The edit form for the tip's author; anyone else gets what an unknown tip gets, or 403.
async fn edit_page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    id: i64,
    typed: Option<(&TipForm, FieldErrors)>,
) -> AppResult<HttpResponse> {
    let viewer = Viewer::of(Some(user.clone()));
    let view = state
        .db(move |conn| TipEditForm::load(conn, &viewer, id))
        .await?;
    let stored = TipForm {
        title: view.title.clone(),
        body: view.body.clone(),
        references: view.references.clone(),
        idempotency_key: None,
    };
    let (form, errors) = typed.unwrap_or((&stored, FieldErrors::new()));
    Page::new("tips/edit.html")
        .with("tip", &view)
        .form(form, &errors)
        .render(state, req, Some(user))
}

async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    edit_page(&state, &req, &user, id.into_inner(), None).await
}

async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<TipForm>,
) -> AppResult<HttpResponse> {
    let (id, form) = (id.into_inner(), form.into_inner());
    if let Err(errors) = check(&form) {
        return edit_page(&state, &req, &user, id, Some((&form, errors))).await;
    }
    let (actor, rules, input) = (user.clone(), state.rules(), form.input());
    let key = form.idempotency_key.clone();
    let result = state
        .db(move |conn| tips::edit(conn, &actor, &rules, id, &input, key.as_deref()))
        .await;
    match field_failure(result)? {
        Ok(location) => Ok(render::redirect_with(&location, Flash::TipSubmitted)),
        Err(errors) => edit_page(&state, &req, &user, id, Some((&form, errors))).await,
    }
}

#[derive(Deserialize, Serialize, Validate)]
#[validate(schema(function = "comment_when_needed"))]
pub struct ReviewForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub comment: String,
    /// The revision the reviewer read; a review of any other answers 409.
    #[serde(default)]
    pub revision: Option<i64>,
    /// The comment reaches the author: identifiers in it need confirming.
    #[serde(default)]
    pub confirm_identifiers: Option<String>,
}

impl ReviewForm {
    const EMPTY: ReviewForm = ReviewForm {
        decision: String::new(),
        comment: String::new(),
        revision: None,
        confirm_identifiers: None,
    };
}

/// Sending back and rejecting tell the author why.
fn comment_when_needed(form: &ReviewForm) -> Result<(), ValidationError> {
    let needs = matches!(form.decision.as_str(), "send_back" | "reject");
    match (
        form.decision.as_str(),
        needs && forms::comment_text(&form.comment).is_err(),
    ) {
        ("approve" | "send_back" | "reject", false) => Ok(()),
        (_, true) => Err(ValidationError::new("comment").with_message(Cow::Borrowed(
            "Tell the author what to change (3 to 2,000 characters).",
        ))),
        _ => {
            Err(ValidationError::new("decision").with_message(Cow::Borrowed("Choose a decision.")))
        }
    }
}

async fn review(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ReviewForm>,
) -> AppResult<HttpResponse> {
    let (id, form) = (id.into_inner(), form.into_inner());
    let threshold = state.rules().privacy_threshold;
    let confirmed = form.confirm_identifiers.is_some();
    let checked = check(&form)
        .and_then(|()| forms::confirm_identifiers(&[&form.comment], confirmed, threshold));
    if let Err(errors) = checked {
        return tip_page(
            &state,
            &req,
            MaybeUser(Some(user)),
            id,
            Some((&form, errors)),
        )
        .await;
    }
    let comment = form.comment.trim().to_string();
    let decision = match form.decision.as_str() {
        "approve" => Review::Approve,
        "send_back" => Review::SendBack { comment },
        _ => Review::Reject { comment },
    };
    let revision = form.revision;
    state
        .db(move |conn| tips::review(conn, &user, id, revision, &decision))
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
    let (found, list) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            let list = tip_views::feed(conn, found.id, 50)?;
            Ok((found, list))
        })
        .await?;
    let updated = list
        .iter()
        .map(|t| t.updated_at)
        .max()
        .unwrap_or(found.created_at);
    let mut ctx = Context::new();
    ctx.insert("community", &CommunityHead::from(found));
    ctx.insert("tips", &list);
    ctx.insert("updated", &updated);
    ctx.insert("base_url", &state.config.base_url);
    ctx.insert("tip_banner", &state.live().tip_banner_text);
    let xml = state
        .tera
        .render("tips/feed.xml", &ctx)
        .map_err(anyhow::Error::new)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .body(xml))
}
