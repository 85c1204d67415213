//! Page rendering with the base context every template can rely on.

use actix_web::cookie::Cookie;
use actix_web::http::{header, StatusCode};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use tera::Context;

use crate::auth::{self, CurrentUser, MaybeUser};
use crate::error::AppResult;
use crate::middleware::CsrfToken;
use crate::startup::AppState;

pub const FLASH_COOKIE: &str = "cc_flash";

pub fn url_encode(text: &str) -> String {
    utf8_percent_encode(text, NON_ALPHANUMERIC).to_string()
}

/// The context every page gets: who is looking, the CSRF token, the banner, a flash message.
pub fn base_context(state: &AppState, req: &HttpRequest, user: Option<&CurrentUser>) -> Context {
    let mut ctx = Context::new();
    ctx.insert("user", &user);
    ctx.insert("banner", &state.config.banner_text);
    ctx.insert("tip_banner", &state.config.tip_banner_text);
    ctx.insert("path", req.path());
    let csrf = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    ctx.insert("csrf_token", &csrf);
    let flash = req.cookie(FLASH_COOKIE).map(|c| c.value().to_string());
    ctx.insert("flash", &flash.and_then(|f| flash_text(&f)));
    ctx
}

/// Renders a full page with status 200.
pub fn page(
    state: &AppState,
    req: &HttpRequest,
    user: &MaybeUser,
    template: &str,
    ctx: Context,
) -> AppResult<HttpResponse> {
    page_with_status(state, req, user.as_ref(), StatusCode::OK, template, ctx)
}

/// Renders a page with a chosen status (422 for a form that failed validation).
pub fn page_with_status(
    state: &AppState,
    req: &HttpRequest,
    user: Option<&CurrentUser>,
    status: StatusCode,
    template: &str,
    extra: Context,
) -> AppResult<HttpResponse> {
    let mut ctx = base_context(state, req, user);
    ctx.extend(extra);
    let html = state
        .tera
        .render(template, &ctx)
        .map_err(anyhow::Error::new)?;
    let mut response = HttpResponse::build(status);
    response.content_type("text/html; charset=utf-8");
    if req.cookie(FLASH_COOKIE).is_some() {
        response.cookie(auth::expired_cookie(FLASH_COOKIE));
    }
    Ok(response.body(html))
}

/// Flash messages are fixed texts chosen by code; the cookie carries only their key,
/// so nothing a user typed (or any health detail) ever travels in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flash {
    Welcome,
    LoggedIn,
    LoggedOut,
    Joined,
    Left,
    Saved,
    CommunityCreated,
    UserUpdated,
    Decided,
    Reported,
    Deleted,
    Applied,
    TipSubmitted,
    EmailConfirmed,
    LinkSent,
    ResetSent,
    PasswordChanged,
    Unsubscribed,
    Following,
    Unfollowed,
}

/// Each flash with its cookie key and its text.
const FLASHES: &[(Flash, &str, &str)] = &[
    (Flash::Welcome, "welcome", "Welcome to CareCircle! Confirm your email address with the link we sent you, then join a community to start talking."),
    (Flash::LoggedIn, "logged-in", "You are logged in."),
    (Flash::LoggedOut, "logged-out", "You are logged out."),
    (Flash::Joined, "joined", "You joined the community."),
    (Flash::Left, "left", "You left the community."),
    (Flash::Saved, "saved", "Saved."),
    (Flash::CommunityCreated, "community-created", "Community created."),
    (Flash::UserUpdated, "user-updated", "Account updated."),
    (Flash::Decided, "decided", "Decision saved. The author has been told."),
    (Flash::Reported, "reported", "Thank you. Moderators will review your report."),
    (Flash::Deleted, "deleted", "Your post is deleted."),
    (Flash::Applied, "applied", "Thank you. An admin will review your application."),
    (Flash::TipSubmitted, "tip-submitted", "Saved. Your tip is published once another clinician or a moderator approves it."),
    (Flash::EmailConfirmed, "email-confirmed", "Thank you: your email address is confirmed. You can post now."),
    (Flash::LinkSent, "link-sent", "We sent you a new link. It expires in 24 hours."),
    (Flash::ResetSent, "reset-sent", "If that address has an account, we sent it a link to choose a new password."),
    (Flash::PasswordChanged, "password-changed", "Your password is changed and every session is logged out. Log in with the new password."),
    (Flash::Unsubscribed, "unsubscribed", "You will get no more reply emails. You can turn them back on from your account page."),
    (Flash::Following, "following", "You will hear about new replies in this discussion."),
    (Flash::Unfollowed, "unfollowed", "No more emails about this discussion."),
];

fn flash_key(flash: Flash) -> &'static str {
    FLASHES
        .iter()
        .find(|(f, _, _)| *f == flash)
        .map_or("", |(_, key, _)| key)
}

fn flash_text(key: &str) -> Option<&'static str> {
    FLASHES
        .iter()
        .find(|(_, k, _)| *k == key)
        .map(|(_, _, text)| *text)
}

/// 303 to `location`, showing `flash` on the next page.
pub fn redirect_with(location: &str, flash: Flash) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_string()))
        .cookie(
            Cookie::build(FLASH_COOKIE, flash_key(flash))
                .path("/")
                .http_only(true)
                .finish(),
        )
        .finish()
}

pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_string()))
        .finish()
}

/// Only same-site paths are followed after login, never another host.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

/// "2026-11-21 23:43 UTC" from Unix seconds (civil-from-days, proleptic Gregorian).
pub fn format_time(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60
    )
}

/// "2026-11-21T23:43:00Z" from Unix seconds, for feeds.
pub fn rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_unix_seconds_as_utc() {
        assert_eq!(format_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_time(1_795_304_580), "2026-11-21 23:43 UTC");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(rfc3339(1_795_304_585), "2026-11-21T23:43:05Z");
    }

    #[test]
    fn next_only_follows_local_paths() {
        assert_eq!(safe_next(Some("/c/long-covid")), "/c/long-covid");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn only_known_flash_keys_show_text() {
        assert_eq!(flash_text("saved"), Some("Saved."));
        assert_eq!(flash_text("<script>"), None);
    }
}
