use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::community;

use crate::helpers::TestApp;

#[actix_web::test]
async fn unknown_paths_get_a_404_page() {
    let app = TestApp::spawn().await;

    for path in [
        "/nothing-here",
        "/c/no-such-community",
        "/t/999999",
        "/t/not-a-number",
        "/u/nobody",
        "/assets/../Cargo.toml",
    ] {
        let res = app.visitor().get(path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            res.header("content-type").unwrap().starts_with("text/html"),
            "{path}"
        );
        assert!(res.body.contains("Page not found"), "{path}");
    }
}

#[actix_web::test]
async fn pages_that_need_a_login_redirect_to_login_with_next() {
    let app = TestApp::spawn().await;
    app.community("asthma");

    let res = app.visitor().get("/c/asthma/new").await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/login?next=%2Fc%2Fasthma%2Fnew");
}

#[actix_web::test]
async fn forbidden_actions_get_a_403_page() {
    let app = TestApp::spawn().await;
    let member = app.member().await;

    let res = member.get("/admin").await;

    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains("Not allowed"));
}

#[actix_web::test]
async fn oversized_bodies_get_413_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let huge = "a".repeat(carecircle::config::DEFAULT_MAX_BODY_BYTES + 1);

    let res = ana
        .post("/c/asthma/new", &[("title", "Big one"), ("body", &huge)])
        .await;

    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.body.contains("Too large"));
    assert!(app
        .visitor()
        .get("/c/asthma")
        .await
        .texts(".thread-title")
        .is_empty());
}

#[actix_web::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let fields = "name=Evil&slug=evil&description=d&guidelines=g";

    let missing = admin.post_raw("/admin/communities/new", fields).await;
    let forged = admin
        .post_raw(
            "/admin/communities/new",
            format!("csrf_token={}&{fields}", "0".repeat(64)),
        )
        .await;

    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(missing.body.contains("expired"));
    assert_eq!(app.conn(community::count).unwrap(), 0);
}

#[actix_web::test]
async fn malformed_form_bodies_and_page_numbers_get_a_clear_400() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let token = ana.csrf_token().await;

    let mut raw = format!("csrf_token={token}&title=Valid+title&body=").into_bytes();
    raw.extend_from_slice(&[0xff, 0xfe, 0xfd]);
    let invalid_utf8 = ana.post_raw("/c/asthma/new", raw).await;
    let encoded = format!("csrf_token={token}&title=Valid+title&body=%FF%FE");
    let encoded_invalid_utf8 = ana.post_raw("/c/asthma/new", encoded).await;
    let bad_page = app.visitor().get("/c/asthma?page=-3").await;
    let word_page = app.visitor().get("/c/asthma?page=two").await;

    assert_eq!(invalid_utf8.status, StatusCode::BAD_REQUEST);
    assert_eq!(encoded_invalid_utf8.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_page.status, StatusCode::BAD_REQUEST);
    assert_eq!(word_page.status, StatusCode::BAD_REQUEST);
    assert!(word_page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(app
        .visitor()
        .get("/c/asthma")
        .await
        .texts(".thread-title")
        .is_empty());
}

#[actix_web::test]
async fn a_database_failure_shows_an_opaque_500_page() {
    use diesel::connection::SimpleConnection;
    let app = TestApp::spawn().await;
    app.community("asthma");
    app.conn(|c| c.batch_execute("ALTER TABLE threads RENAME TO threads_gone"))
        .unwrap();

    let res = app.visitor().get("/c/asthma").await;

    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(res.body.contains("Something went wrong"));
    for internal in ["threads", "relation", "no such table", "SELECT"] {
        assert!(!res.body.contains(internal), "500 page shows {internal:?}");
    }
}

#[actix_web::test]
async fn path_traversal_on_assets_reaches_nothing_outside_them() {
    let app = TestApp::spawn().await;
    for path in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%2f..%2fCargo.toml",
        "/assets/css/../../src/main.rs",
        "/assets/%2fetc%2fpasswd",
    ] {
        let res = app.visitor().get(path).await;
        assert!(res.status.is_client_error(), "{path}: {}", res.status);
        for secret in ["[package]", "root:", "fn main"] {
            assert!(!res.body.contains(secret), "{path} served {secret}");
        }
    }
    let css = app.visitor().get("/assets/css/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
}

#[actix_web::test]
async fn deeply_nested_markdown_and_sql_looking_text_are_just_text() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let sql_title = "Robert'); DROP TABLE posts;--";
    let thread = ana
        .start_thread(
            "asthma",
            sql_title,
            "' OR 1=1; DELETE FROM users WHERE ''='",
        )
        .await;
    let nested = format!("{}deep{}", "> ".repeat(5000), "*".repeat(5000));
    let listy = "- a\n  ".repeat(3000);
    for body in [nested.as_str(), listy.as_str()] {
        let res = ana
            .post(&format!("/t/{thread}/reply"), &[("body", body)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }

    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts(".thread-heading").join("").contains(sql_title));
    assert!(page.body.contains("OR 1=1"));
    assert_eq!(page.texts(".post").len(), 3);
    assert_eq!(app.visitor().get("/healthz").await.status, StatusCode::OK);
}
