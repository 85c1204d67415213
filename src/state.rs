//! What every handler shares: the pool, templates, mailer, configuration and page cache.

use std::sync::Arc;
use std::time::Instant;

use actix_web::web;
use tera::Tera;
use tokio::sync::{Notify, Semaphore};

use crate::auth::session_cache::SessionCache;
use crate::config::{Config, Rules};
use crate::db::{self, DbConnection, DbPool};
use crate::error::{AppError, AppResult};
use crate::fragments::{Face, FaceFacts, FragmentCache, SharedCard};
use crate::metrics::Metrics;
use crate::models::{outbox, site_setting};
use crate::page_cache::PageCache;
use crate::services;
use crate::settings::{Live, LiveSettings};
use crate::views::listing::ThreadRow;

/// Shared by every worker: built once at start.
pub struct AppState {
    pub pool: DbPool,
    pub tera: Tera,
    pub mailer: crate::mail::Mailer,
    pub config: Config,
    pub page_cache: PageCache,
    /// Request counts and connection waits for `/metrics`.
    pub metrics: Metrics,
    /// Signed-in sessions for the page-cache interval (`auth::session_cache`).
    pub sessions: SessionCache,
    /// Post card faces, rendered once (`fragments`).
    pub post_faces: FragmentCache<FaceFacts, Face>,
    /// Whole post cards that show nothing for one viewer alone (`fragments::SharedCard`).
    pub post_cards: FragmentCache<SharedCard, Arc<str>>,
    /// Discussions as listings show them (`fragments`).
    pub thread_rows: FragmentCache<ThreadRow, String>,
    /// Rung after database work that wrote to the outbox: the mail worker sends at once
    /// instead of at its next round.
    pub mail_written: Notify,
    /// Admins' settings over the environment's defaults (`settings`).
    pub settings: LiveSettings,
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
        let live = Live::of(&config, &site_setting::all(&mut conn)?);
        if live.seed_demo_communities {
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
            mail_written: Notify::new(),
            post_faces: FragmentCache::default(),
            post_cards: FragmentCache::default(),
            thread_rows: FragmentCache::default(),
            sessions: SessionCache::new(config.page_cache_seconds),
            settings: LiveSettings::new(live, config.page_cache_seconds),
            db_slots: Semaphore::new(config.db_pool_size.max(1) as usize),
            config,
        }))
    }

    /// The settings in force on this server now.
    pub fn live(&self) -> Arc<Live> {
        self.settings.get()
    }

    /// The moderation rules in force (thresholds and response targets may be changed by admins).
    pub fn rules(&self) -> Rules {
        self.settings.get().rules
    }

    /// Reads the stored settings again when this server's copy is older than its interval;
    /// a failed read keeps the copy (and is logged) until the next interval.
    pub async fn refresh_settings(&self) {
        if !self.settings.claim_refresh() {
            return;
        }
        match self.db(|conn| Ok(site_setting::all(conn)?)).await {
            Ok(stored) => self.settings.replace(Live::of(&self.config, &stored)),
            Err(e) => tracing::warn!(error = %e, "settings were not read again"),
        }
    }

    /// A GET changed an account (a confirmed address, notices read): forget cached sessions
    /// and pages, as every state-changing request does (`page_cache`).
    pub fn account_changed(&self) {
        self.page_cache.invalidate();
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
        let (result, waited, wrote_mail) = web::block(move || {
            // A mark left by work that ran on this thread outside `db` is not ours.
            outbox::take_written();
            let conn = pool.get();
            let waited = asked.elapsed();
            let result = conn
                .map_err(AppError::from)
                .and_then(|mut conn| work(&mut conn));
            (result, waited, outbox::take_written())
        })
        .await?;
        self.metrics.observe_db_wait(waited);
        if wrote_mail && result.is_ok() {
            self.mail_written.notify_one();
        }
        result
    }
}
