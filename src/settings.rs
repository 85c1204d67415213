//! Site settings an admin changes on `/admin/settings`: stored in the database by name, with
//! the environment giving every default. Each app server reads them again once per
//! page-cache interval, so a change reaches all of them within that time, without a restart.

use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use crate::config::{Config, Rules};
use crate::support::{CrisisLines, Region};

/// The names settings are stored under.
pub mod name {
    pub const BANNER: &str = "banner_text";
    pub const TIP_BANNER: &str = "tip_banner_text";
    pub const CLINICIAN_BANNER: &str = "clinician_banner_text";
    pub const PRIVACY_THRESHOLD: &str = "privacy_threshold";
    pub const REPORTS_TO_HIDE: &str = "reports_to_hide";
    pub const RESPONSE_TARGET_HOURS: &str = "response_target_hours";
    pub const CRISIS_TARGET_MINUTES: &str = "crisis_target_minutes";
    pub const QUESTION_TARGET_HOURS: &str = "question_target_hours";
    pub const CRISIS_LINES: &str = "crisis_lines";
    pub const CRISIS_COUNTRY: &str = "crisis_country";
    pub const REGISTRATION_OPEN: &str = "registration_open";
    pub const SEED_DEMO: &str = "seed_demo_communities";
}

/// The settings in force: the environment's defaults with the stored values over them.
#[derive(Clone, Debug)]
pub struct Live {
    pub rules: Rules,
    pub banner_text: String,
    pub tip_banner_text: String,
    pub clinician_banner_text: String,
    pub crisis_lines: CrisisLines,
    pub registration_open: bool,
    pub seed_demo_communities: bool,
}

impl Live {
    /// Stored values were checked when they were saved (`parse`); one that no longer reads
    /// (a setting from a newer version) leaves its default in force.
    pub fn of(config: &Config, stored: &BTreeMap<String, String>) -> Live {
        let text = |key: &str, default: &str| stored.get(key).cloned().unwrap_or(default.into());
        let d = config.rules;
        let rules = Rules {
            privacy_threshold: parsed(stored, name::PRIVACY_THRESHOLD, d.privacy_threshold),
            reports_to_hide: parsed(stored, name::REPORTS_TO_HIDE, d.reports_to_hide),
            response_target_hours: parsed(
                stored,
                name::RESPONSE_TARGET_HOURS,
                d.response_target_hours,
            ),
            crisis_target_minutes: parsed(
                stored,
                name::CRISIS_TARGET_MINUTES,
                d.crisis_target_minutes,
            ),
            question_target_hours: parsed(
                stored,
                name::QUESTION_TARGET_HOURS,
                d.question_target_hours,
            ),
            ..d
        };
        let regions: Option<Vec<Region>> = stored
            .get(name::CRISIS_LINES)
            .and_then(|v| serde_json::from_str(v).ok());
        let crisis_lines = match (regions, stored.get(name::CRISIS_COUNTRY)) {
            (None, None) => config.crisis_lines.clone(),
            (regions, country) => CrisisLines::new(
                regions.unwrap_or_else(|| config.crisis_lines.regions().to_vec()),
                country.map_or(config.crisis_lines.default_code(), String::as_str),
            ),
        };
        Live {
            rules,
            banner_text: text(name::BANNER, &config.banner_text),
            tip_banner_text: text(name::TIP_BANNER, &config.tip_banner_text),
            clinician_banner_text: text(name::CLINICIAN_BANNER, &config.clinician_banner_text),
            crisis_lines,
            registration_open: parsed(stored, name::REGISTRATION_OPEN, true),
            seed_demo_communities: parsed(stored, name::SEED_DEMO, config.seed_demo_communities),
        }
    }
}

/// A stored value as `T` ("true", "0.5", "4"), or the default when there is none that reads.
fn parsed<T: FromStr>(stored: &BTreeMap<String, String>, key: &str, default: T) -> T {
    stored
        .get(key)
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The settings one app server holds, and when it read them.
pub struct LiveSettings {
    current: RwLock<(Arc<Live>, Option<Instant>)>,
    interval: Duration,
}

impl LiveSettings {
    /// Read again after `interval` (at least a second, so a disabled page cache does not
    /// mean a settings query per request).
    pub fn new(live: Live, interval_seconds: u64) -> LiveSettings {
        LiveSettings {
            current: RwLock::new((Arc::new(live), Some(Instant::now()))),
            interval: Duration::from_secs(interval_seconds.max(1)),
        }
    }

    pub fn get(&self) -> Arc<Live> {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .0
            .clone()
    }

    /// Whether it is time to read them again; claims the reading, so one request does it.
    pub fn claim_refresh(&self) -> bool {
        let due = |read: Option<Instant>| read.is_none_or(|at| at.elapsed() >= self.interval);
        if !due(self
            .current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .1)
        {
            return false;
        }
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        if !due(current.1) {
            return false;
        }
        current.1 = Some(Instant::now());
        true
    }

    pub fn replace(&self, live: Live) {
        *self.current.write().unwrap_or_else(PoisonError::into_inner) =
            (Arc::new(live), Some(Instant::now()));
    }
}
