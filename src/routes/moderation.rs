//! The moderation queue and moderators' decisions, each on the revision the moderator saw.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, one_error, FieldErrors};
use crate::services::crisis::{self, CrisisAction};
use crate::services::moderation::{self, Verdict};
use crate::state::AppState;
use crate::views::queue::Queue;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/mod/queue", web::get().to(queue))
        .route("/mod/queue/bulk", web::post().to(bulk))
        .route("/mod/posts/{id}/approve", web::post().to(approve))
        .route("/mod/posts/{id}/reject", web::post().to(reject))
        .route("/mod/posts/{id}/redact", web::post().to(redact))
        .route("/mod/posts/{id}/revise", web::post().to(revise))
        .route("/mod/crisis/{id}/{action}", web::post().to(crisis_action));
}

#[derive(Deserialize)]
struct QueueQuery {
    community: Option<String>,
}

/// What a failed decision shows again at its item: the message and what was typed.
#[derive(Serialize, Default)]
struct Attempt {
    post_id: i64,
    /// Set when the attempt was an action on a crisis item, and which.
    crisis_id: Option<i64>,
    action: String,
    reason: String,
    errors: FieldErrors,
    /// A decision that could not apply (the post changed, or another moderator decided).
    conflict: Option<String>,
}

async fn queue_page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    community: Option<String>,
    attempt: Option<Attempt>,
) -> AppResult<HttpResponse> {
    let scope = policy::require_moderation_scope(&user)?;
    let (viewer, rules) = (Viewer::of(Some(user.clone())), state.rules());
    let view = state
        .db(move |conn| Queue::load(conn, &viewer, &rules, &scope, community.as_deref()))
        .await?;
    let status = match &attempt {
        Some(a) if a.conflict.is_some() => StatusCode::CONFLICT,
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    Page::new("mod/queue.html")
        .with("queue", &view)
        .with("attempt", &attempt)
        .status(status)
        .render(state, req, Some(&user))
}

/// Held and reported posts, oldest first, with their age against the response target.
async fn queue(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    query: web::Query<QueueQuery>,
) -> AppResult<HttpResponse> {
    let community = query.into_inner().community.filter(|c| !c.is_empty());
    queue_page(&state, &req, user, community, None).await
}

/// Every decision form names the revision it was made on (without one, the decision is on
/// nothing the moderator saw: 409).
#[derive(Deserialize, Validate)]
pub struct DecisionForm {
    #[serde(default)]
    revision: Option<i64>,
    #[serde(default)]
    #[validate(custom(function = "forms::reason_text"))]
    reason: Option<String>,
    /// The reason reaches the author: identifiers in it need confirming.
    #[serde(default)]
    confirm_identifiers: Option<String>,
}

impl DecisionForm {
    /// The reason's own checks, then identifiers in it confirmed (it reaches the author).
    fn screened(&self, threshold: f32) -> Result<(), FieldErrors> {
        let typed = self.reason.as_deref().unwrap_or_default();
        let confirmed = self.confirm_identifiers.is_some();
        check(self).and_then(|()| forms::confirm_identifiers(&[typed], confirmed, threshold))
    }

    /// The words for the author, trimmed; a missing field becomes empty, so validation
    /// answers it like a blank one.
    fn typed_reason(&mut self) -> String {
        self.reason
            .get_or_insert_with(String::new)
            .trim()
            .to_string()
    }
}

async fn approve(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<DecisionForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    decide(state, req, user, id.into_inner(), &form, Verdict::Approve).await
}

async fn reject(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<DecisionForm>,
) -> AppResult<HttpResponse> {
    let mut form = form.into_inner();
    let reason = form.typed_reason();
    decide(
        state,
        req,
        user,
        id.into_inner(),
        &form,
        Verdict::Reject { reason },
    )
    .await
}

/// The item waits; the author is asked, in the moderator's words (`reason`), to revise.
async fn revise(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<DecisionForm>,
) -> AppResult<HttpResponse> {
    let mut form = form.into_inner();
    let message = form.typed_reason();
    decide(
        state,
        req,
        user,
        id.into_inner(),
        &form,
        Verdict::Revise { message },
    )
    .await
}

/// The form carries the revision and one `span` field per passage the moderator ticked.
async fn redact(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    fields: web::Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let form = DecisionForm {
        revision: value("revision").and_then(|v| v.parse().ok()),
        reason: None,
        confirm_identifiers: None,
    };
    let chosen: Vec<usize> = fields
        .iter()
        .filter(|(k, _)| k == "span")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    decide(
        state,
        req,
        user,
        id.into_inner(),
        &form,
        Verdict::Redact { chosen },
    )
    .await
}

async fn decide(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    post_id: i64,
    form: &DecisionForm,
    verdict: Verdict,
) -> AppResult<HttpResponse> {
    let typed = form.reason.clone().unwrap_or_default();
    let action = verdict.action();
    let invalid = |errors| Attempt {
        post_id,
        action: action.to_string(),
        reason: typed.clone(),
        errors,
        ..Attempt::default()
    };
    if let Err(errors) = form.screened(state.rules().privacy_threshold) {
        return queue_page(&state, &req, user, None, Some(invalid(errors))).await;
    }
    if matches!(&verdict, Verdict::Redact { chosen } if chosen.is_empty()) {
        let errors = one_error("spans", "Tick at least one passage to remove.");
        return queue_page(&state, &req, user, None, Some(invalid(errors))).await;
    }
    let (actor, rules, revision) = (user.clone(), state.rules(), form.revision);
    let result = state
        .db(move |conn| moderation::decide(conn, &actor, &rules, post_id, revision, &verdict))
        .await;
    match result {
        Ok(()) if action == "ask_revision" => {
            Ok(render::redirect_with("/mod/queue", Flash::RevisionAsked))
        }
        Ok(()) => Ok(render::redirect_with("/mod/queue", Flash::Decided)),
        Err(AppError::Conflict(message)) => {
            let attempt = Attempt {
                conflict: Some(message),
                ..invalid(FieldErrors::new())
            };
            queue_page(&state, &req, user, None, Some(attempt)).await
        }
        Err(AppError::Field { field, message }) => {
            queue_page(
                &state,
                &req,
                user,
                None,
                Some(invalid(one_error(field, message))),
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Several ticked items (`item` = "post:revision", once per item), one verdict
/// (`verdict` = approve or reject) and, for a rejection, one reason for every author.
async fn bulk(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    fields: web::Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    policy::require_moderation_scope(&user)?;
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let items: Vec<(i64, i64)> = fields
        .iter()
        .filter(|(k, _)| k == "item")
        .filter_map(|(_, v)| v.split_once(':'))
        .filter_map(|(post, revision)| Some((post.parse().ok()?, revision.parse().ok()?)))
        .collect();
    let chosen = value("verdict");
    // Only a rejection carries words for the authors.
    let mut form = DecisionForm {
        revision: None,
        reason: value("reason").filter(|_| chosen.as_deref() == Some("reject")),
        confirm_identifiers: value("confirm_identifiers"),
    };
    let verdict = match chosen.as_deref() {
        Some("approve") => Verdict::Approve,
        Some("reject") => Verdict::Reject {
            reason: form.typed_reason(),
        },
        _ => return Err(AppError::Invalid("Choose approve or reject.".into())),
    };
    let typed = value("reason").unwrap_or_default();
    let action = format!("bulk_{}", verdict.action());
    let invalid = |errors| Attempt {
        action: action.clone(),
        reason: typed.clone(),
        errors,
        ..Attempt::default()
    };
    let checked = form.screened(state.rules().privacy_threshold);
    let checked = checked.and_then(|()| match items.is_empty() {
        true => Err(one_error("items", "Tick at least one item.")),
        false => Ok(()),
    });
    if let Err(errors) = checked {
        return queue_page(&state, &req, user, None, Some(invalid(errors))).await;
    }
    let (actor, rules) = (user.clone(), state.rules());
    let batch = state
        .db(move |conn| moderation::decide_many(conn, &actor, &rules, &items, &verdict))
        .await?;
    if batch.left.is_empty() {
        return Ok(render::redirect_with("/mod/queue", Flash::Decided));
    }
    let conflict = format!(
        "{} decided. {} left for you to look at again: each changed since you opened the queue, \
         was decided by another moderator, or is a post in which someone may be at risk (those \
         are decided one by one).",
        batch.decided,
        batch.left.len()
    );
    let attempt = Attempt {
        conflict: Some(conflict),
        ..invalid(FieldErrors::new())
    };
    queue_page(&state, &req, user, None, Some(attempt)).await
}

/// The text of a crisis action: a reply, a private message or an emergency note.
#[derive(Deserialize, Default)]
pub struct CrisisForm {
    #[serde(default)]
    text: String,
    /// A private message reaches the author: identifiers in it need confirming.
    #[serde(default)]
    confirm_identifiers: Option<String>,
}

#[derive(Validate)]
struct Words<'a> {
    #[validate(custom(function = "forms::post_text"))]
    text: &'a str,
}

fn crisis_measure(
    action: &str,
    form: &CrisisForm,
    threshold: f32,
) -> AppResult<Result<CrisisAction, FieldErrors>> {
    let text = form.text.as_str();
    let words = || check(&Words { text }).map(|()| text.trim().to_string());
    let confirmed = form.confirm_identifiers.is_some();
    let private = || forms::confirm_identifiers(&[text], confirmed, threshold);
    Ok(match action {
        "reply" => words().map(|body| CrisisAction::Reply { body }),
        "message" => words()
            .and_then(|body| private().map(|()| body))
            .map(|body| CrisisAction::Message { body }),
        "emergency" => words().map(|note| CrisisAction::Emergency { note }),
        "not-a-crisis" => Ok(CrisisAction::NotACrisis),
        "resolve" => Ok(CrisisAction::Resolve),
        _ => return Err(AppError::NotFound),
    })
}

/// A staff response to a crisis item; the first one stops its response clock.
async fn crisis_action(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    path: web::Path<(i64, String)>,
    form: web::Form<CrisisForm>,
) -> AppResult<HttpResponse> {
    policy::require_moderation_scope(&user)?;
    let ((item_id, action), form) = (path.into_inner(), form.into_inner());
    let text = form.text.clone();
    let attempt = |errors, conflict| Attempt {
        crisis_id: Some(item_id),
        action: action.clone(),
        reason: text.clone(),
        errors,
        conflict,
        ..Attempt::default()
    };
    let chosen = match crisis_measure(&action, &form, state.rules().privacy_threshold)? {
        Ok(chosen) => chosen,
        Err(errors) => {
            return queue_page(&state, &req, user, None, Some(attempt(errors, None))).await
        }
    };
    let (actor, rules) = (user.clone(), state.rules());
    let result = state
        .db(move |conn| crisis::act(conn, &actor, &rules, item_id, &chosen))
        .await;
    match result {
        Ok(()) => Ok(render::redirect_with("/mod/queue", Flash::Saved)),
        Err(AppError::Conflict(message)) => {
            queue_page(
                &state,
                &req,
                user,
                None,
                Some(attempt(FieldErrors::new(), Some(message))),
            )
            .await
        }
        Err(other) => Err(other),
    }
}
