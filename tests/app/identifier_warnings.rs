//! Text that is never held but reaches someone (what staff write to a member, community pages,
//! report notes) is scanned too: its writer is warned and confirms. Tip references are held
//! like the rest of a tip.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{notice, tip};

use crate::builders::TIP;
use crate::helpers::TestApp;

const PHONE: &str = "Call her on 415 555 0182.";

#[actix_web::test]
async fn a_warning_with_an_identifier_asks_the_moderator_to_confirm() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let member = app.member().await;
    let path = format!("/mod/users/{}/warn", member.id);
    let text = format!("Please stop sharing your carer's number. {PHONE}");

    let first = moderator.post(&path, &[("text", &text)]).await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(first.texts("#confirm_identifiers-error li")[0].contains("a phone number"));
    assert_eq!(
        first.field_value("text").as_deref(),
        Some(text.as_str()),
        "nothing lost"
    );
    let nothing = app.conn(|c| notice::recent_for(c, member.id, 5)).unwrap();
    assert!(nothing.is_empty());

    let sent = moderator
        .post(&path, &[("text", &text), ("confirm_identifiers", "yes")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.conn(|c| notice::recent_for(c, member.id, 5))
            .unwrap()
            .len(),
        1
    );
}

#[actix_web::test]
async fn a_community_page_with_an_identifier_asks_the_admin_to_confirm() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let fields = [
        ("name", "Hay fever"),
        ("slug", "hay-fever"),
        ("description", "Pollen, sneezes and sleep."),
        ("default_audience", "public"),
        (
            "guidelines",
            "Be kind. Our nurse lead is Dr. Maria Gonzalez, 415 555 0190.",
        ),
    ];
    let first = admin.post("/admin/communities/new", &fields).await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(first.body.contains("Send it anyway"));
    let mut confirmed = fields.to_vec();
    confirmed.push(("confirm_identifiers", "yes"));
    assert_eq!(
        admin
            .post("/admin/communities/new", &confirmed)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[actix_web::test]
async fn a_report_note_with_an_identifier_asks_the_reporter_to_confirm() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (author, reporter) = (app.member().await, app.member().await);
    reporter.join("asthma").await;
    let opening = app.thread().by(&author).await.opening;
    let path = format!("/p/{opening}/report");
    let note = format!("She is my neighbour. {PHONE}");
    let first = reporter
        .post(&path, &[("reason", "other"), ("note", &note)])
        .await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(first.field_value("note").as_deref(), Some(note.as_str()));
    let sent = reporter
        .post(
            &path,
            &[
                ("reason", "other"),
                ("note", &note),
                ("confirm_identifiers", "yes"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
}

#[actix_web::test]
async fn a_tip_whose_references_carry_an_identifier_is_held() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let clinician = app.clinician().await;
    let references = "https://www.nhs.uk/conditions/asthma/\nMy colleague Dr. Maria Gonzalez, maria.gonzalez@example.org";
    let fields = [TIP[0], TIP[1], ("references", references)];
    let res = clinician.post("/c/asthma/tips/new", &fields).await;
    // An email address is not a reference, so the form says so first.
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let personal =
        "https://www.nhs.uk/conditions/asthma/\nhttps://example.org/~mgonzalez/phone-415-555-0190";
    let fields = [TIP[0], TIP[1], ("references", personal)];
    let res = clinician.post("/c/asthma/tips/new", &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: i64 = res.location().trim_start_matches("/tips/").parse().unwrap();
    let held = app.conn(|c| tip::find_for_update(c, id)).unwrap();
    assert_eq!(held.status, tip::HELD);
}
