//! The API's writes: the forms' services with the forms' rules (policy, screening, crisis
//! lane, rate limits, idempotency), answered with the post as its author now sees it.

use std::collections::BTreeMap;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use validator::ValidationError;

use crate::api::caller::ApiCaller;
use crate::api::problem::{ApiError, ApiResult, WriteProblems};
use crate::api::types::{
    NewReply, NewReport, NewRevision, NewThread, Post, Reported, Support, Written,
};
use crate::auth::CurrentUser;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::models::thread::Audience;
use crate::routes::api::{body, id, idempotency_key, json};
use crate::routes::api_reads::post_as_seen;
use crate::routes::forms;
use crate::routes::threads::POSTS_PER_PAGE;
use crate::services::posting::{self, Draft, Opening};
use crate::services::reports::{self, Reported as ReportOutcome};
use crate::services::screening;
use crate::state::AppState;
use crate::views::thread_page::ThreadPage;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/api/v1/communities/{slug}/threads",
        web::post().to(new_thread),
    )
    .route("/api/v1/threads/{id}/replies", web::post().to(reply))
    .route("/api/v1/posts/{id}/revisions", web::post().to(revise))
    .route("/api/v1/posts/{id}/reports", web::post().to(report));
}

type Errors = BTreeMap<String, Vec<String>>;

fn rule(errors: &mut Errors, field: &str, checked: Result<(), ValidationError>) {
    if let Err(e) = checked {
        let message = e
            .message
            .map_or_else(|| "Invalid value.".to_string(), |m| m.to_string());
        errors.entry(field.to_string()).or_default().push(message);
    }
}

fn refuse_if_any(errors: Errors) -> ApiResult<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid(errors))
    }
}

/// The number at the end of a service's answer ("/t/12", "/p/45").
fn id_at_end(location: &str) -> AppResult<i64> {
    location
        .rsplit('/')
        .next()
        .and_then(|tail| tail.split(['?', '#']).next())
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("unexpected location {location}")))
}

/// 201 with the post as its author sees it, and the crisis lines when the text calls for them.
fn written(
    state: &AppState,
    author: &CurrentUser,
    post: Post,
    title: Option<&str>,
    text: &str,
) -> HttpResponse {
    let support = screening::crisis_screen(title, text).map(|found| {
        let live = state.live();
        Support::of(
            found.about_someone_else(),
            live.crisis_lines.for_country(author.country.as_deref()),
        )
    });
    let location = format!("/api/v1/posts/{}", post.id);
    let mut answer = json(
        StatusCode::CREATED,
        &Written {
            held_for_review: post.state.is_some(),
            post,
            support,
        },
    );
    if let Ok(value) = header::HeaderValue::from_str(&location) {
        answer.headers_mut().insert(header::LOCATION, value);
    }
    answer
}

fn opening_as_seen(conn: &mut DbConnection, viewer: &Viewer, thread_id: i64) -> AppResult<Post> {
    let view = ThreadPage::load_published(conn, viewer, thread_id, 1, POSTS_PER_PAGE)?;
    view.posts
        .iter()
        .find(|card| card.is_opening)
        .map(|card| Post::of(card, thread_id))
        .ok_or(AppError::NotFound)
}

/// Starts a discussion in a community the caller belongs to.
#[utoipa::path(post, path = "/api/v1/communities/{slug}/threads", tag = "writing",
    params(("slug" = String, Path, example = "type-2-diabetes"), ("Idempotency-Key" = Option<String>, Header, description = "A repeat with the same key gets the first answer.")),
    request_body = NewThread,
    responses((status = 201, body = Written),
        WriteProblems),
    security(("token" = [])))]
pub async fn new_thread(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
    slug: web::Path<String>,
    bytes: web::Bytes,
) -> ApiResult<HttpResponse> {
    let author = caller.writer()?.clone();
    let input: NewThread = body(&bytes)?;
    let mut errors = Errors::new();
    rule(&mut errors, "title", forms::title_text(&input.title));
    rule(&mut errors, "body", forms::post_text(&input.body));
    let audience = match input.audience.as_deref() {
        None => None,
        Some(word) => {
            let parsed = Audience::parse(word);
            if parsed.is_none() {
                errors.insert("audience".into(), vec!["\"public\" or \"members\".".into()]);
            }
            parsed
        }
    };
    refuse_if_any(errors)?;
    let (rules, key, slug, actor) = (
        state.rules(),
        idempotency_key(&req),
        slug.into_inner(),
        author.clone(),
    );
    let (title, text) = (input.title.clone(), input.body.clone());
    let post = state
        .db(move |conn| {
            let draft = Draft {
                title: Some(&title),
                body: &text,
            };
            let opening = Opening {
                audience,
                question: input.question,
                accepts_guidelines: input.accept_guidelines,
            };
            let location = posting::start_thread(
                conn,
                &actor,
                &rules,
                &slug,
                &draft,
                opening,
                key.as_deref(),
            )?;
            opening_as_seen(
                conn,
                &Viewer::of(Some(actor.clone())),
                id_at_end(&location)?,
            )
        })
        .await?;
    Ok(written(
        &state,
        &author,
        post,
        Some(&input.title),
        &input.body,
    ))
}

/// Replies in a discussion.
#[utoipa::path(post, path = "/api/v1/threads/{id}/replies", tag = "writing",
    params(("id" = String, Path, example = "1"), ("Idempotency-Key" = Option<String>, Header, description = "A repeat with the same key gets the first answer.")),
    request_body = NewReply,
    responses((status = 201, body = Written),
        WriteProblems),
    security(("token" = [])))]
pub async fn reply(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
    raw: web::Path<String>,
    bytes: web::Bytes,
) -> ApiResult<HttpResponse> {
    let thread_id = id(&raw)?;
    let author = caller.writer()?.clone();
    let input: NewReply = body(&bytes)?;
    let mut errors = Errors::new();
    rule(&mut errors, "body", forms::post_text(&input.body));
    refuse_if_any(errors)?;
    let (rules, key, actor, text) = (
        state.rules(),
        idempotency_key(&req),
        author.clone(),
        input.body.clone(),
    );
    let accepts = input.accept_guidelines;
    let post = state
        .db(move |conn| {
            let location = posting::reply(
                conn,
                &actor,
                &rules,
                thread_id,
                &text,
                accepts,
                key.as_deref(),
            )?;
            post_as_seen(
                conn,
                &Viewer::of(Some(actor.clone())),
                id_at_end(&location)?,
            )
        })
        .await?;
    Ok(written(&state, &author, post, None, &input.body))
}

/// A new version of the caller's own post: screened again, and held again if it must be.
#[utoipa::path(post, path = "/api/v1/posts/{id}/revisions", tag = "writing",
    params(("id" = String, Path, example = "1"), ("Idempotency-Key" = Option<String>, Header, description = "A repeat with the same key gets the first answer.")),
    request_body = NewRevision,
    responses((status = 201, body = Written),
        WriteProblems),
    security(("token" = [])))]
pub async fn revise(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: ApiCaller,
    raw: web::Path<String>,
    bytes: web::Bytes,
) -> ApiResult<HttpResponse> {
    let post_id = id(&raw)?;
    let author = caller.writer()?.clone();
    let input: NewRevision = body(&bytes)?;
    let mut errors = Errors::new();
    if let Some(title) = &input.title {
        rule(&mut errors, "title", forms::title_text(title));
    }
    rule(&mut errors, "body", forms::post_text(&input.body));
    refuse_if_any(errors)?;
    let (rules, key, actor) = (state.rules(), idempotency_key(&req), author.clone());
    let (title, text) = (input.title.clone(), input.body.clone());
    let post = state
        .db(move |conn| {
            let draft = Draft {
                title: title.as_deref(),
                body: &text,
            };
            posting::edit(conn, &actor, &rules, post_id, &draft, key.as_deref())?;
            post_as_seen(conn, &Viewer::of(Some(actor.clone())), post_id)
        })
        .await?;
    Ok(written(
        &state,
        &author,
        post,
        input.title.as_deref(),
        &input.body,
    ))
}

/// Reports a post to the moderators ("at_risk" reaches the crisis lane at once).
#[utoipa::path(post, path = "/api/v1/posts/{id}/reports", tag = "writing",
    params(("id" = String, Path, example = "1")),
    request_body = NewReport,
    responses((status = 201, body = Reported),
        WriteProblems),
    security(("token" = [])))]
pub async fn report(
    state: web::Data<AppState>,
    caller: ApiCaller,
    raw: web::Path<String>,
    bytes: web::Bytes,
) -> ApiResult<HttpResponse> {
    let post_id = id(&raw)?;
    let reporter = caller.writer()?.clone();
    let input: NewReport = body(&bytes)?;
    let mut errors = Errors::new();
    if input.note.chars().count() > 1000 {
        errors.insert(
            "note".into(),
            vec!["Keep the note under 1,000 characters.".into()],
        );
    }
    let threshold = state.rules().privacy_threshold;
    if let Err(found) =
        forms::confirm_identifiers(&[&input.note], input.confirm_identifiers, threshold)
    {
        errors.extend(found);
    }
    refuse_if_any(errors)?;
    let rules = state.rules();
    let outcome = state
        .db(move |conn| {
            reports::report(conn, &reporter, &rules, post_id, &input.reason, &input.note)
        })
        .await?;
    Ok(json(
        StatusCode::CREATED,
        &Reported {
            hidden: outcome != ReportOutcome::Queued,
        },
    ))
}
