use actix_web::{web, HttpResponse};
use diesel::RunQueryDsl;

use crate::error::AppResult;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz));
}

/// The process is up.
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database answers and has every migration of this build; otherwise 503 with the reason.
async fn readyz(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let pending = state
        .db(|conn| {
            diesel::sql_query("SELECT 1").execute(conn)?;
            Ok(crate::db::pending_migrations(conn)?)
        })
        .await;
    Ok(match pending {
        Ok(0) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        Ok(pending) => not_ready(&format!(
            "{pending} database migration(s) pending: run `carecircle migrate` or restart"
        )),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            not_ready("database unavailable")
        }
    })
}

/// JSON, so the error pages pass the reason through.
fn not_ready(reason: &str) -> HttpResponse {
    HttpResponse::ServiceUnavailable().json(serde_json::json!({ "ready": false, "reason": reason }))
}
