//! The route table, read from `src/routes/*.rs`, drives the guarantees no route may forget:
//! every page and every form answer, for every kind of viewer, with valid and with invalid
//! input, shows no secret the viewer may not see; an id the viewer may not see answers like
//! an id that does not exist; every state-changing route refuses a request without the CSRF
//! token. A new route without rows here fails these tests.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use carecircle::auth::Role;
use regex::Regex;

use crate::builders::{APPLICATION, TIP};
use crate::helpers::{Browser, TestResponse, PASSWORD};
use crate::leak_scene::{scene, Scene, Viewer, VIEWERS};

/// (method, path pattern) of every route, as registered with `cfg.route(path, web::method())`.
fn route_table() -> Vec<(String, String)> {
    let route = Regex::new(r#"\.route\(\s*"([^"]+)",\s*web::([a-z]+)\(\)"#).unwrap();
    let other_style = Regex::new(r"\.service\(|web::resource\(|web::scope\(").unwrap();
    let mut table = Vec::new();
    for entry in std::fs::read_dir("src/routes").unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(
            !other_style.is_match(&source),
            "routes are registered with cfg.route only, so this table sees them all"
        );
        for found in route.captures_iter(&source) {
            table.push((found[2].to_uppercase(), found[1].to_string()));
        }
    }
    table.sort();
    assert!(table.len() > 60, "the route table was not read: {table:?}");
    table
}

fn patterns(method: &str) -> Vec<String> {
    route_table()
        .into_iter()
        .filter(|(m, _)| m == method)
        .map(|(_, p)| p)
        .collect()
}

/// What each page shows, and so which concrete paths the leak suite opens for it.
fn get_rows(s: &Scene) -> BTreeMap<&'static str, Vec<String>> {
    let posts = [
        s.held_reply,
        s.rejected_reply,
        s.deleted_reply,
        s.held_opening,
        s.edited_reply,
        s.method_reply,
        s.app.opening_post(s.members_thread),
    ];
    let each_post = |suffix: &str| -> Vec<String> {
        posts.iter().map(|id| format!("/p/{id}{suffix}")).collect()
    };
    let tips = [s.held_tip, s.sent_back_tip];
    let each_tip = |suffix: &str| -> Vec<String> {
        tips.iter()
            .map(|id| format!("/tips/{id}{suffix}"))
            .collect()
    };
    BTreeMap::from([
        ("/", vec!["/".into()]),
        ("/account", vec!["/account".into()]),
        ("/account/delete", vec!["/account/delete".into()]),
        ("/account/export", vec!["/account/export".into()]),
        ("/account/tokens", vec!["/account/tokens".into()]),
        ("/api/docs", vec!["/api/docs".into()]),
        ("/api/openapi.json", vec!["/api/openapi.json".into()]),
        ("/api/v1/communities", vec!["/api/v1/communities".into()]),
        (
            "/api/v1/communities/{slug}",
            vec![
                "/api/v1/communities/asthma".into(),
                "/api/v1/communities/lupus".into(),
                "/api/v1/communities/lupus?page=2".into(),
            ],
        ),
        (
            "/api/v1/threads/{id}",
            [s.public_thread, s.held_thread, s.members_thread]
                .iter()
                .map(|id| format!("/api/v1/threads/{id}"))
                .collect(),
        ),
        (
            "/api/v1/posts/{id}",
            posts
                .iter()
                .map(|id| format!("/api/v1/posts/{id}"))
                .collect(),
        ),
        (
            "/api/v1/tips",
            vec![
                "/api/v1/tips".into(),
                "/api/v1/tips?community=asthma".into(),
            ],
        ),
        (
            "/api/v1/tips/{id}",
            tips.iter().map(|id| format!("/api/v1/tips/{id}")).collect(),
        ),
        (
            "/api/v1/search",
            search_rows(s)
                .iter()
                .map(|row| row.replacen("/search", "/api/v1/search", 1))
                .collect(),
        ),
        ("/account/export/{id}", vec!["/account/export/1".into()]),
        ("/admin", vec!["/admin".into()]),
        ("/admin/audit", vec!["/admin/audit".into()]),
        ("/admin/settings", vec!["/admin/settings".into()]),
        (
            "/admin/audit.csv",
            vec![
                "/admin/audit.csv".into(),
                "/admin/audit.csv?action=view_held&community=lupus".into(),
            ],
        ),
        (
            "/admin/communities/{slug}",
            vec!["/admin/communities/lupus".into()],
        ),
        ("/admin/clinicians", vec!["/admin/clinicians".into()]),
        (
            "/admin/communities/new",
            vec!["/admin/communities/new".into()],
        ),
        ("/admin/outbox", vec!["/admin/outbox".into()]),
        (
            "/admin/users",
            vec![
                "/admin/users".into(),
                format!("/admin/users?q={}", s.other.handle),
                format!("/admin/users?q={}", s.other.email),
            ],
        ),
        ("/assets/{path:.*}", vec!["/assets/css/site.css".into()]),
        (
            "/c/{slug}",
            vec![
                "/c/asthma".into(),
                "/c/asthma?page=2".into(),
                "/c/lupus".into(),
            ],
        ),
        ("/c/{slug}/join", vec!["/c/asthma/join".into()]),
        (
            "/c/{slug}/moderators",
            vec!["/c/asthma/moderators".into(), "/c/lupus/moderators".into()],
        ),
        ("/c/{slug}/new", vec!["/c/asthma/new".into()]),
        ("/c/{slug}/tips.atom", vec!["/c/asthma/tips.atom".into()]),
        ("/c/{slug}/tips/new", vec!["/c/asthma/tips/new".into()]),
        ("/clinicians/apply", vec!["/clinicians/apply".into()]),
        ("/healthz", vec!["/healthz".into()]),
        ("/login", vec!["/login".into()]),
        ("/metrics", vec!["/metrics".into()]),
        (
            "/mod/audit",
            vec![
                "/mod/audit".into(),
                "/mod/audit?community=lupus".into(),
                "/mod/audit?community=asthma&action=view_held".into(),
                format!("/mod/audit?actor={}", s.moderator.handle),
                "/mod/audit?actor=nobody-at-all&from=2026-02-31".into(),
                "/mod/audit?from=2020-01-01&to=2099-12-31".into(),
            ],
        ),
        ("/mod/queue", vec!["/mod/queue".into()]),
        ("/mod/responsiveness", vec!["/mod/responsiveness".into()]),
        (
            "/mod/users/{handle}",
            vec![format!("/mod/users/{}", s.other.handle)],
        ),
        ("/p/{id}", each_post("")),
        ("/p/{id}/delete", each_post("/delete")),
        ("/p/{id}/edit", each_post("/edit")),
        ("/p/{id}/report", each_post("/report")),
        ("/password/forgot", vec!["/password/forgot".into()]),
        (
            "/password/reset/{token}",
            vec!["/password/reset/not-a-token".into()],
        ),
        (
            "/questions",
            vec![
                "/questions".into(),
                "/questions?waiting=no_reply".into(),
                "/questions?waiting=no_clinician_reply&page=1".into(),
                "/questions?waiting=everything".into(),
                "/questions?page=0".into(),
            ],
        ),
        ("/readyz", vec!["/readyz".into()]),
        ("/robots.txt", vec!["/robots.txt".into()]),
        ("/register", vec!["/register".into()]),
        (
            "/t/{id}",
            vec![
                format!("/t/{}", s.public_thread),
                format!("/t/{}", s.held_thread),
                format!("/t/{}", s.members_thread),
            ],
        ),
        ("/search", search_rows(s)),
        ("/tips", vec!["/tips".into()]),
        ("/tips/review", vec!["/tips/review".into()]),
        ("/tips/{id}", each_tip("")),
        ("/tips/{id}/edit", each_tip("/edit")),
        (
            "/u/{handle}",
            vec![
                format!("/u/{}", s.author.handle),
                format!("/u/{}", s.clinician.handle),
            ],
        ),
        (
            "/unsubscribe/{token}",
            vec!["/unsubscribe/not-a-token".into()],
        ),
        ("/verify/{token}", vec!["/verify/not-a-token".into()]),
    ])
}

/// A search for every secret's word, as anyone, and "by" its author: no result, snippet or
/// count may show it. Searched in lower case, so the query echoed in the box is no leak.
fn search_rows(s: &Scene) -> Vec<String> {
    let mut rows: Vec<String> = crate::leak_scene::SECRETS
        .iter()
        .filter(|(secret, _)| secret.ends_with("marker"))
        .map(|(secret, _)| format!("/search?q={}", secret.to_lowercase()))
        .collect();
    rows.push(format!("/search?q=methodmarker&by={}", s.author.handle));
    rows.push("/search?q=membersonlymarker&c=lupus".into());
    rows.push("/search?q=heldtipmarker&tips=only".into());
    rows.push("/search?q=%22heldreplymarker%22+OR+*&sort=new".into());
    rows
}

type Fields = Vec<(&'static str, String)>;

fn fields(pairs: &[(&'static str, &str)]) -> Fields {
    pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

/// For each form: a submission that passes validation, and one that does not (which shows
/// the page again, the path where content escaped before).
fn post_rows(s: &Scene) -> BTreeMap<&'static str, (Fields, Fields)> {
    let post_revision = s
        .app
        .post_row(s.held_reply)
        .pending_revision_id
        .unwrap()
        .to_string();
    let tip_revision = s
        .app
        .conn(|c| carecircle::models::tip::find_for_update(c, s.held_tip))
        .unwrap()
        .pending_revision_id
        .unwrap()
        .to_string();
    let r = post_revision.as_str();
    let none = || Fields::new();
    let reason = || {
        (
            fields(&[("reason", "Not in the register")]),
            fields(&[("reason", "  ")]),
        )
    };
    let community = [
        ("name", "Hay fever"),
        ("slug", "hay-fever"),
        ("description", "Pollen."),
        ("guidelines", "Be kind."),
        ("default_audience", "members"),
    ];
    BTreeMap::from([
        (
            "/account/country",
            (fields(&[("country", "GB")]), fields(&[("country", "ZZ")])),
        ),
        (
            "/account/delete",
            (
                fields(&[
                    ("posts", "keep"),
                    ("confirm", "yes"),
                    ("password", PASSWORD),
                ]),
                fields(&[("posts", ""), ("password", PASSWORD)]),
            ),
        ),
        (
            "/account/export",
            (
                fields(&[("password", PASSWORD)]),
                fields(&[("password", "not my password")]),
            ),
        ),
        (
            "/account/profile-posts",
            (
                fields(&[("profile_posts", "everyone")]),
                fields(&[("profile_posts", "the whole world")]),
            ),
        ),
        ("/account/reply-emails", (fields(&[("on", "yes")]), none())),
        ("/admin/clinicians/{id}/approve", (none(), none())),
        ("/admin/clinicians/{id}/reject", reason()),
        ("/admin/clinicians/users/{user_id}/revoke", reason()),
        (
            "/admin/communities/new",
            (fields(&community), fields(&[("name", "x")])),
        ),
        (
            "/admin/communities/{slug}",
            (
                fields(&[
                    ("name", "Asthma"),
                    ("description", "Breathing."),
                    ("guidelines", "Be kind, and breathe."),
                    ("default_audience", "members"),
                    ("noindex", "yes"),
                ]),
                fields(&[("name", "x"), ("default_audience", "everyone")]),
            ),
        ),
        (
            "/admin/communities/{slug}/archive",
            (fields(&[("archived", "no")]), none()),
        ),
        ("/admin/outbox/{id}/retry", (none(), none())),
        (
            "/admin/settings",
            (
                fields(&[
                    (
                        "banner_text",
                        "Not medical advice: members share experiences here.",
                    ),
                    (
                        "tip_banner_text",
                        "Vetted by two clinicians, still not personal advice.",
                    ),
                    (
                        "clinician_banner_text",
                        "General information from a verified clinician.",
                    ),
                    ("privacy_threshold", "0.5"),
                    ("reports_to_hide", "3"),
                    ("response_target_hours", "4"),
                    ("crisis_target_minutes", "15"),
                    ("question_target_hours", "24"),
                    ("crisis_lines", "[]"),
                    ("crisis_country", "US"),
                    ("registration_open", "yes"),
                ]),
                fields(&[("privacy_threshold", "lots"), ("crisis_lines", "{")]),
            ),
        ),
        (
            "/admin/users/{id}/role",
            (
                fields(&[("role", "member")]),
                fields(&[("role", "superuser")]),
            ),
        ),
        (
            "/admin/users/{id}/erase",
            (
                fields(&[("posts", "keep"), ("confirm", "yes")]),
                fields(&[("posts", "")]),
            ),
        ),
        ("/admin/users/{id}/suspend", (none(), none())),
        ("/admin/users/{id}/unsuspend", (none(), none())),
        ("/api/privacy/check", (fields(&[("text", "hello")]), none())),
        (
            "/account/tokens",
            (
                fields(&[("name", "script"), ("scope", "read"), ("days", "30")]),
                fields(&[("name", " "), ("scope", "all")]),
            ),
        ),
        ("/account/tokens/{id}/revoke", (none(), none())),
        (
            "/api/v1/communities/{slug}/threads",
            (
                fields(&[("title", "Pollen counts"), ("body", "Mine went up.")]),
                fields(&[("title", "x")]),
            ),
        ),
        (
            "/api/v1/threads/{id}/replies",
            (fields(&[("body", "Same here.")]), fields(&[("body", " ")])),
        ),
        (
            "/api/v1/posts/{id}/revisions",
            (fields(&[("body", "Edited text.")]), fields(&[("body", "")])),
        ),
        (
            "/api/v1/posts/{id}/reports",
            (fields(&[("reason", "spam")]), fields(&[("reason", "nope")])),
        ),
        (
            "/api/v1/privacy/check",
            (fields(&[("text", "hello")]), none()),
        ),
        (
            "/c/{slug}/join",
            (fields(&[("accept_guidelines", "yes")]), none()),
        ),
        ("/c/{slug}/leave", (none(), none())),
        (
            "/c/{slug}/moderators",
            (
                fields(&[("handle", &s.other.handle)]),
                fields(&[("handle", "nobody-by-this-name")]),
            ),
        ),
        ("/c/{slug}/moderators/{user_id}/remove", (none(), none())),
        (
            "/c/{slug}/new",
            (
                fields(&[("title", "A new discussion"), ("body", "Hello all")]),
                fields(&[("title", "x"), ("body", " ")]),
            ),
        ),
        (
            "/c/{slug}/tips/new",
            (fields(&TIP), fields(&[("title", "x")])),
        ),
        (
            "/clinicians/apply",
            (fields(&APPLICATION), fields(&[("specialty", "")])),
        ),
        (
            "/login",
            (
                fields(&[("email", &s.other.email), ("password", "wrong guess")]),
                fields(&[("email", "")]),
            ),
        ),
        ("/logout", (none(), none())),
        (
            "/mod/crisis/{id}/{action}",
            (
                fields(&[("text", "We are here for you.")]),
                fields(&[("text", " ")]),
            ),
        ),
        (
            "/mod/posts/{id}/approve",
            (fields(&[("revision", r)]), none()),
        ),
        (
            "/mod/queue/bulk",
            (
                vec![
                    ("item", format!("{}:{r}", s.held_reply)),
                    ("verdict", "approve".into()),
                ],
                vec![
                    ("item", format!("{}:{r}", s.held_reply)),
                    ("verdict", "reject".into()),
                    ("reason", " ".into()),
                ],
            ),
        ),
        (
            "/mod/posts/{id}/redact",
            (
                fields(&[("revision", r), ("span", "0")]),
                fields(&[("revision", r)]),
            ),
        ),
        (
            "/mod/posts/{id}/revise",
            (
                fields(&[("revision", r), ("reason", "Take the number out")]),
                fields(&[("revision", r), ("reason", " ")]),
            ),
        ),
        (
            "/mod/posts/{id}/reject",
            (
                fields(&[("revision", r), ("reason", "Identifier")]),
                fields(&[("revision", r), ("reason", " ")]),
            ),
        ),
        (
            "/mod/users/{id}/{action}",
            (
                fields(&[("text", "Please be kind")]),
                fields(&[("text", "")]),
            ),
        ),
        ("/p/{id}/delete", (fields(&[("confirm", "yes")]), none())),
        (
            "/p/{id}/edit",
            (fields(&[("body", "Edited text")]), fields(&[("body", "")])),
        ),
        ("/p/{id}/helpful", (fields(&[("helpful", "yes")]), none())),
        (
            "/p/{id}/report",
            (fields(&[("reason", "spam")]), fields(&[("reason", "")])),
        ),
        (
            "/password/forgot",
            (
                fields(&[("email", "someone@example.org")]),
                fields(&[("email", "not an email")]),
            ),
        ),
        (
            "/password/reset/{token}",
            (
                fields(&[("password", "a long new password")]),
                fields(&[("password", "short")]),
            ),
        ),
        (
            "/register",
            (
                fields(&[
                    ("email", "brand.new@example.org"),
                    ("handle", "brandnew"),
                    ("password", PASSWORD),
                ]),
                fields(&[("email", "bad")]),
            ),
        ),
        (
            "/t/{id}/audience",
            (
                fields(&[("audience", "members")]),
                fields(&[("audience", "everyone")]),
            ),
        ),
        (
            "/t/{id}/answered",
            (fields(&[("answered", "yes")]), fields(&[("answered", "")])),
        ),
        ("/t/{id}/follow", (fields(&[("follow", "yes")]), none())),
        (
            "/t/{id}/reply",
            (fields(&[("body", "A reply")]), fields(&[("body", " ")])),
        ),
        ("/tips/{id}/edit", (fields(&TIP), fields(&[("title", "x")]))),
        ("/tips/{id}/pin", (fields(&[("pinned", "yes")]), none())),
        (
            "/tips/{id}/review",
            (
                fields(&[("revision", &tip_revision), ("decision", "approve")]),
                fields(&[("revision", &tip_revision), ("decision", "send_back")]),
            ),
        ),
        ("/unsubscribe/{token}", (none(), none())),
        ("/verify/resend", (none(), none())),
    ])
}

/// A pattern with each `{param}` filled from the scene: ids of secrets wherever a route takes one.
fn concrete(pattern: &str, s: &Scene) -> String {
    let param = Regex::new(r"\{([a-z_]+)(:[^}]*)?\}").unwrap();
    param
        .replace_all(pattern, |c: &regex::Captures| match &c[1] {
            "slug" => "asthma".to_string(),
            "handle" => s.other.handle.clone(),
            "token" => "not-a-token".to_string(),
            "action" if pattern.starts_with("/mod/crisis") => "reply".to_string(),
            "action" => "warn".to_string(),
            "path" => "css/site.css".to_string(),
            "user_id" => s.clinician.id.to_string(),
            _ if pattern.starts_with("/tips") || pattern.starts_with("/api/v1/tips") => {
                s.held_tip.to_string()
            }
            _ if pattern.starts_with("/api/v1/threads") => s.public_thread.to_string(),
            _ if pattern.starts_with("/t/") => s.public_thread.to_string(),
            _ if pattern.starts_with("/admin/clinicians") => s.application.to_string(),
            _ if pattern.starts_with("/admin/outbox") => "1".to_string(),
            _ if pattern.starts_with("/mod/crisis") => s.crisis_item.to_string(),
            _ if pattern.starts_with("/admin/users") || pattern.starts_with("/mod/users") => {
                s.other.id.to_string()
            }
            _ => s.held_reply.to_string(),
        })
        .into_owned()
}

/// Every secret a route's id can point at; the first is the one `concrete` picks.
fn targets(pattern: &str, s: &Scene) -> Vec<String> {
    let ids = match pattern {
        p if p.starts_with("/tips/{id}") || p.starts_with("/api/v1/tips/{id}") => {
            vec![s.held_tip, s.sent_back_tip]
        }
        p if p.starts_with("/p/")
            || p.starts_with("/mod/posts/")
            || p.starts_with("/api/v1/posts/") =>
        {
            vec![
                s.held_reply,
                s.edited_reply,
                s.deleted_reply,
                s.held_opening,
            ]
        }
        p if p.starts_with("/t/") || p.starts_with("/api/v1/threads/") => {
            vec![s.public_thread, s.held_thread, s.members_thread]
        }
        _ => return vec![concrete(pattern, s)],
    };
    ids.into_iter()
        .map(|id| concrete(pattern, s).replacen(&concrete_id(pattern, s), &id.to_string(), 1))
        .collect()
}

fn concrete_id(pattern: &str, s: &Scene) -> String {
    match pattern {
        p if p.starts_with("/tips") || p.starts_with("/api/v1/tips") => s.held_tip.to_string(),
        p if p.starts_with("/t/") || p.starts_with("/api/v1/threads") => {
            s.public_thread.to_string()
        }
        _ => s.held_reply.to_string(),
    }
}

/// The answer and, for a same-site redirect, the page it leads to.
async fn answer(browser: &Browser, res: TestResponse) -> String {
    let location = res.location();
    let mut body = res.body;
    if res.status.is_redirection() && location.starts_with('/') {
        body.push_str(&browser.get(&location).await.body);
    }
    body
}

/// Forms that take something away from the viewer (a post, a membership, the session) go last,
/// so every other form is tried while the scene is whole.
const LAST: [&str; 6] = [
    "/p/{id}/delete",
    "/c/{slug}/leave",
    "/admin/users/{id}/suspend",
    "/admin/users/{id}/erase",
    "/logout",
    "/account/delete",
];

fn in_walk_order<'a, T>(rows: &'a BTreeMap<&'static str, T>) -> Vec<(&'static str, &'a T)> {
    let (mut last, first): (Vec<_>, Vec<_>) = rows
        .iter()
        .map(|(p, r)| (*p, r))
        .partition(|(p, _)| LAST.contains(p));
    last.sort_by_key(|(p, _)| LAST.iter().position(|l| l == p));
    first.into_iter().chain(last).collect()
}

async fn post(browser: &Browser, path: &str, form: &Fields) -> TestResponse {
    if path.starts_with("/api/v1/") {
        let body: serde_json::Map<String, serde_json::Value> = form
            .iter()
            .map(|(k, v)| (k.to_string(), serde_json::Value::from(v.as_str())))
            .collect();
        return browser.post_json(path, &body.into()).await;
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(path, &pairs).await
}

#[actix_web::test]
async fn every_route_has_rows_in_the_leak_tables() {
    let s = scene().await;
    for (method, rows) in [
        ("GET", get_rows(&s).into_keys().collect::<Vec<_>>()),
        ("POST", post_rows(&s).into_keys().collect()),
    ] {
        let routes = patterns(method);
        let missing: Vec<&String> = routes
            .iter()
            .filter(|p| !rows.contains(&p.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{method} routes without a row: {missing:?}"
        );
        let stale: Vec<&&str> = rows
            .iter()
            .filter(|r| !routes.iter().any(|p| p == *r))
            .collect();
        assert!(
            stale.is_empty(),
            "{method} rows for routes that no longer exist: {stale:?}"
        );
    }
}

#[actix_web::test]
async fn no_page_shows_any_viewer_a_secret_they_may_not_see() {
    let s = scene().await;
    let mut leaks = Vec::new();
    for paths in get_rows(&s).values() {
        for path in paths {
            for viewer in VIEWERS {
                let browser = s.browser(viewer);
                let body = answer(&browser, browser.get(path).await).await;
                for secret in Scene::leaks(&body, viewer) {
                    leaks.push(format!("{secret} shown to {viewer:?} on GET {path}"));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "leaks: {leaks:#?}");

    // The secrets are real: those allowed do meet them where they belong.
    let thread = format!("/t/{}", s.public_thread);
    let author_view = s.author.get(&thread).await.body;
    for marker in [
        "Heldreplymarker",
        "Pendingeditmarker",
        "Rejectionreasonmarker",
    ] {
        assert!(author_view.contains(marker), "the author sees {marker}");
    }
    let queue = s.moderator.get("/mod/queue").await.body;
    for marker in [
        "Heldreplymarker",
        "Pendingeditmarker",
        "Heldtitlemarker",
        "Reportnotemarker",
        "Crisis level:",
        "Methodmarker",
    ] {
        assert!(queue.contains(marker), "the queue shows {marker}");
    }
    assert!(s
        .clinician
        .get(&format!("/tips/{}", s.sent_back_tip))
        .await
        .body
        .contains("Reviewcommentmarker"));
    assert!(s
        .moderator
        .get(&format!("/tips/{}", s.held_tip))
        .await
        .body
        .contains("Heldtipmarker"));
    let members_thread = format!("/t/{}", s.members_thread);
    for page in ["/c/lupus", members_thread.as_str()] {
        let body = s.other.get(page).await.body;
        assert!(body.contains("Membersonlymarker"), "a member reads {page}");
    }
    let member_page = s
        .moderator
        .get(&format!("/mod/users/{}", s.other.handle))
        .await
        .body;
    assert!(member_page.contains("Staffnotemarker"));
    assert!(
        s.app.stored_texts(s.rejected_reply).is_empty(),
        "the rejected original is purged"
    );

    for email in s.app.sent_emails().await {
        let leaked = Scene::leaks(&email.text(), Viewer::Anonymous);
        assert!(leaked.is_empty(), "an email carries {leaked:?}");
    }
}

#[actix_web::test]
async fn no_form_answer_shows_a_secret_whatever_was_sent() {
    // Invalid input first, for every viewer on one forum: it changes nothing, and every form
    // that fails validation shows its page again.
    let s = scene().await;
    let rows = post_rows(&s);
    let mut leaks = Vec::new();
    for (pattern, (_, invalid)) in in_walk_order(&rows) {
        for path in targets(pattern, &s) {
            for viewer in VIEWERS {
                let browser = s.browser(viewer);
                let body = answer(&browser, post(&browser, &path, invalid).await).await;
                for secret in Scene::leaks(&body, viewer) {
                    leaks.push(format!(
                        "{secret} shown to {viewer:?} on invalid POST {path}"
                    ));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "leaks: {leaks:#?}");

    // Valid input changes the forum, so each viewer gets a forum of their own, and signs
    // out last.
    for viewer in VIEWERS {
        let s = scene().await;
        let browser = s.browser(viewer);
        let rows = post_rows(&s);
        for (pattern, (valid, _)) in in_walk_order(&rows) {
            let path = concrete(pattern, &s);
            let body = answer(&browser, post(&browser, &path, valid).await).await;
            for secret in Scene::leaks(&body, viewer) {
                leaks.push(format!("{secret} shown to {viewer:?} on valid POST {path}"));
            }
        }
    }
    assert!(leaks.is_empty(), "leaks: {leaks:#?}");
}

#[actix_web::test]
async fn an_id_the_viewer_may_not_see_answers_like_one_that_does_not_exist() {
    let s = scene().await;
    // Held content is hidden from everyone but its author and staff; a members-only
    // discussion from everyone outside its community.
    let held = [Viewer::Anonymous, Viewer::OtherMember, Viewer::Unconfirmed];
    let outsiders = [Viewer::Anonymous, Viewer::Unconfirmed, Viewer::Clinician];
    let members_opening = s.app.opening_post(s.members_thread);
    let hidden = |pattern: &str| -> Vec<(i64, [Viewer; 3])> {
        match pattern {
            p if p.starts_with("/p/")
                || p.starts_with("/mod/posts/")
                || p.starts_with("/api/v1/posts/") =>
            {
                vec![(s.held_reply, held), (members_opening, outsiders)]
            }
            p if p.starts_with("/t/") || p.starts_with("/api/v1/threads/") => {
                vec![(s.held_thread, held), (s.members_thread, outsiders)]
            }
            p if p.starts_with("/tips/{id}") || p.starts_with("/api/v1/tips/{id}") => {
                vec![(s.held_tip, held)]
            }
            _ => Vec::new(),
        }
    };
    let rows = post_rows(&s);
    let mut differences = Vec::new();
    for (method, pattern) in route_table() {
        for (id, viewers) in hidden(&pattern) {
            for viewer in viewers {
                let browser = s.browser(viewer);
                let mut statuses = Vec::new();
                for id in [id, id + 100_000] {
                    let path = pattern.replace("{id}", &id.to_string());
                    let res = match method.as_str() {
                        "GET" => browser.get(&path).await,
                        _ => post(&browser, &path, &rows[pattern.as_str()].0).await,
                    };
                    statuses.push(res.status);
                }
                if statuses[0] != statuses[1] {
                    differences.push(format!(
                        "{viewer:?} {method} {pattern} ({id}): {statuses:?}"
                    ));
                }
            }
        }
    }
    assert!(
        differences.is_empty(),
        "hidden ids answer unlike unknown ones: {differences:#?}"
    );
}

#[actix_web::test]
async fn every_state_changing_route_refuses_a_request_without_the_csrf_token() {
    let s = scene().await;
    let routes = patterns("POST");
    assert!(routes.len() > 30);
    // One-click unsubscribe (RFC 8058) comes from mail clients, without cookies; its
    // unguessable token is the proof.
    let exempt = ["/unsubscribe/{token}"];
    let admin = s.app.member_with_role(Role::Admin).await;
    let before = (
        s.app.post_row(s.held_reply).status,
        s.app.stored_texts(s.held_reply),
    );
    for pattern in routes.iter().filter(|r| !exempt.contains(&r.as_str())) {
        let path = concrete(pattern, &s);
        for browser in [&admin.browser, &s.author.browser] {
            let request = TestRequest::post().uri(&path).set_form([
                ("body", "Forged text"),
                ("reason", "Forged"),
                ("decision", "approve"),
            ]);
            let res = browser.send(request).await;
            assert_eq!(
                res.status,
                StatusCode::FORBIDDEN,
                "POST {path} without a token"
            );
        }
    }
    let after = (
        s.app.post_row(s.held_reply).status,
        s.app.stored_texts(s.held_reply),
    );
    assert_eq!(before, after);
}

#[actix_web::test]
async fn metrics_refuse_every_viewer_and_show_the_operator_no_secret() {
    let s = scene().await;
    for viewer in VIEWERS {
        let browser = s.browser(viewer);
        let got = browser.get("/metrics").await;
        assert_eq!(
            got.status,
            StatusCode::UNAUTHORIZED,
            "GET /metrics as {viewer:?}"
        );
        let sent = browser.post("/metrics", &[]).await;
        assert_eq!(
            sent.status,
            StatusCode::NOT_FOUND,
            "POST /metrics as {viewer:?}"
        );
        assert!(
            !sent.body.contains("carecircle_"),
            "POST /metrics as {viewer:?}"
        );
    }

    let operator = s.app.visitor();
    let bearer = format!("Bearer {}", crate::leak_scene::METRICS_TOKEN);
    let request = TestRequest::get()
        .uri("/metrics")
        .insert_header(("authorization", bearer));
    let scraped = operator.send(request).await;
    assert_eq!(scraped.status, StatusCode::OK);
    assert!(scraped
        .body
        .contains("carecircle_queue_depth{kind=\"crisis\"}"));
    let mut shown = Scene::leaks(&scraped.body, Viewer::Anonymous);
    for member in [&s.author, &s.other, &s.moderator, &s.clinician] {
        for (what, value) in [("handle", &member.handle), ("email", &member.email)] {
            if scraped.body.contains(value.as_str()) {
                shown.push(what);
            }
        }
    }
    assert!(shown.is_empty(), "/metrics shows {shown:?}");
}
