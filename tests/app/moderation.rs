//! The privacy filter in the forum, the moderation queue, reports and the audit log.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{audit, notice};
use carecircle::schema::posts;
use diesel::prelude::*;

use crate::helpers::{Member, TestApp};

const PHONE_POST: &str = "Happy to talk about pacing, call me at 555-867-5309 after 6pm.";

struct Scene {
    app: TestApp,
    author: Member,
    other: Member,
    moderator: Member,
    thread: i64,
}

/// A published thread in "long-covid" with a reply that the privacy filter holds.
async fn scene_with_held_reply() -> (Scene, i64) {
    let app = TestApp::spawn().await;
    app.community("long-covid");
    let author = app.member().await;
    let other = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    author.join("long-covid").await;
    other.join("long-covid").await;
    let thread = other
        .start_thread(
            "long-covid",
            "Pacing and energy envelopes",
            "What works for you?",
        )
        .await;
    let reply = author.reply(thread, PHONE_POST).await;
    (
        Scene {
            app,
            author,
            other,
            moderator,
            thread,
        },
        reply,
    )
}

fn status_of(app: &TestApp, post_id: i64) -> String {
    app.post_row(post_id).status
}

#[actix_web::test]
async fn a_post_with_a_phone_number_is_held_and_its_author_sees_the_number_highlighted() {
    let (scene, reply) = scene_with_held_reply().await;

    assert_eq!(status_of(&scene.app, reply), "held");
    let own = scene.author.get(&format!("/t/{}", scene.thread)).await;
    assert_eq!(
        own.texts("mark.pii[data-kind=PHONE]"),
        vec!["555-867-5309 [PHONE]"]
    );
    assert!(own.texts(".privacy-review")[0].contains("a phone number"));
    for viewer in [&scene.other.browser, &scene.app.visitor()] {
        let page = viewer.get(&format!("/t/{}", scene.thread)).await;
        assert!(!page.body.contains("867-5309"), "held text leaked");
        assert_eq!(
            viewer.get(&format!("/p/{reply}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[actix_web::test]
async fn an_identifier_in_a_title_holds_the_whole_thread() {
    let app = TestApp::spawn().await;
    app.community("long-covid");
    let author = app.member().await;
    author.join("long-covid").await;

    let thread = author
        .start_thread(
            "long-covid",
            "Email me at jane.doe@gmail.com",
            "About fatigue",
        )
        .await;

    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!app
        .visitor()
        .get("/c/long-covid")
        .await
        .body
        .contains("jane.doe"));
    let own = author.get(&format!("/t/{thread}")).await;
    assert_eq!(own.texts(".held-title mark.pii[data-kind=EMAIL]").len(), 1);
}

#[actix_web::test]
async fn an_edited_held_post_publishes_itself_once_clean() {
    let (scene, reply) = scene_with_held_reply().await;

    let still = scene
        .author
        .post(
            &format!("/p/{reply}/edit"),
            &[("body", "Call 555-867-5309 any time")],
        )
        .await;
    assert_eq!(still.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&scene.app, reply), "held");
    scene
        .author
        .post(
            &format!("/p/{reply}/edit"),
            &[("body", "Happy to talk about pacing here in the thread.")],
        )
        .await;

    assert_eq!(status_of(&scene.app, reply), "published");
    let page = scene.other.get(&format!("/t/{}", scene.thread)).await;
    assert!(page.body.contains("Happy to talk about pacing here"));
}

#[actix_web::test]
async fn ordinary_medical_talk_is_published_at_once() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let author = app.member().await;
    author.join("diabetes").await;

    let thread = author
        .start_thread("diabetes", "A1C finally down", "A1C 7.2% to 6.5% since March on Metformin 500 mg, BP 140/90, E11.9. Call 988 if you struggle.")
        .await;

    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::OK
    );
}

#[actix_web::test]
async fn the_queue_is_for_moderators_only() {
    let (scene, _) = scene_with_held_reply().await;

    assert_eq!(
        scene.other.get("/mod/queue").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        scene.app.visitor().get("/mod/queue").await.status,
        StatusCode::SEE_OTHER
    );
    let res = scene
        .other
        .post(&format!("/mod/posts/{}/approve", 1), &[])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[actix_web::test]
async fn a_moderator_approves_from_the_queue_and_the_audit_log_keeps_kinds_not_values() {
    let (scene, reply) = scene_with_held_reply().await;

    let queue = scene.moderator.get("/mod/queue").await;
    assert_eq!(
        queue.texts(".queue-item mark.pii[data-kind=PHONE]"),
        vec!["555-867-5309 [PHONE]"]
    );
    let res = scene.moderator.moderate(reply, "approve", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    assert_eq!(status_of(&scene.app, reply), "published");
    assert!(scene
        .other
        .get(&format!("/t/{}", scene.thread))
        .await
        .body
        .contains("867-5309"));
    let entries = scene.app.conn(|c| audit::for_post(c, reply)).unwrap();
    let actions: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.action.as_str(), e.kinds.as_str()))
        .collect();
    assert_eq!(
        actions.last(),
        Some(&("approve", "PHONE")),
        "the decision names the kinds the moderator was shown"
    );
    assert!(actions[..actions.len() - 1]
        .iter()
        .all(|a| *a == ("view_held", "PHONE")));
    let admin = scene.app.member_with_role(Role::Admin).await;
    let log = admin.get("/admin/audit").await;
    assert!(log.body.contains("approve") && !log.body.contains("867-5309"));
    let notices = scene
        .app
        .conn(|c| notice::recent_for(c, scene.author.id, 5))
        .unwrap();
    assert!(notices[0].body.contains("published"));
}

#[actix_web::test]
async fn a_rejected_post_stays_hidden_and_its_author_sees_the_reason() {
    let (scene, reply) = scene_with_held_reply().await;

    let res = scene
        .moderator
        .moderate(
            reply,
            "reject",
            &[("reason", "Please share contact details privately.")],
        )
        .await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&scene.app, reply), "rejected");
    assert!(!scene
        .other
        .get(&format!("/t/{}", scene.thread))
        .await
        .body
        .contains("867-5309"));
    let own = scene.author.get(&format!("/t/{}", scene.thread)).await;
    assert!(own.texts(".rejection")[0].contains("Please share contact details privately."));
}

#[actix_web::test]
async fn redaction_publishes_the_post_without_the_number_and_purges_the_original() {
    let (scene, reply) = scene_with_held_reply().await;

    let res = scene
        .moderator
        .moderate(reply, "redact", &[("span", "0")])
        .await;

    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&scene.app, reply), "published");
    let shown = scene.app.published_text(reply).unwrap();
    assert!(shown.contains("[removed: PHONE]"), "{shown}");
    let stored = scene.app.stored_texts(reply);
    assert!(
        stored.iter().all(|t| !t.contains("867")),
        "the original is purged from every revision: {stored:?}"
    );
    let page = scene.other.get(&format!("/t/{}", scene.thread)).await;
    assert!(page.body.contains("[removed: PHONE]"));
}

#[actix_web::test]
async fn a_second_moderator_gets_already_decided_not_a_double_action() {
    let (scene, reply) = scene_with_held_reply().await;
    let second = scene.app.member_with_role(Role::Moderator).await;
    let path = format!("/mod/posts/{reply}/reject");
    let seen = second
        .get("/mod/queue")
        .await
        .form_input(&path, "revision")
        .unwrap();
    scene.moderator.moderate(reply, "approve", &[]).await;

    let late = second
        .post(
            &path,
            &[("revision", &seen), ("reason", "Too late to matter")],
        )
        .await;

    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("already decided"));
    assert_eq!(status_of(&scene.app, reply), "published");
    let decisions = scene
        .app
        .conn(|c| audit::for_post(c, reply))
        .unwrap()
        .into_iter()
        .filter(|e| e.action != "view_held")
        .count();
    assert_eq!(decisions, 1);
}

#[actix_web::test]
async fn the_queue_is_oldest_first_and_marks_overdue_items() {
    let (scene, reply) = scene_with_held_reply().await;
    let newer = scene
        .author
        .reply(scene.thread, "Or email me: pat.smith@example.com")
        .await;
    let five_hours_ago = carecircle::db::now() - 5 * 3600;
    scene
        .app
        .conn(|c| {
            diesel::update(posts::table.find(reply))
                .set(posts::review_since.eq(Some(five_hours_ago)))
                .execute(c)
        })
        .unwrap();

    let queue = scene.moderator.get("/mod/queue").await;

    let html = queue.html();
    let items: Vec<String> = html
        .select(&scraper::Selector::parse(".queue-item").unwrap())
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(items, vec![format!("q{reply}"), format!("q{newer}")]);
    assert_eq!(queue.texts(".queue-item.overdue").len(), 1);
    assert!(queue.texts(".queue-item.overdue .age")[0].contains("5 h"));
}

#[actix_web::test]
async fn enough_reports_from_different_members_hide_a_post_until_reviewed() {
    let app = TestApp::spawn_with(|k| (k == "REPORTS_TO_HIDE").then(|| "2".into())).await;
    app.community("asthma");
    let author = app.member().await;
    author.join("asthma").await;
    let thread = author
        .start_thread(
            "asthma",
            "Miracle cure",
            "Stop your inhaler and drink bleach",
        )
        .await;
    let opening = app.opening_post(thread);
    let (first, second) = (app.member().await, app.member().await);
    first.join("asthma").await;
    second.join("asthma").await;

    let res = first
        .post(
            &format!("/p/{opening}/report"),
            &[("reason", "misinformation")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        status_of(&app, opening),
        "published",
        "one report queues but does not hide"
    );
    let again = first
        .post(&format!("/p/{opening}/report"), &[("reason", "spam")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let own = author
        .post(&format!("/p/{opening}/report"), &[("reason", "spam")])
        .await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    let hiding = second
        .post(
            &format!("/p/{opening}/report"),
            &[("reason", "misinformation"), ("note", "dangerous")],
        )
        .await;

    assert_eq!(status_of(&app, opening), "held");
    assert_eq!(
        app.visitor().get(&format!("/t/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        hiding.location(),
        "/c/asthma",
        "the reporter whose report hid the discussion lands where they can read, not on a 404"
    );
    let landing = second.get(&hiding.location()).await;
    assert_eq!(landing.status, StatusCode::OK);
    assert!(landing
        .body
        .contains("the post is hidden from readers until a moderator"));
    let own_view = author.get(&format!("/t/{thread}")).await.body;
    assert!(
        own_view.contains("Hidden after reports from members, waiting for a moderator"),
        "the author is told the truth, not a privacy hold"
    );
    let moderator = app.member_with_role(Role::Moderator).await;
    let queue = moderator.get("/mod/queue").await;
    assert_eq!(
        queue.texts(".reports li"),
        vec![
            "Reported: Dangerous medical misinformation",
            "Reported: Dangerous medical misinformation · “dangerous”"
        ],
        "reasons read as words"
    );
}

#[actix_web::test]
async fn the_member_whose_report_hides_a_reply_lands_on_its_thread_with_thanks() {
    let app = TestApp::spawn_with(|k| (k == "REPORTS_TO_HIDE").then(|| "1".into())).await;
    app.community("asthma");
    let (author, reporter) = (app.member().await, app.member().await);
    let thread = app.thread().by(&author).await.thread;
    let reply = author.reply(thread, "Buy my cure at my shop.").await;
    reporter.join("asthma").await;

    let res = reporter
        .post(&format!("/p/{reply}/report"), &[("reason", "spam")])
        .await;

    assert_eq!(res.location(), format!("/t/{thread}"));
    let page = reporter.get(&res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("Thank you. With your report the post is hidden"));
    assert!(!page.body.contains("Buy my cure"));
}

#[actix_web::test]
async fn a_report_needs_a_known_reason() {
    let (scene, _) = scene_with_held_reply().await;
    let opening = scene.app.opening_post(scene.thread);

    let res = scene
        .author
        .post(
            &format!("/p/{opening}/report"),
            &[("reason", "because"), ("note", "my note")],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.field_value("note").as_deref(), Some("my note"));
}

#[test]
fn privacy_scan_reads_json_lines_and_reports_bad_lines_without_stopping() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_carecircle"))
        .args(["privacy-scan", "--threshold", "0.5"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = b"{\"id\":\"a\",\"text\":\"call me at 555-867-5309\"}\n\xff\xfe\n".to_vec();
    input.extend_from_slice(b"{\"id\":\"b\",\"text\":\"A1C 7.2% on 500 mg Metformin\"}\n");
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();

    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (lines[0]["id"].as_str(), lines[0]["hold"].as_bool()),
        (Some("a"), Some(true))
    );
    assert_eq!(lines[0]["findings"][0]["kind"], "PHONE");
    assert_eq!(
        (
            lines[0]["findings"][0]["start"].as_u64(),
            lines[0]["findings"][0]["end"].as_u64()
        ),
        (Some(11), Some(23))
    );
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(
        (lines[2]["id"].as_str(), lines[2]["hold"].as_bool()),
        (Some("b"), Some(false))
    );
}

#[actix_web::test]
async fn the_queue_can_be_narrowed_to_one_community() {
    let (scene, reply) = scene_with_held_reply().await;
    scene.app.community("asthma");
    scene.author.join("asthma").await;
    let other = scene
        .author
        .start_thread("asthma", "Inhalers", "Reach me at 555-867-5309")
        .await;

    let all = scene.moderator.get("/mod/queue").await;
    let covid = scene.moderator.get("/mod/queue?community=long-covid").await;

    assert_eq!(all.texts(".queue-item").len(), 2);
    let ids: Vec<String> = covid
        .html()
        .select(&scraper::Selector::parse(".queue-item").unwrap())
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(ids, vec![format!("q{reply}")]);
    assert!(other > 0);
    assert_eq!(
        covid.texts("#community-filter option[selected]"),
        vec!["Community long-covid"]
    );
}

#[actix_web::test]
async fn a_moderator_asks_the_author_to_revise_and_the_item_waits_for_the_new_text() {
    let (scene, reply) = scene_with_held_reply().await;
    let words = "Please take out the phone number and share the pacing tips";

    let blank = scene
        .moderator
        .moderate(reply, "revise", &[("reason", " ")])
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = scene
        .moderator
        .moderate(reply, "revise", &[("reason", words)])
        .await;

    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(status_of(&scene.app, reply), "held", "nothing is decided");
    let queue = scene.moderator.get("/mod/queue").await.body;
    assert!(queue.contains("Revision asked") && queue.contains(words));
    let own = scene.author.get(&format!("/t/{}", scene.thread)).await.body;
    assert!(own.contains(words) && own.contains("Revise your post"));
    assert!(!scene
        .other
        .get(&format!("/t/{}", scene.thread))
        .await
        .body
        .contains(words));
    assert!(scene.author.get("/account").await.body.contains(words));
    scene.app.deliver_mail().await;
    let mail = scene.app.sent_emails().await;
    let told = mail
        .iter()
        .filter(|m| m.to == vec![scene.author.email.clone()])
        .find(|m| m.text().contains("asked you to change something"))
        .expect("the author is told by email");
    assert!(
        !told.text().contains("phone number"),
        "the words stay on the site"
    );
    let actions: Vec<String> = scene
        .app
        .conn(|c| audit::for_post(c, reply))
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"ask_revision".to_string()));

    let edited = scene
        .author
        .post(
            &format!("/p/{reply}/edit"),
            &[(
                "body",
                "Happy to talk about pacing: rest before you are tired.",
            )],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    assert_eq!(
        status_of(&scene.app, reply),
        "published",
        "a clean edit ends a privacy hold"
    );
    assert_eq!(
        scene.app.post_row(reply).revise_note,
        None,
        "the request is answered"
    );
}
