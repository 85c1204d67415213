use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::community;

use crate::helpers::TestApp;

#[actix_web::test]
async fn home_lists_communities_with_member_and_thread_counts() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    app.community("long-covid");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    ana.start_thread("asthma", "Inhaler technique", "Spacers help me.")
        .await;

    let home = app.visitor().get("/").await;

    let cards = home.texts(".community-card");
    let asthma = cards
        .iter()
        .find(|c| c.contains("Community asthma"))
        .unwrap();
    assert!(
        asthma.contains("2 members") && asthma.contains("1 discussion"),
        "{asthma}"
    );
    let covid = cards
        .iter()
        .find(|c| c.contains("Community long-covid"))
        .unwrap();
    assert!(
        covid.contains("0 members") && covid.contains("0 discussions"),
        "{covid}"
    );
}

#[actix_web::test]
async fn joining_requires_accepting_the_guidelines() {
    let app = TestApp::spawn().await;
    let found = app.community("asthma");
    let member = app.member().await;

    let page = member.get("/c/asthma/join").await;
    assert!(
        page.body.contains("Be kind."),
        "the guidelines are shown before joining"
    );
    let refused = member.post("/c/asthma/join", &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.texts("#accept_guidelines-error li")[0].contains("accept the community guidelines")
    );
    assert!(!app
        .conn(|c| community::is_member(c, found.id, member.id))
        .unwrap());

    member.join("asthma").await;
    assert!(app
        .conn(|c| community::is_member(c, found.id, member.id))
        .unwrap());
}

#[actix_web::test]
async fn joining_needs_a_login() {
    let app = TestApp::spawn().await;
    app.community("asthma");

    let res = app.visitor().get("/c/asthma/join").await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/login?next=%2Fc%2Fasthma%2Fjoin");
}

#[actix_web::test]
async fn a_member_can_leave() {
    let app = TestApp::spawn().await;
    let found = app.community("asthma");
    let member = app.member().await;
    member.join("asthma").await;

    let res = member.post("/c/asthma/leave", &[]).await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(!app
        .conn(|c| community::is_member(c, found.id, member.id))
        .unwrap());
}

#[actix_web::test]
async fn only_members_start_threads() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let outsider = app.member().await;

    let form = outsider.get("/c/asthma/new").await;
    assert!(
        form.field_value("title").is_none(),
        "no form for a non-member"
    );
    assert!(form.body.contains("Only members can start discussions"));
    let res = outsider
        .post("/c/asthma/new", &[("title", "Hello there"), ("body", "Hi")])
        .await;

    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(app
        .visitor()
        .get("/c/asthma")
        .await
        .texts(".thread-title")
        .is_empty());
}

#[actix_web::test]
async fn admins_create_communities_and_members_cannot() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;
    let fields = [
        ("name", "Cystic fibrosis"),
        ("slug", "cystic-fibrosis"),
        ("description", "Life with CF"),
        ("guidelines", "1. **Be kind**"),
        ("default_audience", "public"),
    ];

    assert_eq!(
        member.post("/admin/communities/new", &fields).await.status,
        StatusCode::FORBIDDEN
    );
    let res = admin.post("/admin/communities/new", &fields).await;

    assert_eq!(res.location(), "/c/cystic-fibrosis");
    let page = app.visitor().get("/c/cystic-fibrosis").await;
    assert_eq!(page.texts("h1"), vec!["Cystic fibrosis"]);
    assert!(
        page.body.contains("<strong>Be kind</strong>"),
        "guidelines rendered from Markdown"
    );
}

#[actix_web::test]
async fn a_taken_or_malformed_slug_shows_the_form_again_with_what_was_typed() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let admin = app.member_with_role(Role::Admin).await;

    let taken = admin
        .post(
            "/admin/communities/new",
            &[
                ("name", "Asthma 2"),
                ("slug", "asthma"),
                ("description", "d"),
                ("guidelines", "g"),
                ("default_audience", "public"),
            ],
        )
        .await;
    let malformed = admin
        .post(
            "/admin/communities/new",
            &[
                ("name", "Asthma 3"),
                ("slug", "Bad Slug!"),
                ("description", "d"),
                ("guidelines", "g"),
                ("default_audience", "public"),
            ],
        )
        .await;

    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.texts("#slug-error li")[0].contains("already uses"));
    assert_eq!(taken.field_value("name").as_deref(), Some("Asthma 2"));
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(malformed.field_value("slug").as_deref(), Some("Bad Slug!"));
    assert_eq!(app.conn(community::count).unwrap(), 1);
}

#[actix_web::test]
async fn an_empty_embedded_database_gets_demo_communities_unless_switched_off() {
    let seeded =
        TestApp::spawn_with(|k| (k == "SEED_DEMO_COMMUNITIES").then(|| "true".into())).await;
    let plain = TestApp::spawn().await;

    let home = seeded.visitor().get("/").await;

    assert!(
        home.texts(".community-card h3").len() >= 3,
        "{:?}",
        home.texts(".community-card h3")
    );
    assert_eq!(plain.conn(community::count).unwrap(), 0);
}
