//! The one route table and the server.

use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};

use crate::error::AppError;
use crate::state::AppState;
use crate::{metrics, middleware, page_cache, routes};

/// The application with its middleware; `main` and the tests both build it here.
pub fn app(
    state: web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let form_limit = state.config.max_body_bytes;
    App::new()
        .app_data(state)
        .app_data(web::FormConfig::default().limit(form_limit))
        .configure(routes::configure)
        .default_service(web::to(|| async {
            Err::<actix_web::HttpResponse, _>(AppError::NotFound)
        }))
        .wrap(from_fn(page_cache::serve_cached))
        .wrap(from_fn(middleware::csrf_guard))
        .wrap(from_fn(middleware::error_pages))
        .wrap(from_fn(middleware::request_context))
        .wrap(from_fn(metrics::record))
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
pub async fn serve(state: Arc<AppState>) -> std::io::Result<()> {
    let bind = state.config.bind_addr.clone();
    let workers = state.config.workers.max(1);
    crate::mail::spawn_worker(state.clone());
    let data = web::Data::from(state);
    tracing::info!(%bind, "CareCircle listening");
    HttpServer::new(move || app(data.clone()))
        .workers(workers)
        .shutdown_timeout(10)
        .bind(&bind)?
        .run()
        .await
}
