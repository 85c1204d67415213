//! Rate limits: 429 with Retry-After, per account, per address and per member, shared by
//! every app server on the database.

use actix_web::http::StatusCode;

use crate::helpers::{TestApp, PASSWORD};

async fn app_with(setting: &'static str, value: &'static str) -> TestApp {
    TestApp::spawn_with(move |key| (key == setting).then(|| value.into())).await
}

fn retry_after(res: &crate::helpers::TestResponse) -> i64 {
    res.header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After header in seconds")
}

#[actix_web::test]
async fn login_attempts_are_limited_per_account_even_with_the_right_password() {
    let app = app_with("LOGIN_ATTEMPTS_PER_ACCOUNT", "3").await;
    let ana = app.member().await;
    let guesser = app.visitor();
    for _ in 0..3 {
        let res = guesser
            .post(
                "/login",
                &[("email", &ana.email), ("password", "wrong guess")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    let blocked = guesser
        .post("/login", &[("email", &ana.email), ("password", PASSWORD)])
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((1..=900).contains(&retry_after(&blocked)));
    assert!(blocked.body.contains("Too many login attempts"));
    assert!(blocked.set_cookie("cc_session").is_none());

    let ben = app.member().await;
    let other = app
        .visitor()
        .post("/login", &[("email", &ben.email), ("password", PASSWORD)])
        .await;
    assert_eq!(
        other.status,
        StatusCode::SEE_OTHER,
        "other accounts are not locked"
    );
}

#[actix_web::test]
async fn login_attempts_are_limited_per_address() {
    let app = app_with("LOGIN_ATTEMPTS_PER_IP", "4").await;
    let guesser = app.visitor();
    for n in 0..4 {
        let email = format!("nobody{n}@example.org");
        let res = guesser
            .post("/login", &[("email", &email), ("password", "x")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = guesser
        .post(
            "/login",
            &[("email", "nobody9@example.org"), ("password", "x")],
        )
        .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
}

#[actix_web::test]
async fn registrations_are_limited_per_address() {
    let app = app_with("REGISTRATIONS_PER_IP", "2").await;
    let mut statuses = Vec::new();
    for n in 0..3 {
        let (email, handle) = (format!("new{n}@example.org"), format!("newcomer{n}"));
        let res = app
            .visitor()
            .post(
                "/register",
                &[
                    ("email", &email),
                    ("handle", &handle),
                    ("password", PASSWORD),
                ],
            )
            .await;
        statuses.push(res.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}

#[actix_web::test]
async fn posting_is_limited_per_member_and_nothing_is_stored_past_the_limit() {
    let app = app_with("POSTS_PER_MEMBER_MINUTE", "2").await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Cold air", "Scarf over the mouth helps.")
        .await;
    ana.reply(thread, "Also a warm-up indoors.").await;

    let third = ana
        .post(
            &format!("/t/{thread}/reply"),
            &[("body", "One more thought.")],
        )
        .await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((1..=60).contains(&retry_after(&third)));
    assert!(
        third.body.contains(">One more thought.</textarea>"),
        "the reply box keeps the text"
    );
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert!(!page.body.contains("One more thought."));

    let ben = app.member().await;
    ben.join("asthma").await;
    ben.reply(thread, "Same here.").await;
}

#[actix_web::test]
async fn two_app_servers_share_one_limit() {
    let first = app_with("LOGIN_ATTEMPTS_PER_ACCOUNT", "3").await;
    let url = first.db.url.clone();
    let second = TestApp::spawn_with(move |key| match key {
        "DATABASE_URL" => Some(url.clone()),
        "LOGIN_ATTEMPTS_PER_ACCOUNT" => Some("3".into()),
        _ => None,
    })
    .await;
    let ana = first.member().await;
    let wrong = [("email", ana.email.as_str()), ("password", "wrong guess")];
    assert_eq!(
        first.visitor().post("/login", &wrong).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        second.visitor().post("/login", &wrong).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        first.visitor().post("/login", &wrong).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let blocked = second.visitor().post("/login", &wrong).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}
