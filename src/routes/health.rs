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

/// The database answers.
async fn readyz(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let ready = state
        .db(|conn| Ok(diesel::sql_query("SELECT 1").execute(conn)?))
        .await;
    Ok(match ready {
        Ok(_) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    })
}
