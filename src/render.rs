//! Pages: the `Page` builder with the base context every template relies on (user, CSRF
//! token, banner, flash, navigation), the Tera filters, flash messages and redirects.

use std::collections::HashMap;

use actix_web::cookie::Cookie;
use actix_web::http::{header, StatusCode};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use include_dir::{include_dir, Dir};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS, NON_ALPHANUMERIC};
use serde::Serialize;
use tera::{Context, Tera};

use crate::auth::{self, CurrentUser};
use crate::error::AppResult;
use crate::middleware::CsrfToken;
use crate::policy;
use crate::routes::forms::FieldErrors;
use crate::services::screening::Support;
use crate::state::AppState;
use crate::views::header::HeaderCounts;

pub const FLASH_COOKIE: &str = "cc_flash";

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

pub fn url_encode(text: &str) -> String {
    utf8_percent_encode(text, NON_ALPHANUMERIC).to_string()
}

/// A page to render: its template, what it shows, and its status.
pub struct Page {
    template: &'static str,
    ctx: Context,
    status: StatusCode,
    noindex: bool,
}

impl Page {
    pub fn new(template: &'static str) -> Page {
        Page {
            template,
            ctx: Context::new(),
            status: StatusCode::OK,
            noindex: false,
        }
    }

    pub fn with(mut self, key: &str, value: &impl Serialize) -> Page {
        self.ctx.insert(key, value);
        self
    }

    /// A form with what was typed; when something is wrong with it, 422 and the messages.
    pub fn form(mut self, form: &impl Serialize, errors: &FieldErrors) -> Page {
        if !errors.is_empty() {
            self.status = StatusCode::UNPROCESSABLE_ENTITY;
        }
        self.ctx.insert("form", form);
        self.ctx.insert("errors", errors);
        self
    }

    pub fn status(mut self, status: StatusCode) -> Page {
        self.status = status;
        self
    }

    /// Asks search engines to leave the page out: a robots meta tag and `X-Robots-Tag`.
    pub fn noindex(mut self, noindex: bool) -> Page {
        self.noindex = noindex;
        self
    }

    pub fn render(
        self,
        state: &AppState,
        req: &HttpRequest,
        user: Option<&CurrentUser>,
    ) -> AppResult<HttpResponse> {
        let mut ctx = base_context(state, req, user);
        ctx.extend(self.ctx);
        ctx.insert("noindex", &self.noindex);
        let html = state
            .tera
            .render(self.template, &ctx)
            .map_err(anyhow::Error::new)?;
        let mut response = HttpResponse::build(self.status);
        response.content_type("text/html; charset=utf-8");
        if self.noindex {
            response.insert_header(("X-Robots-Tag", "noindex"));
        }
        if req.cookie(FLASH_COOKIE).is_some() {
            response.cookie(auth::web::expired_cookie(FLASH_COOKIE));
        }
        Ok(response.body(html))
    }
}

/// What a post card may show of its viewer: their CSRF token (in its forms) and their
/// region's crisis lines (beside a post that suggests someone may be at risk).
pub fn card_context(state: &AppState, req: &HttpRequest, user: Option<&CurrentUser>) -> Context {
    let mut ctx = Context::new();
    let csrf = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    ctx.insert("csrf_token", &csrf);
    let country = user.and_then(|u| u.country.as_deref());
    ctx.insert(
        "crisis_region",
        state.live().crisis_lines.for_country(country),
    );
    ctx
}

/// Who is signed in, as templates see it: the handle alone (what they may do comes as flags).
#[derive(Serialize)]
struct SignedIn<'a> {
    handle: &'a str,
}

/// The context every page gets: who is looking and where they may go, the CSRF token, a fresh
/// idempotency key for posting forms, the banners and a flash message.
pub fn base_context(state: &AppState, req: &HttpRequest, user: Option<&CurrentUser>) -> Context {
    let mut ctx = Context::new();
    ctx.insert("user", &user.map(|u| SignedIn { handle: &u.handle }));
    ctx.insert("nav", &policy::navigation(user));
    let counts = user.and_then(|_| req.extensions().get::<HeaderCounts>().cloned());
    ctx.insert("counts", &counts);
    ctx.insert("clinician_banner", &state.live().clinician_banner_text);
    ctx.insert("banner", &state.live().banner_text);
    ctx.insert("tip_banner", &state.live().tip_banner_text);
    ctx.insert("path", req.path());
    ctx.insert("form_key", &auth::new_token());
    ctx.extend(card_context(state, req, user));
    let flash = req.cookie(FLASH_COOKIE).map(|c| c.value().to_string());
    let support = flash.as_deref().and_then(Flash::support_of);
    ctx.insert("support_panel", &support);
    // The support panel says it all; no second message beside it.
    let text = flash
        .filter(|_| support.is_none())
        .and_then(|f| flash_text(&f));
    ctx.insert("flash", &text);
    ctx
}

/// Flash messages are fixed texts chosen by code; the cookie carries only their key,
/// so nothing a user typed (or any health detail) ever travels in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flash {
    CheckEmail,
    LoggedIn,
    LoggedOut,
    Joined,
    Left,
    Saved,
    CommunityCreated,
    UserUpdated,
    Decided,
    RevisionAsked,
    Reported,
    ReportedHidden,
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
    ExportQueued,
    AccountErased,
    ErasedOnRequest,
    MarkedAnswered,
    Reopened,
    /// After posting something that suggests someone may be at risk: the support panel.
    SupportSelf,
    SupportOther,
    SupportSelfHeld,
    SupportOtherHeld,
}

impl Flash {
    /// The flash that shows the support panel after posting.
    pub fn support(support: Support) -> Flash {
        match (support.for_someone_else, support.held) {
            (false, false) => Flash::SupportSelf,
            (true, false) => Flash::SupportOther,
            (false, true) => Flash::SupportSelfHeld,
            (true, true) => Flash::SupportOtherHeld,
        }
    }

    fn support_of(key: &str) -> Option<Support> {
        let flash = FLASHES.iter().find(|(_, k, _)| *k == key)?.0;
        let (for_someone_else, held) = match flash {
            Flash::SupportSelf => (false, false),
            Flash::SupportOther => (true, false),
            Flash::SupportSelfHeld => (false, true),
            Flash::SupportOtherHeld => (true, true),
            _ => return None,
        };
        Some(Support {
            for_someone_else,
            held,
        })
    }
}

/// Each flash with its cookie key and its text.
const FLASHES: &[(Flash, &str, &str)] = &[
    (Flash::CheckEmail, "check-email", "Welcome to CareCircle! We sent a link to your email address: open it to confirm the address, then log in and join a community."),
    (Flash::LoggedIn, "logged-in", "You are logged in."),
    (Flash::LoggedOut, "logged-out", "You are logged out."),
    (Flash::Joined, "joined", "You joined the community."),
    (Flash::Left, "left", "You left the community."),
    (Flash::Saved, "saved", "Saved."),
    (Flash::CommunityCreated, "community-created", "Community created."),
    (Flash::UserUpdated, "user-updated", "Account updated."),
    (Flash::Decided, "decided", "Decision saved. The author has been told."),
    (Flash::RevisionAsked, "revision-asked", "Sent. The post keeps waiting in the queue until its author revises it or a moderator decides."),
    (Flash::Reported, "reported", "Thank you. Moderators will review your report."),
    (Flash::ReportedHidden, "reported-hidden", "Thank you. With your report the post is hidden from readers until a moderator looks at it."),
    (Flash::Deleted, "deleted", "Your post is deleted."),
    (Flash::Applied, "applied", "Thank you. An admin will review your application."),
    (Flash::TipSubmitted, "tip-submitted", "Saved. Your tip is published once another clinician or a moderator approves it."),
    (Flash::EmailConfirmed, "email-confirmed", "Thank you: your email address is confirmed. Log in, if you are not yet, and you can post."),
    (Flash::LinkSent, "link-sent", "We sent you a new link. It expires in 24 hours."),
    (Flash::ResetSent, "reset-sent", "If that address has an account, we sent it a link to choose a new password."),
    (Flash::PasswordChanged, "password-changed", "Your password is changed and every session is logged out. Log in with the new password."),
    (Flash::Unsubscribed, "unsubscribed", "You will get no more reply emails. You can turn them back on from your account page."),
    (Flash::Following, "following", "You will hear about new replies in this discussion."),
    (Flash::Unfollowed, "unfollowed", "No more emails about this discussion."),
    (Flash::ExportQueued, "export-queued", "We are preparing your data. We will email you a link (with no content) when it is ready to download."),
    (Flash::AccountErased, "account-erased", "Your account is deleted. Thank you for being part of CareCircle."),
    (Flash::ErasedOnRequest, "erased-on-request", "The account is erased."),
    (Flash::MarkedAnswered, "marked-answered", "Marked answered: your question leaves the clinicians' lists. Thank you for closing the loop."),
    (Flash::Reopened, "reopened", "Your question is open again and back on the clinicians' lists."),
    (Flash::SupportSelf, "support", "Your post is published."),
    (Flash::SupportOther, "support-other", "Your post is published."),
    (Flash::SupportSelfHeld, "support-held", "A moderator will look at your post soon, before others can read it."),
    (Flash::SupportOtherHeld, "support-other-held", "A moderator will look at your post soon, before others can read it."),
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
pub fn redirect_with(to: &str, flash: Flash) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location(to)))
        .cookie(
            Cookie::build(FLASH_COOKIE, flash_key(flash))
                .path("/")
                .http_only(true)
                .finish(),
        )
        .finish()
}

/// 303 to what was just posted; when its text suggests someone may be at risk, the page
/// opens with the support panel.
pub fn redirect_after_posting(to: &str, title: Option<&str>, body: &str) -> HttpResponse {
    match crate::services::screening::crisis_screen(title, body) {
        Some(finding) => redirect_with(to, Flash::support(Support::of(&finding))),
        None => redirect(to),
    }
}

pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location(to)))
        .finish()
}

/// Where to go after logging in: a path on this site and nothing else. It starts with one
/// `/` (no scheme, no `//` host), has no backslash (which browsers read as `/`) and no
/// control character (which could split a header).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

/// What a Location header may carry as it is; spaces, quotes, angle brackets and anything
/// outside ASCII are percent-encoded (existing escapes stay as they are).
const LOCATION: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`');

fn location(path: &str) -> String {
    utf8_percent_encode(path, LOCATION).to_string()
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
fn time_filter(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("time filter expects Unix seconds"))?;
    Ok(tera::Value::String(crate::calendar::minute(seconds)))
}

/// `{{ unix_seconds | day }}` shows the date alone ("2026-11-21").
fn day_filter(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("day filter expects Unix seconds"))?;
    Ok(tera::Value::String(crate::calendar::day(seconds)))
}

/// `{{ unix_seconds | rfc3339 }}` for feeds.
fn rfc3339_filter(
    value: &tera::Value,
    _: &HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let seconds = value
        .as_i64()
        .ok_or_else(|| tera::Error::msg("rfc3339 filter expects Unix seconds"))?;
    Ok(tera::Value::String(crate::calendar::rfc3339(seconds)))
}

/// `{{ "PHONE" | kind_label }}` says what kind of identifier was found, in plain words.
fn kind_label_filter(
    value: &tera::Value,
    _: &HashMap<String, tera::Value>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_only_follows_local_paths() {
        assert_eq!(
            safe_next(Some("/c/long-covid?page=2")),
            "/c/long-covid?page=2"
        );
        for bad in [
            "//evil.example/",
            "https://evil.example/",
            "/\\evil.example",
            "/\t/evil.example",
            "/c/x\r\nSet-Cookie: a=b",
            "/c/\u{7f}",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
        assert_eq!(safe_next(Some("/c/é <b>")), "/c/é <b>", "kept as typed");
        assert_eq!(
            location("/c/é <b>"),
            "/c/%C3%A9%20%3Cb%3E",
            "encoded for the header"
        );
    }

    #[test]
    fn only_known_flash_keys_show_text() {
        assert_eq!(flash_text("saved"), Some("Saved."));
        assert_eq!(flash_text("<script>"), None);
    }
}
