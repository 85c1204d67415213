//! The JSON API as a script would use it: personal access tokens from the account page, the
//! pages' visibility for every caller, writes through the forms' review, problem documents,
//! and an OpenAPI document that covers every API route.

use actix_web::http::{header, StatusCode};
use actix_web::test::TestRequest;
use carecircle::auth::Role;
use carecircle::models::thread::Audience;
use serde_json::{json, Value};

use crate::helpers::{Member, TestApp, TestResponse};

const PHONE: &str = "Ring me on 415 555 0199 after six.";
const IDEATION: &str =
    "Lately I keep thinking everyone would be better off without me and I want to die.";

/// Creates a token on the account page, as a member would, and returns what it shows once.
async fn token(member: &Member, scope: &str) -> String {
    let page = member
        .post(
            "/account/tokens",
            &[("name", "my script"), ("scope", scope), ("days", "30")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.header("cache-control").unwrap().contains("no-store"));
    page.texts_attr("#new-token", "value")
        .pop()
        .expect("the new token is shown")
}

fn bearer(req: TestRequest, token: &str) -> TestRequest {
    req.insert_header((header::AUTHORIZATION, format!("Bearer {token}")))
}

async fn get(app: &TestApp, path: &str, token: Option<&str>) -> TestResponse {
    let req = TestRequest::get().uri(path);
    let req = match token {
        Some(t) => bearer(req, t),
        None => req,
    };
    app.visitor().send(req).await
}

async fn post(app: &TestApp, path: &str, token: &str, body: &Value) -> TestResponse {
    let req = TestRequest::post()
        .uri(path)
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .set_payload(body.to_string());
    app.visitor().send(bearer(req, token)).await
}

fn posts_in(app: &TestApp, thread: i64) -> i64 {
    use carecircle::schema::posts;
    use diesel::prelude::*;
    app.conn(|c| {
        posts::table
            .filter(posts::thread_id.eq(thread))
            .count()
            .get_result(c)
    })
    .unwrap()
}

fn parsed(res: &TestResponse) -> Value {
    serde_json::from_str(&res.body).unwrap_or_else(|e| panic!("{e}: {}", res.body))
}

fn is_problem(res: &TestResponse) -> bool {
    res.header("content-type").as_deref() == Some("application/problem+json")
        && parsed(res)["status"].as_u64() == Some(u64::from(res.status.as_u16()))
}

#[actix_web::test]
async fn a_token_reads_what_its_member_reads_and_nothing_after_it_is_revoked() {
    let app = TestApp::spawn().await;
    app.community_for("lupus", Audience::Members);
    let ana = app.member().await;
    let thread = app
        .thread()
        .by(&ana)
        .in_community("lupus")
        .titled("Flares in winter")
        .await
        .thread;
    let secret = token(&ana, "read").await;
    let path = format!("/api/v1/threads/{thread}");

    let as_ana = get(&app, &path, Some(&secret)).await;
    let as_visitor = get(&app, &path, None).await;
    let listing = parsed(&get(&app, "/api/v1/communities/lupus", None).await);

    assert_eq!(as_ana.status, StatusCode::OK);
    assert_eq!(parsed(&as_ana)["title"], "Flares in winter");
    assert_eq!(
        parsed(&as_ana)["posts"][0]["author"]["handle"],
        ana.handle.as_str()
    );
    assert_eq!(as_visitor.status, StatusCode::NOT_FOUND);
    assert!(is_problem(&as_visitor));
    assert_eq!(listing["threads"].as_array().map(Vec::len), Some(0));
    assert_eq!(listing["members_only_hidden"], 1);

    let list = ana.get("/account/tokens").await;
    assert!(list.body.contains("my script"));
    assert!(
        !list.body.contains(&secret),
        "the list never shows a token again"
    );
    assert!(
        !list.body.contains("Never"),
        "its use is recorded: {}",
        list.body
    );
    let revoke = list
        .texts_attr("form[action$='/revoke']", "action")
        .pop()
        .expect("a revoke button");
    ana.post(&revoke, &[]).await;
    let after = get(&app, &path, Some(&secret)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert!(is_problem(&after));
    assert!(after.header("www-authenticate").is_some());
}

#[actix_web::test]
async fn writes_go_through_the_privacy_review_and_a_read_only_token_cannot_write() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let thread = app.thread().by(&ana).await.thread;
    ben.join("asthma").await;
    let (reader, writer) = (token(&ben, "read").await, token(&ben, "write").await);
    let replies = format!("/api/v1/threads/{thread}/replies");

    let refused = post(&app, &replies, &reader, &json!({ "body": "Same here." })).await;
    let held = post(&app, &replies, &writer, &json!({ "body": PHONE })).await;

    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(is_problem(&refused));
    assert_eq!(held.status, StatusCode::CREATED, "{}", held.body);
    let written = parsed(&held);
    assert_eq!(written["held_for_review"], true);
    assert!(
        written["post"]["body_html"].is_null(),
        "held text is not sent back"
    );
    let post_id = written["post"]["id"].as_i64().unwrap();
    assert_eq!(app.post_row(post_id).status, "held");
    assert_eq!(held.location(), format!("/api/v1/posts/{post_id}"));
    let seen_by_ana = ana.get(&format!("/t/{thread}")).await.body;
    assert!(!seen_by_ana.contains("415 555 0199"));
    assert_eq!(
        get(&app, &format!("/api/v1/posts/{post_id}"), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let moderator = app.member_with_role(Role::Moderator).await;
    assert!(moderator
        .get("/mod/queue")
        .await
        .body
        .contains("415 555 0199"));
}

#[actix_web::test]
async fn a_post_that_suggests_risk_answers_with_crisis_lines_and_reaches_the_crisis_lane() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let writer = token(&ana, "write").await;

    let res = post(
        &app,
        "/api/v1/communities/asthma/threads",
        &writer,
        &json!({ "title": "A hard week", "body": IDEATION }),
    )
    .await;

    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let written = parsed(&res);
    assert!(written["support"]["lines"][0]["name"].is_string());
    assert_eq!(written["post"]["is_opening"], true);
    let post_id = written["post"]["id"].as_i64().unwrap();
    let item = app.conn(|c| carecircle::models::crisis_item::open_for_post(c, post_id));
    assert!(item.unwrap().is_some(), "moderators have a crisis item");
    let read_back = parsed(&get(&app, &format!("/api/v1/posts/{post_id}"), None).await);
    let text = read_back.to_string();
    assert!(
        !text.contains("ideation") && !text.contains("crisis"),
        "{text}"
    );
}

#[actix_web::test]
async fn bad_requests_get_problem_documents_with_the_pages_status_codes() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    let thread = app.thread().by(&ana).await.thread;
    let writer = token(&ana, "write").await;
    let replies = format!("/api/v1/threads/{thread}/replies");
    let raw = |body: &str| {
        TestRequest::post()
            .uri(&replies)
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .insert_header((header::AUTHORIZATION, format!("Bearer {writer}")))
            .set_payload(body.to_string())
    };

    let not_json = app.visitor().send(raw("{body: nope")).await;
    let wrong_shape = app.visitor().send(raw(r#"{"text": "hi"}"#)).await;
    let blank = post(&app, &replies, &writer, &json!({ "body": "   " })).await;
    let huge = post(
        &app,
        &replies,
        &writer,
        &json!({ "body": "x".repeat(300_000) }),
    )
    .await;
    let unknown = get(&app, "/api/v1/threads/99999", Some(&writer)).await;
    let not_an_id = get(&app, "/api/v1/posts/abc", None).await;
    let bad_token = get(&app, "/api/v1/communities", Some("cc_pat_nothing")).await;
    let bad_page = get(&app, "/api/v1/communities/asthma?page=0", None).await;

    for (res, status) in [
        (&not_json, StatusCode::BAD_REQUEST),
        (&wrong_shape, StatusCode::UNPROCESSABLE_ENTITY),
        (&blank, StatusCode::UNPROCESSABLE_ENTITY),
        (&huge, StatusCode::PAYLOAD_TOO_LARGE),
        (&unknown, StatusCode::NOT_FOUND),
        (&not_an_id, StatusCode::NOT_FOUND),
        (&bad_token, StatusCode::UNAUTHORIZED),
        (&bad_page, StatusCode::BAD_REQUEST),
    ] {
        assert_eq!(res.status, status, "{}", res.body);
        assert!(
            is_problem(res),
            "{status}: {:?} {}",
            res.header("content-type"),
            res.body
        );
    }
    assert!(parsed(&blank)["errors"]["body"][0].is_string());
    assert_eq!(posts_in(&app, thread), 1);
}

#[actix_web::test]
async fn a_retried_write_with_the_same_idempotency_key_posts_once() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    let thread = app.thread().by(&ana).await.thread;
    let writer = token(&ana, "write").await;
    let send = || {
        TestRequest::post()
            .uri(&format!("/api/v1/threads/{thread}/replies"))
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .insert_header((header::AUTHORIZATION, format!("Bearer {writer}")))
            .insert_header(("idempotency-key", "retry-1"))
            .set_payload(r#"{"body": "Mornings are worst for me."}"#)
    };

    let first = parsed(&app.visitor().send(send()).await);
    let again = parsed(&app.visitor().send(send()).await);

    assert_eq!(first["post"]["id"], again["post"]["id"]);
    assert_eq!(posts_in(&app, thread), 2);
}

#[actix_web::test]
async fn the_sites_own_session_writes_with_the_csrf_header_only() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    let thread = app.thread().by(&ana).await.thread;
    let request = || {
        TestRequest::post()
            .uri(&format!("/api/v1/threads/{thread}/replies"))
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .set_payload(r#"{"body": "Through the session."}"#)
    };

    let without = ana.send(request()).await;
    let csrf = ana.csrf_token().await;
    let with = ana
        .send(request().insert_header(("x-csrf-token", csrf)))
        .await;

    assert_eq!(without.status, StatusCode::FORBIDDEN);
    assert_eq!(with.status, StatusCode::CREATED, "{}", with.body);
}

#[actix_web::test]
async fn suspension_ends_every_token_at_once() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;
    let secret = token(&ana, "read").await;
    let admin = app.member_with_role(Role::Admin).await;
    assert_eq!(
        get(&app, "/api/v1/communities", Some(&secret)).await.status,
        StatusCode::OK
    );

    admin
        .post(&format!("/admin/users/{}/suspend", ana.id), &[])
        .await;

    assert_eq!(
        get(&app, "/api/v1/communities", Some(&secret)).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[actix_web::test]
async fn the_token_form_shows_what_was_typed_when_it_is_refused() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;

    let res = ana
        .post(
            "/account/tokens",
            &[
                ("name", "backup script"),
                ("scope", "everything"),
                ("days", "30"),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("name").as_deref(), Some("backup script"));
    assert!(res.body.contains("Choose what the token may do."));
    assert!(res.texts_attr("#new-token", "value").is_empty());
}

/// Every `/api/v1` route of the route table is in the OpenAPI document, and nothing else.
#[actix_web::test]
async fn the_openapi_document_describes_every_api_route() {
    let app = TestApp::spawn().await;
    let doc = parsed(&get(&app, "/api/openapi.json", None).await);
    let route = regex::Regex::new(r#"\.route\(\s*"(/api/v1/[^"]+)",\s*web::([a-z]+)\(\)"#).unwrap();
    let mut routes = Vec::new();
    for file in [
        "src/routes/api.rs",
        "src/routes/api_reads.rs",
        "src/routes/api_writes.rs",
    ] {
        let source = std::fs::read_to_string(file).unwrap();
        for found in route.captures_iter(&source) {
            routes.push(format!("{} {}", &found[2], &found[1]));
        }
    }
    let mut documented: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| format!("{method} {path}"))
        })
        .collect();
    routes.sort();
    documented.sort();

    assert_eq!(doc["openapi"].as_str().map(|v| &v[..3]), Some("3.1"));
    assert_eq!(routes, documented);
    let page = app.visitor().get("/api/docs").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .texts(".api-operation h3")
        .contains(&"POST /api/v1/threads/{id}/replies".to_string()));
}

#[actix_web::test]
async fn a_member_over_the_posting_limit_gets_429_with_retry_after() {
    let app =
        TestApp::spawn_with(|key| (key == "POSTS_PER_MEMBER_MINUTE").then(|| "1".into())).await;
    app.community("asthma");
    let ana = app.member().await;
    let thread = app.thread().by(&ana).await.thread;
    let writer = token(&ana, "write").await;

    let res = post(
        &app,
        &format!("/api/v1/threads/{thread}/replies"),
        &writer,
        &json!({ "body": "One more thing about inhalers." }),
    )
    .await;

    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(is_problem(&res));
    assert!(res
        .header("retry-after")
        .is_some_and(|s| s.parse::<u64>().unwrap() >= 1));
    assert_eq!(posts_in(&app, thread), 1);
}
