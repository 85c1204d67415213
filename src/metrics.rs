//! What operators scrape at `/metrics`, in the Prometheus text format (written here: a few
//! counters and histograms do not need a metrics crate).
//!
//! Labels are route patterns (`/t/{id}`, never the path asked for), methods, status codes and
//! queue kinds: no label or value carries a handle, email, id or text.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, Error};
use diesel::prelude::*;

use crate::db::{DbConnection, DbPool};
use crate::error::AppResult;
use crate::models::outbox;
use crate::schema::{crisis_items, posts, sessions};
use crate::state::AppState;
use crate::views::responsiveness::{QueueFigures, Waits, DAY};

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// A series without labels.
const NO_LABELS: &[(&str, &str)] = &[];

/// The route label of requests that matched no route (a 404 of the default service).
const UNMATCHED: &str = "unmatched";

#[derive(Default, Clone)]
struct Histogram {
    /// Observations at or below each bound (cumulative, as the format wants).
    at_or_below: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, took: Duration) {
        let seconds = took.as_secs_f64();
        for (bound, n) in BUCKETS.iter().zip(self.at_or_below.iter_mut()) {
            if seconds <= *bound {
                *n += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone)]
struct RequestKey {
    route: String,
    method: &'static str,
    status: u16,
}

/// The figures this process counts itself: requests, and waits for a database connection.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<RequestKey, Histogram>>,
    db_wait: Mutex<Histogram>,
}

impl Metrics {
    pub fn observe_request(&self, route: &str, method: &Method, status: u16, took: Duration) {
        let key = RequestKey {
            route: route.to_string(),
            method: method_label(method),
            status,
        };
        let mut requests = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
        requests.entry(key).or_default().observe(took);
    }

    /// Time from asking for a database connection (the queue for a slot, then the pool) to
    /// holding one.
    pub fn observe_db_wait(&self, waited: Duration) {
        self.db_wait
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .observe(waited);
    }

    /// The whole exposition: this process's counters, the pool, and the database's figures.
    pub fn render(&self, figures: &Figures, pool: &PoolFigures) -> String {
        let mut out = Exposition::default();
        out.family("carecircle_build_info", "gauge", "The running build.");
        out.sample(
            "carecircle_build_info",
            &[("version", env!("CARGO_PKG_VERSION"))],
            1,
        );
        self.write_requests(&mut out);
        pool.write(&mut out);
        let db_wait = self
            .db_wait
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        out.family(
            "carecircle_db_wait_seconds",
            "histogram",
            "Time from asking for a database connection to holding one.",
        );
        out.histogram("carecircle_db_wait_seconds", NO_LABELS, &db_wait);
        figures.write(&mut out);
        out.0
    }

    fn write_requests(&self, out: &mut Exposition) {
        let requests = self
            .requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        out.family(
            "carecircle_http_requests_total",
            "counter",
            "HTTP requests answered, by route pattern, method and status.",
        );
        for (key, histogram) in &requests {
            out.sample(
                "carecircle_http_requests_total",
                &key.labels(),
                histogram.count,
            );
        }
        out.family(
            "carecircle_http_request_duration_seconds",
            "histogram",
            "Time to answer an HTTP request, by route pattern, method and status.",
        );
        for (key, histogram) in &requests {
            out.histogram(
                "carecircle_http_request_duration_seconds",
                &key.labels(),
                histogram,
            );
        }
    }
}

impl RequestKey {
    fn labels(&self) -> [(&str, String); 3] {
        [
            ("route", self.route.clone()),
            ("method", self.method.to_string()),
            ("status", self.status.to_string()),
        ]
    }
}

/// A fixed set, so a made-up method cannot add series.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Counts every request under its route pattern and final status.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let res = next.call(req).await?;
    let request = res.request();
    if let Some(state) = request.app_data::<web::Data<AppState>>() {
        let route = request.match_pattern();
        state.metrics.observe_request(
            route.as_deref().unwrap_or(UNMATCHED),
            request.method(),
            res.status().as_u16(),
            started.elapsed(),
        );
    }
    Ok(res)
}

/// The pool's connections now.
pub struct PoolFigures {
    pub max: u32,
    pub open: u32,
    pub idle: u32,
}

impl PoolFigures {
    pub fn of(pool: &DbPool) -> PoolFigures {
        let state = pool.state();
        PoolFigures {
            max: pool.max_size(),
            open: state.connections,
            idle: state.idle_connections,
        }
    }

    fn write(&self, out: &mut Exposition) {
        out.family(
            "carecircle_db_pool_connections",
            "gauge",
            "Database connections of this server's pool, in use or idle.",
        );
        let in_use = self.open.saturating_sub(self.idle);
        out.sample(
            "carecircle_db_pool_connections",
            &[("state", "in_use")],
            in_use,
        );
        out.sample(
            "carecircle_db_pool_connections",
            &[("state", "idle")],
            self.idle,
        );
        out.family(
            "carecircle_db_pool_max_connections",
            "gauge",
            "The pool's size (DB_POOL_SIZE).",
        );
        out.sample("carecircle_db_pool_max_connections", NO_LABELS, self.max);
    }
}

/// What the database says at this scrape; the same for every app server on one database.
pub struct Figures {
    pub queue: QueueFigures,
    pub open_crisis_items: i64,
    pub crisis_opened_last_day: i64,
    /// Posts written in the last 24 hours, by their status now.
    pub posts_last_day: Vec<(String, i64)>,
    pub outbox_pending: i64,
    pub outbox_failed: i64,
    pub active_sessions: i64,
}

impl Figures {
    pub fn load(conn: &mut DbConnection, now: i64) -> AppResult<Figures> {
        let day_ago = now - DAY;
        Ok(Figures {
            queue: QueueFigures::load(conn, now)?,
            open_crisis_items: crisis_items::table
                .filter(crisis_items::resolved_at.is_null())
                .count()
                .get_result(conn)?,
            crisis_opened_last_day: crisis_items::table
                .filter(crisis_items::opened_at.ge(day_ago))
                .count()
                .get_result(conn)?,
            posts_last_day: posts::table
                .filter(posts::created_at.ge(day_ago))
                .group_by(posts::status)
                .select((posts::status, diesel::dsl::count_star()))
                .load(conn)?,
            outbox_pending: outbox::count_with_status(conn, outbox::PENDING)?,
            outbox_failed: outbox::count_with_status(conn, outbox::FAILED)?,
            active_sessions: sessions::table
                .filter(sessions::expires_at.gt(now))
                .count()
                .get_result(conn)?,
        })
    }

    fn write(&self, out: &mut Exposition) {
        self.write_queue(out);
        out.family(
            "carecircle_crisis_items_open",
            "gauge",
            "Crisis items not yet resolved (with or without a staff response).",
        );
        out.sample(
            "carecircle_crisis_items_open",
            NO_LABELS,
            self.open_crisis_items,
        );
        out.family(
            "carecircle_crisis_items_opened_last_day",
            "gauge",
            "Crisis items opened in the last 24 hours.",
        );
        out.sample(
            "carecircle_crisis_items_opened_last_day",
            NO_LABELS,
            self.crisis_opened_last_day,
        );
        out.family(
            "carecircle_posts_written_last_day",
            "gauge",
            "Posts written in the last 24 hours, by their status now (held / all is the hold rate).",
        );
        for (status, count) in &self.posts_last_day {
            let status = crate::models::post::Status::parse(status).as_str();
            out.sample(
                "carecircle_posts_written_last_day",
                &[("status", status)],
                count,
            );
        }
        out.family(
            "carecircle_outbox_messages",
            "gauge",
            "Emails in the outbox waiting to be sent, or given up on.",
        );
        out.sample(
            "carecircle_outbox_messages",
            &[("status", "pending")],
            self.outbox_pending,
        );
        out.sample(
            "carecircle_outbox_messages",
            &[("status", "failed")],
            self.outbox_failed,
        );
        out.family(
            "carecircle_active_sessions",
            "gauge",
            "Unexpired sign-in sessions.",
        );
        out.sample(
            "carecircle_active_sessions",
            NO_LABELS,
            self.active_sessions,
        );
    }

    fn write_queue(&self, out: &mut Exposition) {
        let kinds: [(&str, &Waits); 3] = [
            ("held", &self.queue.held),
            ("reported", &self.queue.reported),
            ("crisis", &self.queue.crisis),
        ];
        out.family(
            "carecircle_queue_depth",
            "gauge",
            "Items waiting for staff: privacy holds, posts hidden by reports, crisis items without a response.",
        );
        for (kind, waits) in kinds {
            out.sample("carecircle_queue_depth", &[("kind", kind)], waits.count);
        }
        out.family(
            "carecircle_queue_oldest_age_seconds",
            "gauge",
            "How long the oldest waiting item of each kind has waited (0 when none waits).",
        );
        for (kind, waits) in kinds {
            let oldest = waits.oldest_seconds.unwrap_or(0);
            out.sample(
                "carecircle_queue_oldest_age_seconds",
                &[("kind", kind)],
                oldest,
            );
        }
    }
}

/// The text being written.
#[derive(Default)]
struct Exposition(String);

impl Exposition {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.0, "# HELP {name} {help}\n# TYPE {name} {kind}");
    }

    fn sample<V: AsRef<str>>(
        &mut self,
        name: &str,
        labels: &[(&str, V)],
        value: impl std::fmt::Display,
    ) {
        let _ = writeln!(self.0, "{name}{} {value}", label_set(labels, None));
    }

    fn histogram<V: AsRef<str>>(&mut self, name: &str, labels: &[(&str, V)], h: &Histogram) {
        for (bound, n) in BUCKETS.iter().zip(h.at_or_below) {
            let le = bound.to_string();
            let _ = writeln!(self.0, "{name}_bucket{} {n}", label_set(labels, Some(&le)));
        }
        let _ = writeln!(
            self.0,
            "{name}_bucket{} {}",
            label_set(labels, Some("+Inf")),
            h.count
        );
        let plain = label_set(labels, None);
        let _ = writeln!(self.0, "{name}_sum{plain} {}", h.sum);
        let _ = writeln!(self.0, "{name}_count{plain} {}", h.count);
    }
}

fn label_set<V: AsRef<str>>(labels: &[(&str, V)], le: Option<&str>) -> String {
    let mut pairs: Vec<String> = labels
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape(v.as_ref())))
        .collect();
    if let Some(le) = le {
        pairs.push(format!("le=\"{le}\""));
    }
    match pairs.is_empty() {
        true => String::new(),
        false => format!("{{{}}}", pairs.join(",")),
    }
}

/// Label values escape backslash, double quote and newline.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_counts_each_observation_in_every_bucket_at_or_above_it() {
        let mut h = Histogram::default();
        h.observe(Duration::from_millis(3));
        h.observe(Duration::from_millis(70));
        h.observe(Duration::from_secs(60));
        let mut out = Exposition::default();
        out.histogram("t", &[("route", "/t/{id}")], &h);
        assert!(out
            .0
            .contains("t_bucket{route=\"/t/{id}\",le=\"0.005\"} 1\n"));
        assert!(out.0.contains("t_bucket{route=\"/t/{id}\",le=\"0.1\"} 2\n"));
        assert!(out.0.contains("t_bucket{route=\"/t/{id}\",le=\"30\"} 2\n"));
        assert!(out
            .0
            .contains("t_bucket{route=\"/t/{id}\",le=\"+Inf\"} 3\n"));
        assert!(out.0.contains("t_count{route=\"/t/{id}\"} 3\n"));
    }

    #[test]
    fn label_values_are_escaped_and_unknown_methods_share_one_label() {
        assert_eq!(
            label_set(&[("route", "a\"b\\c\nd")], None),
            "{route=\"a\\\"b\\\\c\\nd\"}"
        );
        let made_up = Method::from_bytes(b"BREW").unwrap();
        assert_eq!(method_label(&made_up), "other");
    }
}
