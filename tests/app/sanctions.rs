//! Moderators' measures against members, and the notices members receive.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::audit;
use diesel::prelude::*;

use crate::helpers::TestApp;

fn subject_actions(app: &TestApp, user_id: i64) -> Vec<String> {
    app.conn(|c| audit::for_user(c, user_id, None, 50))
        .unwrap()
        .into_iter()
        .rev()
        .map(|e| e.action)
        .collect()
}

#[actix_web::test]
async fn a_warning_reaches_the_member_and_the_audit_log() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;

    let res = moderator
        .post(
            &format!("/mod/users/{}/warn", member.id),
            &[("text", "Please keep it civil.")],
        )
        .await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let account = member.get("/account").await;
    assert!(account.texts(".notice")[0].contains("Please keep it civil."));
    assert_eq!(subject_actions(&app, member.id), vec!["warn"]);
}

#[actix_web::test]
async fn a_silenced_member_reads_but_cannot_post_until_it_ends() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;
    member.join("asthma").await;

    moderator
        .post(
            &format!("/mod/users/{}/silence", member.id),
            &[("hours", "24")],
        )
        .await;
    let refused = member
        .post(
            "/c/asthma/new",
            &[("title", "Still here"), ("body", "hello")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("read-only"));
    assert!(
        refused.body.contains(r#"value="Still here""#),
        "the title is kept"
    );
    assert_eq!(member.get("/c/asthma").await.status, StatusCode::OK);

    moderator
        .post(&format!("/mod/users/{}/unsilence", member.id), &[])
        .await;
    member.start_thread("asthma", "Back again", "hello").await;
    assert_eq!(
        subject_actions(&app, member.id),
        vec!["silence", "unsilence"]
    );
}

#[actix_web::test]
async fn a_moderator_suspends_a_member_which_ends_their_sessions() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;

    moderator
        .post(&format!("/mod/users/{}/suspend", member.id), &[])
        .await;

    assert!(member
        .get("/")
        .await
        .texts(".account-nav .handle")
        .is_empty());
    assert_eq!(subject_actions(&app, member.id), vec!["suspend"]);
}

#[actix_web::test]
async fn moderators_keep_private_notes_on_a_member() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;

    moderator
        .post(
            &format!("/mod/users/{}/note", member.id),
            &[("text", "Shared a phone number twice")],
        )
        .await;

    let page = moderator
        .get(&format!("/mod/users/{}", member.handle))
        .await;
    assert!(page.texts(".notes li")[0].contains("Shared a phone number twice"));
    assert_eq!(
        member
            .get(&format!("/mod/users/{}", member.handle))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !member
            .get("/account")
            .await
            .body
            .contains("phone number twice"),
        "notes are not shown to the member"
    );
}

#[actix_web::test]
async fn moderators_cannot_sanction_staff_or_themselves() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let other_moderator = app.member_with_role(Role::Moderator).await;

    let on_staff = moderator
        .post(&format!("/mod/users/{}/suspend", other_moderator.id), &[])
        .await;
    let on_self = moderator
        .post(
            &format!("/mod/users/{}/silence", moderator.id),
            &[("hours", "1")],
        )
        .await;

    assert_eq!(on_staff.status, StatusCode::FORBIDDEN);
    assert_eq!(on_self.status, StatusCode::CONFLICT);
    let suspended = app.conn(|c| {
        carecircle::schema::users::table
            .filter(carecircle::schema::users::suspended_at.is_not_null())
            .count()
            .get_result::<i64>(c)
    });
    assert_eq!(suspended.unwrap(), 0);
}

#[actix_web::test]
async fn a_too_long_warning_comes_back_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;
    let text = "Please stop. ".repeat(200);

    let res = moderator
        .post(
            &format!("/mod/users/{}/warn", member.id),
            &[("text", &text)],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("text").map(|t| t.len()), Some(text.len()));
    assert!(res.texts("#warn-error li")[0].contains("2,000"));
    assert!(subject_actions(&app, member.id).is_empty());
}
