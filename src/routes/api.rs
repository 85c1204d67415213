//! `/api/v1`: the JSON API, and the privacy check the site's own scripts call. Handlers are
//! thin: reads load the pages' views for the caller, writes call the forms' services.
//! `api_reads` and `api_writes` hold the operations; this file the table and the shared steps.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::de::DeserializeOwned;
use serde::Serialize;
use utoipa::OpenApi;

use crate::api::caller::ApiCaller;
use crate::api::doc::ApiDoc;
use crate::api::problem::{ApiError, ApiResult, Problem};
use crate::api::types::{PrivacyAnswer, PrivacyCheck, PrivacyFinding};
use crate::auth::{token_hash, CurrentUser};
use crate::error::AppError;
use crate::render::Page;
use crate::routes::{api_reads, api_writes};
use crate::services::screening::{self, Screening};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/privacy/check", web::post().to(site_privacy_check))
        .route("/api/openapi.json", web::get().to(openapi))
        .route("/api/docs", web::get().to(docs))
        .route("/api/v1/privacy/check", web::post().to(privacy_check));
    api_reads::configure(cfg);
    api_writes::configure(cfg);
}

pub fn json(status: actix_web::http::StatusCode, value: &impl Serialize) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(value)
}

pub fn ok(value: &impl Serialize) -> ApiResult<HttpResponse> {
    Ok(json(actix_web::http::StatusCode::OK, value))
}

/// An id in a path: anything but a positive number is an id that does not exist.
pub fn id(raw: &str) -> ApiResult<i64> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(ApiError::App(AppError::NotFound))
}

/// The query string as `T`; a malformed one is a 400 that says why.
pub fn query<T: DeserializeOwned>(req: &HttpRequest) -> ApiResult<T> {
    serde_urlencoded::from_str(req.query_string())
        .map_err(|e| ApiError::malformed(format!("The query string does not fit: {e}")))
}

/// A page number: 1 when absent, 400 when it is not a number from 1 to 10,000.
pub fn page_number(raw: Option<&str>) -> ApiResult<i64> {
    match raw {
        None => Ok(1),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
            .ok_or_else(|| ApiError::malformed("page is a number from 1 to 10000.")),
    }
}

/// The body as `T`: not JSON is 400, JSON of the wrong shape 422 (with the field named).
pub fn body<T: DeserializeOwned>(bytes: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            ApiError::invalid(std::collections::BTreeMap::from([(
                "body".to_string(),
                vec![e.to_string()],
            )]))
        }
        _ => ApiError::malformed(format!("The body is not JSON: {e}")),
    })
}

/// The `Idempotency-Key` a client sent, as the 64-hex key the services take: a repeat with
/// the same key gets the first answer.
pub fn idempotency_key(req: &HttpRequest) -> Option<String> {
    let key = req.headers().get("idempotency-key")?.to_str().ok()?.trim();
    (!key.is_empty() && key.len() <= 255).then(|| token_hash(&format!("api:{key}")))
}

/// Same limit as a post.
const MAX_CHECK_CHARS: usize = 20_000;

/// A draft screened as a post would be, with the kinds found in words; both checks answer it.
fn screened(state: &AppState, request: &PrivacyCheck) -> (Screening, Vec<&'static str>) {
    let found = screening::screen(
        request.title.as_deref(),
        &request.text,
        state.rules().privacy_threshold,
    );
    let kinds = screening::distinct_kinds(found.findings.iter().map(|f| f.kind.as_str()));
    let labels = kinds.iter().map(|k| screening::describe(k)).collect();
    (found, labels)
}

fn check_privacy(state: &AppState, request: &PrivacyCheck) -> ApiResult<PrivacyAnswer> {
    if request.text.chars().count() > MAX_CHECK_CHARS {
        return Err(ApiError::invalid(std::collections::BTreeMap::from([(
            "text".to_string(),
            vec!["Text is longer than a post may be (20,000 characters).".to_string()],
        )])));
    }
    let (found, labels) = screened(state, request);
    Ok(PrivacyAnswer {
        hold: found.holds(),
        labels: labels.into_iter().map(str::to_string).collect(),
        findings: found
            .findings
            .iter()
            .map(|f| PrivacyFinding {
                field: serde_json::to_value(f.field)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                kind: f.kind.clone(),
                start: f.start,
                end: f.end,
            })
            .collect(),
    })
}

/// What the privacy filter would hold a draft for, so its author can fix it first. A writing
/// aid for signed-in members, not a public scanning service.
#[utoipa::path(post, path = "/api/v1/privacy/check", tag = "writing",
    request_body = PrivacyCheck,
    responses(
        (status = 200, body = PrivacyAnswer),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = [])))]
pub async fn privacy_check(
    state: web::Data<AppState>,
    caller: ApiCaller,
    bytes: web::Bytes,
) -> ApiResult<HttpResponse> {
    if caller.user().is_none() {
        return Err(ApiError::Unauthorized(
            "Checking a draft needs a signed-in member.",
        ));
    }
    let request: PrivacyCheck = body(&bytes)?;
    ok(&check_privacy(&state, &request)?)
}

/// The draft check of the site's own forms: the findings the privacy filter would hold a
/// draft for. Logged-in members only (it is a writing aid, not a public scanning service).
async fn site_privacy_check(
    state: web::Data<AppState>,
    _user: CurrentUser,
    body: web::Bytes,
) -> HttpResponse {
    let request: PrivacyCheck = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return bad_request(&format!("expected JSON {{\"text\": \"...\"}}: {e}")),
    };
    if request.text.chars().count() > MAX_CHECK_CHARS {
        return bad_request("text is longer than a post may be (20,000 characters)");
    }
    let (found, labels) = screened(&state, &request);
    HttpResponse::Ok().json(
        serde_json::json!({ "hold": found.holds(), "findings": found.findings, "labels": labels }),
    )
}

fn bad_request(message: &str) -> HttpResponse {
    HttpResponse::BadRequest().json(serde_json::json!({ "error": message }))
}

/// The document is the same for the life of the process: built on first use.
static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(DOCUMENT.to_pretty_json().unwrap_or_default())
}

/// The API's documentation as a page of this site (no script, nothing from elsewhere).
async fn docs(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: crate::auth::web::MaybeUser,
) -> crate::error::AppResult<HttpResponse> {
    let operations = crate::api::doc::operations(&DOCUMENT);
    Page::new("api/docs.html")
        .with("operations", &operations)
        .render(&state, &req, user.as_ref())
}
