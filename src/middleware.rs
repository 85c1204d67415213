//! Request ids and logs, security headers, CSRF, body limits and error pages.

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpMessage, HttpResponse};
use futures_util::StreamExt;
use tracing::Instrument;

use crate::auth;
use crate::auth::web::{MaybeUser, SESSION_COOKIE};
use crate::error::ErrorPage;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "cc_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The CSRF token of this visitor, for forms to embed.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Gives each request an id, logs method, path, status and time (never bodies or queries),
/// and adds the security headers. A signed-in viewer's pages may hold their own held text
/// and identifiers: no cache (a proxy, the browser's disk) may keep them.
pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if let Some(state) = req.app_data::<web::Data<AppState>>() {
        state.refresh_settings().await;
    }
    let signed_in = req.cookie(SESSION_COOKIE).is_some();
    let id = auth::hex(&auth::random_bytes::<8>());
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %req.path());
    let started = Instant::now();
    let mut res = next.call(req).instrument(span.clone()).await?;
    span.in_scope(|| {
        tracing::info!(
            status = res.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "done"
        )
    });
    let headers = res.headers_mut();
    let set = |h: &mut header::HeaderMap, name: &'static str, value: &'static str| {
        h.insert(
            header::HeaderName::from_static(name),
            header::HeaderValue::from_static(value),
        );
    };
    if let Ok(value) = header::HeaderValue::from_str(&id) {
        headers.insert(header::HeaderName::from_static("x-request-id"), value);
    }
    if signed_in || sets_cookie(headers, SESSION_COOKIE) {
        set(headers, "cache-control", "private, no-store");
    }
    set(headers, "content-security-policy", CONTENT_SECURITY_POLICY);
    set(headers, "x-content-type-options", "nosniff");
    set(headers, "x-frame-options", "DENY");
    set(headers, "referrer-policy", "same-origin");
    set(
        headers,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    );
    Ok(res)
}

fn sets_cookie(headers: &header::HeaderMap, name: &str) -> bool {
    headers
        .get_all(header::SET_COOKIE)
        .any(|v| v.as_bytes().starts_with(format!("{name}=").as_bytes()))
}

/// Whether a request may change state (and so needs a CSRF token, and makes cached pages stale).
pub fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Every state-changing request must carry the visitor's CSRF token (form field or header),
/// and no body may exceed the configured limit. Checked here, once, so no route can forget.
///
/// A signed-in visitor's token is derived from their session (so it changes at every login
/// and logout); a visitor without a session gets a random token in a cookie.
pub async fn csrf_guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let (secure, limit) = match req.app_data::<web::Data<AppState>>() {
        Some(state) => (state.config.secure_cookies(), state.config.max_body_bytes),
        None => (false, 64 * 1024),
    };
    let cookie_token = req
        .cookie(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|t| t.len() == 64);
    let is_new = cookie_token.is_none();
    let visitor_token = cookie_token.unwrap_or_else(auth::new_token);
    let session = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
    let token = match &session {
        Some(session) => auth::csrf_token_for_session(session),
        None => visitor_token.clone(),
    };
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let unproven = session.is_none() && is_new;

    if changes_state(req.method()) {
        let body = match read_body(&mut req, limit).await {
            Ok(body) => body,
            Err(status) => return Ok(reject(req, status, "")),
        };
        if is_form(&req) && !decodes_as_utf8(&body) {
            let message = "The form contained characters that are not valid text (UTF-8).";
            return Ok(reject(req, StatusCode::BAD_REQUEST, message));
        }
        let exempt = is_one_click_unsubscribe(&req) || is_token_api_call(&req);
        if !exempt && (unproven || !carries_token(&req, &body, &token)) {
            let message = "This form has expired or did not come from CareCircle. Go back, reload the page and try again.";
            return Ok(reject(req, StatusCode::FORBIDDEN, message));
        }
        req.set_payload(bytes_to_payload(body));
    }

    let mut res = next.call(req).await?.map_into_boxed_body();
    if is_new {
        let cookie = Cookie::build(CSRF_COOKIE, visitor_token)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(secure)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

fn reject(req: ServiceRequest, status: StatusCode, message: &str) -> ServiceResponse<BoxBody> {
    let mut response = HttpResponse::build(status).finish();
    response.extensions_mut().insert(ErrorPage {
        message: message.into(),
    });
    req.into_response(response)
}

async fn read_body(req: &mut ServiceRequest, limit: usize) -> Result<web::Bytes, StatusCode> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|len| len > limit) {
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let mut payload = req.take_payload();
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| StatusCode::BAD_REQUEST)?;
        if body.len() + chunk.len() > limit {
            return Err(StatusCode::PAYLOAD_TOO_LARGE);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// RFC 8058: mail clients POST to the unsubscribe link without cookies; the secret in the
/// link is the authority, and the action only switches emails off.
fn is_one_click_unsubscribe(req: &ServiceRequest) -> bool {
    req.path().starts_with("/unsubscribe/")
}

/// An API call with a personal access token: browsers never add an Authorization header on
/// their own, so a forged cross-site request cannot carry one, and the API then ignores cookies.
fn is_token_api_call(req: &ServiceRequest) -> bool {
    req.path().starts_with("/api/v1/")
        && crate::api::caller::bearer(req.request()).is_some_and(|token| token.is_some())
}

fn is_form(req: &ServiceRequest) -> bool {
    req.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
        v.as_bytes()
            .starts_with(b"application/x-www-form-urlencoded")
    })
}

/// Form decoding is lossy by default; refuse instead of storing replacement characters.
fn decodes_as_utf8(body: &[u8]) -> bool {
    let decoded: Vec<u8> = percent_encoding::percent_decode(body).collect();
    std::str::from_utf8(&decoded).is_ok()
}

fn carries_token(req: &ServiceRequest, body: &[u8], expected: &str) -> bool {
    let sent = req
        .headers()
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| {
            serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
                .ok()?
                .into_iter()
                .find(|(k, _)| k == CSRF_FIELD)
                .map(|(_, v)| v)
        });
    sent.is_some_and(|sent| constant_time_eq(sent.as_bytes(), expected.as_bytes()))
}

/// Compares secrets without stopping at the first difference.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn bytes_to_payload(body: web::Bytes) -> Payload {
    let (_, mut payload) = actix_http::h1::Payload::create(true);
    payload.unread_data(body);
    Payload::from(payload)
}

/// Turns every error response that is not already a page into the error page for its status,
/// so neither actix's plain-text errors nor internals ever reach a user.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    let already_rendered = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
        let v = v.as_bytes();
        v.starts_with(b"text/html")
            || v.starts_with(b"application/json")
            || v.starts_with(crate::api::problem::CONTENT_TYPE.as_bytes())
    });
    if !(status.is_client_error() || status.is_server_error()) || already_rendered {
        return Ok(res);
    }
    let message = res
        .response()
        .extensions()
        .get::<ErrorPage>()
        .map(|p| p.message.clone());
    let (req, response) = res.into_parts();
    let mut page = if req.path().starts_with("/api/") {
        crate::api::problem::Problem::new(status, message).response()
    } else {
        error_page(&req, status, message.unwrap_or_default())
    };
    for (name, value) in response.headers() {
        if name == header::RETRY_AFTER || name == header::SET_COOKIE {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    Ok(ServiceResponse::new(req, page))
}

fn error_page(req: &actix_web::HttpRequest, status: StatusCode, message: String) -> HttpResponse {
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return HttpResponse::build(status).body(status.to_string());
    };
    let user = req
        .extensions()
        .get::<MaybeUser>()
        .and_then(|u| u.0.clone());
    let mut ctx = crate::render::base_context(state, req, user.as_ref());
    ctx.insert("status", &status.as_u16());
    ctx.insert("reason", status.canonical_reason().unwrap_or("Error"));
    ctx.insert("message", &message);
    match state.tera.render("errors/error.html", &ctx) {
        Ok(html) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            HttpResponse::build(status).body(status.to_string())
        }
    }
}
