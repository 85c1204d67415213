//! The flaws an attacker's run found, one test each: held or unreviewed content that
//! escaped, decisions on text nobody reviewed, and writes that skipped a rule.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{audit, clinician};
use carecircle::schema::posts;
use diesel::prelude::*;

use crate::builders::{APPLICATION, TIP};
use crate::helpers::{Member, TestApp, TestResponse, PASSWORD};

struct Forum {
    app: TestApp,
    author: Member,
    other: Member,
    moderator: Member,
    thread: i64,
}

async fn forum() -> Forum {
    let app = TestApp::spawn().await;
    app.community("lupus");
    let author = app.member().await;
    let other = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    author.join("lupus").await;
    other.join("lupus").await;
    let thread = other
        .start_thread(
            "lupus",
            "Flares in winter",
            "How do you cope with the cold?",
        )
        .await;
    Forum {
        app,
        author,
        other,
        moderator,
        thread,
    }
}

/// The fields of a form as the page shows them (hidden inputs and checked boxes), so a test
/// submits exactly what a person's browser would.
fn form_fields(page: &TestResponse, action: &str) -> Vec<(String, String)> {
    let html = page.html();
    let form = scraper::Selector::parse(&format!("form[action='{action}']")).unwrap();
    let inputs = scraper::Selector::parse("input").unwrap();
    let form = html
        .select(&form)
        .next()
        .unwrap_or_else(|| panic!("no form {action} on the page"));
    form.select(&inputs)
        .filter(|i| {
            let kind = i.value().attr("type").unwrap_or("text");
            kind == "hidden" || (kind == "checkbox" && i.value().attr("checked").is_some())
        })
        .filter(|i| i.value().attr("name") != Some("csrf_token"))
        .filter_map(|i| {
            Some((
                i.value().attr("name")?.to_string(),
                i.value().attr("value").unwrap_or("").to_string(),
            ))
        })
        .collect()
}

async fn submit(
    who: &Member,
    action: &str,
    fields: &[(String, String)],
    extra: &[(&str, &str)],
) -> TestResponse {
    let mut all: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    all.extend_from_slice(extra);
    who.post(action, &all).await
}

/// How often a text appears on a thread page as its author sees it (held posts included).
async fn times_on_page(author: &Member, thread: i64, needle: &str) -> usize {
    author
        .get(&format!("/t/{thread}"))
        .await
        .body
        .matches(needle)
        .count()
}

#[actix_web::test]
async fn a_reported_post_edited_to_add_identifiers_does_not_show_them() {
    let f = forum().await;
    let reply = f
        .author
        .reply(f.thread, "Layers and a heated blanket.")
        .await;
    let res = f
        .other
        .post(&format!("/p/{reply}/report"), &[("reason", "spam")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let res = f
        .author
        .post(
            &format!("/p/{reply}/edit"),
            &[(
                "body",
                "Ring me on 415 555 0199, MRN 00412377, born 03/14/1962.",
            )],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    for path in [format!("/t/{}", f.thread), "/".into(), "/c/lupus".into()] {
        let page = f.app.visitor().get(&path).await;
        assert!(!page.body.contains("0199"), "{path} shows the phone number");
        assert!(!page.body.contains("00412377"), "{path} shows the MRN");
    }
    let page = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(
        page.body.contains("heated blanket"),
        "the reviewed text stays"
    );
}

#[actix_web::test]
async fn a_failed_tip_edit_by_someone_else_shows_nothing_of_the_tip() {
    let f = forum().await;
    let clinician = f.app.clinician().await;
    let tip = f.app.tip().by(&clinician).in_community("lupus").await;
    let res = f
        .moderator
        .review_tip(
            tip,
            &[
                ("decision", "send_back"),
                (
                    "comment",
                    "Reviewercommentmarker: cite the 2019 EULAR guideline",
                ),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let stranger = f.app.unconfirmed_member().await;
    let res = stranger
        .post(
            &format!("/tips/{tip}/edit"),
            &[("title", "x"), ("body", "short"), ("references", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(!res.body.contains("Reviewercommentmarker"));
}

#[actix_web::test]
async fn redaction_applies_to_the_text_the_moderator_saw_not_a_later_edit() {
    let f = forum().await;
    let reply = f
        .author
        .reply(f.thread, "Text me on 415 555 0188 tonight.")
        .await;
    let queue = f.moderator.get("/mod/queue").await;
    let action = format!("/mod/posts/{reply}/redact");
    let fields = form_fields(&queue, &action);

    let res = f
        .author
        .post(
            &format!("/p/{reply}/edit"),
            &[("body", "Email ana.lopez@example.org or call 415 555 0177.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let decided = submit(&f.moderator, &action, &fields, &[]).await;
    assert_eq!(decided.status, StatusCode::CONFLICT, "{}", decided.body);
    assert!(decided.body.contains("changed since you opened it"));

    let page = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(!page.body.contains("example.org") && !page.body.contains("0177"));
    let queue = f.moderator.get("/mod/queue").await;
    assert!(
        queue.body.contains("0177"),
        "the item stays, with the new text"
    );
}

#[actix_web::test]
async fn approval_publishes_only_the_text_the_moderator_saw() {
    let f = forum().await;
    let reply = f
        .author
        .reply(f.thread, "Call 415 555 0166 for the group.")
        .await;
    let queue = f.moderator.get("/mod/queue").await;
    let action = format!("/mod/posts/{reply}/approve");
    let fields = form_fields(&queue, &action);
    f.author
        .post(
            &format!("/p/{reply}/edit"),
            &[("body", "Unseenmarker: my SSN is 123-45-6789")],
        )
        .await;

    let decided = submit(&f.moderator, &action, &fields, &[]).await;
    assert_eq!(decided.status, StatusCode::CONFLICT);
    let page = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(!page.body.contains("Unseenmarker"));
    let approvals = f
        .app
        .conn(|c| audit::for_post(c, reply))
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "approve")
        .count();
    assert_eq!(approvals, 0, "no approval is recorded for unseen text");
}

#[actix_web::test]
async fn a_tip_edited_during_review_is_not_published_under_the_reviewer_name() {
    let f = forum().await;
    let clinician = f.app.clinician().await;
    let tip = f.app.tip().by(&clinician).in_community("lupus").await;
    let page = f.moderator.get(&format!("/tips/{tip}")).await;
    let action = format!("/tips/{tip}/review");
    let fields = form_fields(&page, &action);
    let res = clinician
        .post(
            &format!("/tips/{tip}/edit"),
            &[
                ("title", "Unvettedmarker: stop your steroids"),
                (
                    "body",
                    "Unvettedmarker: stop taking your steroids suddenly whenever you feel better.",
                ),
                ("references", "https://www.nhs.uk/conditions/lupus/"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let decided = submit(&f.moderator, &action, &fields, &[("decision", "approve")]).await;
    assert_eq!(decided.status, StatusCode::CONFLICT, "{}", decided.body);
    let public = f.app.visitor().get(&format!("/tips/{tip}")).await;
    assert!(!public.body.contains("Unvettedmarker"));
    assert!(!f
        .app
        .visitor()
        .get("/tips")
        .await
        .body
        .contains("Unvettedmarker"));
}

#[actix_web::test]
async fn a_silenced_member_cannot_edit_report_apply_or_submit_tips() {
    let f = forum().await;
    let clinician = f.app.clinician().await;
    clinician.join("lupus").await;
    let own = f.author.reply(f.thread, "Gloves help me.").await;
    let others = f.other.reply(f.thread, "Thermal socks too.").await;
    for member in [&f.author, &clinician] {
        let res = f
            .moderator
            .post(
                &format!("/mod/users/{}/silence", member.id),
                &[("hours", "24")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }

    let edit = f
        .author
        .post(
            &format!("/p/{own}/edit"),
            &[("body", "Edited while silenced")],
        )
        .await;
    let report = f
        .author
        .post(&format!("/p/{others}/report"), &[("reason", "spam")])
        .await;
    let apply = f.author.post("/clinicians/apply", &APPLICATION).await;
    let tip = clinician.post("/c/lupus/tips/new", &TIP).await;
    for (what, res) in [
        ("edit", edit),
        ("report", report),
        ("apply", apply),
        ("tip", tip),
    ] {
        assert_eq!(res.status, StatusCode::CONFLICT, "{what}: {}", res.body);
        assert!(res.body.contains("read-only"), "{what} says why");
    }
    assert_eq!(
        times_on_page(&f.author, f.thread, "Edited while silenced").await,
        0
    );
    assert!(f
        .app
        .conn(|c| clinician::latest_of(c, f.author.id))
        .unwrap()
        .is_none());
}

#[actix_web::test]
async fn unconfirmed_accounts_cannot_report_or_become_clinicians() {
    let f = forum().await;
    let reply = f.author.reply(f.thread, "Warm baths before bed.").await;
    for _ in 0..3 {
        let throwaway = f.app.unconfirmed_member().await;
        throwaway.join("lupus").await;
        let res = throwaway
            .post(&format!("/p/{reply}/report"), &[("reason", "spam")])
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    }
    let page = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(
        page.body.contains("Warm baths"),
        "throwaway accounts hide nothing"
    );

    let applicant = f.app.unconfirmed_member().await;
    let res = applicant.post("/clinicians/apply", &APPLICATION).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(f
        .app
        .conn(|c| clinician::latest_of(c, applicant.id))
        .unwrap()
        .is_none());
}

#[actix_web::test]
async fn an_opening_post_edited_to_add_an_identifier_keeps_the_discussion_visible() {
    let f = forum().await;
    let thread = f
        .author
        .start_thread("lupus", "Sun sensitivity", "Which sunscreen do you use?")
        .await;
    f.other
        .reply(thread, "Mineral SPF 50, reapplied often.")
        .await;
    let opening = f.app.conn(|c| {
        posts::table
            .filter(posts::thread_id.eq(thread))
            .filter(posts::is_opening.eq(true))
            .select(posts::id)
            .first::<i64>(c)
    });
    let opening = opening.unwrap();
    let res = f
        .author
        .post(
            &format!("/p/{opening}/edit"),
            &[
                ("title", "Sun sensitivity"),
                ("body", "Which sunscreen do you use? Text me: 415 555 0155"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    let page = f.app.visitor().get(&format!("/t/{thread}")).await;
    assert_eq!(page.status, StatusCode::OK, "the discussion stays");
    assert!(page.body.contains("Mineral SPF 50"), "and its replies");
    assert!(page.body.contains("Which sunscreen do you use?"));
    assert!(!page.body.contains("0155"));
    assert!(f
        .app
        .visitor()
        .get("/c/lupus")
        .await
        .body
        .contains("Sun sensitivity"));
    let own = f.author.get(&format!("/t/{thread}")).await;
    assert!(
        own.body.contains("0155"),
        "the author sees the edit waiting"
    );
}

#[actix_web::test]
async fn next_after_login_is_only_ever_a_same_site_path() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;
    for next in [
        "/c/x\nSet-Cookie: a=b",
        "/\t/evil.example",
        "//evil.example",
        "/\\evil",
        "https://evil.example",
        "/c/\u{7f}",
    ] {
        let res = app
            .visitor()
            .post(
                "/login",
                &[
                    ("email", &ana.email),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "next {next:?}");
        assert_eq!(res.location(), "/", "next {next:?}");
    }
}

#[actix_web::test]
async fn five_parallel_submits_of_one_reply_form_store_one_reply() {
    let f = forum().await;
    let page = f.author.get(&format!("/t/{}", f.thread)).await;
    let action = format!("/t/{}/reply", f.thread);
    let fields = form_fields(&page, &action);
    let body = [("body", "Double-click reply about compression gloves")];
    let sends = (0..5).map(|_| submit(&f.author, &action, &fields, &body));
    let answers = futures_util::future::join_all(sends).await;
    let locations: Vec<String> = answers.iter().map(|r| r.location()).collect();
    assert!(answers.iter().all(|r| r.status == StatusCode::SEE_OTHER));
    assert!(locations.windows(2).all(|w| w[0] == w[1]), "{locations:?}");
    assert_eq!(
        times_on_page(&f.author, f.thread, "compression gloves").await,
        1
    );
}

#[actix_web::test]
async fn pages_for_signed_in_viewers_are_never_stored_by_caches() {
    let f = forum().await;
    f.author.reply(f.thread, "Call me at 415 555 0144").await;
    let res = f.author.get(&format!("/t/{}", f.thread)).await;
    assert!(res.body.contains("0144"));
    let cache = res.header("cache-control").unwrap_or_default();
    assert!(
        cache.contains("private") && cache.contains("no-store"),
        "{cache}"
    );
}

#[actix_web::test]
async fn failed_logins_from_elsewhere_never_lock_a_member_out() {
    let app = TestApp::spawn_with(|key| match key {
        "LOGIN_ATTEMPTS_PER_ACCOUNT" => Some("10".into()),
        "LOGIN_ATTEMPTS_PER_IP" => Some("50".into()),
        "TRUST_FORWARDED_FOR" => Some("true".into()),
        _ => None,
    })
    .await;
    let ana = app.member().await;
    for n in 0..12 {
        let attacker = app.visitor();
        let req = actix_web::test::TestRequest::post()
            .uri("/login")
            .insert_header(("x-forwarded-for", format!("198.51.100.{n}")));
        let _ = attacker.get("/login").await;
        let token = attacker.cookie("cc_csrf").unwrap();
        let form = [
            ("csrf_token", token.as_str()),
            ("email", &ana.email),
            ("password", "wrong guess"),
        ];
        let res = attacker.send(req.set_form(form)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    for _ in 0..12 {
        let res = app
            .visitor()
            .post("/login", &[("email", &ana.email), ("password", PASSWORD)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "a success never counts");
    }
}

#[actix_web::test]
async fn registration_answers_the_same_for_a_taken_email_and_tells_its_owner() {
    let app = TestApp::spawn().await;
    let ana = app.member().await;
    let fresh = app
        .visitor()
        .post(
            "/register",
            &[
                ("email", "new.person@example.org"),
                ("handle", "newperson"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let taken = app
        .visitor()
        .post(
            "/register",
            &[
                ("email", &ana.email),
                ("handle", "someoneelse"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(fresh.status, taken.status);
    assert_eq!(fresh.location(), taken.location());
    assert_eq!(
        fresh.set_cookie("cc_flash").map(|c| c.value().to_string()),
        taken.set_cookie("cc_flash").map(|c| c.value().to_string())
    );
    let told = app
        .sent_emails()
        .await
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t.contains(&ana.email)))
        .any(|m| m.text().contains("tried to create"));
    assert!(told, "the owner of the address hears of the attempt");
}

#[actix_web::test]
async fn role_changes_and_suspensions_from_the_admin_pages_are_audited() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let ana = app.member().await;
    for (path, fields) in [
        (
            format!("/admin/users/{}/role", ana.id),
            vec![("role", "moderator")],
        ),
        (format!("/admin/users/{}/suspend", ana.id), vec![]),
        (format!("/admin/users/{}/unsuspend", ana.id), vec![]),
    ] {
        let res = admin.post(&path, &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{path}");
    }
    let actions: Vec<String> = app
        .conn(|c| audit::for_user(c, ana.id, None, 10))
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["unsuspend", "suspend", "set_role"]);
}

#[actix_web::test]
async fn a_hidden_tip_answers_like_an_unknown_one() {
    let f = forum().await;
    let clinician = f.app.clinician().await;
    let tip = f.app.tip().by(&clinician).in_community("lupus").await;
    let unknown = tip + 1000;
    for id in [tip, unknown] {
        for (path, fields) in [
            (format!("/tips/{id}/edit"), vec![("title", "x")]),
            (format!("/tips/{id}/review"), vec![("decision", "approve")]),
            (format!("/tips/{id}/pin"), vec![("pinned", "yes")]),
        ] {
            let res = f.other.post(&path, &fields).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "POST {path}");
        }
        let res = f.other.get(&format!("/tips/{id}/edit")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "GET /tips/{id}/edit");
    }
}
