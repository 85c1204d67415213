//! `/metrics` for the operator and `/readyz`: off without a token, refused without the right
//! one, and route patterns, never paths or anyone's data, in what it shows.

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use diesel::connection::SimpleConnection;
use regex::Regex;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Browser, TestApp, TestResponse};

const TOKEN: &str = "operator-token-5f2c8e1a9b7d";

async fn with_metrics() -> TestApp {
    TestApp::spawn_with(|key| (key == "METRICS_TOKEN").then(|| TOKEN.into())).await
}

async fn scrape(browser: &Browser, authorization: Option<&str>) -> TestResponse {
    let mut request = TestRequest::get().uri("/metrics");
    if let Some(value) = authorization {
        request = request.insert_header(("authorization", value));
    }
    browser.send(request).await
}

#[actix_web::test]
async fn metrics_are_off_without_a_token_configured() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    for authorization in [None, Some("Bearer "), Some("Bearer anything-at-all-here")] {
        assert_eq!(
            scrape(&visitor, authorization).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[actix_web::test]
async fn metrics_refuse_requests_without_the_right_bearer_token() {
    let app = with_metrics().await;
    let member = app.member().await;
    let wrong = [
        None,
        Some("Bearer ".to_string()),
        Some(format!("Bearer {}", &TOKEN[..TOKEN.len() - 1])),
        Some(format!("Bearer {TOKEN}x")),
        Some(format!("Basic {TOKEN}")),
        Some(TOKEN.to_string()),
    ];
    for authorization in &wrong {
        for browser in [&app.visitor(), &member.browser] {
            let refused = scrape(browser, authorization.as_deref()).await;
            assert_eq!(
                refused.status,
                StatusCode::UNAUTHORIZED,
                "{authorization:?}"
            );
            assert!(refused.header("www-authenticate").is_some());
            assert!(!refused.body.contains("carecircle_"));
        }
    }
}

#[actix_web::test]
async fn the_operator_sees_route_patterns_and_queue_figures_and_no_member_data() {
    let app = with_metrics().await;
    app.community("asthma");
    let author = app.member().await;
    let title = "Peak flow diary tips";
    let started = app.thread().by(&author).titled(title).await;
    author
        .reply(
            started.thread,
            &format!("Privatewordmarker {HELD_SENTENCE}"),
        )
        .await;
    let thread_path = format!("/t/{}", started.thread);
    app.visitor().get(&thread_path).await;
    app.visitor()
        .get(&format!("/no-such-page/{}", author.handle))
        .await;

    let scraped = scrape(&app.visitor(), Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(scraped.status, StatusCode::OK);
    let text = scraped.body;
    for series in [
        "carecircle_http_requests_total{route=\"/t/{id}\",method=\"GET\",status=\"200\"} ",
        "carecircle_http_request_duration_seconds_bucket{route=\"/t/{id}\",method=\"GET\",status=\"200\",le=\"+Inf\"} ",
        "carecircle_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n",
        "carecircle_queue_depth{kind=\"held\"} 1\n",
        "carecircle_queue_depth{kind=\"crisis\"} 0\n",
        "carecircle_queue_oldest_age_seconds{kind=\"held\"} ",
        "carecircle_posts_written_last_day{status=\"held\"} 1\n",
        "carecircle_posts_written_last_day{status=\"published\"} 1\n",
        "carecircle_outbox_messages{status=\"failed\"} 0\n",
        "carecircle_active_sessions ",
        "carecircle_db_pool_max_connections 4\n",
        "carecircle_db_wait_seconds_count ",
        "carecircle_build_info{version=\"",
    ] {
        assert!(text.contains(series), "no {series:?} in:\n{text}");
    }
    for private in [
        author.handle.as_str(),
        author.email.as_str(),
        title,
        "Privatewordmarker",
        "415 555",
        thread_path.as_str(),
    ] {
        assert!(!text.contains(private), "/metrics shows {private:?}");
    }
    let route_with_a_digit = Regex::new(r#"route="[^"]*[0-9]"#).unwrap();
    assert!(!route_with_a_digit.is_match(&text), "a raw path as a label");
}

#[actix_web::test]
async fn readiness_fails_while_a_migration_is_pending() {
    let app = TestApp::spawn().await;
    assert_eq!(app.visitor().get("/readyz").await.status, StatusCode::OK);

    app.conn(|c| {
        c.batch_execute(
            "DELETE FROM __diesel_schema_migrations WHERE version = \
             (SELECT MAX(version) FROM __diesel_schema_migrations)",
        )
    })
    .unwrap();
    let ready = app.visitor().get("/readyz").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        ready.body.contains("1 database migration(s) pending"),
        "{}",
        ready.body
    );
}
