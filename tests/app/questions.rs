//! Questions for clinicians: asking, finding them on `/questions`, answering in place, the
//! asker's "answered" mark, response figures from real timestamps, and the header's counts.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::thread::Audience;
use carecircle::schema::posts;
use diesel::prelude::*;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Member, TestApp};

const HOUR: i64 = 3600;

/// The community's reading settings, sent the way the admin page sends them (with its name,
/// description and guidelines as the test community has them).
async fn settings(admin: &Member, slug: &str, audience: Audience, specialties: &str, open: bool) {
    let name = format!("Community {slug}");
    let mut fields = vec![
        ("name", name.as_str()),
        ("description", "A test community"),
        ("guidelines", "Be kind."),
        ("default_audience", audience.as_str()),
        ("specialties", specialties),
    ];
    if open {
        fields.push(("clinicians_read", "on"));
    }
    let res = admin
        .post(&format!("/admin/communities/{slug}"), &fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

/// A community whose questions are for endocrinologists (the test clinician's specialty).
async fn diabetes(app: &TestApp) -> Member {
    app.community("diabetes");
    let admin = app.member_with_role(Role::Admin).await;
    settings(
        &admin,
        "diabetes",
        Audience::Public,
        "endocrinology, diabetes",
        false,
    )
    .await;
    admin
}

fn set_published_at(app: &TestApp, post_id: i64, at: i64) {
    app.conn(|c| {
        diesel::update(posts::table.find(post_id))
            .set(posts::published_at.eq(Some(at)))
            .execute(c)
    })
    .unwrap();
}

fn published_at(app: &TestApp, post_id: i64) -> Option<i64> {
    app.post_row(post_id).published_at
}

#[actix_web::test]
async fn a_clinician_finds_questions_of_their_specialty_oldest_first() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    app.community("knitting");
    let asker = app.member().await;
    let first = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Metformin and stomach upset")
        .question()
        .await;
    let second = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Night sweats on insulin")
        .question()
        .await;
    app.thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Favourite walking routes")
        .await;
    app.thread()
        .by(&asker)
        .in_community("knitting")
        .titled("Sock patterns question")
        .question()
        .await;
    set_published_at(&app, first.opening, carecircle::db::now() - 30 * HOUR);
    let clinician = app.clinician().await;

    let page = clinician.get("/questions").await;

    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let (a, b) = (
        body.find("Metformin and stomach upset")
            .expect("the older question"),
        body.find("Night sweats on insulin")
            .expect("the newer question"),
    );
    assert!(a < b, "oldest first");
    assert!(!body.contains("Favourite walking routes"), "not a question");
    assert!(!body.contains("Sock patterns"), "not for this specialty");
    assert!(
        body.contains("Overdue"),
        "30 hours against a 24-hour target"
    );
    assert!(body.contains("waiting 1 day 6 h"), "{body}");
    assert!(
        body.contains(
            r#"href="/questions" class="questions-link">Questions <span class="count-pill""#
        ),
        "the header counts the questions waiting"
    );
    assert!(body.contains(">2</span>"));
    let _ = second;
    let member = app.member().await;
    assert_eq!(member.get("/questions").await.status, StatusCode::FORBIDDEN);
    assert!(!member.get("/").await.body.contains("questions-link"));
    assert_eq!(
        app.visitor().get("/questions").await.status,
        StatusCode::SEE_OTHER,
        "visitors log in first"
    );
    let bogus = clinician.get("/questions?waiting=everything").await;
    assert_eq!(bogus.status, StatusCode::BAD_REQUEST);
}

#[actix_web::test]
async fn asking_offers_the_reminder_and_keeps_the_choice_when_the_form_comes_back() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    asker.join("diabetes").await;

    let form = asker.get("/c/diabetes/new").await;
    assert!(form.body.contains("I'd like a clinician's view"));
    assert!(form.body.contains("not personal medical advice"));
    let failed = asker
        .post(
            "/c/diabetes/new",
            &[
                ("title", "x"),
                ("body", "Typed text kept"),
                ("question", "yes"),
            ],
        )
        .await;

    assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(failed.body.contains("Typed text kept"));
    assert!(
        failed
            .body
            .contains(r#"name="question" value="yes" checked"#),
        "the choice is kept"
    );
}

#[actix_web::test]
async fn a_clinician_answers_in_place_and_the_reply_carries_the_clinician_note() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    let question = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Is a 7.2 HbA1c high?")
        .question()
        .await
        .thread;
    let chat = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .await
        .thread;
    let clinician = app.clinician().await;

    let page = clinician.get(&format!("/t/{question}")).await;
    assert!(page
        .body
        .contains("Your reply will carry the clinician note"));
    clinician
        .reply(
            question,
            "In general, targets differ from person to person.",
        )
        .await;
    let not_a_question = clinician
        .post(&format!("/t/{chat}/reply"), &[("body", "Hello")])
        .await;

    assert_eq!(
        not_a_question.status,
        StatusCode::FORBIDDEN,
        "only questions are answered without joining"
    );
    let thread = app.visitor().get(&format!("/t/{question}")).await.body;
    assert!(thread.contains("General information from a verified clinician"));
    assert!(thread.contains("Answered by a verified clinician"));
    let listing = app.visitor().get("/c/diabetes").await.body;
    assert!(listing.contains("Answered by a verified clinician"));
    let waiting = clinician
        .get("/questions?waiting=no_clinician_reply")
        .await
        .body;
    assert!(!waiting.contains("Is a 7.2 HbA1c high?"));
    let open = clinician.get("/questions").await.body;
    assert!(
        open.contains("Is a 7.2 HbA1c high?"),
        "still open until the asker says"
    );
}

#[actix_web::test]
async fn the_asker_marks_the_question_answered_and_it_leaves_the_lists() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    let question = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Foot numbness at night")
        .question()
        .await
        .thread;
    let clinician = app.clinician().await;
    let other = app.member().await;
    other.join("diabetes").await;

    let by_other = other
        .post(&format!("/t/{question}/answered"), &[("answered", "yes")])
        .await;
    let by_asker = asker
        .post(&format!("/t/{question}/answered"), &[("answered", "yes")])
        .await;

    assert_eq!(by_other.status, StatusCode::FORBIDDEN);
    assert_eq!(by_asker.status, StatusCode::SEE_OTHER);
    let page = asker.get(&format!("/t/{question}")).await.body;
    assert!(page.contains("Marked answered"));
    assert!(page.contains("Open my question again"));
    assert!(!clinician
        .get("/questions")
        .await
        .body
        .contains("Foot numbness"));

    asker.post(&format!("/t/{question}/answered"), &[]).await;
    assert!(clinician
        .get("/questions")
        .await
        .body
        .contains("Foot numbness"));
}

#[actix_web::test]
async fn members_only_questions_reach_only_clinicians_the_community_lets_in() {
    let app = TestApp::spawn().await;
    app.community_for("menopause", Audience::Members);
    let admin = app.member_with_role(Role::Admin).await;
    settings(
        &admin,
        "menopause",
        Audience::Members,
        "endocrinology",
        false,
    )
    .await;
    let asker = app.member().await;
    let question = app
        .thread()
        .by(&asker)
        .in_community("menopause")
        .titled("Private question about HRT patches")
        .question()
        .await
        .thread;
    let clinician = app.clinician().await;

    assert!(!clinician
        .get("/questions")
        .await
        .body
        .contains("HRT patches"));
    assert_eq!(
        clinician.get(&format!("/t/{question}")).await.status,
        StatusCode::NOT_FOUND
    );
    let refused = clinician
        .post(&format!("/t/{question}/reply"), &[("body", "General info")])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);

    settings(
        &admin,
        "menopause",
        Audience::Members,
        "endocrinology",
        true,
    )
    .await;

    assert!(clinician
        .get("/questions")
        .await
        .body
        .contains("HRT patches"));
    assert_eq!(
        clinician.get(&format!("/t/{question}")).await.status,
        StatusCode::OK
    );
    clinician
        .reply(question, "In general, patches suit many people.")
        .await;
    let outsider = app.member().await;
    assert_eq!(
        outsider.get(&format!("/t/{question}")).await.status,
        StatusCode::NOT_FOUND,
        "members and clinicians only"
    );
}

#[actix_web::test]
async fn a_question_in_crisis_words_stays_off_the_clinicians_list() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    app.thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Can't cope")
        .saying("Lately I keep thinking everyone would be better off without me and I want to die.")
        .question()
        .await;
    let clinician = app.clinician().await;

    let list = clinician.get("/questions").await.body;

    assert!(
        !list.contains("Can't cope"),
        "the crisis lane looks after it"
    );
}

/// A question asked ten hours ago with every kind of reply: the asker's own, a held one, a
/// deleted one, a member's after 2 hours and a clinician's after 5.
#[actix_web::test]
async fn figures_count_only_published_replies_from_others_from_when_they_appeared() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    let started = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .titled("Dawn phenomenon")
        .question()
        .await;
    let (peer, deleter) = (app.member().await, app.member().await);
    peer.join("diabetes").await;
    deleter.join("diabetes").await;
    let clinician = app.clinician().await;
    let now = carecircle::db::now();
    let asked = now - 10 * HOUR;
    set_published_at(&app, started.opening, asked);
    let own = asker
        .reply(started.thread, "Adding: it is worse after late meals.")
        .await;
    let held = peer
        .reply(started.thread, &format!("Same here. {HELD_SENTENCE}"))
        .await;
    let deleted = deleter.reply(started.thread, "Try a later dose?").await;
    deleter.post(&format!("/p/{deleted}/delete"), &[]).await;
    let member_reply = peer
        .reply(started.thread, "Mine settled with a walk.")
        .await;
    let clinician_reply = clinician
        .reply(
            started.thread,
            "In general, overnight patterns are worth logging.",
        )
        .await;
    for (post, at) in [
        (own, asked + 10 * 60),
        (held, asked + 60),
        (deleted, asked + 30 * 60),
        (member_reply, asked + 2 * HOUR),
        (clinician_reply, asked + 5 * HOUR),
    ] {
        set_published_at(&app, post, at);
    }

    let page = app.visitor().get("/c/diabetes").await.body;

    assert!(page.contains("<dd>1</dd>"), "one question");
    assert!(
        page.contains("Median time to a first reply</dt><dd>2 h</dd>"),
        "the member's reply, not the asker's, the held or the deleted one: {page}"
    );
    assert!(page.contains("Median time to a clinician's reply</dt><dd>5 h</dd>"));
    assert!(page.contains("100% (1 of 1)"));
    let staff = app.member_with_role(Role::Moderator).await;
    let report = staff.get("/mod/responsiveness").await;
    assert_eq!(report.status, StatusCode::OK);
    assert!(report.body.contains("<svg class=\"chart\""));
    assert!(report
        .body
        .contains("median 5 h to a clinician&#x27;s reply (1 question)"));
    assert!(report
        .body
        .contains("Held by the privacy filter</th><td>1</td>"));
    assert_eq!(
        asker.get("/mod/responsiveness").await.status,
        StatusCode::FORBIDDEN
    );
}

#[actix_web::test]
async fn a_reply_counts_from_when_it_was_first_published_not_written() {
    let app = TestApp::spawn().await;
    diabetes(&app).await;
    let asker = app.member().await;
    let question = app
        .thread()
        .by(&asker)
        .in_community("diabetes")
        .question()
        .await
        .thread;
    let clinician = app.clinician().await;
    let held = clinician
        .reply(question, &format!("Call the clinic. {HELD_SENTENCE}"))
        .await;
    assert_eq!(published_at(&app, held), None, "held: not yet an answer");
    assert!(!app
        .visitor()
        .get("/c/diabetes")
        .await
        .body
        .contains("Answered by a verified clinician"));

    let before = carecircle::db::now();
    let moderator = app.member_with_role(Role::Moderator).await;
    let res = moderator.moderate(held, "approve", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let at = published_at(&app, held).expect("published on approval");
    assert!(at >= before, "counted from the approval");
    assert!(app
        .visitor()
        .get("/c/diabetes")
        .await
        .body
        .contains("Answered by a verified clinician"));
    clinician
        .post(
            &format!("/p/{held}/edit"),
            &[("body", "In general, call your clinic.")],
        )
        .await;
    assert_eq!(
        published_at(&app, held),
        Some(at),
        "an edit keeps the first publication"
    );
}

#[actix_web::test]
async fn the_header_shows_unread_notices_until_the_account_page_is_opened() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let member = app.member().await;
    let started = app.thread().by(&member).held().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let res = moderator
        .moderate(started.opening, "reject", &[("reason", "A phone number")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let home = member.get("/").await.body;
    assert!(
        home.contains(r#"<span class="count-pill">1</span> unread notice</a>"#),
        "{home}"
    );
    let account = member.get("/account").await.body;
    assert!(
        !account.contains("unread notice"),
        "read on the page that shows them"
    );
    assert!(!member.get("/").await.body.contains("unread notice"));
}
