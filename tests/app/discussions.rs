use actix_web::http::StatusCode;
use carecircle::models::post;
use carecircle::schema::post_revisions;
use diesel::prelude::*;

use crate::helpers::TestApp;

#[actix_web::test]
async fn members_start_a_thread_and_reply_in_order() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;

    let thread = ana
        .start_thread(
            "asthma",
            "Night-time coughing",
            "Does anyone else cough at 3am?",
        )
        .await;
    let reply = ben.reply(thread, "Yes, a humidifier helped me.").await;

    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.texts("h1"), vec!["Night-time coughing"]);
    assert_eq!(
        page.texts(".post .author"),
        vec![ana.handle.clone(), ben.handle.clone()]
    );
    assert!(page.texts(".post-body")[1].contains("humidifier"));
    let permalink = app.visitor().get(&format!("/p/{reply}")).await;
    assert_eq!(permalink.location(), format!("/t/{thread}?page=1#p{reply}"));
    let listing = app.visitor().get("/c/asthma").await;
    assert!(
        listing.texts(".thread-row")[0].contains("1 reply"),
        "{:?}",
        listing.texts(".thread-row")
    );
}

#[actix_web::test]
async fn non_members_cannot_reply() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Peak flow diaries", "Who keeps one?")
        .await;
    let outsider = app.member().await;

    let res = outsider
        .post(&format!("/t/{thread}/reply"), &[("body", "me!")])
        .await;

    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.visitor()
            .get(&format!("/t/{thread}"))
            .await
            .texts(".post")
            .len(),
        1
    );
}

#[actix_web::test]
async fn markdown_is_rendered_once_and_sanitized_and_the_source_is_kept() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let source = "**Spacer** <script>alert('x')</script> [link](javascript:alert(1)) [ok](https://asthma.org.uk)";

    let thread = ana.start_thread("asthma", "Markdown check", source).await;

    let opening = app.opening_post(thread);
    let revision = app.post_row(opening).published_revision_id.unwrap();
    let (body_md, html): (String, String) = app
        .conn(|c| {
            post_revisions::table
                .find(revision)
                .select((post_revisions::body_md, post_revisions::body_html))
                .first(c)
        })
        .unwrap();
    assert_eq!(body_md, source);
    let html = &html;
    assert!(html.contains("<strong>Spacer</strong>"), "{html}");
    assert!(
        !html.contains("<script") && !html.contains("javascript:"),
        "{html}"
    );
    assert!(html.contains(r#"rel="nofollow ugc noopener""#), "{html}");
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert!(
        !page.body.contains("<script>alert"),
        "page must not carry the raw script"
    );
}

#[actix_web::test]
async fn authors_edit_their_posts_and_an_edited_marker_shows() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Original title", "Original body")
        .await;
    let opening = app.opening_post(thread);

    let form = ana.get(&format!("/p/{opening}/edit")).await;
    assert_eq!(form.field_value("title").as_deref(), Some("Original title"));
    let res = ana
        .post(
            &format!("/p/{opening}/edit"),
            &[("title", "Better title"), ("body", "Better body")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let by_other = ben
        .post(
            &format!("/p/{opening}/edit"),
            &[("title", "Hijacked"), ("body", "Hijacked")],
        )
        .await;

    assert_eq!(by_other.status, StatusCode::FORBIDDEN);
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.texts("h1"), vec!["Better title"]);
    assert!(page.texts(".post-body")[0].contains("Better body"));
    assert_eq!(page.texts(".post .edited"), vec!["edited"]);
}

#[actix_web::test]
async fn a_failed_reply_keeps_the_draft() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Long draft", "Body").await;
    let draft = "x".repeat(20_001);

    let res = ana
        .post(&format!("/t/{thread}/reply"), &[("body", &draft)])
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("body").map(|b| b.len()), Some(20_001));
    assert!(res.texts("#body-error li")[0].contains("20,000"));
}

#[actix_web::test]
async fn a_failed_thread_keeps_title_and_body() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;

    let res = ana
        .post(
            "/c/asthma/new",
            &[
                ("title", "Hi"),
                ("body", "My whole story, typed carefully."),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("title").as_deref(), Some("Hi"));
    assert_eq!(
        res.field_value("body").as_deref(),
        Some("My whole story, typed carefully.")
    );
}

#[actix_web::test]
async fn long_threads_are_paginated_and_permalinks_find_the_page() {
    use carecircle::routes::threads::POSTS_PER_PAGE;
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Busy thread", "Post 0").await;
    let mut last = 0;
    let replies = POSTS_PER_PAGE + 4;
    for n in 1..=replies {
        last = ana.reply(thread, &format!("Post {n}")).await;
    }

    let first = app.visitor().get(&format!("/t/{thread}")).await;
    let second = app.visitor().get(&format!("/t/{thread}?page=2")).await;
    let beyond = app.visitor().get(&format!("/t/{thread}?page=3")).await;

    assert_eq!(first.texts(".post").len() as i64, POSTS_PER_PAGE);
    assert_eq!(second.texts(".post").len(), 5);
    assert!(second
        .texts(".post-body")
        .last()
        .unwrap()
        .contains(&format!("Post {replies}")));
    assert_eq!(
        first.texts(".pager a[rel=next]"),
        vec!["Newer replies →"],
        "page 2 holds the newer replies"
    );
    assert_eq!(
        second.texts(".pager a[rel=prev]"),
        vec!["← Earlier replies"]
    );
    assert_eq!(beyond.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.visitor().get(&format!("/p/{last}")).await.location(),
        format!("/t/{thread}?page=2#p{last}")
    );
}

#[actix_web::test]
async fn community_pages_are_paginated_most_active_first() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let mut ids = Vec::new();
    for n in 0..26 {
        ids.push(
            ana.start_thread("asthma", &format!("Thread number {n}"), "body")
                .await,
        );
    }
    // Activity decides the order: bump the oldest thread to the top.
    ana.reply(ids[0], "bump").await;
    app.conn(|c| {
        carecircle::models::thread::touch_activity(
            c,
            ids[0],
            post::Status::Published,
            carecircle::db::now() + 3600,
        )
    })
    .unwrap();

    let first = app.visitor().get("/c/asthma").await;
    let second = app.visitor().get("/c/asthma?page=2").await;

    assert_eq!(first.texts(".thread-title").len(), 25);
    assert_eq!(first.texts(".thread-title")[0], "Thread number 0");
    assert_eq!(second.texts(".thread-title").len(), 1);
}

#[actix_web::test]
async fn the_longest_allowed_post_fits_the_body_limit_in_any_script() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Ελληνικά", "Γεια σας").await;
    let longest = "😊".repeat(20_000);

    let reply = ana.reply(thread, &longest).await;

    let stored = app.published_text(reply).unwrap();
    assert_eq!(stored.chars().count(), 20_000);
}

#[actix_web::test]
async fn deleting_an_opening_post_asks_first_and_keeps_the_replies_of_others() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    let thread = ana
        .start_thread(
            "asthma",
            "Zinnia inhaler question",
            "Zinniabody my first words",
        )
        .await;
    let opening = app.opening_post(thread);
    ben.reply(thread, "Ben's reply that stays.").await;

    let asked = ana.get(&format!("/p/{opening}/delete")).await;
    assert!(
        asked.body.contains("1 reply by other members stay"),
        "{}",
        asked.body
    );
    let unconfirmed = ana.post(&format!("/p/{opening}/delete"), &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.post_row(opening).status,
        "published",
        "nothing happens unconfirmed"
    );
    assert_eq!(
        ben.get(&format!("/p/{opening}/delete")).await.status,
        StatusCode::FORBIDDEN
    );
    let done = ana
        .post(&format!("/p/{opening}/delete"), &[("confirm", "yes")])
        .await;

    assert_eq!(done.location(), format!("/t/{thread}"));
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "the discussion stays for the replies"
    );
    assert!(page
        .body
        .contains("The opening post was deleted by its author"));
    assert!(page.body.contains("reply that stays."));
    assert!(
        !page.body.contains("Zinnia"),
        "title and text went with the post"
    );
    assert!(page
        .body
        .contains("A discussion whose opening post was deleted"));
    let listing = app.visitor().get("/c/asthma").await.body;
    assert!(
        listing.contains("A discussion whose opening post was deleted")
            && !listing.contains("Zinnia")
    );
    app.conn(carecircle::models::counters::recount_all).unwrap();
    let status: String = app
        .conn(|c| {
            use carecircle::schema::threads;
            use diesel::prelude::*;
            threads::table.find(thread).select(threads::status).first(c)
        })
        .unwrap();
    assert_eq!(status, "published", "a full recount agrees");
}

#[actix_web::test]
async fn deleting_an_opening_post_nobody_answered_takes_the_discussion_away() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Alone here", "Nobody replied")
        .await;
    ana.reply(thread, "My own follow-up.").await;
    let opening = app.opening_post(thread);

    let asked = ana.get(&format!("/p/{opening}/delete")).await;
    assert!(asked
        .body
        .contains("the whole discussion leaves the community"));
    let done = ana
        .post(&format!("/p/{opening}/delete"), &[("confirm", "yes")])
        .await;

    assert_eq!(done.location(), "/");
    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );
}
