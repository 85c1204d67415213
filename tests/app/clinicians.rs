//! Verified clinicians and vetted health tips, along the path a person follows.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{clinician, tip};
use carecircle::schema::tips;
use diesel::prelude::*;
use quick_xml::events::Event;

use crate::builders::TIP;
use crate::helpers::{Member, TestApp};

const VALID_NPI: &str = "1234567893";

async fn apply(member: &Member, npi: &str) -> crate::helpers::TestResponse {
    member
        .post(
            "/clinicians/apply",
            &[
                ("profession", "Physician"),
                ("specialty", "Endocrinology"),
                ("licence_number", "MD-48213"),
                ("jurisdiction", "Ohio State Medical Board"),
                ("npi", npi),
                ("note", "Happy to help"),
            ],
        )
        .await
}

#[actix_web::test]
async fn the_whole_path_from_application_to_a_vetted_tip_that_falls_due() {
    let app = TestApp::spawn().await;
    app.community("diabetes");

    // Apply, approve, badge.
    let author = app.clinician().await;
    author.join("diabetes").await;
    let thread = author
        .start_thread(
            "diabetes",
            "Foot care questions welcome",
            "Ask me anything general.",
        )
        .await;
    let page = app.visitor().get(&format!("/t/{thread}")).await;
    let badge = page.texts(".post .badge-clinician").join("");
    assert!(
        badge.contains("Physician") && badge.contains("Endocrinology") && badge.contains("since"),
        "{badge}"
    );

    // Submit; self-approval refused; not public yet.
    let tip_id = app.tip().by(&author).in_community("diabetes").await;
    let waiting = app.conn(|c| tip::find_for_update(c, tip_id)).unwrap();
    let revision = waiting.pending_revision_id.unwrap().to_string();
    let own = author
        .post(
            &format!("/tips/{tip_id}/review"),
            &[("decision", "approve"), ("revision", &revision)],
        )
        .await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    assert!(own.body.contains("cannot review your own tip"));
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::NOT_FOUND
    );

    // A second clinician approves: public with author, reviewer and date.
    let reviewer = app.clinician().await;
    assert!(reviewer
        .get("/tips/review")
        .await
        .texts(".tip h3 a")
        .contains(&TIP[0].1.to_string()));
    let res = reviewer
        .review_tip(tip_id, &[("decision", "approve")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let public = app.visitor().get(&format!("/tips/{tip_id}")).await;
    assert_eq!(public.status, StatusCode::OK);
    let facts = public.texts(".review-facts").join("");
    assert!(
        facts.contains(&reviewer.handle)
            && facts.contains(&carecircle::calendar::day(carecircle::db::now())),
        "{facts}"
    );
    assert!(public.texts(".tip-banner")[0].contains("not personal medical advice"));
    assert!(public.texts(".review-due").is_empty());
    assert_eq!(
        app.visitor().get("/c/diabetes").await.texts(".tip h3 a"),
        vec![TIP[0].1]
    );

    // Clock moved past the interval: "review due", listed for reviewers; re-approval renews.
    let thirteen_months_ago = carecircle::db::now() - 395 * 86_400;
    app.conn(|c| {
        diesel::update(tips::table.find(tip_id))
            .set(tips::last_reviewed_at.eq(Some(thirteen_months_ago)))
            .execute(c)
    })
    .unwrap();
    assert_eq!(
        app.visitor()
            .get(&format!("/tips/{tip_id}"))
            .await
            .texts(".review-due"),
        vec!["Review due"]
    );
    assert_eq!(
        reviewer.get("/tips/review").await.texts(".review-due"),
        vec!["Review due"]
    );
    reviewer
        .review_tip(tip_id, &[("decision", "approve")])
        .await;
    assert!(app
        .visitor()
        .get(&format!("/tips/{tip_id}"))
        .await
        .texts(".review-due")
        .is_empty());
}

#[actix_web::test]
async fn applications_are_never_public_and_admins_see_them() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;
    apply(&member, VALID_NPI).await;

    let admin_page = admin.get("/admin/clinicians").await;
    assert!(admin_page.body.contains("MD-48213"));
    assert_eq!(
        member.get("/admin/clinicians").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(!app
        .visitor()
        .get(&format!("/u/{}", member.handle))
        .await
        .body
        .contains("MD-48213"));
}

#[actix_web::test]
async fn an_invalid_npi_is_a_field_error_that_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let member = app.member().await;

    let res = apply(&member, "1234567890").await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.texts("#npi-error li")[0].contains("not a valid NPI"));
    assert_eq!(res.field_value("npi").as_deref(), Some("1234567890"));
    assert_eq!(
        res.field_value("licence_number").as_deref(),
        Some("MD-48213")
    );
    assert!(app
        .conn(|c| clinician::latest_of(c, member.id))
        .unwrap()
        .is_none());
}

#[actix_web::test]
async fn a_rejected_applicant_sees_the_reason_on_their_account_page() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let member = app.member().await;
    apply(&member, "").await;
    let application = app
        .conn(|c| clinician::latest_of(c, member.id))
        .unwrap()
        .unwrap();

    admin
        .post(
            &format!("/admin/clinicians/{}/reject", application.id),
            &[("reason", "Licence not found in the register")],
        )
        .await;

    assert!(member.get("/account").await.texts(".notice")[0]
        .contains("Licence not found in the register"));
    assert_eq!(
        app.conn(|c| carecircle::models::user::find(c, member.id))
            .unwrap()
            .role(),
        Role::Member
    );
}

#[actix_web::test]
async fn only_verified_clinicians_get_the_tip_form() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let member = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;

    for browser in [&member, &moderator] {
        let form = browser.get("/c/diabetes/tips/new").await;
        assert_eq!(form.status, StatusCode::FORBIDDEN);
        assert!(form.field_value("references").is_none());
        assert_eq!(
            browser.post("/c/diabetes/tips/new", &TIP).await.status,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        app.conn(|c| tips::table.count().get_result::<i64>(c))
            .unwrap(),
        0
    );
}

#[actix_web::test]
async fn invalid_references_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let author = app.clinician().await;

    let res = author
        .post(
            "/c/diabetes/tips/new",
            &[
                ("title", TIP[0].1),
                ("body", TIP[1].1),
                ("references", "my own experience"),
            ],
        )
        .await;

    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.texts("#references-error li")[0].contains("neither a web address"));
    assert_eq!(res.field_value("body").as_deref(), Some(TIP[1].1));
    assert_eq!(
        res.field_value("references").as_deref(),
        Some("my own experience")
    );
}

#[actix_web::test]
async fn revoking_a_clinician_sends_their_tips_back_to_review() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let admin = app.member_with_role(Role::Admin).await;
    let author = app.clinician().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let tip_id = app
        .tip()
        .by(&author)
        .in_community("diabetes")
        .approved_by(&moderator)
        .await;
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::OK
    );

    admin
        .post(
            &format!("/admin/clinicians/users/{}/revoke", author.id),
            &[("reason", "Licence lapsed")],
        )
        .await;

    assert_eq!(
        app.conn(|c| tip::find_for_update(c, tip_id))
            .unwrap()
            .status,
        tip::PENDING
    );
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(app
        .visitor()
        .get(&format!("/u/{}", author.handle))
        .await
        .texts(".badge-clinician")
        .is_empty());
    assert_eq!(
        author.get("/c/diabetes/tips/new").await.status,
        StatusCode::FORBIDDEN
    );
    let again = moderator
        .review_tip(tip_id, &[("decision", "approve")])
        .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "a revoked author's tip stays unpublished"
    );
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn staff_cannot_become_clinicians_and_lose_their_powers() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let moderator = app.member_with_role(Role::Moderator).await;

    assert_eq!(
        apply(&moderator, VALID_NPI).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(apply(&admin, VALID_NPI).await.status, StatusCode::CONFLICT);
    assert_eq!(moderator.get("/mod/queue").await.status, StatusCode::OK);
    assert_eq!(admin.get("/admin").await.status, StatusCode::OK);

    // An application made as a member cannot be approved once its author became staff.
    let member = app.member().await;
    assert_eq!(
        apply(&member, VALID_NPI).await.status,
        StatusCode::SEE_OTHER
    );
    let application = app
        .conn(|c| clinician::latest_of(c, member.id))
        .unwrap()
        .unwrap();
    app.conn(|c| carecircle::models::user::set_role(c, member.id, Role::Moderator))
        .unwrap();
    let res = admin
        .post(
            &format!("/admin/clinicians/{}/approve", application.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let account = app
        .conn(|c| carecircle::models::user::find(c, member.id))
        .unwrap();
    assert_eq!(account.role, "moderator");
}

#[actix_web::test]
async fn a_reviewer_sends_a_tip_back_with_comments() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let author = app.clinician().await;
    let reviewer = app.clinician().await;
    let tip_id = app.tip().by(&author).in_community("diabetes").await;

    let empty = reviewer
        .review_tip(tip_id, &[("decision", "send_back")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.texts("#comment-error li")[0].contains("what to change"));
    reviewer
        .review_tip(
            tip_id,
            &[
                ("decision", "send_back"),
                ("comment", "Add the NICE guideline"),
            ],
        )
        .await;

    let own = author.get(&format!("/tips/{tip_id}")).await;
    assert!(own.body.contains("Add the NICE guideline"));
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::NOT_FOUND
    );
    author.post(&format!("/tips/{tip_id}/edit"), &TIP).await;
    assert_eq!(
        app.conn(|c| tip::find_for_update(c, tip_id))
            .unwrap()
            .status,
        tip::PENDING
    );
}

#[actix_web::test]
async fn a_tip_with_an_identifier_is_held_for_moderators_only() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let author = app.clinician().await;
    let other_clinician = app.clinician().await;
    let mut fields = TIP;
    fields[1].1 =
        "My patient Maria Gonzalez, DOB 04/12/1961, recovered well after daily foot checks.";

    let res = author.post("/c/diabetes/tips/new", &fields).await;
    let tip_id: i64 = res.location().trim_start_matches("/tips/").parse().unwrap();

    assert_eq!(
        app.conn(|c| tip::find_for_update(c, tip_id))
            .unwrap()
            .status,
        tip::HELD
    );
    assert_eq!(
        other_clinician.get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let refused = other_clinician
        .review_tip(tip_id, &[("decision", "approve")])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::NOT_FOUND,
        "a held tip is hidden from clinicians like an unknown one"
    );
    let moderator = app.member_with_role(Role::Moderator).await;
    assert_eq!(
        moderator.get(&format!("/tips/{tip_id}")).await.status,
        StatusCode::OK
    );
}

#[actix_web::test]
async fn the_thread_author_marks_a_clinician_reply_helpful() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let clinician = app.clinician().await;
    let (asker, bystander) = (app.member().await, app.member().await);
    for m in [&clinician, &asker, &bystander] {
        m.join("diabetes").await;
    }
    let thread = asker
        .start_thread("diabetes", "Sore on my heel", "Should I worry?")
        .await;
    let answer = clinician
        .reply(
            thread,
            "Generally, a sore that does not heal in a week needs your care team.",
        )
        .await;
    let peer = bystander.reply(thread, "Same happened to me").await;

    assert_eq!(
        bystander
            .post(&format!("/p/{answer}/helpful"), &[("helpful", "yes")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        asker
            .post(&format!("/p/{peer}/helpful"), &[("helpful", "yes")])
            .await
            .status,
        StatusCode::CONFLICT
    );
    asker
        .post(&format!("/p/{answer}/helpful"), &[("helpful", "yes")])
        .await;

    let page = app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.texts(".badge-helpful").len(), 1);
    assert!(page.texts(&format!("#p{answer} .badge-helpful"))[0].contains("helpful"));
}

#[actix_web::test]
async fn the_atom_feed_lists_published_tips_each_with_the_banner() {
    let app = TestApp::spawn().await;
    app.community("diabetes");
    let author = app.clinician().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    app.tip()
        .by(&author)
        .in_community("diabetes")
        .approved_by(&moderator)
        .await;
    let mut draft = TIP;
    draft[0].1 = "Still a draft <b>not public</b>";
    author.post("/c/diabetes/tips/new", &draft).await;

    let res = app.visitor().get("/c/diabetes/tips.atom").await;

    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("application/atom+xml"));
    let entries = parse_entries(&res.body);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].0, TIP[0].1);
    assert!(
        entries[0].1.contains("not personal medical advice"),
        "{:?}",
        entries[0]
    );
    assert!(
        entries[0].2.contains("not personal medical advice")
            && entries[0].2.contains("<p>Look at both feet")
    );
}

/// (title, summary, content) of every entry, read with a real XML parser.
fn parse_entries(xml: &str) -> Vec<(String, String, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut entries, mut current, mut field) =
        (Vec::new(), None::<(String, String, String)>, String::new());
    loop {
        match reader.read_event().expect("well-formed Atom") {
            Event::Start(e) => {
                field = e.name().as_ref().to_string();
                if field == "entry" {
                    current = Some(Default::default());
                }
            }
            Event::Text(t) => {
                if let Some(entry) = current.as_mut() {
                    let text = t.into_inner().into_owned();
                    match field.as_str() {
                        "title" => entry.0.push_str(&text),
                        "summary" => entry.1.push_str(&text),
                        "content" => entry.2.push_str(&text),
                        _ => {}
                    }
                }
            }
            Event::GeneralRef(r) => {
                if let (Some(entry), "content") = (current.as_mut(), field.as_str()) {
                    let name = r.as_ref().to_string();
                    entry.2.push_str(match name.as_str() {
                        "lt" => "<",
                        "gt" => ">",
                        "amp" => "&",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(e) if e.name().as_ref() == "entry" => entries.extend(current.take()),
            Event::End(_) => field.clear(),
            Event::Eof => break,
            _ => {}
        }
    }
    entries
}
