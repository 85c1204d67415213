//! A short-lived cache of the public pages as anonymous visitors see them (the same idea as
//! Discourse's anonymous cache): a spike of readers after a news story costs one render per
//! page per second instead of one per request.
//!
//! Safe by construction:
//! - only GET requests without a session or flash cookie are served from it or stored;
//! - only 200 HTML answers of public page routes that set no cookie are stored, and never
//!   one whose body holds the visitor's CSRF token;
//! - every state-changing request on this server empties it at once, so a moderator's
//!   decision shows immediately here; on other app servers it shows within `ttl`
//!   (`PAGE_CACHE_SECONDS`, default 1; 0 turns the cache off).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::body::{self, BodySize, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes};
use actix_web::{Error, HttpMessage, HttpResponse};

use crate::auth::web::SESSION_COOKIE;
use crate::middleware::{changes_state, CsrfToken};
use crate::render::FLASH_COOKIE;
use crate::state::AppState;

/// Pages kept at most; past it the cache starts over (a cheap bound against odd URLs).
const MAX_ENTRIES: usize = 4096;
/// Larger pages are not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;
/// The public pages worth keeping: home, communities, threads, tips, profiles.
const CACHED_PREFIXES: [&str; 4] = ["/c/", "/t/", "/tips", "/u/"];

pub struct PageCache {
    ttl: Duration,
    generation: AtomicU64,
    pages: Mutex<HashMap<String, Page>>,
}

struct Page {
    body: Bytes,
    /// The page asked search engines to skip it (`X-Robots-Tag`); so does its cached copy.
    noindex: bool,
    generation: u64,
    stored_at: Instant,
}

impl PageCache {
    pub fn new(ttl_seconds: u64) -> PageCache {
        PageCache {
            ttl: Duration::from_secs(ttl_seconds),
            generation: AtomicU64::new(0),
            pages: Mutex::new(HashMap::new()),
        }
    }

    fn enabled(&self) -> bool {
        !self.ttl.is_zero()
    }

    /// Moves on with every change on this server; what was read before is stale.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Forgets every page: something may have changed.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    fn get(&self, key: &str) -> Option<(Bytes, bool)> {
        let generation = self.generation.load(Ordering::SeqCst);
        let pages = self.pages.lock().ok()?;
        let page = pages.get(key)?;
        let fresh = page.generation == generation && page.stored_at.elapsed() < self.ttl;
        fresh.then(|| (page.body.clone(), page.noindex))
    }

    /// Stores a page rendered while the cache was at `generation`; a change that happened
    /// during the render has moved the generation on, and the page is dropped.
    fn put(&self, key: String, body: Bytes, noindex: bool, generation: u64) {
        let Ok(mut pages) = self.pages.lock() else {
            return;
        };
        if generation != self.generation.load(Ordering::SeqCst) {
            return;
        }
        if pages.len() >= MAX_ENTRIES {
            pages.clear();
        }
        let stored_at = Instant::now();
        pages.insert(
            key,
            Page {
                body,
                noindex,
                generation,
                stored_at,
            },
        );
    }
}

/// Whether this request may be answered from, or stored in, the cache.
fn cacheable_request(req: &ServiceRequest) -> bool {
    let path = req.path();
    req.method() == Method::GET
        && (path == "/" || CACHED_PREFIXES.iter().any(|p| path.starts_with(p)))
        && req.cookie(SESSION_COOKIE).is_none()
        && req.cookie(FLASH_COOKIE).is_none()
}

fn cache_key(req: &ServiceRequest) -> String {
    match req.query_string() {
        "" => req.path().to_string(),
        query => format!("{}?{query}", req.path()),
    }
}

pub async fn serve_cached(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let cache = &state.page_cache;
    if !cache.enabled() {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    if !cacheable_request(&req) {
        let changes_state = changes_state(req.method());
        let res = next.call(req).await?.map_into_boxed_body();
        if changes_state {
            cache.invalidate();
        }
        return Ok(res);
    }
    let key = cache_key(&req);
    if let Some((body, noindex)) = cache.get(&key) {
        return Ok(req.into_response(html(body, noindex)));
    }
    let generation = cache.generation.load(Ordering::SeqCst);
    let csrf = req.extensions().get::<CsrfToken>().map(|t| t.0.clone());
    let res = next.call(req).await?;
    if !storable(res.response()) {
        return Ok(res.map_into_boxed_body());
    }
    let noindex = res.response().headers().contains_key(ROBOTS);
    let (req, response) = res.into_parts();
    let (head, body) = response.into_parts();
    let small = matches!(body.size(), BodySize::Sized(n) if n <= MAX_PAGE_BYTES as u64);
    if !small {
        return Ok(ServiceResponse::new(
            req,
            head.set_body(body).map_into_boxed_body(),
        ));
    }
    let bytes = body::to_bytes(body)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.into()))?;
    let holds_token = csrf.is_some_and(|t| !t.is_empty() && contains(&bytes, t.as_bytes()));
    if !holds_token {
        cache.put(key, bytes.clone(), noindex, generation);
    }
    Ok(ServiceResponse::new(
        req,
        head.set_body(BoxBody::new(bytes)),
    ))
}

fn storable<B>(response: &HttpResponse<B>) -> bool {
    response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

const ROBOTS: &str = "x-robots-tag";

fn html(body: Bytes, noindex: bool) -> HttpResponse {
    let mut res = HttpResponse::Ok().body(body);
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if noindex {
        res.headers_mut().insert(
            header::HeaderName::from_static(ROBOTS),
            HeaderValue::from_static("noindex"),
        );
    }
    res
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
