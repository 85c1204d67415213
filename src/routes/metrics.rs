//! `/metrics` for the operator's Prometheus: off without `METRICS_TOKEN`, and only for a
//! request that carries it as a bearer token.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};
use crate::metrics::{Figures, PoolFigures};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/metrics", web::get().to(metrics));
}

async fn metrics(req: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let Some(expected) = state.config.metrics_token.as_deref() else {
        return Err(AppError::NotFound);
    };
    if !carries_token(&req, expected) {
        return Ok(refused());
    }
    let now = crate::db::now();
    let figures = state.db(move |conn| Figures::load(conn, now)).await?;
    let text = state
        .metrics
        .render(&figures, &PoolFigures::of(&state.pool));
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(text))
}

/// Compares digests, so neither the token's content nor its length shows in the timing.
fn carries_token(req: &HttpRequest, expected: &str) -> bool {
    let sent = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let (sent, expected) = (Sha256::digest(sent.trim()), Sha256::digest(expected));
    crate::middleware::constant_time_eq(&sent, &expected)
}

/// A JSON answer keeps its `WWW-Authenticate` header (the error pages replace other bodies).
fn refused() -> HttpResponse {
    HttpResponse::Unauthorized()
        .insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\""))
        .content_type("application/json")
        .body(r#"{"error":"a valid bearer token is required"}"#)
}
