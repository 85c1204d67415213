//! The route table, read from `src/routes/*.rs`, drives two guarantees: every state-changing
//! route refuses a request without a CSRF token, and every page route is walked by the leak
//! suite. A new route without a row here fails these tests.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use carecircle::auth::Role;
use regex::Regex;

use crate::helpers::{Browser, Member, TestApp};

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

/// What each page shows, and so which concrete paths the leak suite opens for it.
fn leak_rows(s: &Scene) -> BTreeMap<&'static str, Vec<String>> {
    let posts = [
        s.held_reply,
        s.rejected_reply,
        s.deleted_reply,
        s.held_opening,
    ];
    let each_post = |suffix: &str| -> Vec<String> {
        posts.iter().map(|id| format!("/p/{id}{suffix}")).collect()
    };
    BTreeMap::from([
        ("/", vec!["/".into()]),
        ("/account", vec!["/account".into()]),
        ("/admin", vec!["/admin".into()]),
        ("/admin/audit", vec!["/admin/audit".into()]),
        ("/admin/clinicians", vec!["/admin/clinicians".into()]),
        (
            "/admin/communities/new",
            vec!["/admin/communities/new".into()],
        ),
        ("/admin/outbox", vec!["/admin/outbox".into()]),
        ("/admin/users", vec!["/admin/users".into()]),
        ("/assets/{path:.*}", vec!["/assets/css/site.css".into()]),
        (
            "/c/{slug}",
            vec!["/c/asthma".into(), "/c/asthma?page=2".into()],
        ),
        ("/c/{slug}/join", vec!["/c/asthma/join".into()]),
        ("/c/{slug}/new", vec!["/c/asthma/new".into()]),
        ("/c/{slug}/tips.atom", vec!["/c/asthma/tips.atom".into()]),
        ("/c/{slug}/tips/new", vec!["/c/asthma/tips/new".into()]),
        ("/clinicians/apply", vec!["/clinicians/apply".into()]),
        ("/healthz", vec!["/healthz".into()]),
        ("/login", vec!["/login".into()]),
        ("/mod/queue", vec!["/mod/queue".into()]),
        (
            "/mod/users/{handle}",
            vec![format!("/mod/users/{}", s.author.handle)],
        ),
        ("/p/{id}", each_post("")),
        ("/p/{id}/edit", each_post("/edit")),
        ("/p/{id}/report", each_post("/report")),
        ("/password/forgot", vec!["/password/forgot".into()]),
        (
            "/password/reset/{token}",
            vec!["/password/reset/not-a-token".into()],
        ),
        ("/readyz", vec!["/readyz".into()]),
        ("/register", vec!["/register".into()]),
        (
            "/t/{id}",
            vec![
                format!("/t/{}", s.public_thread),
                format!("/t/{}", s.held_thread),
            ],
        ),
        ("/tips", vec!["/tips".into()]),
        ("/tips/review", vec!["/tips/review".into()]),
        ("/tips/{id}", vec![format!("/tips/{}", s.held_tip)]),
        (
            "/tips/{id}/edit",
            vec![format!("/tips/{}/edit", s.held_tip)],
        ),
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

/// A forum with a post in every status that must stay out of sight.
struct Scene {
    app: TestApp,
    author: Member,
    other: Member,
    moderator: Member,
    clinician: Member,
    public_thread: i64,
    held_thread: i64,
    held_opening: i64,
    held_reply: i64,
    rejected_reply: i64,
    deleted_reply: i64,
    held_tip: i64,
}

/// Who may see each secret; everyone else must never meet it on any page.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Viewer {
    Anonymous,
    OtherMember,
    Author,
    Moderator,
}

const SECRETS: [(&str, &[Viewer]); 5] = [
    ("Heldreplymarker", &[Viewer::Author, Viewer::Moderator]),
    ("Heldtitlemarker", &[Viewer::Author, Viewer::Moderator]),
    // A rejected original is purged: nobody meets it again.
    ("Rejectedmarker", &[]),
    ("Deletedmarker", &[Viewer::Moderator]),
    ("Heldtipmarker", &[Viewer::Moderator]),
];

async fn scene() -> Scene {
    let app = TestApp::spawn_with(|key| (key == "PAGE_CACHE_SECONDS").then(|| "60".into())).await;
    app.community("asthma");
    let author = app.member().await;
    let other = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let admin = app.member_with_role(Role::Admin).await;
    author.join("asthma").await;
    other.join("asthma").await;

    let public_thread = author
        .start_thread("asthma", "Pollen season", "Antihistamines early.")
        .await;
    let held_reply = author
        .reply(public_thread, "Heldreplymarker: text me on 415 555 0199")
        .await;
    let rejected_reply = author
        .reply(public_thread, "Rejectedmarker: my MRN is 00412377")
        .await;
    let res = moderator
        .moderate(rejected_reply, "reject", &[("reason", "Identifier")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let deleted_reply = author
        .reply(public_thread, "Deletedmarker: taken back")
        .await;
    let res = author
        .post(&format!("/p/{deleted_reply}/delete"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    other
        .reply(public_thread, "A public reply anyone sees.")
        .await;
    let held_thread = author
        .start_thread("asthma", "Heldtitlemarker", "Call 415 555 0142 about it")
        .await;
    let held_opening = app.opening_post(held_thread);

    let clinician = app.member().await;
    clinician.join("asthma").await;
    let held_tip = verified_clinician_tip(&app, &admin, &clinician).await;
    Scene {
        app,
        author,
        other,
        moderator,
        clinician,
        public_thread,
        held_thread,
        held_opening,
        held_reply,
        rejected_reply,
        deleted_reply,
        held_tip,
    }
}

/// A clinician approved by the admin submits a tip carrying a phone number: held.
async fn verified_clinician_tip(app: &TestApp, admin: &Member, clinician: &Member) -> i64 {
    let application = [
        ("profession", "Physician"),
        ("specialty", "Pulmonology"),
        ("licence_number", "MD-48213"),
        ("jurisdiction", "Ohio State Medical Board"),
        ("npi", "1234567893"),
        ("note", ""),
    ];
    assert_eq!(
        clinician
            .post("/clinicians/apply", &application)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let id = app
        .conn(|c| carecircle::models::clinician::latest_of(c, clinician.id))
        .unwrap()
        .unwrap()
        .id;
    admin
        .post(&format!("/admin/clinicians/{id}/approve"), &[])
        .await;
    let tip = [
        ("title", "Heldtipmarker spacer care"),
        (
            "body",
            "Ring my clinic line 415 555 0123 to ask about spacers.",
        ),
        ("references", "https://www.nhs.uk/conditions/asthma/"),
    ];
    let res = clinician.post("/c/asthma/tips/new", &tip).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.location().trim_start_matches("/tips/").parse().unwrap()
}

/// The body of a page as this viewer gets it, following one same-site redirect.
async fn open(browser: &Browser, path: &str) -> String {
    let res = browser.get(path).await;
    if res.status.is_redirection() && res.location().starts_with('/') {
        return browser.get(&res.location()).await.body;
    }
    res.body
}

#[actix_web::test]
async fn every_page_route_has_a_row_in_the_leak_table() {
    let s = scene().await;
    let rows = leak_rows(&s);
    let pages: Vec<String> = route_table()
        .into_iter()
        .filter(|(method, _)| method == "GET")
        .map(|(_, path)| path)
        .collect();
    let missing: Vec<&String> = pages
        .iter()
        .filter(|p| !rows.contains_key(p.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "GET routes without a leak-table row: {missing:?}"
    );
    let stale: Vec<&&str> = rows
        .keys()
        .filter(|r| !pages.iter().any(|p| p == *r))
        .collect();
    assert!(
        stale.is_empty(),
        "rows for routes that no longer exist: {stale:?}"
    );
}

#[actix_web::test]
async fn held_rejected_and_deleted_posts_reach_only_those_allowed_on_every_page_and_email() {
    let s = scene().await;
    let anonymous = s.app.visitor();
    let viewers: [(Viewer, &Browser); 4] = [
        (Viewer::Anonymous, &anonymous),
        (Viewer::OtherMember, &s.other.browser),
        (Viewer::Author, &s.author.browser),
        (Viewer::Moderator, &s.moderator.browser),
    ];
    let mut leaks = Vec::new();
    let mut opened = 0;
    for paths in leak_rows(&s).values() {
        for path in paths {
            for (viewer, browser) in &viewers {
                let body = open(browser, path).await;
                opened += 1;
                for (secret, allowed) in SECRETS {
                    if body.contains(secret) && !allowed.contains(viewer) {
                        leaks.push(format!("{secret} shown to {viewer:?} on {path}"));
                    }
                }
            }
        }
    }
    assert!(leaks.is_empty(), "leaks: {leaks:#?}");
    assert!(opened > 150);

    // The secrets are real: those allowed do see them where they belong.
    let thread = format!("/t/{}", s.public_thread);
    assert!(open(&s.author, &thread).await.contains("Heldreplymarker"));
    assert!(open(&s.author, &thread)
        .await
        .contains("Reason: Identifier"));
    assert!(open(&s.moderator, &thread)
        .await
        .contains("Heldreplymarker"));
    assert!(open(&s.author, &format!("/t/{}", s.held_thread))
        .await
        .contains("Heldtitlemarker"));
    let tip = format!("/tips/{}", s.held_tip);
    assert!(open(&s.moderator, &tip).await.contains("Heldtipmarker"));

    s.app.deliver_mail().await;
    for email in s.app.sent_emails().await {
        for (secret, _) in SECRETS {
            assert!(!email.text().contains(secret), "an email carries {secret}");
        }
    }
}

/// Fills each `{param}` of a route pattern with a value that exists in the scene.
fn concrete(pattern: &str, s: &Scene) -> String {
    let param = Regex::new(r"\{([a-z_]+)(:[^}]*)?\}").unwrap();
    param
        .replace_all(pattern, |c: &regex::Captures| match &c[1] {
            "slug" => "asthma".to_string(),
            "handle" => s.other.handle.clone(),
            "token" => "not-a-token".to_string(),
            "action" => "warn".to_string(),
            "user_id" => s.other.id.to_string(),
            _ if pattern.starts_with("/tips") => s.held_tip.to_string(),
            _ if pattern.starts_with("/t/") => s.public_thread.to_string(),
            _ if pattern.starts_with("/admin/users") || pattern.starts_with("/mod/users") => {
                s.other.id.to_string()
            }
            _ => s.held_reply.to_string(),
        })
        .into_owned()
}

#[actix_web::test]
async fn every_state_changing_route_refuses_a_request_without_the_csrf_token() {
    let s = scene().await;
    let routes: Vec<String> = route_table()
        .into_iter()
        .filter(|(method, _)| method != "GET")
        .map(|(_, path)| path)
        .collect();
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
