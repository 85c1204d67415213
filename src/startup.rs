//! Application state, the one route table and the server.

use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};
use include_dir::{include_dir, Dir};
use tera::Tera;

use crate::config::Config;
use crate::db::{self, DbConnection, DbPool};
use crate::error::{AppError, AppResult};
use crate::page_cache::{self, PageCache};
use crate::{middleware, routes, services};
use tokio::sync::Semaphore;

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// Shared by every worker: built once at start.
pub struct AppState {
    pub pool: DbPool,
    pub tera: Tera,
    pub mailer: crate::mail::Mailer,
    pub config: Config,
    pub page_cache: PageCache,
    /// At most one blocking database task per pooled connection: waiting tasks queue here
    /// instead of each holding a blocking thread (and its memory) while it waits for the pool.
    db_slots: Semaphore,
}

impl AppState {
    /// Connects, migrates and (on an empty embedded database) seeds the demo communities.
    pub fn build(config: Config) -> anyhow::Result<Arc<AppState>> {
        let pool = db::build_pool(&config.database_url, config.db_pool_size)?;
        let mut conn = pool.get()?;
        let applied = db::run_migrations(&mut conn)?;
        if applied > 0 {
            tracing::info!(applied, "database migrated");
        }
        if config.seed_demo_communities {
            let seeded = services::communities::seed_demo(&mut conn).map_err(anyhow::Error::new)?;
            if seeded > 0 {
                tracing::info!(seeded, "demo communities created");
            }
        }
        drop(conn);
        let mailer = crate::mail::Mailer::from_config(&config)?;
        Ok(Arc::new(AppState {
            pool,
            tera: load_templates()?,
            mailer,
            page_cache: PageCache::new(config.page_cache_seconds),
            db_slots: Semaphore::new(config.db_pool_size.max(1) as usize),
            config,
        }))
    }

    /// Runs blocking database work on the thread pool with a pooled connection.
    pub async fn db<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let _slot = self
            .db_slots
            .acquire()
            .await
            .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
    }
}

/// Templates are compiled into the binary, so it runs from any folder.
pub fn load_templates() -> anyhow::Result<Tera> {
    let mut files = Vec::new();
    collect_templates(&TEMPLATES, &mut files);
    let mut tera = Tera::default();
    tera.add_raw_templates(files)?;
    tera.register_filter("time", time_filter);
    tera.register_filter("kind_label", kind_label_filter);
    tera.register_filter("rfc3339", rfc3339_filter);
    tera.register_filter("day", day_filter);
    Ok(tera)
}

/// `{{ unix_seconds | time }}` shows a timestamp as UTC date and time.
fn time_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("time filter expects Unix seconds"))?;
    Ok(tera::Value::String(crate::render::format_time(seconds)))
}

/// `{{ unix_seconds | day }}` shows the date alone ("2026-11-21").
fn day_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("day filter expects Unix seconds"))?;
    Ok(tera::Value::String(
        crate::render::rfc3339(seconds)[..10].to_string(),
    ))
}

/// `{{ unix_seconds | rfc3339 }}` for feeds.
fn rfc3339_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("rfc3339 filter expects Unix seconds"))?;
    Ok(tera::Value::String(crate::render::rfc3339(seconds)))
}

/// `{{ "PHONE" | kind_label }}` says what kind of identifier was found, in plain words.
fn kind_label_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let kind = value.as_str().unwrap_or_default();
    Ok(tera::Value::String(
        crate::services::screening::describe(kind).to_string(),
    ))
}

fn collect_templates(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static str)>) {
    for file in dir.files() {
        if let (Some(path), Some(text)) = (file.path().to_str(), file.contents_utf8()) {
            out.push((path.replace('\\', "/"), text));
        }
    }
    for sub in dir.dirs() {
        collect_templates(sub, out);
    }
}

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
