//! Configuration from environment variables; every default gives the embedded SQLite setup.

use std::fmt;

use crate::support::CrisisLines;

/// Default wording of the banner shown on every page with health content.
pub const DEFAULT_BANNER: &str = "Posts here are shared by community members for information and support. \
They are not medical advice, diagnosis or treatment: talk to your own care team about your situation. \
In an emergency, call your local emergency number now.";

/// The banner on every health tip: vetted information, still not personal advice.
pub const DEFAULT_TIP_BANNER: &str =
    "General health information from a verified clinician, checked by a second reviewer. \
It is not personal medical advice: talk to your own care team before changing your treatment.";

/// The note on every reply by a verified clinician.
pub const DEFAULT_CLINICIAN_BANNER: &str =
    "General information from a verified clinician, not personal medical advice: \
your own care team knows your history.";

/// Room for the longest post (20,000 characters) form-encoded in any script: a 4-byte
/// UTF-8 character becomes 12 bytes of `%XX` escapes.
pub const DEFAULT_MAX_BODY_BYTES: usize = 256 * 1024;

/// The environment variables the server reads; the README table and the compose test use this list.
pub const ENV_VARS: &[&str] = &[
    "DATABASE_URL",
    "BIND_ADDR",
    "BASE_URL",
    "BANNER_TEXT",
    "TIP_BANNER_TEXT",
    "CLINICIAN_BANNER_TEXT",
    "SEED_DEMO_COMMUNITIES",
    "DB_POOL_SIZE",
    "MAX_BODY_BYTES",
    "WORKERS",
    "PAGE_CACHE_SECONDS",
    "LOGIN_ATTEMPTS_PER_ACCOUNT",
    "LOGIN_FAILURES_PER_ACCOUNT",
    "LOGIN_ATTEMPTS_PER_IP",
    "REGISTRATIONS_PER_IP",
    "POSTS_PER_MEMBER_MINUTE",
    "TRUST_FORWARDED_FOR",
    "PRIVACY_THRESHOLD",
    "MOD_RESPONSE_TARGET_HOURS",
    "CRISIS_RESPONSE_TARGET_MINUTES",
    "QUESTION_RESPONSE_TARGET_HOURS",
    "CRISIS_COUNTRY",
    "CRISIS_LINES_FILE",
    "REPORTS_TO_HIDE",
    "TIP_REVIEW_INTERVAL_DAYS",
    "SMTP_URL",
    "MAIL_FROM",
    "MAIL_DIR",
    "NOTIFY_BATCH_MINUTES",
    "METRICS_TOKEN",
    "RUST_LOG",
];

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub bind_addr: String,
    pub base_url: String,
    pub banner_text: String,
    pub tip_banner_text: String,
    pub clinician_banner_text: String,
    pub seed_demo_communities: bool,
    pub db_pool_size: u32,
    pub max_body_bytes: usize,
    pub workers: usize,
    /// How long anonymous visitors may be served a rendered public page; 0 turns it off.
    pub page_cache_seconds: u64,
    pub limits: Limits,
    /// Behind a load balancer: take the client's address from `Forwarded`/`X-Forwarded-For`.
    pub trust_forwarded_for: bool,
    pub rules: Rules,
    /// `smtp://host:port` (add `?tls=required`), or `smtps://user:pass@host`; none writes `.eml` files.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub mail_dir: String,
    /// Crisis lines by country, and the country whose lines visitors see.
    pub crisis_lines: CrisisLines,
    /// The bearer token `/metrics` asks for; none turns `/metrics` off.
    pub metrics_token: Option<String>,
}

/// Rate limits, counted in the database so every app server shares them.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Failed logins per account from one client address per 15 minutes.
    pub login_per_account: i64,
    /// Failed logins per account from all addresses together per 15 minutes.
    pub login_failures_per_account: i64,
    /// Failed logins per client address per 15 minutes.
    pub login_per_ip: i64,
    /// New accounts per client address per hour.
    pub registrations_per_ip: i64,
}

impl Limits {
    fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> anyhow::Result<Limits> {
        Ok(Limits {
            login_per_account: parse_or(get, "LOGIN_ATTEMPTS_PER_ACCOUNT", 10)?,
            login_failures_per_account: parse_or(get, "LOGIN_FAILURES_PER_ACCOUNT", 200)?,
            login_per_ip: parse_or(get, "LOGIN_ATTEMPTS_PER_IP", 50)?,
            registrations_per_ip: parse_or(get, "REGISTRATIONS_PER_IP", 10)?,
        })
    }
}

/// The moderation rules services apply.
#[derive(Clone, Copy, Debug)]
pub struct Rules {
    /// A finding with this score or more holds a post for review.
    pub privacy_threshold: f32,
    /// Queue items older than this are overdue.
    pub response_target_hours: i64,
    /// Crisis items without a staff response after this long are overdue.
    pub crisis_target_minutes: i64,
    /// Questions without a clinician's reply after this long are overdue.
    pub question_target_hours: i64,
    /// A post reported by this many different members is hidden until reviewed.
    pub reports_to_hide: i64,
    /// A published tip whose last review is older than this shows "review due".
    pub tip_review_interval_days: i64,
    /// At most one reply notification per thread, and one moderator alert, per this many minutes.
    pub notify_batch_minutes: i64,
    /// New threads and replies per member per minute (counted in the database).
    pub posts_per_minute: i64,
    /// A member with more posts than this gets their export prepared in the background.
    pub export_inline_posts: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            privacy_threshold: crate::privacy::DEFAULT_THRESHOLD,
            response_target_hours: 4,
            crisis_target_minutes: 15,
            question_target_hours: 24,
            reports_to_hide: 3,
            tip_review_interval_days: 365,
            notify_batch_minutes: 15,
            posts_per_minute: 6,
            export_inline_posts: 500,
        }
    }
}

impl Rules {
    fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> anyhow::Result<Rules> {
        let d = Rules::default();
        Ok(Rules {
            privacy_threshold: parse_or(get, "PRIVACY_THRESHOLD", d.privacy_threshold)?,
            response_target_hours: parse_or(
                get,
                "MOD_RESPONSE_TARGET_HOURS",
                d.response_target_hours,
            )?,
            crisis_target_minutes: parse_or(
                get,
                "CRISIS_RESPONSE_TARGET_MINUTES",
                d.crisis_target_minutes,
            )?,
            question_target_hours: parse_or(
                get,
                "QUESTION_RESPONSE_TARGET_HOURS",
                d.question_target_hours,
            )?,
            reports_to_hide: parse_or(get, "REPORTS_TO_HIDE", d.reports_to_hide)?,
            tip_review_interval_days: parse_or(
                get,
                "TIP_REVIEW_INTERVAL_DAYS",
                d.tip_review_interval_days,
            )?,
            notify_batch_minutes: parse_or(get, "NOTIFY_BATCH_MINUTES", d.notify_batch_minutes)?,
            posts_per_minute: parse_or(get, "POSTS_PER_MEMBER_MINUTE", d.posts_per_minute)?,
            export_inline_posts: parse_or(get, "EXPORT_INLINE_POSTS", d.export_inline_posts)?,
        })
    }
}

impl Config {
    /// Reads the environment; a malformed number or flag is an error, not a silent default.
    pub fn from_env() -> anyhow::Result<Config> {
        Self::from_lookup(|key| std::env::var(key).ok())
    }

    /// Builds a config from any key lookup (the environment, or a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let bind_addr = get("BIND_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let base_url = get("BASE_URL").unwrap_or_else(|| format!("http://{bind_addr}"));
        Ok(Config {
            database_url: get("DATABASE_URL").unwrap_or_else(|| "data/carecircle.db".into()),
            base_url: base_url.trim_end_matches('/').to_string(),
            bind_addr,
            banner_text: get("BANNER_TEXT").unwrap_or_else(|| DEFAULT_BANNER.into()),
            tip_banner_text: get("TIP_BANNER_TEXT").unwrap_or_else(|| DEFAULT_TIP_BANNER.into()),
            clinician_banner_text: get("CLINICIAN_BANNER_TEXT")
                .unwrap_or_else(|| DEFAULT_CLINICIAN_BANNER.into()),
            seed_demo_communities: parse_or(&get, "SEED_DEMO_COMMUNITIES", true)?,
            db_pool_size: parse_or(&get, "DB_POOL_SIZE", 8)?,
            max_body_bytes: parse_or(&get, "MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)?,
            workers: parse_or(&get, "WORKERS", default_workers())?,
            page_cache_seconds: parse_or(&get, "PAGE_CACHE_SECONDS", 1)?,
            limits: Limits::from_lookup(&get)?,
            trust_forwarded_for: parse_or(&get, "TRUST_FORWARDED_FOR", false)?,
            rules: Rules::from_lookup(&get)?,
            smtp_url: get("SMTP_URL").filter(|u| !u.trim().is_empty()),
            mail_from: get("MAIL_FROM")
                .unwrap_or_else(|| "CareCircle <no-reply@carecircle.localhost>".into()),
            mail_dir: get("MAIL_DIR").unwrap_or_else(|| "data/mail".into()),
            crisis_lines: crisis_lines(&get)?,
            metrics_token: metrics_token(&get)?,
        })
    }

    /// Cookies get the Secure flag when the public address is served over TLS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn is_postgres(&self) -> bool {
        is_postgres_url(&self.database_url)
    }
}

/// The built-in crisis lines, with the regions of `CRISIS_LINES_FILE` (a JSON list of
/// `{"code","name","lines":[{"name","how"}]}`) replacing or adding to them.
fn crisis_lines(get: &impl Fn(&str) -> Option<String>) -> anyhow::Result<CrisisLines> {
    let extra = match get("CRISIS_LINES_FILE").filter(|p| !p.trim().is_empty()) {
        None => Vec::new(),
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("CRISIS_LINES_FILE={path}: {e}"))?;
            serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!("CRISIS_LINES_FILE={path} is not a list of regions: {e}")
            })?
        }
    };
    let country = get("CRISIS_COUNTRY").unwrap_or_else(|| "US".into());
    let lines = CrisisLines::new(extra, &country);
    if !lines.knows(&country.to_uppercase()) {
        anyhow::bail!("CRISIS_COUNTRY={country} has no crisis lines: add it to CRISIS_LINES_FILE");
    }
    Ok(lines)
}

/// Shortest token accepted: a guessable one would publish the forum's figures.
const MIN_METRICS_TOKEN_CHARS: usize = 16;

fn metrics_token(get: &impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<String>> {
    match get("METRICS_TOKEN").map(|t| t.trim().to_string()) {
        Some(token) if token.is_empty() => Ok(None),
        Some(token) if token.chars().count() < MIN_METRICS_TOKEN_CHARS => anyhow::bail!(
            "METRICS_TOKEN needs at least {MIN_METRICS_TOKEN_CHARS} characters (try `openssl rand -hex 32`)"
        ),
        token => Ok(token),
    }
}

pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn parse_or<T: std::str::FromStr>(
    get: &impl Fn(&str) -> Option<String>,
    key: &str,
    default: T,
) -> anyhow::Result<T> {
    match get(key) {
        None => Ok(default),
        Some(raw) => raw
            .trim()
            .parse()
            .map_err(|_| anyhow::anyhow!("{key}={raw:?} is not a valid value")),
    }
}

/// Hides the credentials in a database URL (`postgres://user:secret@host/db`).
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}://***@{}", &url[..scheme_end], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("bind_addr", &self.bind_addr)
            .field("base_url", &self.base_url)
            .field("seed_demo_communities", &self.seed_demo_communities)
            .field("db_pool_size", &self.db_pool_size)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("workers", &self.workers)
            .field("page_cache_seconds", &self.page_cache_seconds)
            .field("limits", &self.limits)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("rules", &self.rules)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("mail_from", &self.mail_from)
            .field("mail_dir", &self.mail_dir)
            .field("metrics_token", &self.metrics_token.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_give_the_embedded_setup() {
        let config = Config::from_lookup(|_| None).unwrap();
        assert_eq!(config.database_url, "data/carecircle.db");
        assert_eq!(config.bind_addr, "127.0.0.1:8080");
        assert_eq!(config.base_url, "http://127.0.0.1:8080");
        assert!(!config.is_postgres() && !config.secure_cookies());
    }

    #[test]
    fn a_malformed_number_is_an_error() {
        let err = Config::from_lookup(|k| (k == "DB_POOL_SIZE").then(|| "many".into()));
        assert!(err.unwrap_err().to_string().contains("DB_POOL_SIZE"));
    }

    #[test]
    fn debug_output_hides_the_database_password() {
        let config = Config::from_lookup(|k| {
            (k == "DATABASE_URL").then(|| "postgres://app:s3cret@db:5432/carecircle".into())
        })
        .unwrap();
        let shown = format!("{config:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db:5432/carecircle"));
    }
}
