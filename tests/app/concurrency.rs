//! Races between the people who change one post at the same moment, run on real threads with
//! their own connections: a moderator deciding while the author edits, two moderators, an edit
//! while reports arrive. Whatever the order, nothing unreviewed is published and every
//! decision applies once.

use carecircle::auth::{CurrentUser, Role};
use carecircle::config::Rules;
use carecircle::db::DbConnection;
use carecircle::error::AppError;
use carecircle::models::audit;
use carecircle::models::user;
use carecircle::services::moderation::{self, Verdict};
use carecircle::services::posting::{self, Draft};
use carecircle::services::reports;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Member, TestApp};

const ROUNDS: usize = 8;

fn actor(app: &TestApp, member: &Member) -> CurrentUser {
    app.conn(|c| {
        let found = user::find(c, member.id)?;
        let communities = carecircle::models::community::memberships_of(c, found.id)?;
        Ok::<_, diesel::result::Error>(CurrentUser::new(&found, communities))
    })
    .unwrap()
}

/// Runs both at once on their own threads and connections.
fn race<A, B, TA, TB>(app: &TestApp, a: A, b: B) -> (TA, TB)
where
    A: FnOnce(&mut DbConnection) -> TA + Send,
    B: FnOnce(&mut DbConnection) -> TB + Send,
    TA: Send,
    TB: Send,
{
    let pool = &app.state.pool;
    std::thread::scope(|scope| {
        let first = scope.spawn(move || a(&mut pool.get().unwrap()));
        let second = scope.spawn(move || b(&mut pool.get().unwrap()));
        (first.join().unwrap(), second.join().unwrap())
    })
}

fn is_conflict<T>(result: &Result<T, AppError>) -> bool {
    matches!(result, Err(AppError::Conflict(_)))
}

#[actix_web::test]
async fn a_decision_racing_an_edit_never_publishes_unreviewed_text() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (author, moderator) = (
        app.member().await,
        app.member_with_role(Role::Moderator).await,
    );
    let thread = app.thread().by(&author).await.thread;
    let (writer, judge, rules) = (
        actor(&app, &author),
        actor(&app, &moderator),
        Rules::default(),
    );
    for round in 0..ROUNDS {
        let post = author
            .reply(thread, &format!("Round {round}. {HELD_SENTENCE}"))
            .await;
        let seen = app.post_row(post).pending_revision_id.unwrap();
        let edit = format!("Unreviewedmarker {round}: my SSN is 123-45-6789");
        let (decided, edited) = race(
            &app,
            |c| moderation::decide(c, &judge, &rules, post, Some(seen), &Verdict::Approve),
            |c| {
                let draft = Draft {
                    title: None,
                    body: &edit,
                };
                posting::edit(c, &writer, &rules, post, &draft, None)
            },
        );
        let row = app.post_row(post);
        let shown = app.published_text(post).unwrap_or_default();
        assert!(
            !shown.contains("Unreviewedmarker"),
            "round {round}: unreviewed text published"
        );
        match (&decided, &edited) {
            (Ok(()), Ok(_)) => {
                assert_eq!(row.published_revision_id, Some(seen), "round {round}");
                assert!(row.pending_revision_id.is_some(), "the later edit waits");
            }
            (Err(_), Ok(_)) => {
                assert!(is_conflict(&decided), "round {round}: {decided:?}");
                assert_eq!(row.published_revision_id, None);
                assert!(row.review_since.is_some(), "the item stays in the queue");
            }
            _ => panic!("round {round}: the edit must succeed: {edited:?}"),
        }
    }
}

#[actix_web::test]
async fn two_moderators_deciding_at_once_decide_once() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let author = app.member().await;
    let (first, second) = (
        app.member_with_role(Role::Moderator).await,
        app.member_with_role(Role::Moderator).await,
    );
    let thread = app.thread().by(&author).await.thread;
    let (one, two, rules) = (actor(&app, &first), actor(&app, &second), Rules::default());
    for round in 0..ROUNDS {
        let post = author
            .reply(thread, &format!("Round {round}. {HELD_SENTENCE}"))
            .await;
        let seen = app.post_row(post).pending_revision_id.unwrap();
        let reject = Verdict::Reject {
            reason: "Identifier".into(),
        };
        let (a, b) = race(
            &app,
            |c| moderation::decide(c, &one, &rules, post, Some(seen), &Verdict::Approve),
            |c| moderation::decide(c, &two, &rules, post, Some(seen), &reject),
        );
        assert!(
            a.is_ok() != b.is_ok(),
            "round {round}: exactly one applies: {a:?} {b:?}"
        );
        assert!(is_conflict(&a) || is_conflict(&b));
        let decisions = app
            .conn(|c| audit::for_post(c, post))
            .unwrap()
            .into_iter()
            .filter(|e| e.action != "view_held")
            .count();
        assert_eq!(decisions, 1, "round {round}");
        let expected = if a.is_ok() { "published" } else { "rejected" };
        assert_eq!(app.post_row(post).status, expected);
    }
}

#[actix_web::test]
async fn an_edit_racing_reports_never_shows_its_identifiers() {
    let app = TestApp::spawn_with(|k| (k == "REPORTS_TO_HIDE").then(|| "2".into())).await;
    app.community("asthma");
    let author = app.member().await;
    let (ben, cy) = (app.member().await, app.member().await);
    ben.join("asthma").await;
    cy.join("asthma").await;
    let thread = app.thread().by(&author).await.thread;
    let (writer, rules) = (
        actor(&app, &author),
        Rules {
            reports_to_hide: 2,
            ..Rules::default()
        },
    );
    let reporters = [actor(&app, &ben), actor(&app, &cy)];
    for round in 0..ROUNDS {
        let post = author
            .reply(thread, &format!("Round {round}: layers help."))
            .await;
        let reporter = &reporters[round % 2];
        let other = &reporters[(round + 1) % 2];
        app.conn(|c| reports::report(c, other, &rules, post, "spam", ""))
            .unwrap();
        let edit = format!("Round {round}: call me on 415 555 01{round:02}");
        let (reported, edited) = race(
            &app,
            |c| reports::report(c, reporter, &rules, post, "spam", ""),
            |c| {
                let draft = Draft {
                    title: None,
                    body: &edit,
                };
                posting::edit(c, &writer, &rules, post, &draft, None)
            },
        );
        assert!(reported.is_ok(), "round {round}: {reported:?}");
        assert!(edited.is_ok(), "round {round}: {edited:?}");
        let row = app.post_row(post);
        assert_eq!(row.status, "held", "two reports hide the post");
        assert!(
            row.pending_revision_id.is_some(),
            "the edit waits for a moderator"
        );
        let shown = app.published_text(post).unwrap_or_default();
        assert!(!shown.contains("555"), "round {round}: {shown}");
    }
}
