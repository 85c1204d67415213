//! `carecircle backup` and `restore` on a real SQLite file: a backup taken while members post
//! restores to a database whose counters agree with a recount and that passes SQLite's
//! integrity check. (PostgreSQL uses pg_dump; the unit tests check that the commands say so.)

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use carecircle::auth::CurrentUser;
use carecircle::backup;
use carecircle::db::{self, DbConnection};
use carecircle::models::{community, counters, user};
use carecircle::schema::{communities, posts, threads};
use carecircle::services::posting;
use diesel::prelude::*;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Member, TestApp};

const BACKUPS: usize = 3;
/// Posts written before the first backup starts, and after the last one ends.
const POSTS_AROUND: usize = 15;

fn on_sqlite(app: &TestApp) -> bool {
    !carecircle::config::is_postgres_url(&app.db.url)
}

fn actor(app: &TestApp, member: &Member) -> CurrentUser {
    app.conn(|c| {
        let found = user::find(c, member.id)?;
        let communities = community::memberships_of(c, found.id)?;
        Ok::<_, diesel::result::Error>(CurrentUser::new(&found, communities))
    })
    .unwrap()
}

type Counters = (Vec<(i64, String, i64)>, Vec<(i64, i64, i64)>);

fn counters_of(conn: &mut DbConnection) -> Counters {
    let threads = threads::table
        .order(threads::id)
        .select((threads::id, threads::status, threads::reply_count))
        .load(conn)
        .unwrap();
    let communities = communities::table
        .order(communities::id)
        .select((
            communities::id,
            communities::thread_count,
            communities::member_count,
        ))
        .load(conn)
        .unwrap();
    (threads, communities)
}

fn post_count(conn: &mut DbConnection) -> usize {
    posts::table.count().get_result::<i64>(conn).unwrap() as usize
}

fn wait_for(written: &AtomicUsize, at_least: usize) {
    while written.load(Ordering::SeqCst) < at_least {
        std::thread::yield_now();
    }
}

fn next_to(app: &TestApp, name: &str) -> PathBuf {
    Path::new(&app.db.url).with_file_name(name)
}

#[actix_web::test]
async fn a_backup_taken_while_members_post_restores_to_a_sound_database() {
    let app = TestApp::spawn().await;
    if !on_sqlite(&app) {
        return;
    }
    app.community("asthma");
    let mut writers = Vec::new();
    for _ in 0..3 {
        let member = app.member().await;
        member.join("asthma").await;
        writers.push(actor(&app, &member));
    }
    let opener = app.member().await;
    let thread = app.thread().by(&opener).await.thread;
    let rules = app.state.config.rules;
    let (stop, written) = (AtomicBool::new(false), AtomicUsize::new(0));
    let backups: Vec<PathBuf> = (0..BACKUPS)
        .map(|n| next_to(&app, &format!("backup-{n}.db")))
        .collect();

    let (before, after) = std::thread::scope(|scope| {
        for (n, writer) in writers.iter().enumerate() {
            let (pool, stop, written) = (&app.state.pool, &stop, &written);
            scope.spawn(move || {
                let mut conn = pool.get().unwrap();
                for round in 0.. {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    // Every fourth reply is held, so the backup holds held posts too.
                    let body = match round % 4 {
                        0 => format!("{HELD_SENTENCE} Writer {n}, round {round}."),
                        _ => format!("Writer {n} says hello, round {round}."),
                    };
                    posting::reply(&mut conn, writer, &rules, thread, &body, false, None).unwrap();
                    written.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
        wait_for(&written, POSTS_AROUND);
        let before = app.conn(post_count);
        for to in &backups {
            backup::backup(&app.db.url, to).unwrap();
        }
        wait_for(&written, written.load(Ordering::SeqCst) + POSTS_AROUND);
        stop.store(true, Ordering::SeqCst);
        (before, app.conn(post_count))
    });
    assert!(after >= before + POSTS_AROUND, "the writers kept writing");

    for (n, taken) in backups.iter().enumerate() {
        let restored = next_to(&app, &format!("restored-{n}.db"));
        let url = restored.to_string_lossy().into_owned();
        let checked = backup::restore(taken, &url, false).unwrap();
        assert!(checked.migrations > 0);
        let mut conn = db::establish(&url).unwrap();
        assert_eq!(db::pending_migrations(&mut conn).unwrap(), 0);
        let posts = post_count(&mut conn);
        assert!(
            (before..=after).contains(&posts),
            "backup {n} holds {posts} posts, taken between {before} and {after}"
        );
        let kept = counters_of(&mut conn);
        counters::recount_all(&mut conn).unwrap();
        assert_eq!(kept, counters_of(&mut conn), "backup {n}'s counters");
        backup::check(&restored).expect("integrity_check says ok");
    }
}

#[actix_web::test]
async fn restore_refuses_a_database_in_use_unless_forced_and_backup_never_overwrites() {
    let app = TestApp::spawn().await;
    if !on_sqlite(&app) {
        return;
    }
    app.community("asthma");
    let member = app.member().await;
    app.thread().by(&member).await;
    let taken = next_to(&app, "backup.db");
    backup::backup(&app.db.url, &taken).unwrap();

    let again = backup::backup(&app.db.url, &taken).unwrap_err().to_string();
    assert!(again.contains("already exists"), "{again}");

    // The server's own database exists and has a write-ahead log: a server may be running.
    let refused = backup::restore(&taken, &app.db.url, false)
        .unwrap_err()
        .to_string();
    assert!(refused.contains("--force"), "{refused}");

    let elsewhere = next_to(&app, "replaced.db");
    std::fs::write(&elsewhere, "an old file in the way").unwrap();
    let url = elsewhere.to_string_lossy().into_owned();
    assert!(backup::restore(&taken, &url, false).is_err());
    backup::restore(&taken, &url, true).unwrap();
    let mut conn = db::establish(&url).unwrap();
    assert_eq!(post_count(&mut conn), app.conn(post_count));

    let not_ours = next_to(&app, "notes.txt");
    std::fs::write(&not_ours, "some words, not a database").unwrap();
    let refused = backup::restore(&not_ours, &url, true).unwrap_err();
    assert!(format!("{refused:#}").contains("not a SQLite database"));
    assert_eq!(
        post_count(&mut conn),
        app.conn(post_count),
        "left as it was"
    );
}
