//! Email through a real SMTP server on loopback: confirmation, reset, notifications, the outbox.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::thread::Audience;
use carecircle::models::{outbox, user};
use carecircle::schema::{email_tokens, outbox as outbox_table, posts};
use diesel::prelude::*;

use crate::helpers::{TestApp, PASSWORD};
use crate::smtp::{free_port, TestSmtp};

/// What the SMTP server received with a subject starting with `prefix`.
async fn with_subject(app: &TestApp, prefix: &str) -> Vec<crate::smtp::Received> {
    app.sent_emails()
        .await
        .into_iter()
        .filter(|m| m.subject().starts_with(prefix))
        .collect()
}

async fn resets(app: &TestApp) -> Vec<crate::smtp::Received> {
    with_subject(app, "Reset your CareCircle password").await
}

fn path_of(link: &str) -> String {
    let rest = link.split_once("://").map_or(link, |(_, r)| r);
    rest.find('/').map_or("/".into(), |i| rest[i..].to_string())
}

#[actix_web::test]
async fn registration_mails_a_link_that_confirms_the_address_and_unlocks_posting() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let member = app.unconfirmed_member().await;
    member.join("asthma").await;

    let refused = member
        .post(
            "/c/asthma/new",
            &[("title", "Hello everyone"), ("body", "First post")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("confirm your email"));
    assert!(refused
        .body
        .contains("ask for a new one on your account page"));
    assert!(
        refused.body.contains("First post") && refused.body.contains(r#"value="Hello everyone""#),
        "what they typed comes back with the message"
    );

    let mail = app.sent_emails().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, vec![member.email.clone()]);
    assert!(mail[0].subject().contains("Confirm your email"));
    let link = mail[0].link("http").expect("a link in the email");
    assert!(link.contains("/verify/"));
    let res = member.get(&path_of(&link)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    member
        .start_thread("asthma", "Hello everyone", "First post")
        .await;
    let again = member.get(&path_of(&link)).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert!(again.body.contains("already used"));
}

#[actix_web::test]
async fn an_expired_link_explains_itself_and_offers_a_new_one() {
    let app = TestApp::spawn().await;
    let member = app.unconfirmed_member().await;
    let link = app.sent_emails().await[0].link("http").unwrap();
    app.conn(|c| {
        diesel::update(email_tokens::table)
            .set(email_tokens::expires_at.eq(0_i64))
            .execute(c)
    })
    .unwrap();

    let res = member.get(&path_of(&link)).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("expired"));
    member.post("/verify/resend", &[]).await;

    let mail = app.sent_emails().await;
    assert_eq!(mail.len(), 2);
    let fresh = mail[1].link("http").unwrap();
    assert_ne!(fresh, link);
    assert_eq!(
        member.get(&path_of(&fresh)).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(app
        .conn(|c| user::find(c, member.id))
        .unwrap()
        .email_verified_at
        .is_some());
}

#[actix_web::test]
async fn a_password_reset_sets_the_new_password_and_ends_old_sessions() {
    let app = TestApp::spawn().await;
    let member = app.member().await;
    let stranger = app.visitor();

    let known = stranger
        .post("/password/forgot", &[("email", &member.email)])
        .await;
    let unknown = stranger
        .post("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(
        (known.status, known.location()),
        (unknown.status, unknown.location()),
        "same answer either way"
    );
    let mail = resets(&app).await;
    assert_eq!(mail.len(), 1, "nothing is sent for an unknown address");
    let link = mail[0].link("http").unwrap();

    let reset = stranger
        .post(&path_of(&link), &[("password", "a brand new password")])
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);

    assert!(
        member
            .get("/")
            .await
            .texts(".account-nav .handle")
            .is_empty(),
        "the old session is gone"
    );
    let old = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = app
        .visitor()
        .post(
            "/login",
            &[
                ("email", &member.email),
                ("password", "a brand new password"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    assert_eq!(
        stranger
            .post(&path_of(&link), &[("password", "yet another password")])
            .await
            .status,
        StatusCode::GONE
    );
}

#[actix_web::test]
async fn mail_waits_while_the_smtp_server_is_down_and_goes_exactly_once_when_it_is_back() {
    let port = free_port();
    let app =
        TestApp::spawn_with(move |k| (k == "SMTP_URL").then(|| format!("smtp://127.0.0.1:{port}")))
            .await;
    let member = app.unconfirmed_member().await;

    assert_eq!(app.deliver_mail().await, 0);
    let waiting = app.conn(|c| outbox::troubled(c, 10)).unwrap();
    assert_eq!(
        (
            waiting.len(),
            waiting[0].status.as_str(),
            waiting[0].attempts
        ),
        (1, "pending", 1)
    );
    assert!(waiting[0].last_error.is_some());

    let server = TestSmtp::start(port);
    app.conn(|c| {
        diesel::update(outbox_table::table)
            .set(outbox_table::next_attempt_at.eq(0_i64))
            .execute(c)
    })
    .unwrap();
    assert_eq!(app.deliver_mail().await, 1);
    assert_eq!(app.deliver_mail().await, 0);

    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, vec![member.email.clone()]);
}

#[actix_web::test]
async fn two_workers_never_send_the_same_message_twice() {
    let app = TestApp::spawn().await;
    for _ in 0..12 {
        app.unconfirmed_member().await;
    }

    let (a, b) = futures_util::future::join(
        carecircle::mail::deliver_due(&app.state),
        carecircle::mail::deliver_due(&app.state),
    )
    .await;

    assert_eq!(a.unwrap() + b.unwrap(), 12);
    let received = app.smtp.as_ref().unwrap().received();
    let mut recipients: Vec<String> = received.iter().flat_map(|m| m.to.clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!((received.len(), recipients.len()), (12, 12));
}

#[actix_web::test]
async fn followers_hear_of_a_reply_once_per_batch_with_no_health_content() {
    let app = TestApp::spawn().await;
    app.community("hiv");
    let (asker, helper) = (app.member().await, app.member().await);
    asker.join("hiv").await;
    helper.join("hiv").await;
    let thread = asker
        .start_thread(
            "hiv",
            "Newly diagnosed with HIV, scared",
            "Started Biktarvy last week.",
        )
        .await;

    helper
        .reply(
            thread,
            "Viral load undetectable after 3 months on Biktarvy, you will be ok",
        )
        .await;
    helper.reply(thread, "Also my clinic nurse was great").await;

    let mail = with_subject(&app, "New reply").await;
    assert_eq!(mail.len(), 1, "batched: one email per thread per window");
    assert_eq!(mail[0].to, vec![asker.email.clone()]);
    assert_eq!(mail[0].subject(), "New reply in a discussion you follow");
    let everything = format!(
        "{}\n{}\n{}",
        mail[0].subject(),
        mail[0].text(),
        mail[0].html()
    );
    for secret in [
        "HIV",
        "Biktarvy",
        "scared",
        "Viral",
        "undetectable",
        "clinic nurse",
        &helper.handle,
    ] {
        assert!(!everything.contains(secret), "email leaks {secret:?}");
    }
    assert!(
        mail[0].text().contains("not medical advice"),
        "the footer banner"
    );
    let unsubscribe = mail[0]
        .header("List-Unsubscribe")
        .expect("List-Unsubscribe");
    assert!(unsubscribe.starts_with("<http") && unsubscribe.contains("/unsubscribe/"));
    assert_eq!(
        mail[0].header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );

    // One click, as a mail client does it: a POST with no cookies and no CSRF token.
    let url = unsubscribe.trim_matches(['<', '>']);
    let res = app
        .visitor()
        .post_raw(&path_of(url), "List-Unsubscribe=One-Click")
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(
        !app.conn(|c| user::find(c, asker.id))
            .unwrap()
            .notify_replies
    );
}

#[actix_web::test]
async fn a_follower_who_left_a_members_only_community_hears_nothing_of_it() {
    let app = TestApp::spawn_with(|k| (k == "NOTIFY_BATCH_MINUTES").then(|| "0".into())).await;
    app.community_for("lupus", Audience::Members);
    let (asker, helper, leaver) = (app.member().await, app.member().await, app.member().await);
    for m in [&asker, &helper, &leaver] {
        m.join("lupus").await;
    }
    let thread = asker
        .start_thread("lupus", "Sun and flares", "Hats help.")
        .await;
    let res = leaver
        .post(&format!("/t/{thread}/follow"), &[("follow", "yes")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    leaver.post("/c/lupus/leave", &[]).await;

    helper.reply(thread, "Factor 50 every morning.").await;

    let mail = with_subject(&app, "New reply").await;
    let recipients: Vec<String> = mail.iter().flat_map(|m| m.to.clone()).collect();
    assert_eq!(recipients, vec![asker.email.clone()]);
}

#[actix_web::test]
async fn a_muted_thread_and_a_held_reply_send_nothing_until_approved() {
    let app = TestApp::spawn_with(|k| (k == "NOTIFY_BATCH_MINUTES").then(|| "0".into())).await;
    app.community("asthma");
    let (asker, helper, quiet) = (app.member().await, app.member().await, app.member().await);
    for m in [&asker, &helper, &quiet] {
        m.join("asthma").await;
    }
    let thread = asker
        .start_thread("asthma", "Peak flow", "What is yours?")
        .await;
    quiet.reply(thread, "Around 400").await;
    quiet.post(&format!("/t/{thread}/follow"), &[]).await;
    app.sent_emails().await;
    let before = app.smtp.as_ref().unwrap().received().len();

    let held = helper
        .reply(thread, "Text me on 555-867-5309 and I will explain")
        .await;
    let after_held = app.sent_emails().await;
    let new: Vec<_> = after_held[before..]
        .iter()
        .filter(|m| m.subject().contains("reply"))
        .collect();
    assert!(new.is_empty(), "a held post notifies nobody");

    let moderator = app.member_with_role(Role::Moderator).await;
    moderator.moderate(held, "redact", &[("span", "0")]).await;
    let all = app.sent_emails().await;
    let replies: Vec<_> = all[before..]
        .iter()
        .filter(|m| m.subject().contains("reply"))
        .collect();
    assert_eq!(replies.len(), 1, "approved: the follower hears of it");
    assert_eq!(
        replies[0].to,
        vec![asker.email.clone()],
        "the muted follower does not"
    );
    let outcome = all
        .iter()
        .find(|m| {
            m.to == vec![helper.email.clone()] && m.subject().starts_with("A moderator reviewed")
        })
        .expect("the author is told");
    assert!(outcome.text().contains("personal details removed") && !outcome.text().contains("867"));
    assert_eq!(app.post_row(held).status, "published");
}

#[actix_web::test]
async fn moderators_are_alerted_to_held_posts_and_escalated_when_overdue() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let moderator = app.member_with_role(Role::Moderator).await;
    let author = app.member().await;
    author.join("asthma").await;
    let thread = author
        .start_thread("asthma", "Contact", "My NHS number is 943 476 5919")
        .await;
    author
        .start_thread("asthma", "Contact again", "Call 07700 900123 please")
        .await;

    let mail = with_subject(&app, "Posts are waiting").await;
    let alerts: Vec<_> = mail
        .iter()
        .filter(|m| m.to == vec![moderator.email.clone()])
        .collect();
    assert_eq!(alerts.len(), 1, "batched");
    assert!(alerts[0].link("http").unwrap().ends_with("/mod/queue"));
    assert!(!alerts[0].text().contains("943 476 5919"));

    let overdue = carecircle::db::now() - 5 * 3600;
    app.conn(|c| {
        diesel::update(posts::table.filter(posts::thread_id.eq(thread)))
            .set(posts::review_since.eq(Some(overdue)))
            .execute(c)
    })
    .unwrap();
    let rules = app.state.config.rules;
    assert_eq!(
        app.conn(|c| carecircle::services::notify::escalate_overdue(c, &rules))
            .unwrap(),
        1
    );
    assert_eq!(
        app.conn(|c| carecircle::services::notify::escalate_overdue(c, &rules))
            .unwrap(),
        0,
        "once per item"
    );
    let mail = app.sent_emails().await;
    let escalation = mail
        .iter()
        .find(|m| m.subject().starts_with("Overdue"))
        .expect("an escalation email");
    assert_eq!(escalation.to, vec![moderator.email.clone()]);
}

#[test]
fn no_template_shows_post_content_and_every_one_carries_the_banner() {
    let config = carecircle::config::Config::from_lookup(|_| None).unwrap();
    let tera = carecircle::render::load_templates().unwrap();
    let hostile = "HIV diagnosis, call 555-867-5309";
    let params = serde_json::json!({
        "handle": "member7", "link": "/p/1", "hours": 24, "outcome": "rejected", "account": "/account",
        "thread_settings": "/t/1", "unsubscribe_path": "/unsubscribe/x", "count": 2, "days": 7,
        "title": hostile, "body": hostile, "post": hostile, "community": hostile, "reason": hostile,
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/email");
    let mut rendered = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if !entry.file_type().unwrap().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let email = carecircle::mail::render(&tera, &name, &params, &config).unwrap();
        for part in [&email.subject, &email.text, &email.html] {
            assert!(
                !part.contains("HIV") && !part.contains("555-867-5309"),
                "{name} shows post content"
            );
        }
        assert!(
            email.text.contains(&config.banner_text) && email.html.contains("not medical advice"),
            "{name} lacks the banner"
        );
        rendered += 1;
    }
    assert_eq!(rendered, 12, "every email template was rendered");
}

#[test]
fn no_header_can_be_injected_through_a_parameter() {
    let config = carecircle::config::Config::from_lookup(|_| None).unwrap();
    let tera = carecircle::render::load_templates().unwrap();
    let params = serde_json::json!({ "handle": "x\r\nBcc: evil@example.org", "link": "/v", "hours": 24, "count": "1\r\nBcc: evil@example.org", "hours": 4 });
    let from: lettre::message::Mailbox = "CareCircle <no-reply@example.org>".parse().unwrap();
    for template in ["verify_email", "escalation"] {
        let email = carecircle::mail::render(&tera, template, &params, &config).unwrap();
        let message = carecircle::mail::build(&from, "member@example.org", email).unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        let head = raw.split("\r\n\r\n").next().unwrap();
        assert!(
            !head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "{template}: {head}"
        );
    }
}

#[actix_web::test]
async fn handles_with_line_breaks_and_malformed_addresses_are_refused_at_registration() {
    let app = TestApp::spawn().await;

    let res = app
        .visitor()
        .post(
            "/register",
            &[
                ("email", "a@b@c"),
                ("handle", "bob\r\nBcc: x@evil.example"),
                ("password", PASSWORD),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!res.texts("#email-error li").is_empty() && !res.texts("#handle-error li").is_empty());
    assert!(app.sent_emails().await.is_empty());
}

#[actix_web::test]
async fn admins_see_messages_that_keep_failing() {
    let port = free_port();
    let app =
        TestApp::spawn_with(move |k| (k == "SMTP_URL").then(|| format!("smtp://127.0.0.1:{port}")))
            .await;
    let admin = app.member_with_role(Role::Admin).await;
    app.deliver_mail().await;

    let page = admin.get("/admin/outbox").await;

    assert!(
        page.texts(".outbox-row")
            .iter()
            .any(|r| r.contains("verify_email") && r.contains("pending")),
        "{:?}",
        page.texts(".outbox-row")
    );
    assert_eq!(
        app.unconfirmed_member()
            .await
            .get("/admin/outbox")
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // A retry, like every staff action, is in the audit log.
    let failed = app
        .conn(|c| {
            diesel::update(outbox_table::table)
                .set(outbox_table::status.eq(outbox::FAILED))
                .execute(c)?;
            outbox_table::table.select(outbox_table::id).first::<i64>(c)
        })
        .unwrap();
    let res = admin
        .post(&format!("/admin/outbox/{failed}/retry"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let log = app
        .conn(|c| carecircle::models::audit::recent(c, 5))
        .unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "outbox_retry" && e.note == format!("message {failed}")));
}

/// What the SMTP server has received once it holds `count` messages (waiting up to 30 s).
async fn when_received(smtp: &TestSmtp, count: usize) -> Vec<crate::smtp::Received> {
    for _ in 0..1500 {
        if smtp.received().len() >= count {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    smtp.received()
}

#[actix_web::test]
async fn the_worker_sends_a_confirmation_as_soon_as_registration_writes_it() {
    let app = TestApp::spawn().await;
    // Rounds an hour apart: once the first round is over, only a wake sends anything.
    carecircle::mail::spawn_worker_every(
        app.state.clone().into_inner(),
        std::time::Duration::from_secs(3600),
    );
    let smtp = app.smtp.as_ref().expect("a test SMTP server");
    let first = app.unconfirmed_member().await;
    assert_eq!(when_received(smtp, 1).await.len(), 1);

    let second = app.unconfirmed_member().await;

    let received = when_received(smtp, 2).await;
    assert_eq!(received.len(), 2, "the registration woke the worker");
    assert_eq!(received[0].to, vec![first.email.clone()]);
    assert_eq!(received[1].to, vec![second.email.clone()]);
    assert!(received[1].subject().contains("Confirm your email"));
}
