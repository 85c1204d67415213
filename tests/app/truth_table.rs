//! The visibility rule as a truth table, at the view layer and on the database the tests run
//! on: post status × thread status × viewer × authorship, and every tip state. The SQL filters
//! (listings, counts) and the Rust predicates (single reads, writes) must give the same answer,
//! and the answer must be the rule.

use carecircle::auth::{CurrentUser, Role};
use carecircle::models::post::{Post, Status};
use carecircle::models::thread::{self, Audience, Thread};
use carecircle::models::tip::{Tip, CHANGES_REQUESTED, HELD, PENDING, PUBLISHED, REJECTED};
use carecircle::schema::{posts, threads, tips};
use carecircle::views::listing;
use carecircle::views::thread_page::ThreadPage;
use carecircle::views::visibility::{self, posts_seen_by, threads_seen_by, tips_seen_by};
use carecircle::views::Viewer;
use diesel::prelude::*;

use crate::helpers::{Member, TestApp};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Anonymous,
    Member,
    Author,
    Clinician,
    Moderator,
    /// Appointed moderator of the thread's community, not site staff.
    CommunityModerator,
    /// Appointed moderator of another community only.
    ModeratorElsewhere,
}

/// A community id nobody uses: what `ModeratorElsewhere` moderates.
const ELSEWHERE: i64 = 1_000_000;

fn viewer(
    who: Who,
    author: &Member,
    member: &Member,
    clinician: &Member,
    moderator: &Member,
    community: i64,
) -> Viewer {
    let user = |m: &Member, role| CurrentUser {
        id: m.id,
        handle: m.handle.clone(),
        role,
        email_confirmed: true,
        silenced_until: None,
        country: None,
        communities: Vec::new(),
        clinician_reading: Vec::new(),
        moderates: Vec::new(),
        leads: Vec::new(),
    };
    let moderating = |community: i64| CurrentUser {
        moderates: vec![community],
        ..user(member, Role::Member)
    };
    Viewer::of(match who {
        Who::Anonymous => None,
        Who::Member => Some(user(member, Role::Member)),
        Who::Author => Some(user(author, Role::Member)),
        Who::Clinician => Some(user(clinician, Role::Clinician)),
        Who::Moderator => Some(user(moderator, Role::Moderator)),
        Who::CommunityModerator => Some(moderating(community)),
        Who::ModeratorElsewhere => Some(moderating(ELSEWHERE)),
    })
}

/// The rule itself, stated plainly: staff see everything; an author sees their own published,
/// held and rejected posts; everyone else sees published posts; and a post shows only inside
/// a thread the viewer may see by the same rule.
fn expected_post(who: Who, post: Status, thread: Status) -> bool {
    let sees = |status: Status| match who {
        Who::Moderator | Who::CommunityModerator => true,
        Who::Author => status != Status::Deleted,
        _ => status == Status::Published,
    };
    sees(post) && sees(thread)
}

fn set_status(app: &TestApp, post_id: i64, status: Status) {
    app.conn(|c| {
        diesel::update(posts::table.find(post_id))
            .set(posts::status.eq(status.as_str()))
            .execute(c)?;
        carecircle::models::counters::post_changed(c, post_id)
    })
    .unwrap();
}

#[actix_web::test]
async fn post_visibility_follows_the_rule_in_sql_and_in_rust() {
    let app = TestApp::spawn().await;
    let asthma = app.community("asthma").id;
    let (author, member, clinician, moderator) = (
        app.member().await,
        app.member().await,
        app.member().await,
        app.member_with_role(Role::Moderator).await,
    );
    let started = app
        .thread()
        .by(&author)
        .in_community("asthma")
        .saying("Opening text")
        .await;
    let reply = author.reply(started.thread, "A reply of the author").await;
    let mut checked = 0;
    for thread_status in [
        Status::Published,
        Status::Held,
        Status::Rejected,
        Status::Deleted,
    ] {
        set_status(&app, started.opening, thread_status);
        for post_status in Status::ALL {
            set_status(&app, reply, post_status);
            for who in [
                Who::Anonymous,
                Who::Member,
                Who::Author,
                Who::Moderator,
                Who::CommunityModerator,
                Who::ModeratorElsewhere,
            ] {
                let v = viewer(who, &author, &member, &clinician, &moderator, asthma);
                let expected = expected_post(who, post_status, thread_status);
                let (row, thread): (Post, Thread) = app
                    .conn(|c| {
                        posts::table
                            .inner_join(threads::table)
                            .filter(posts::id.eq(reply))
                            .select((Post::as_select(), Thread::as_select()))
                            .first(c)
                    })
                    .unwrap();
                let in_rust = visibility::may_see_post(&v, &row, &thread);
                let in_sql: i64 = app
                    .conn(|c| {
                        posts::table
                            .inner_join(threads::table)
                            .filter(posts::id.eq(reply))
                            .filter(posts_seen_by(&v))
                            .filter(threads_seen_by(&v))
                            .count()
                            .get_result(c)
                    })
                    .unwrap();
                let on_page = app
                    .conn(|c| ThreadPage::load(c, &v, started.thread, 1, 50))
                    .map(|page| page.posts.iter().any(|p| p.id == reply))
                    .unwrap_or(false);
                let case =
                    format!("{who:?} on a {post_status:?} reply in a {thread_status:?} thread");
                assert_eq!(in_rust, expected, "predicate: {case}");
                assert_eq!(in_sql == 1, expected, "SQL filter: {case}");
                assert_eq!(on_page, expected, "thread page: {case}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * 4 * 6);
}

/// (status, has a published revision, has a waiting revision) of each tip state.
const TIP_STATES: [(&str, bool, bool); 7] = [
    (PENDING, false, true),
    (HELD, false, true),
    (CHANGES_REQUESTED, false, true),
    (REJECTED, false, false),
    (PUBLISHED, true, false),
    (PENDING, true, true),
    (HELD, true, true),
];

/// Who may see a tip at all, and its waiting revision: published tips are public; the waiting
/// text is for its author, staff, and clinicians while it waits for a second reviewer (not
/// while the privacy filter holds it).
fn expected_tip(who: Who, status: &str, published: bool) -> (bool, bool) {
    let waiting = match who {
        Who::Moderator | Who::Author => true,
        Who::Clinician => status == PENDING,
        _ => false,
    };
    (published || waiting, waiting)
}

#[actix_web::test]
async fn tip_visibility_follows_the_rule_in_sql_and_in_rust() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let author = app.clinician().await;
    let (member, moderator) = (
        app.member().await,
        app.member_with_role(Role::Moderator).await,
    );
    let other_clinician = app.clinician().await;
    let tip_id = app.tip().by(&author).await;
    let revision = app
        .conn(|c| carecircle::models::tip::find_for_update(c, tip_id))
        .unwrap()
        .pending_revision_id;
    for (status, published, waiting) in TIP_STATES {
        app.conn(|c| {
            diesel::update(tips::table.find(tip_id))
                .set((
                    tips::status.eq(status),
                    tips::published_revision_id.eq(revision.filter(|_| published)),
                    tips::pending_revision_id.eq(revision.filter(|_| waiting)),
                ))
                .execute(c)
        })
        .unwrap();
        let tip: Tip = app
            .conn(|c| carecircle::models::tip::find_for_update(c, tip_id))
            .unwrap();
        for who in [
            Who::Anonymous,
            Who::Member,
            Who::Author,
            Who::Clinician,
            Who::Moderator,
        ] {
            let v = viewer(
                who,
                &author,
                &member,
                &other_clinician,
                &moderator,
                ELSEWHERE,
            );
            let (sees, sees_waiting) = expected_tip(who, status, published);
            let in_sql: i64 = app
                .conn(|c| {
                    tips::table
                        .filter(tips::id.eq(tip_id))
                        .filter(tips_seen_by(&v))
                        .count()
                        .get_result(c)
                })
                .unwrap();
            let case =
                format!("{who:?} on a {status} tip (published: {published}, waiting: {waiting})");
            assert_eq!(visibility::may_see_tip(&v, &tip), sees, "predicate: {case}");
            assert_eq!(in_sql == 1, sees, "SQL filter: {case}");
            assert_eq!(
                visibility::may_see_waiting_tip(&v, &tip),
                sees_waiting,
                "waiting text: {case}"
            );
        }
    }
}

/// Who reads a published discussion by its audience: anyone if public; if members-only, its
/// community's members, its author (even after leaving) and staff.
fn expected_audience(who: Reader, audience: Audience) -> bool {
    audience == Audience::Public
        || matches!(
            who,
            Reader::Member
                | Reader::AuthorWhoLeft
                | Reader::Moderator
                | Reader::ClinicianLetIn
                | Reader::CommunityModerator
        )
}

#[derive(Clone, Copy, Debug)]
enum Reader {
    Anonymous,
    Outsider,
    Member,
    AuthorWhoLeft,
    Moderator,
    /// A verified clinician, not a member, whom the community lets read (`clinicians_read`).
    ClinicianLetIn,
    /// A verified clinician let into another community only.
    ClinicianElsewhere,
    /// Appointed moderator of the community, not a member of it.
    CommunityModerator,
}

#[actix_web::test]
async fn audience_follows_the_rule_in_sql_in_rust_on_the_page_and_in_the_counts() {
    let app = TestApp::spawn().await;
    let lupus = app.community("lupus");
    let (author, member, outsider, moderator) = (
        app.member().await,
        app.member().await,
        app.member().await,
        app.member_with_role(Role::Moderator).await,
    );
    member.join("lupus").await;
    let started = app.thread().by(&author).in_community("lupus").await;
    author.post("/c/lupus/leave", &[]).await;
    let elsewhere = app.community("asthma");
    let clinician = app.member().await;
    let reader = |who: Reader| {
        let user = |m: &Member, role, communities: Vec<i64>| CurrentUser {
            id: m.id,
            handle: m.handle.clone(),
            role,
            email_confirmed: true,
            silenced_until: None,
            country: None,
            communities,
            clinician_reading: Vec::new(),
            moderates: Vec::new(),
            leads: Vec::new(),
        };
        let let_in = |community: i64| CurrentUser {
            clinician_reading: vec![community],
            ..user(&clinician, Role::Clinician, vec![])
        };
        Viewer::of(match who {
            Reader::Anonymous => None,
            Reader::Outsider => Some(user(&outsider, Role::Member, vec![])),
            Reader::Member => Some(user(&member, Role::Member, vec![lupus.id])),
            Reader::AuthorWhoLeft => Some(user(&author, Role::Member, vec![])),
            Reader::Moderator => Some(user(&moderator, Role::Moderator, vec![])),
            Reader::ClinicianLetIn => Some(let_in(lupus.id)),
            Reader::ClinicianElsewhere => Some(let_in(elsewhere.id)),
            Reader::CommunityModerator => Some(CurrentUser {
                moderates: vec![lupus.id],
                ..user(&outsider, Role::Member, vec![])
            }),
        })
    };
    let mut checked = 0;
    for audience in [Audience::Public, Audience::Members] {
        app.conn(|c| thread::set_audience(c, started.thread, audience))
            .unwrap();
        let row = app.conn(|c| thread::find(c, started.thread)).unwrap();
        for who in [
            Reader::Anonymous,
            Reader::Outsider,
            Reader::Member,
            Reader::AuthorWhoLeft,
            Reader::Moderator,
            Reader::ClinicianLetIn,
            Reader::ClinicianElsewhere,
            Reader::CommunityModerator,
        ] {
            let v = reader(who);
            let expected = expected_audience(who, audience);
            let case = format!("{who:?} on a {audience:?} discussion");
            let in_sql: i64 = app
                .conn(|c| {
                    threads::table
                        .filter(threads::id.eq(started.thread))
                        .filter(threads_seen_by(&v))
                        .count()
                        .get_result(c)
                })
                .unwrap();
            let on_page = app
                .conn(|c| ThreadPage::load(c, &v, started.thread, 1, 50))
                .is_ok();
            let listed = app
                .conn(|c| listing::threads(c, &v, Some(lupus.id), 0, 50))
                .unwrap()
                .iter()
                .any(|t| t.id == started.thread);
            let counted_hidden = app
                .conn(|c| listing::members_only_count(c, &v, &[lupus.id]))
                .unwrap();
            assert_eq!(
                visibility::may_see_thread(&v, &row),
                expected,
                "predicate: {case}"
            );
            assert_eq!(in_sql == 1, expected, "SQL filter: {case}");
            assert_eq!(on_page, expected, "thread page: {case}");
            assert_eq!(listed, expected, "listing: {case}");
            assert_eq!(counted_hidden, i64::from(!expected), "hidden count: {case}");
            checked += 1;
        }
    }
    assert_eq!(checked, 2 * 8);
}

/// The viewer's communities reach SQL as a list padded to a kept statement shape
/// (`visibility::one_of_ids!`): at every length it means exactly those communities.
#[actix_web::test]
async fn members_only_reading_follows_every_community_of_a_list_of_any_length() {
    let app = TestApp::spawn().await;
    let (author, reader) = (app.member().await, app.member().await);
    let mut communities = Vec::new();
    for n in 0..6 {
        let slug = format!("circle{n}");
        let community = app.community_for(&slug, Audience::Members);
        author.join(&slug).await;
        app.thread().by(&author).in_community(&slug).await;
        communities.push((community.id, slug));
    }
    let ids: Vec<i64> = communities.iter().map(|(id, _)| *id).collect();
    for length in 0..=ids.len() {
        let viewer = Viewer::of(Some(CurrentUser {
            id: reader.id,
            handle: reader.handle.clone(),
            role: Role::Member,
            email_confirmed: true,
            silenced_until: None,
            country: None,
            communities: ids[..length].to_vec(),
            clinician_reading: Vec::new(),
            moderates: Vec::new(),
            leads: Vec::new(),
        }));
        let listed = app
            .conn(|c| listing::threads(c, &viewer, None, 0, 50))
            .unwrap();
        let mut seen: Vec<String> = listed.into_iter().map(|t| t.community_slug).collect();
        seen.sort();
        let readable: Vec<String> = communities[..length]
            .iter()
            .map(|(_, slug)| slug.clone())
            .collect();
        assert_eq!(seen, readable, "a member of {length}");
        let hidden = app
            .conn(|c| listing::members_only_count(c, &viewer, &ids))
            .unwrap();
        assert_eq!(hidden, (ids.len() - length) as i64, "a member of {length}");
    }
}
