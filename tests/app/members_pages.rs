//! Members' pages made cheap: a page's queries do not grow with its posts, and a remembered
//! session (`auth::session_cache`) ends at once on logout or suspension on this server.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::http::StatusCode;
use carecircle::auth::{CurrentUser, Role};
use carecircle::db::DbConnection;
use carecircle::models::{session, user};
use carecircle::views::listing::{CommunityPage, HomePage};
use carecircle::views::thread_page::ThreadPage;
use carecircle::views::Viewer;
use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel::Connection;

use crate::helpers::{Browser, TestApp};

/// Counts the queries a connection starts.
fn counting(queries: Arc<AtomicUsize>) -> impl Instrumentation {
    move |event: InstrumentationEvent<'_>| {
        if matches!(event, InstrumentationEvent::StartQuery { .. }) {
            queries.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// The member as pages see them.
fn viewer_of(c: &mut DbConnection, member_id: i64) -> Viewer {
    let account = user::find(c, member_id).unwrap();
    Viewer::of(Some(CurrentUser::load(c, &account).unwrap()))
}

/// The queries of one thread page for this member.
fn queries_for_page(app: &TestApp, member_id: i64, thread: i64) -> usize {
    app.conn(|c| {
        let viewer = viewer_of(c, member_id);
        let queries = Arc::new(AtomicUsize::new(0));
        c.set_instrumentation(counting(queries.clone()));
        let page = ThreadPage::load(c, &viewer, thread, 1, 50).unwrap();
        c.set_instrumentation(|_: InstrumentationEvent<'_>| {});
        assert!(!page.posts.is_empty());
        queries.load(Ordering::SeqCst)
    })
}

#[actix_web::test]
async fn a_thread_page_takes_as_many_queries_for_thirty_posts_as_for_two() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    let short = ana.start_thread("asthma", "Inhalers", "Which one?").await;
    ben.reply(short, "The brown one.").await;
    let long = ana
        .start_thread("asthma", "Peak flow", "Morning readings.")
        .await;
    for n in 0..29 {
        ben.reply(long, &format!("Reading number {n}.")).await;
    }

    let for_two = queries_for_page(&app, ben.id, short);
    let for_thirty = queries_for_page(&app, ben.id, long);

    assert_eq!(for_two, for_thirty, "no query per post");
}

/// The statements one page load runs for this member, and those diesel kept prepared, on a
/// new connection.
fn statements_of(
    app: &TestApp,
    member_id: i64,
    load: impl FnOnce(&mut DbConnection, &Viewer),
) -> (Vec<String>, Vec<String>) {
    let viewer = app.conn(|c| viewer_of(c, member_id));
    let mut conn = DbConnection::establish(&app.db.url).unwrap();
    let seen = Arc::new(Mutex::new((Vec::new(), Vec::new())));
    let noted = seen.clone();
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        let mut noted = noted.lock().unwrap();
        match event {
            InstrumentationEvent::StartQuery { query, .. } => {
                let text = query.to_string();
                noted
                    .0
                    .push(text.split(" -- binds:").next().unwrap().to_string());
            }
            InstrumentationEvent::CacheQuery { sql, .. } => noted.1.push(sql.to_string()),
            _ => {}
        }
    });
    load(&mut conn, &viewer);
    drop(conn);
    let seen = seen.lock().unwrap();
    (seen.0.clone(), seen.1.clone())
}

fn assert_all_kept((started, kept): (Vec<String>, Vec<String>)) {
    assert!(started.len() >= 3, "{started:?}");
    for sql in &started {
        assert!(kept.contains(sql), "prepared anew on every view: {sql}");
    }
}

/// A statement diesel cannot keep is parsed and planned by the database on every page view.
#[actix_web::test]
async fn every_statement_of_a_members_pages_is_kept_prepared() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    app.community("eczema");
    let (ana, ben) = (app.member().await, app.member().await);
    ana.join("asthma").await;
    ben.join("asthma").await;
    ben.join("eczema").await;
    let thread = ana
        .start_thread("asthma", "Spacers", "Do you use one?")
        .await;
    ben.reply(thread, "Every time, with the mask.").await;
    let rules = app.state.rules();

    assert_all_kept(statements_of(&app, ben.id, |c, viewer| {
        let page = ThreadPage::load(c, viewer, thread, 1, 50).unwrap();
        assert_eq!(page.posts.len(), 2);
    }));
    assert_all_kept(statements_of(&app, ben.id, |c, viewer| {
        let page = CommunityPage::load(c, viewer, "asthma", 1, 20, 5, &rules).unwrap();
        assert_eq!(page.threads.len(), 1);
    }));
    assert_all_kept(statements_of(&app, ben.id, |c, viewer| {
        let page = HomePage::load(c, viewer, 10).unwrap();
        assert_eq!(page.latest.len(), 1);
    }));
}

async fn remembering_app() -> TestApp {
    TestApp::spawn_with(|key| (key == "PAGE_CACHE_SECONDS").then(|| "60".into())).await
}

/// A browser that holds only this session cookie (what a stolen or kept cookie would send).
fn holding(app: &TestApp, token: &str) -> Browser {
    let browser = app.visitor();
    browser
        .jar
        .borrow_mut()
        .insert("cc_session".into(), token.to_string());
    browser
}

fn is_sent_to_login(res: &crate::helpers::TestResponse) -> bool {
    res.status == StatusCode::SEE_OTHER && res.location().starts_with("/login")
}

#[actix_web::test]
async fn a_logout_ends_a_remembered_session_at_once() {
    let app = remembering_app().await;
    let ana = app.member().await;
    let token = ana.cookie("cc_session").unwrap();
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);

    ana.post("/logout", &[]).await;

    assert!(is_sent_to_login(
        &holding(&app, &token).get("/account").await
    ));
}

#[actix_web::test]
async fn a_suspension_ends_a_remembered_session_at_once() {
    let app = remembering_app().await;
    let ana = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);

    let res = moderator
        .post(&format!("/mod/users/{}/suspend", ana.id), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    assert!(is_sent_to_login(&ana.get("/account").await));
}

#[actix_web::test]
async fn a_change_made_elsewhere_reaches_reads_within_the_interval_and_writes_at_once() {
    let app = remembering_app().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Inhalers", "Which one?").await;
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);

    // Another server (or the command line) ends the session: this one has not heard of it.
    app.conn(|c| session::delete_for_user(c, ana.id)).unwrap();

    assert_eq!(
        ana.get("/account").await.status,
        StatusCode::OK,
        "a read keeps the remembered session for the interval"
    );
    let refused = ana
        .post(&format!("/t/{thread}/reply"), &[("body", "Still here?")])
        .await;
    assert!(is_sent_to_login(&refused), "a write asks the database");
}
