//! What every handler shares: the pool, templates, mailer, configuration and page cache.

use std::sync::Arc;
use std::time::Instant;

use actix_web::web;
use tera::Tera;
use tokio::sync::Semaphore;

use crate::config::Config;
use crate::db::{self, DbConnection, DbPool};
use crate::error::{AppError, AppResult};
use crate::metrics::Metrics;
use crate::page_cache::PageCache;
use crate::services;

/// Shared by every worker: built once at start.
pub struct AppState {
    pub pool: DbPool,
    pub tera: Tera,
    pub mailer: crate::mail::Mailer,
    pub config: Config,
    pub page_cache: PageCache,
    /// Request counts and connection waits for `/metrics`.
    pub metrics: Metrics,
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
            tera: crate::render::load_templates()?,
            mailer,
            page_cache: PageCache::new(config.page_cache_seconds),
            metrics: Metrics::default(),
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
        let asked = Instant::now();
        let _slot = self
            .db_slots
            .acquire()
            .await
            .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
        let pool = self.pool.clone();
        let (result, waited) = web::block(move || {
            let conn = pool.get();
            let waited = asked.elapsed();
            let result = conn
                .map_err(AppError::from)
                .and_then(|mut conn| work(&mut conn));
            (result, waited)
        })
        .await?;
        self.metrics.observe_db_wait(waited);
        result
    }
}
