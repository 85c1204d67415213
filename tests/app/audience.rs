//! Who may read a discussion (its audience), what search engines are asked to skip, and what a
//! member's profile lists to each viewer.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::thread::{self, Audience};

use crate::helpers::TestApp;

#[actix_web::test]
async fn a_members_only_discussion_is_read_by_members_and_is_a_404_for_everyone_else() {
    let app = TestApp::spawn().await;
    app.community_for("lupus", Audience::Members);
    let (author, member, outsider) = (app.member().await, app.member().await, app.member().await);
    member.join("lupus").await;
    let thread = app
        .thread()
        .by(&author)
        .in_community("lupus")
        .titled("Flares after sun")
        .await
        .thread;
    assert_eq!(
        app.conn(|c| thread::find(c, thread)).unwrap().audience,
        "members",
        "the community's default"
    );
    let path = format!("/t/{thread}");
    let read = member.get(&path).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Flares after sun"));
    assert_eq!(read.header("x-robots-tag").as_deref(), Some("noindex"));
    for browser in [app.visitor(), outsider.browser.clone()] {
        assert_eq!(browser.get(&path).await.status, StatusCode::NOT_FOUND);
        let listing = browser.get("/c/lupus").await.body;
        assert!(!listing.contains("Flares after sun"));
        assert!(listing.contains("1 more discussion is visible to members"));
        let home = browser.get("/").await.body;
        assert!(!home.contains("Flares after sun"));
        assert!(home.contains("1 more discussion is visible to members"));
    }
    let profile = outsider.get(&format!("/u/{}", author.handle)).await.body;
    assert!(!profile.contains("Flares after sun"));
}

#[actix_web::test]
async fn the_author_chooses_the_audience_and_can_open_it_later_and_others_cannot() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (author, member) = (app.member().await, app.member().await);
    author.join("asthma").await;
    member.join("asthma").await;
    let res = author
        .post(
            "/c/asthma/new",
            &[
                ("title", "Night cough"),
                ("body", "Worse at 3am."),
                ("audience", "members"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let thread: i64 = res.location().trim_start_matches("/t/").parse().unwrap();
    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );

    let change = format!("/t/{thread}/audience");
    let refused = member.post(&change, &[("audience", "public")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let invalid = author.post(&change, &[("audience", "everyone")]).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("Night cough"),
        "the page again, with the error"
    );
    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );

    let opened = author.post(&change, &[("audience", "public")]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("x-robots-tag").is_none());
}

#[actix_web::test]
async fn staff_change_an_audience_on_the_record_and_admins_set_a_communitys_reading() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let author = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let admin = app.member_with_role(Role::Admin).await;
    let thread = app.thread().by(&author).await.thread;
    let res = moderator
        .post(&format!("/t/{thread}/audience"), &[("audience", "members")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let audit = admin.get("/admin/audit").await.body;
    assert!(audit.contains("thread_audience"), "{audit}");

    let text = [
        ("name", "Community asthma"),
        ("description", "A test community"),
        ("guidelines", "Be kind."),
    ];
    let refused = moderator
        .post(
            "/admin/communities/asthma",
            &[text.as_slice(), &[("default_audience", "members")]].concat(),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let invalid = admin
        .post(
            "/admin/communities/asthma",
            &[text.as_slice(), &[("default_audience", "all")]].concat(),
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = admin
        .post(
            "/admin/communities/asthma",
            &[
                text.as_slice(),
                &[("default_audience", "public"), ("noindex", "yes")],
            ]
            .concat(),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.visitor().get("/c/asthma").await;
    assert_eq!(page.header("x-robots-tag").as_deref(), Some("noindex"));
    assert!(page
        .body
        .contains(r#"<meta name="robots" content="noindex">"#));
    let robots = app.visitor().get("/robots.txt").await.body;
    for line in [
        "Disallow: /c/asthma\n",
        "Disallow: /account\n",
        "Disallow: /mod\n",
    ] {
        assert!(robots.contains(line), "{robots}");
    }
    assert!(admin
        .get("/admin/audit")
        .await
        .body
        .contains("community_edit"));
}

#[actix_web::test]
async fn a_profile_lists_posts_only_to_whom_its_member_chose_and_never_a_crisis_post() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    app.community("diabetes");
    app.community("copd");
    let (person, neighbour, stranger) =
        (app.member().await, app.member().await, app.member().await);
    neighbour.join("asthma").await;
    stranger.join("copd").await;
    let asthma = app.thread().by(&person).titled("Spacer tips").await.thread;
    app.thread()
        .by(&person)
        .in_community("diabetes")
        .titled("Libre sensors")
        .await;
    person
        .reply(
            asthma,
            "Some nights I want to die, I can't see a way forward.",
        )
        .await;
    let profile = format!("/u/{}", person.handle);

    // The default: members of a shared community, for posts in the communities they share.
    let seen = neighbour.get(&profile).await.body;
    assert!(seen.contains("Spacer tips") && !seen.contains("Libre sensors"));
    stranger.join("diabetes").await;
    let shared_other = stranger.get(&profile).await.body;
    assert!(shared_other.contains("Libre sensors") && !shared_other.contains("Spacer tips"));
    stranger.post("/c/diabetes/leave", &[]).await;
    assert!(
        !seen.contains("want to die"),
        "a crisis post stays off the profile"
    );
    for browser in [app.visitor(), stranger.browser.clone()] {
        let body = browser.get(&profile).await.body;
        assert!(body.contains(&person.handle) && body.contains("Member since"));
        assert!(!body.contains("Spacer tips") && !body.contains("Libre sensors"));
    }
    assert!(
        person.get(&profile).await.body.contains("want to die"),
        "the member sees all"
    );

    let res = person
        .post("/account/profile-posts", &[("profile_posts", "everyone")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let anyone = app.visitor().get(&profile).await.body;
    assert!(anyone.contains("Spacer tips") && anyone.contains("Libre sensors"));
    assert!(!anyone.contains("want to die"));

    person
        .post("/account/profile-posts", &[("profile_posts", "nobody")])
        .await;
    assert!(!neighbour.get(&profile).await.body.contains("Spacer tips"));
    let invalid = person
        .post(
            "/account/profile-posts",
            &[("profile_posts", "all of them")],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("Choose who sees your posts"));
}
