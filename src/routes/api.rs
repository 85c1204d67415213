//! JSON endpoints for scripts in the page.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::services::screening;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/privacy/check", web::post().to(privacy_check));
}

#[derive(Deserialize)]
struct CheckRequest {
    #[serde(default)]
    title: Option<String>,
    text: String,
}

const MAX_CHECK_CHARS: usize = 20_000;

/// The findings the privacy filter would hold a draft for, so the author can fix it first.
/// Logged-in members only (it is a writing aid, not a public scanning service).
async fn privacy_check(
    state: web::Data<AppState>,
    _user: CurrentUser,
    body: web::Bytes,
) -> HttpResponse {
    let request: CheckRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return bad_request(&format!("expected JSON {{\"text\": \"...\"}}: {e}")),
    };
    if request.text.chars().count() > MAX_CHECK_CHARS {
        return bad_request("text is longer than a post may be (20,000 characters)");
    }
    let found = screening::screen(
        request.title.as_deref(),
        &request.text,
        state.config.rules.privacy_threshold,
    );
    let kinds = screening::distinct_kinds(found.findings.iter().map(|f| f.kind.as_str()));
    let labels: Vec<&str> = kinds.iter().map(|k| screening::describe(k)).collect();
    HttpResponse::Ok()
        .json(json!({ "hold": found.holds(), "findings": found.findings, "labels": labels }))
}

fn bad_request(message: &str) -> HttpResponse {
    HttpResponse::BadRequest().json(json!({ "error": message }))
}
