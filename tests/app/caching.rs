//! The anonymous page cache: who is served from it, and what empties it.

use actix_web::http::StatusCode;
use carecircle::schema::threads;
use diesel::prelude::*;

use crate::helpers::TestApp;

async fn cached_app() -> TestApp {
    TestApp::spawn_with(|key| (key == "PAGE_CACHE_SECONDS").then(|| "60".into())).await
}

/// Renames a thread behind the server's back, so a cached page shows the old title.
fn rename_quietly(app: &TestApp, thread: i64, title: &str) {
    app.conn(|c| {
        diesel::update(threads::table.find(thread))
            .set(threads::title.eq(title))
            .execute(c)
    })
    .unwrap();
}

#[actix_web::test]
async fn anonymous_visitors_share_a_page_until_something_changes() {
    let app = cached_app().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Peak flow diary", "Morning readings.")
        .await;
    let path = format!("/t/{thread}");
    assert!(app
        .visitor()
        .get(&path)
        .await
        .body
        .contains("Peak flow diary"));

    rename_quietly(&app, thread, "Renamed quietly");
    let anonymous = app.visitor().get(&path).await;
    assert!(
        anonymous.body.contains("Peak flow diary"),
        "served from the cache"
    );
    assert!(anonymous.header("content-security-policy").is_some());
    let member = ana.get(&path).await;
    assert!(
        member.body.contains("Renamed quietly"),
        "signed-in pages are never cached"
    );

    ana.reply(thread, "Evening readings too.").await;
    let fresh = app.visitor().get(&path).await;
    assert!(
        fresh.body.contains("Renamed quietly"),
        "a change on this server empties the cache"
    );
    assert!(fresh.body.contains("Evening readings too."));
}

#[actix_web::test]
async fn a_deleted_post_leaves_the_cached_page_at_once() {
    let app = cached_app().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Spacer tips", "Rinse it weekly.")
        .await;
    let reply = ana.reply(thread, "I let mine air dry overnight.").await;
    let path = format!("/t/{thread}");
    assert!(app
        .visitor()
        .get(&path)
        .await
        .body
        .contains("air dry overnight"));

    let res = ana.post(&format!("/p/{reply}/delete"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    assert!(!app
        .visitor()
        .get(&path)
        .await
        .body
        .contains("air dry overnight"));
}

#[actix_web::test]
async fn no_cached_page_carries_another_visitors_token_or_flash() {
    let app = cached_app().await;
    app.community("asthma");
    let first = app.visitor();
    let page = first.get("/c/asthma").await;
    let token = first.cookie("cc_csrf").expect("a CSRF cookie");
    assert!(!page.body.contains(&token));
    let second = app.visitor().get("/c/asthma").await;
    assert!(!second.body.contains(&token));
    assert!(
        second.set_cookie("cc_csrf").is_some(),
        "each visitor still gets their own token"
    );

    let ana = app.member().await;
    let joined = ana
        .post("/c/asthma/join", &[("accept_guidelines", "yes")])
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    let with_flash = ana.get("/c/asthma").await;
    assert!(with_flash.body.contains("You joined the community."));
    assert!(!app
        .visitor()
        .get("/c/asthma")
        .await
        .body
        .contains("You joined"));
}
