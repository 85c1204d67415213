//! Post statuses: who sees a held, rejected or deleted post, on every read path of the forum core.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::schema::posts;
use diesel::prelude::*;

use crate::helpers::{Member, TestApp};

/// Puts a post straight into a status, keeping the counters in step as the model's own
/// status changes do.
fn set_status(app: &TestApp, post_id: i64, status: &str) {
    app.conn(|c| {
        diesel::update(posts::table.find(post_id))
            .set(posts::status.eq(status))
            .execute(c)?;
        carecircle::models::counters::post_changed(c, post_id)
    })
    .expect("update status");
}

fn opening_post(app: &TestApp, thread_id: i64) -> i64 {
    app.conn(|c| {
        posts::table
            .filter(posts::thread_id.eq(thread_id))
            .filter(posts::is_opening.eq(true))
            .select(posts::id)
            .first::<i64>(c)
    })
    .expect("opening post")
}

struct Scene {
    app: TestApp,
    author: Member,
    other: Member,
    moderator: Member,
    thread: i64,
}

async fn scene_with_opening_post(status: &str) -> Scene {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let author = app.member().await;
    let other = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    author.join("asthma").await;
    let thread = author
        .start_thread("asthma", "Secret title 4471", "Secret body 4471")
        .await;
    set_status(&app, opening_post(&app, thread), status);
    Scene {
        app,
        author,
        other,
        moderator,
        thread,
    }
}

/// What a viewer finds of the thread on each read path: thread page, community page, home, profile.
async fn sightings(scene: &Scene, viewer: &crate::helpers::Browser) -> Vec<&'static str> {
    let mut seen = Vec::new();
    if viewer.get(&format!("/t/{}", scene.thread)).await.status == StatusCode::OK {
        seen.push("thread page");
    }
    if viewer
        .get("/c/asthma")
        .await
        .body
        .contains("Secret title 4471")
    {
        seen.push("community page");
    }
    if viewer.get("/").await.body.contains("Secret title 4471") {
        seen.push("home");
    }
    if viewer
        .get(&format!("/u/{}", scene.author.handle))
        .await
        .body
        .contains("4471")
    {
        seen.push("profile");
    }
    seen
}

const EVERYWHERE: [&str; 4] = ["thread page", "community page", "home", "profile"];

#[actix_web::test]
async fn a_held_thread_is_seen_only_by_its_author_and_moderators() {
    let scene = scene_with_opening_post("held").await;

    assert!(sightings(&scene, &scene.app.visitor()).await.is_empty());
    assert!(sightings(&scene, &scene.other).await.is_empty());
    assert_eq!(sightings(&scene, &scene.author).await, EVERYWHERE);
    assert_eq!(sightings(&scene, &scene.moderator).await, EVERYWHERE);
    let home = scene.app.visitor().get("/").await;
    assert!(
        home.texts(".community-card")[0].contains("0 discussions"),
        "counts leak nothing"
    );
    let own = scene.author.get(&format!("/t/{}", scene.thread)).await;
    assert_eq!(
        own.texts(".post .badge-held").len(),
        1,
        "the author sees it is not public"
    );
}

#[actix_web::test]
async fn a_rejected_thread_is_seen_only_by_its_author_and_moderators() {
    let scene = scene_with_opening_post("rejected").await;

    assert!(sightings(&scene, &scene.app.visitor()).await.is_empty());
    assert!(sightings(&scene, &scene.other).await.is_empty());
    assert_eq!(sightings(&scene, &scene.author).await, EVERYWHERE);
    assert_eq!(sightings(&scene, &scene.moderator).await, EVERYWHERE);
}

#[actix_web::test]
async fn a_deleted_thread_is_seen_by_moderators_only() {
    let scene = scene_with_opening_post("deleted").await;

    assert!(sightings(&scene, &scene.app.visitor()).await.is_empty());
    assert!(sightings(&scene, &scene.other).await.is_empty());
    assert!(sightings(&scene, &scene.author).await.is_empty());
    assert_eq!(sightings(&scene, &scene.moderator).await, EVERYWHERE);
}

#[actix_web::test]
async fn a_held_reply_is_hidden_and_not_counted_and_its_author_cannot_be_tracked() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    let thread = ana
        .start_thread("asthma", "Public thread", "Public body")
        .await;
    let reply = ben.reply(thread, "Held reply 9182").await;
    set_status(&app, reply, "held");

    let page = ana.get(&format!("/t/{thread}")).await;
    assert!(!page.body.contains("9182"));
    assert!(app.visitor().get("/c/asthma").await.texts(".thread-row")[0].contains("0 replies"));
    assert_eq!(
        app.visitor().get(&format!("/p/{reply}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!app
        .visitor()
        .get(&format!("/u/{}", ben.handle))
        .await
        .body
        .contains("9182"));
    assert!(
        ben.get(&format!("/t/{thread}")).await.body.contains("9182"),
        "its author still sees it"
    );
}

#[actix_web::test]
async fn a_public_reply_in_a_held_thread_does_not_reveal_the_thread_title() {
    let scene = scene_with_opening_post("published").await;
    scene.other.join("asthma").await;
    scene.other.reply(scene.thread, "Public reply").await;
    set_status(&scene.app, opening_post(&scene.app, scene.thread), "held");

    let profile = scene
        .app
        .visitor()
        .get(&format!("/u/{}", scene.other.handle))
        .await;

    assert!(!profile.body.contains("Secret title 4471"));
    assert!(!profile.body.contains("Public reply"));
}

#[actix_web::test]
async fn nobody_edits_a_post_they_cannot_see() {
    let scene = scene_with_opening_post("held").await;
    let post = opening_post(&scene.app, scene.thread);

    let res = scene
        .other
        .post(
            &format!("/p/{post}/edit"),
            &[("title", "Changed title"), ("body", "x")],
        )
        .await;

    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

type Counters = (Vec<(i64, String, i64)>, Vec<(i64, i64, i64)>);

fn counters(app: &TestApp) -> Counters {
    use carecircle::schema::{communities, threads};
    app.conn(|c| {
        let threads = threads::table
            .order(threads::id)
            .select((threads::id, threads::status, threads::reply_count))
            .load(c)?;
        let communities = communities::table
            .order(communities::id)
            .select((
                communities::id,
                communities::thread_count,
                communities::member_count,
            ))
            .load(c)?;
        diesel::QueryResult::Ok((threads, communities))
    })
    .expect("counters")
}

#[actix_web::test]
async fn the_counters_agree_with_a_full_recount_after_every_kind_of_change() {
    let scene = scene_with_opening_post("published").await;
    let app = &scene.app;
    scene.other.join("asthma").await;
    let second = scene
        .author
        .start_thread("asthma", "Inhaler timing", "Mornings or evenings?")
        .await;
    scene.other.reply(second, "Evenings work for me.").await;
    let held = scene
        .other
        .reply(scene.thread, "Call me on 415 555 0199 any time")
        .await;
    let rejected = scene
        .other
        .reply(scene.thread, "My MRN is 00412377, ask for me")
        .await;
    let deleted = scene
        .other
        .reply(scene.thread, "A reply I will take back.")
        .await;
    let hidden = scene
        .other
        .reply(scene.thread, "A reply others will report.")
        .await;
    let moderator = &scene.moderator;
    moderator.moderate(held, "approve", &[]).await;
    moderator
        .moderate(rejected, "reject", &[("reason", "Identifier")])
        .await;
    scene.other.post(&format!("/p/{deleted}/delete"), &[]).await;
    for _ in 0..app.state.config.rules.reports_to_hide {
        let reporter = app.member().await;
        reporter.join("asthma").await;
        reporter
            .post(
                &format!("/p/{hidden}/report"),
                &[("reason", "personal_information"), ("note", "")],
            )
            .await;
    }
    set_status(app, opening_post(app, second), "held");
    scene.other.post("/c/asthma/leave", &[]).await;

    let kept = counters(app);
    app.conn(carecircle::models::counters::recount_all)
        .expect("recount");
    assert_eq!(kept, counters(app));
    let (threads, communities) = kept;
    assert_eq!(
        threads[0].2, 1,
        "only the approved reply counts: {threads:?}"
    );
    assert_eq!(threads[1].1, "held");
    assert_eq!(communities[0].1, 1, "one public thread");
}
