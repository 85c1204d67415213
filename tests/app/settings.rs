//! Site settings on /admin/settings: what an admin saves is in force at once on their server
//! and within the interval on every other, each change is audited, refused input comes back
//! as typed, and only admins may change anything.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{audit, site_setting};

use crate::helpers::{Member, TestApp};

const BANNER: &str = "Not medical advice. Shared by members for support; ask your own care team.";

/// The form as the page shows it, with some fields changed.
async fn save(admin: &Member, changes: &[(&str, &str)]) -> crate::helpers::TestResponse {
    let page = admin.get("/admin/settings").await;
    assert_eq!(page.status, StatusCode::OK);
    let mut fields: Vec<(String, String)> = [
        "banner_text",
        "tip_banner_text",
        "clinician_banner_text",
        "crisis_lines",
    ]
    .iter()
    .map(|n| (n.to_string(), page.field_value(n).unwrap_or_default()))
    .collect();
    for n in [
        "privacy_threshold",
        "reports_to_hide",
        "response_target_hours",
        "crisis_target_minutes",
        "question_target_hours",
        "crisis_country",
    ] {
        fields.push((n.to_string(), page.field_value(n).unwrap_or_default()));
    }
    fields.push(("registration_open".into(), "yes".into()));
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        if !value.is_empty() {
            fields.push((name.to_string(), value.to_string()));
        }
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    admin.post("/admin/settings", &pairs).await
}

#[actix_web::test]
async fn a_new_banner_shows_on_the_next_page_and_the_change_is_audited() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let admin = app.member_with_role(Role::Admin).await;

    let res = save(&admin, &[("banner_text", BANNER)]).await;

    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(app.visitor().get("/c/asthma").await.body.contains(BANNER));
    let entries = app.conn(|c| audit::recent(c, 5)).unwrap();
    let changed: Vec<&str> = entries
        .iter()
        .filter(|e| e.action == "setting_changed")
        .map(|e| e.note.as_str())
        .collect();
    assert_eq!(changed.len(), 1, "only what changed is stored: {changed:?}");
    assert!(changed[0].starts_with("banner_text = Not medical advice. Shared"));
    let stored = app.conn(site_setting::all).unwrap();
    assert_eq!(stored.len(), 1, "{stored:?}");
}

#[actix_web::test]
async fn a_setting_stored_by_another_server_is_in_force_here_within_the_interval() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    assert!(!app.visitor().get("/c/asthma").await.body.contains(BANNER));

    app.conn(|c| site_setting::put(c, "banner_text", BANNER, None, 0))
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    app.visitor().get("/").await;

    assert!(app.visitor().get("/c/asthma").await.body.contains(BANNER));
}

#[actix_web::test]
async fn one_report_hides_a_post_once_the_admin_says_so() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let admin = app.member_with_role(Role::Admin).await;
    let thread = app.thread().by(&ana).await.thread;
    ben.join("asthma").await;
    let reply = ana.reply(thread, "My peak flow is better this week.").await;

    assert_eq!(
        save(&admin, &[("reports_to_hide", "1")]).await.status,
        StatusCode::SEE_OTHER
    );
    ben.post(&format!("/p/{reply}/report"), &[("reason", "spam")])
        .await;

    assert_eq!(app.post_row(reply).status, "held");
}

#[actix_web::test]
async fn closed_registration_creates_no_account_and_members_still_log_in() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;

    assert_eq!(
        save(&admin, &[("registration_open", "")]).await.status,
        StatusCode::SEE_OTHER
    );
    let visitor = app.visitor();
    let page = visitor.get("/register").await;
    let sent = visitor
        .post(
            "/register",
            &[
                ("email", "new@example.org"),
                ("handle", "newcomer"),
                ("password", "long enough pass"),
            ],
        )
        .await;

    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("not taking new members"));
    assert_eq!(sent.status, StatusCode::FORBIDDEN);
    let found = app.conn(|c| carecircle::models::user::find_by_email(c, "new@example.org"));
    assert!(matches!(found, Ok(None)), "{found:?}");
    let login = app
        .visitor()
        .post(
            "/login",
            &[
                ("email", &member.email),
                ("password", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
}

#[actix_web::test]
async fn a_new_region_of_crisis_lines_is_what_members_without_a_choice_see() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;
    let table = r#"[{"code":"DE","name":"Germany","lines":[{"name":"Telefonseelsorge","how":"Call 0800 111 0 111, free, any time"}]}]"#;

    let res = save(&admin, &[("crisis_lines", table), ("crisis_country", "DE")]).await;

    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(member
        .get("/account")
        .await
        .body
        .contains("Telefonseelsorge"));
}

#[actix_web::test]
async fn refused_settings_come_back_as_typed_and_change_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;

    let res = save(
        &admin,
        &[
            ("privacy_threshold", "lots"),
            ("banner_text", "Too short"),
            ("crisis_country", "ZZ"),
        ],
    )
    .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.field_value("privacy_threshold").as_deref(),
        Some("lots")
    );
    assert_eq!(res.field_value("banner_text").as_deref(), Some("Too short"));
    assert!(res.body.contains("A banner has 20 to 600 characters."));
    assert!(app.conn(site_setting::all).unwrap().is_empty());
}

#[actix_web::test]
async fn only_admins_open_or_change_the_settings() {
    let app = TestApp::spawn().await;
    let moderator = app.member_with_role(Role::Moderator).await;

    let page = moderator.get("/admin/settings").await;
    let sent = moderator
        .post("/admin/settings", &[("banner_text", BANNER)])
        .await;

    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(sent.status, StatusCode::FORBIDDEN);
    assert!(app.conn(site_setting::all).unwrap().is_empty());
}
