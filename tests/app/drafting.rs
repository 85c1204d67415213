//! Helping authors before they post: previews, the privacy check API, and deleting.

use actix_web::http::{header, StatusCode};
use actix_web::test::TestRequest;

use crate::helpers::TestApp;

#[actix_web::test]
async fn a_preview_shows_the_spans_and_saves_nothing() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;

    let res = ana
        .post(
            "/c/asthma/new",
            &[
                ("title", "New inhaler"),
                ("body", "My MRN 00482913 is on file"),
                ("preview", "1"),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::OK);
    assert!(res.texts(".preview .privacy-review")[0].contains("a medical record number"));
    assert_eq!(
        res.texts(".preview mark.pii[data-kind=MRN]"),
        vec!["00482913 [MRN]"]
    );
    assert_eq!(
        res.field_value("body").as_deref(),
        Some("My MRN 00482913 is on file")
    );
    assert!(app
        .visitor()
        .get("/c/asthma")
        .await
        .texts(".thread-title")
        .is_empty());
    assert!(
        ana.get("/c/asthma").await.texts(".thread-title").is_empty(),
        "nothing saved, not even held"
    );
}

#[actix_web::test]
async fn a_clean_reply_preview_says_it_will_publish() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Spacers", "Do they help?").await;

    let res = ana
        .post(
            &format!("/t/{thread}/reply"),
            &[("body", "Yes, **a lot**."), ("preview", "1")],
        )
        .await;

    assert_eq!(res.status, StatusCode::OK);
    assert!(res.texts(".preview")[0].contains("published at once"));
    assert!(res.body.contains("<strong>a lot</strong>"));
    assert_eq!(res.texts(".post").len(), 1, "the reply was not saved");
}

#[actix_web::test]
async fn the_privacy_check_api_returns_findings_as_json() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;
    ana.get("/").await;
    let token = ana.csrf_token().await;
    let check = |body: &'static str| {
        TestRequest::post()
            .uri("/api/privacy/check")
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .insert_header(("x-csrf-token", token.clone()))
            .set_payload(body)
    };

    let held = ana
        .send(check(r#"{"text": "ring me on 555-867-5309"}"#))
        .await;
    let clean = ana.send(check(r#"{"text": "500 mg twice a day"}"#)).await;
    let broken = ana.send(check(r#"{"txt": 1}"#)).await;

    let held: serde_json::Value = serde_json::from_str(&held.body).unwrap();
    assert_eq!(held["hold"], true);
    assert_eq!(held["findings"][0]["kind"], "PHONE");
    assert_eq!(
        (
            held["findings"][0]["start"].as_u64(),
            held["findings"][0]["end"].as_u64()
        ),
        (Some(11), Some(23))
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&clean.body).unwrap()["hold"],
        false
    );
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert!(broken
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    assert!(serde_json::from_str::<serde_json::Value>(&broken.body).unwrap()["error"].is_string());
}

#[actix_web::test]
async fn the_privacy_check_api_needs_the_csrf_header_and_a_login() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;
    let request = || {
        TestRequest::post()
            .uri("/api/privacy/check")
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .set_payload(r#"{"text":"x"}"#)
    };

    assert_eq!(ana.send(request()).await.status, StatusCode::FORBIDDEN);
    let visitor = app.visitor();
    visitor.get("/").await;
    let token = visitor.cookie("cc_csrf").unwrap();
    assert_eq!(
        visitor
            .send(request().insert_header(("x-csrf-token", token)))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[actix_web::test]
async fn authors_delete_their_posts_and_others_cannot() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    let thread = ana.start_thread("asthma", "Overshared", "Body").await;
    let reply = ana.reply(thread, "I said too much 4411").await;

    assert_eq!(
        ben.post(&format!("/p/{reply}/delete"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let res = ana.post(&format!("/p/{reply}/delete"), &[]).await;

    assert_eq!(res.location(), format!("/t/{thread}"));
    assert_eq!(app.post_row(reply).status, "deleted");
    assert!(!ben.get(&format!("/t/{thread}")).await.body.contains("4411"));
    assert!(
        !ana.get(&format!("/t/{thread}")).await.body.contains("4411"),
        "gone for its author too"
    );
}
