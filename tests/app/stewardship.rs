//! Running communities at scale: a community moderator's measures within their community,
//! the audit log each moderator reads, decisions on several queue items at once, and admins
//! editing and archiving a community.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{audit, community};

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Member, TestApp};

/// Diabetes and asthma; `warden` moderates diabetes only; `member` posts in both.
struct Place {
    app: TestApp,
    admin: Member,
    warden: Member,
    member: Member,
    diabetes_thread: i64,
    asthma_thread: i64,
}

async fn place() -> Place {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    app.community("asthma");
    let admin = app.member_with_role(Role::Admin).await;
    let (warden, member) = (app.member().await, app.member().await);
    warden.join("diabetes").await;
    let res = admin
        .post("/c/diabetes/moderators", &[("handle", &warden.handle)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let diabetes_thread = app
        .thread()
        .by(&member)
        .in_community("diabetes")
        .await
        .thread;
    let asthma_thread = app.thread().by(&member).in_community("asthma").await.thread;
    Place {
        app,
        admin,
        warden,
        member,
        diabetes_thread,
        asthma_thread,
    }
}

#[actix_web::test]
async fn a_community_moderator_silences_and_warns_within_their_community_only() {
    let p = place().await;
    let target = p.member.id.to_string();
    let page = p
        .warden
        .get(&format!("/mod/users/{}", p.member.handle))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Silence in this community"));
    assert!(
        !page.body.contains("Suspend"),
        "suspension stays with site moderators"
    );
    assert!(
        !page.body.contains("Moderator notes"),
        "site notes are not theirs"
    );

    let silenced = p
        .warden
        .post(
            &format!("/mod/users/{target}/silence"),
            &[("hours", "24"), ("community", "diabetes")],
        )
        .await;
    assert_eq!(silenced.status, StatusCode::SEE_OTHER, "{}", silenced.body);
    let refused = p
        .member
        .post(
            &format!("/t/{}/reply", p.diabetes_thread),
            &[("body", "Still here and typing")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("read-only"), "{}", refused.body);
    assert!(
        refused.body.contains("Still here and typing"),
        "the text is kept"
    );
    let opening = p.app.opening_post(p.diabetes_thread);
    let edit = p
        .member
        .post(&format!("/p/{opening}/edit"), &[("body", "An edit")])
        .await;
    assert_eq!(edit.status, StatusCode::CONFLICT, "edits wait too");
    let thread_page = p.member.get(&format!("/t/{}", p.diabetes_thread)).await;
    assert!(thread_page
        .body
        .contains("You can read but not post for now"));
    p.member
        .reply(p.asthma_thread, "Elsewhere I may write")
        .await;
    let notices = p.member.get("/account").await.body;
    assert!(notices.contains("read-only in Community diabetes for 24 hours"));

    let elsewhere = p
        .warden
        .post(
            &format!("/mod/users/{target}/silence"),
            &[("hours", "24"), ("community", "asthma")],
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let site_wide = p
        .warden
        .post(&format!("/mod/users/{target}/silence"), &[("hours", "24")])
        .await;
    assert_eq!(site_wide.status, StatusCode::FORBIDDEN);
    let suspend = p
        .warden
        .post(&format!("/mod/users/{target}/suspend"), &[])
        .await;
    assert_eq!(suspend.status, StatusCode::FORBIDDEN);
    let warned = p
        .warden
        .post(
            &format!("/mod/users/{target}/warn"),
            &[("text", "Please stay on topic"), ("community", "diabetes")],
        )
        .await;
    assert_eq!(warned.status, StatusCode::SEE_OTHER, "{}", warned.body);
    assert!(p
        .member
        .get("/account")
        .await
        .body
        .contains("A moderator of Community diabetes sent you a warning: Please stay on topic"));

    let entries = p
        .app
        .conn(|c| audit::for_user(c, p.member.id, None, 10))
        .unwrap();
    let diabetes = p
        .app
        .conn(|c| community::find_by_slug(c, "diabetes"))
        .unwrap();
    for action in ["silence", "warn"] {
        assert!(
            entries
                .iter()
                .any(|e| e.action == action && e.community_id == Some(diabetes.id)),
            "{action} is audited under the community"
        );
    }

    let lifted = p
        .warden
        .post(
            &format!("/mod/users/{target}/unsilence"),
            &[("community", "diabetes")],
        )
        .await;
    assert_eq!(lifted.status, StatusCode::SEE_OTHER);
    p.member.reply(p.diabetes_thread, "Back again").await;
}

#[actix_web::test]
async fn each_moderator_reads_their_communities_audit_and_only_admins_export_it() {
    let p = place().await;
    let site_mod = p.app.member_with_role(Role::Moderator).await;
    let held_diabetes = p
        .member
        .reply(p.diabetes_thread, &format!("Diabetesheld {HELD_SENTENCE}"))
        .await;
    let held_asthma = p
        .member
        .reply(p.asthma_thread, &format!("Asthmaheld {HELD_SENTENCE}"))
        .await;
    // A review session: the queue opened three times, each view of held text audited.
    for _ in 0..3 {
        site_mod.get("/mod/queue").await;
    }
    p.warden.get("/mod/queue").await;

    let theirs = p.warden.get("/mod/audit").await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(theirs.body.contains(&format!("/p/{held_diabetes}")));
    assert!(
        !theirs.body.contains(&format!("/p/{held_asthma}")),
        "another community's entries"
    );
    let all = site_mod.get("/mod/audit?action=view_held").await;
    let rows = all.texts("table.audit-table tbody tr");
    let site_mod_rows: Vec<&String> = rows
        .iter()
        .filter(|r| r.contains(&site_mod.handle))
        .collect();
    assert_eq!(
        site_mod_rows.len(),
        1,
        "a session's views read as one line: {rows:#?}"
    );
    assert!(site_mod_rows[0].contains("×6"), "{}", site_mod_rows[0]);
    let by_actor = site_mod
        .get(&format!("/mod/audit?actor={}", p.warden.handle))
        .await;
    let their_rows = by_actor.texts("table.audit-table tbody tr");
    assert!(!their_rows.is_empty());
    assert!(
        their_rows.iter().all(|r| r.contains(&p.warden.handle)),
        "{their_rows:#?}"
    );
    let typo = site_mod
        .get("/mod/audit?actor=nobody-at-all&from=2026-02-31")
        .await;
    assert!(typo.body.contains("No member is called"));
    assert!(typo.body.contains("write a day as"));

    let refused = site_mod.get("/admin/audit.csv").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        p.warden.get("/admin/audit.csv").await.status,
        StatusCode::FORBIDDEN
    );
    let csv = p.admin.get("/admin/audit.csv?community=diabetes").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(
        lines[0],
        "when_utc,actor,action,post_id,member,community,kinds,note"
    );
    assert!(
        lines[1..].iter().all(|l| l.contains(",diabetes,")),
        "{lines:#?}"
    );
    assert!(lines
        .iter()
        .any(|l| l.contains(&format!(",view_held,{held_diabetes},"))));
    assert!(
        !csv.body.contains("Diabetesheld"),
        "the log names kinds, never the held text"
    );
    let exported = p.app.conn(|c| audit::recent(c, 5)).unwrap();
    assert!(
        exported.iter().any(|e| e.action == "audit_export"),
        "the export is audited"
    );
}

#[actix_web::test]
async fn a_moderator_decides_several_items_at_once_and_changed_ones_are_left() {
    let p = place().await;
    let site_mod = p.app.member_with_role(Role::Moderator).await;
    let first = p
        .member
        .reply(p.diabetes_thread, &format!("Firstheld {HELD_SENTENCE}"))
        .await;
    let second = p
        .member
        .reply(p.asthma_thread, &format!("Secondheld {HELD_SENTENCE}"))
        .await;
    let third = p
        .member
        .reply(p.asthma_thread, &format!("Thirdheld {HELD_SENTENCE}"))
        .await;
    let queue = site_mod.get("/mod/queue").await;
    let ticks = queue.texts_attr("input[name=item]", "value");
    assert_eq!(ticks.len(), 3, "{ticks:?}");

    // The third changes after the moderator opened the queue.
    let edited = p
        .member
        .post(
            &format!("/p/{third}/edit"),
            &[("body", &format!("Thirdheld again {HELD_SENTENCE}"))],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    let mut fields: Vec<(&str, &str)> = ticks.iter().map(|t| ("item", t.as_str())).collect();
    fields.push(("verdict", "approve"));
    let res = site_mod.post("/mod/queue/bulk", &fields).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("2 decided. 1 left"), "{}", res.body);
    assert_eq!(p.app.post_row(first).status, "published");
    assert_eq!(p.app.post_row(second).status, "published");
    assert_eq!(p.app.post_row(third).status, "held", "never decided unseen");

    let blank = site_mod
        .post(
            "/mod/queue/bulk",
            &[
                ("item", &format!("{third}:1")),
                ("verdict", "reject"),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    let nothing = site_mod
        .post("/mod/queue/bulk", &[("verdict", "approve")])
        .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nothing.body.contains("Tick at least one item."));

    let again = site_mod
        .get("/mod/queue")
        .await
        .texts_attr("input[name=item]", "value");
    let only: Vec<(&str, &str)> = again
        .iter()
        .map(|t| ("item", t.as_str()))
        .chain([
            ("verdict", "reject"),
            ("reason", "Please leave out the number"),
        ])
        .collect();
    let rejected = site_mod.post("/mod/queue/bulk", &only).await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER, "{}", rejected.body);
    assert_eq!(p.app.post_row(third).status, "rejected");

    // A community moderator's batch touches nothing outside their community.
    let other = p
        .member
        .reply(p.asthma_thread, &format!("Fourthheld {HELD_SENTENCE}"))
        .await;
    let revision = p.app.post_row(other).pending_revision_id.unwrap();
    let forged = format!("{other}:{revision}");
    let res = p
        .warden
        .post(
            "/mod/queue/bulk",
            &[("item", &forged), ("verdict", "approve")],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(p.app.post_row(other).status, "held");
}

#[actix_web::test]
async fn changed_guidelines_are_accepted_again_with_the_next_post() {
    let p = place().await;
    let fields = |guidelines: &'static str| {
        vec![
            ("name", "Diabetes together"),
            ("description", "Type 1 and type 2"),
            ("guidelines", guidelines),
            ("default_audience", "public"),
        ]
    };
    // The member joined a while ago (times are whole seconds: a join and a change within
    // one second cannot be told apart).
    let diabetes = p.app.community_row("diabetes");
    let joined = carecircle::db::now() - 60;
    p.app
        .conn(|c| community::accept_guidelines(c, diabetes.id, p.member.id, joined))
        .unwrap();
    let saved = p
        .admin
        .post(
            "/admin/communities/diabetes",
            &fields("Be kind. No diet shaming."),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(p
        .app
        .visitor()
        .get("/c/diabetes")
        .await
        .body
        .contains("Diabetes together"));

    let refused = p
        .member
        .post(
            &format!("/t/{}/reply", p.diabetes_thread),
            &[("body", "My words, kept")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("No diet shaming."),
        "the new guidelines are shown"
    );
    assert!(refused.body.contains("My words, kept"));
    assert!(refused.body.contains("I accept the updated guidelines"));
    let accepted = p
        .member
        .post(
            &format!("/t/{}/reply", p.diabetes_thread),
            &[("body", "My words, kept"), ("accept_guidelines", "yes")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    p.member.reply(p.diabetes_thread, "Once is enough").await;
    p.warden
        .reply(p.diabetes_thread, "Its moderators are not asked")
        .await;

    // Saving the same guidelines again asks nobody.
    let same = p
        .admin
        .post(
            "/admin/communities/diabetes",
            &fields("Be kind. No diet shaming."),
        )
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
    p.member.reply(p.diabetes_thread, "Still fine").await;
    let entries = p.app.conn(|c| audit::recent(c, 5)).unwrap();
    assert!(entries.iter().any(
        |e| e.action == "community_edit" && e.note.contains("[name, description, guidelines]")
    ));
}

#[actix_web::test]
async fn an_archived_community_stays_readable_takes_no_writes_and_leaves_latest() {
    let p = place().await;
    let res = p
        .admin
        .post(
            "/admin/communities/diabetes/archive",
            &[("archived", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let refused = p
        .member
        .post(
            &format!("/t/{}/reply", p.diabetes_thread),
            &[("body", "Typed into an archive")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("archived"));
    assert!(refused.body.contains("Typed into an archive"));
    let new = p
        .member
        .post(
            "/c/diabetes/new",
            &[("title", "A new one"), ("body", "Hello")],
        )
        .await;
    assert_eq!(new.status, StatusCode::CONFLICT);
    let thread = p
        .app
        .visitor()
        .get(&format!("/t/{}", p.diabetes_thread))
        .await;
    assert_eq!(thread.status, StatusCode::OK, "still readable");
    assert!(thread.body.contains("is archived"));
    let community_page = p.member.get("/c/diabetes").await.body;
    assert!(!community_page.contains("Start a discussion"));
    let home = p.app.visitor().get("/").await.body;
    assert!(
        !home.contains(&format!("/t/{}", p.diabetes_thread)),
        "out of latest"
    );
    assert!(home.contains(&format!("/t/{}", p.asthma_thread)));
    assert!(p
        .app
        .conn(|c| audit::recent(c, 3))
        .unwrap()
        .iter()
        .any(|e| e.action == "community_archive"));

    let forbidden = p
        .warden
        .post("/admin/communities/diabetes/archive", &[("archived", "no")])
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    p.admin
        .post("/admin/communities/diabetes/archive", &[("archived", "no")])
        .await;
    p.member.reply(p.diabetes_thread, "Open again").await;
}
