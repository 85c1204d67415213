use actix_web::cookie::SameSite;
use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{session, user};

use crate::helpers::{TestApp, PASSWORD};

#[actix_web::test]
async fn registering_logs_the_member_in_under_their_handle() {
    let app = TestApp::spawn().await;
    let member = app.member().await;

    let home = member.get("/").await;

    assert_eq!(
        home.texts(".account-nav .handle"),
        vec![member.handle.clone()]
    );
    let stored = app
        .conn(|c| user::find_by_handle(c, &member.handle))
        .unwrap()
        .unwrap();
    assert_eq!(stored.role(), Role::Member);
    assert!(stored
        .password_hash
        .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
}

#[actix_web::test]
async fn a_failed_registration_shows_the_form_again_with_what_was_typed() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();

    let res = visitor
        .post(
            "/register",
            &[
                ("email", "not-an-email"),
                ("handle", "x"),
                ("password", "short"),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("email").as_deref(), Some("not-an-email"));
    assert_eq!(res.field_value("handle").as_deref(), Some("x"));
    assert_eq!(
        res.field_value("password").as_deref(),
        Some(""),
        "a password is never sent back"
    );
    let errors = res.texts(".field-errors li").join(" | ");
    assert!(
        errors.contains("email address")
            && errors.contains("3 to 30")
            && errors.contains("10 to 128"),
        "{errors}"
    );
    assert_eq!(app.conn(|c| user::list_recent(c, 10)).unwrap().len(), 0);
}

#[actix_web::test]
async fn handles_are_unique_whatever_their_case() {
    let app = TestApp::spawn().await;
    let first = app.member().await;

    let res = app
        .visitor()
        .post(
            "/register",
            &[
                ("email", "other@example.org"),
                ("handle", &first.handle.to_uppercase()),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.texts("#handle-error li")[0].contains("taken"));
    assert_eq!(
        res.field_value("email").as_deref(),
        Some("other@example.org")
    );
}

#[actix_web::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let member = app.member().await;

    let wrong_password = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", "not the password")],
        )
        .await;
    let unknown_email = app
        .visitor()
        .post(
            "/login",
            &[("email", "nobody@example.org"), ("password", PASSWORD)],
        )
        .await;

    assert_eq!(wrong_password.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown_email.status, wrong_password.status);
    assert_eq!(
        wrong_password.texts(".form-error"),
        unknown_email.texts(".form-error")
    );
    assert!(wrong_password.set_cookie("cc_session").is_none());
    assert_eq!(
        wrong_password.field_value("email").as_deref(),
        Some(member.email.as_str())
    );
}

#[actix_web::test]
async fn logging_in_issues_a_new_http_only_lax_session_cookie_and_returns_to_next() {
    let app = TestApp::spawn().await;
    let member = app.member().await;
    let first_token = member.cookie("cc_session").unwrap();

    let browser = app.visitor();
    let res = browser
        .post(
            "/login",
            &[
                ("email", &member.email.to_uppercase()),
                ("password", PASSWORD),
                ("next", "/c/anything"),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/c/anything");
    let cookie = res.set_cookie("cc_session").expect("session cookie");
    assert_ne!(cookie.value(), first_token);
    assert_eq!(cookie.http_only(), Some(true));
    assert_eq!(cookie.same_site(), Some(SameSite::Lax));
    assert_ne!(cookie.secure(), Some(true), "plain http in tests");
    assert_eq!(
        browser.get("/").await.texts(".account-nav .handle"),
        vec![member.handle.clone()]
    );
}

#[actix_web::test]
async fn login_never_redirects_to_another_site() {
    let app = TestApp::spawn().await;
    let member = app.member().await;

    let res = app
        .visitor()
        .post(
            "/login",
            &[
                ("email", &member.email),
                ("password", PASSWORD),
                ("next", "//evil.example/x"),
            ],
        )
        .await;

    assert_eq!(res.location(), "/");
}

#[actix_web::test]
async fn session_cookies_are_secure_when_served_over_tls() {
    let app =
        TestApp::spawn_with(|k| (k == "BASE_URL").then(|| "https://carecircle.example".into()))
            .await;
    let member = app.member().await;

    let res = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;

    assert_eq!(res.set_cookie("cc_session").unwrap().secure(), Some(true));
}

#[actix_web::test]
async fn logging_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    let member = app.member().await;
    let token = member.cookie("cc_session").unwrap();

    let res = member.post("/logout", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // Replaying the old cookie must not work: the session row is gone.
    let replay = app.visitor();
    replay.jar.borrow_mut().insert("cc_session".into(), token);
    assert!(replay
        .get("/")
        .await
        .texts(".account-nav .handle")
        .is_empty());
    assert_eq!(
        app.conn(|c| session::delete_for_user(c, member.id))
            .unwrap(),
        0
    );
}

#[actix_web::test]
async fn suspending_an_account_ends_its_sessions_and_blocks_login() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;

    let res = admin
        .post(&format!("/admin/users/{}/suspend", member.id), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    assert!(member
        .get("/")
        .await
        .texts(".account-nav .handle")
        .is_empty());
    let login = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, StatusCode::UNPROCESSABLE_ENTITY);
    let today = carecircle::calendar::day(carecircle::db::now());
    assert!(
        login.body.contains(&format!(
            "This account was suspended by the moderators on {today}"
        )),
        "the owner, who gave the password, is told why: {}",
        login.body
    );
    assert!(login.body.contains("until an admin lifts the suspension"));
    let guess = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", "not the password")],
        )
        .await;
    assert!(
        !guess.body.contains("suspended") && guess.body.contains("do not match"),
        "without the password nobody learns of the suspension"
    );

    admin
        .post(&format!("/admin/users/{}/unsuspend", member.id), &[])
        .await;
    let login = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
}

#[actix_web::test]
async fn only_admins_manage_accounts() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;

    assert_eq!(
        moderator.get("/admin/users").await.status,
        StatusCode::FORBIDDEN
    );
    let res = moderator
        .post(&format!("/admin/users/{}/suspend", member.id), &[])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!member
        .get("/")
        .await
        .texts(".account-nav .handle")
        .is_empty());
}

#[actix_web::test]
async fn an_admin_gives_roles_but_cannot_change_their_own() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;

    admin
        .post(
            &format!("/admin/users/{}/role", member.id),
            &[("role", "moderator")],
        )
        .await;
    let own = admin
        .post(
            &format!("/admin/users/{}/role", admin.id),
            &[("role", "member")],
        )
        .await;

    let role = |id| {
        app.conn(|c| user::list_recent(c, 10))
            .unwrap()
            .into_iter()
            .find(|u| u.id == id)
            .unwrap()
            .role()
    };
    assert_eq!(role(member.id), Role::Moderator);
    assert_eq!(own.status, StatusCode::CONFLICT);
    assert!(own.body.contains("your own account"));
    assert_eq!(role(admin.id), Role::Admin);
}

#[actix_web::test]
async fn the_cli_creates_the_first_admin() {
    let app = TestApp::spawn().await;

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_carecircle"))
        .args([
            "admin",
            "create",
            "--email",
            "root@example.org",
            "--handle",
            "founder",
        ])
        .env("DATABASE_URL", &app.db.url)
        .env("CARECIRCLE_ADMIN_PASSWORD", PASSWORD)
        .output()
        .expect("run carecircle");

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let browser = app.visitor();
    browser
        .post(
            "/login",
            &[("email", "root@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
}
