//! Community moderators: appointed by an admin or the community's lead moderator, they see
//! and decide their community's queue items and crisis items, and nothing of any other.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::audit;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Member, TestApp};

async fn appoint(
    by: &Member,
    slug: &str,
    who: &Member,
    lead: bool,
) -> crate::helpers::TestResponse {
    let mut fields = vec![("handle", who.handle.as_str())];
    if lead {
        fields.push(("lead", "on"));
    }
    by.post(&format!("/c/{slug}/moderators"), &fields).await
}

/// Two communities, each with a held reply; `mod_a` moderates diabetes only.
struct Two {
    app: TestApp,
    admin: Member,
    mod_a: Member,
    held_a: i64,
    held_b: i64,
    thread_a: i64,
}

async fn two_communities() -> Two {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    app.community("asthma");
    let admin = app.member_with_role(Role::Admin).await;
    let (author, mod_a) = (app.member().await, app.member().await);
    mod_a.join("diabetes").await;
    let thread_a = app
        .thread()
        .by(&author)
        .in_community("diabetes")
        .await
        .thread;
    let thread_b = app.thread().by(&author).in_community("asthma").await.thread;
    let held_a = author
        .reply(thread_a, &format!("Diabetesheld {HELD_SENTENCE}"))
        .await;
    let held_b = author
        .reply(thread_b, &format!("Asthmaheld {HELD_SENTENCE}"))
        .await;
    let res = appoint(&admin, "diabetes", &mod_a, false).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    Two {
        app,
        admin,
        mod_a,
        held_a,
        held_b,
        thread_a,
    }
}

#[actix_web::test]
async fn a_community_moderator_decides_their_communitys_items_and_no_others() {
    let s = two_communities().await;

    let home = s.mod_a.get("/").await.body;
    assert!(
        home.contains(r#"href="/mod/queue""#),
        "the queue is in their header"
    );
    let queue = s.mod_a.get("/mod/queue").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains("Diabetesheld"));
    assert!(
        !queue.body.contains("Asthmaheld"),
        "another community's item"
    );
    let elsewhere = s.mod_a.moderate(s.held_b, "approve", &[]).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let forged = s
        .mod_a
        .post(
            &format!("/mod/posts/{}/approve", s.held_b),
            &[("revision", "1")],
        )
        .await;
    assert_eq!(
        forged.status,
        StatusCode::NOT_FOUND,
        "even with a guessed revision"
    );
    let page = s.mod_a.get(&format!("/t/{}", s.thread_a)).await.body;
    assert!(
        page.contains("Diabetesheld"),
        "they read their community's held text in place"
    );
    let viewed = s.app.conn(|c| audit::for_post(c, s.held_a)).unwrap();
    assert!(
        viewed.iter().any(|e| e.action == "view_held"
            && e.actor_handle.as_deref() == Some(s.mod_a.handle.as_str())),
        "and it is audited"
    );

    let res = s.mod_a.moderate(s.held_a, "approve", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(s.app.post_row(s.held_a).status, "published");
    assert_eq!(s.app.post_row(s.held_b).status, "held");
    let member = s.app.member().await;
    assert_eq!(member.get("/mod/queue").await.status, StatusCode::FORBIDDEN);
}

#[actix_web::test]
async fn admins_and_lead_moderators_appoint_and_a_removal_ends_the_power_at_once() {
    let s = two_communities().await;
    let (lead, helper, outsider) = (
        s.app.member().await,
        s.app.member().await,
        s.app.member().await,
    );
    lead.join("diabetes").await;
    helper.join("diabetes").await;

    let not_member = appoint(&s.admin, "diabetes", &outsider, false).await;
    assert_eq!(not_member.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(not_member
        .body
        .contains("Only a member of this community can moderate it"));
    assert_eq!(
        s.mod_a.get("/c/diabetes/moderators").await.status,
        StatusCode::FORBIDDEN,
        "a moderator who does not lead appoints nobody"
    );
    assert_eq!(
        appoint(&s.admin, "diabetes", &lead, true).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        appoint(&lead, "diabetes", &helper, true).await.status,
        StatusCode::FORBIDDEN,
        "only admins appoint leads"
    );
    assert_eq!(
        appoint(&lead, "diabetes", &helper, false).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        appoint(&lead, "asthma", &helper, false).await.status,
        StatusCode::FORBIDDEN,
        "a lead of diabetes appoints nobody in asthma"
    );
    let listed = lead.get("/c/diabetes/moderators").await.body;
    assert!(listed.contains(&helper.handle) && listed.contains(&s.mod_a.handle));
    assert!(helper.get("/mod/queue").await.body.contains("Diabetesheld"));

    let removed = lead
        .post(&format!("/c/diabetes/moderators/{}/remove", helper.id), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(helper.get("/mod/queue").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        helper.moderate(s.held_a, "approve", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let lead_removed = lead
        .post(&format!("/c/diabetes/moderators/{}/remove", lead.id), &[])
        .await;
    assert_eq!(
        lead_removed.status,
        StatusCode::FORBIDDEN,
        "leads are the admins' to remove"
    );
    let actions: Vec<String> = s
        .app
        .conn(|c| audit::for_user(c, helper.id, None, 10))
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"community_moderator_appointed".to_string()));
    assert!(actions.contains(&"community_moderator_removed".to_string()));
}

#[actix_web::test]
async fn a_crisis_item_reaches_only_the_moderators_of_its_community() {
    let s = two_communities().await;
    let writer = s.app.member().await;
    let thread = s
        .app
        .thread()
        .by(&writer)
        .in_community("asthma")
        .await
        .thread;
    writer
        .reply(
            thread,
            "Lately I keep thinking everyone would be better off without me and I want to die.",
        )
        .await;
    let item = s
        .app
        .conn(|c| {
            use carecircle::schema::crisis_items;
            use diesel::prelude::*;
            crisis_items::table.select(crisis_items::id).first::<i64>(c)
        })
        .unwrap();

    let queue = s.mod_a.get("/mod/queue").await.body;
    assert!(
        !queue.contains("Crisis level:"),
        "asthma's crisis item is not theirs"
    );
    let reply = s
        .mod_a
        .post(
            &format!("/mod/crisis/{item}/reply"),
            &[("text", "We are here for you.")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let site = s.app.member_with_role(Role::Moderator).await;
    assert!(site.get("/mod/queue").await.body.contains("Crisis level:"));
}
