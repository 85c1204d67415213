//! The crisis lane in the forum: the author's support panel, the hold for a post naming a
//! method, the top of the queue, alerts without text, reports, staff responses and their
//! audit, escalation, and the crisis lines a member chooses.

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::{audit, crisis_item, notice};
use carecircle::schema::crisis_items;
use diesel::prelude::*;

use crate::helpers::{Member, TestApp};

const IDEATION: &str =
    "Lately I keep thinking everyone would be better off without me and I want to die.";
const METHOD: &str = "I have the pills I saved ready and tonight I will end my life.";
const PRIVACY: &str = "Text me on 415 555 0199 tonight.";

struct Forum {
    app: TestApp,
    author: Member,
    reader: Member,
    moderator: Member,
    thread: i64,
}

async fn forum() -> Forum {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (author, reader) = (app.member().await, app.member().await);
    let moderator = app.member_with_role(Role::Moderator).await;
    reader.join("asthma").await;
    let thread = app.thread().by(&author).await.thread;
    Forum {
        app,
        author,
        reader,
        moderator,
        thread,
    }
}

/// The page a browser ends on after posting: it follows the redirects (the permalink, then
/// the thread page) as a person's browser would.
async fn landing(who: &Member, res: &crate::helpers::TestResponse) -> crate::helpers::TestResponse {
    let mut page = who.get(&res.location()).await;
    while page.status.is_redirection() {
        page = who.get(&page.location()).await;
    }
    page
}

fn open_item(app: &TestApp, post: i64) -> Option<crisis_item::CrisisItem> {
    app.conn(|c| crisis_item::open_for_post(c, post)).unwrap()
}

#[actix_web::test]
async fn the_author_sees_crisis_lines_first_and_the_post_is_published() {
    let f = forum().await;
    let res = f
        .author
        .post(&format!("/t/{}/reply", f.thread), &[("body", IDEATION)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = landing(&f.author, &res).await;
    let main = page.texts("main").join("");
    let panel = main.find("You are not alone").expect("the support panel");
    assert!(
        main[panel..].contains("988"),
        "crisis lines for the default country"
    );
    assert!(
        panel < main.find(IDEATION).unwrap(),
        "before anything else on the page"
    );
    assert!(page
        .texts(".support-panel")
        .iter()
        .all(|t| !t.contains("ideation")));

    let post = res
        .location()
        .trim_start_matches("/p/")
        .parse::<i64>()
        .unwrap();
    assert_eq!(
        f.app.post_row(post).status,
        "published",
        "never deleted or hidden by itself"
    );
    let public = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(public.body.contains(IDEATION));
    assert!(
        public.texts(".support-line")[0].contains("988"),
        "readers see a support line"
    );
    assert!(!public.body.contains("You are not alone"));
    assert_eq!(open_item(&f.app, post).unwrap().level, "ideation");
}

#[actix_web::test]
async fn the_preview_shows_the_panel_and_saves_nothing() {
    let f = forum().await;
    let about_someone =
        "My son told me last night that he wants to die and I am so scared for him.";
    let res = f
        .author
        .post(
            &format!("/t/{}/reply", f.thread),
            &[("body", about_someone), ("preview", "1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let panel = res.texts(".support-panel").join("");
    assert!(
        panel.contains("If you are worried about someone"),
        "{panel}"
    );
    assert!(panel.contains("emergency number"));
    assert_eq!(
        f.app
            .conn(|c| crisis_items::table.count().get_result::<i64>(c))
            .unwrap(),
        0
    );
}

#[actix_web::test]
async fn a_post_naming_a_method_is_kept_from_other_readers_and_its_author_told_kindly() {
    let f = forum().await;
    let res = f
        .author
        .post(&format!("/t/{}/reply", f.thread), &[("body", METHOD)])
        .await;
    let post = res
        .location()
        .trim_start_matches("/p/")
        .parse::<i64>()
        .unwrap();
    let own = landing(&f.author, &res).await;
    assert!(own.texts(".support-panel")[0].contains("A moderator will look at your post soon"));

    assert_eq!(f.app.post_row(post).status, "held");
    for viewer in [f.app.visitor(), f.reader.browser.clone()] {
        assert!(!viewer
            .get(&format!("/t/{}", f.thread))
            .await
            .body
            .contains("pills I saved"));
    }
    assert!(open_item(&f.app, post).unwrap().method_detail);

    let path = format!("/mod/posts/{post}/approve");
    let revision = f
        .moderator
        .get("/mod/queue")
        .await
        .form_input(&path, "revision")
        .unwrap();
    f.moderator.post(&path, &[("revision", &revision)]).await;
    assert_eq!(f.app.post_row(post).status, "published");
    assert!(
        open_item(&f.app, post).is_some(),
        "deciding about the post does not resolve the crisis"
    );
}

#[actix_web::test]
async fn crisis_items_come_first_imminent_before_ideation_before_privacy_holds() {
    let f = forum().await;
    let held = f.author.reply(f.thread, PRIVACY).await;
    let ideation = f.author.reply(f.thread, IDEATION).await;
    let imminent = f.author.reply(f.thread, METHOD).await;
    let queue = f.moderator.get("/mod/queue").await;
    let at = |needle: &str| {
        queue
            .body
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in the queue"))
    };
    let (first, second) = (
        open_item(&f.app, imminent).unwrap().id,
        open_item(&f.app, ideation).unwrap().id,
    );
    assert!(at(&format!("id=\"crisis-{first}\"")) < at(&format!("id=\"crisis-{second}\"")));
    assert!(at(&format!("id=\"crisis-{second}\"")) < at(&format!("id=\"q{held}\"")));
    assert!(queue.texts(&format!("#crisis-{first} h3"))[0].contains("Imminent risk"));
}

#[actix_web::test]
async fn every_moderator_is_alerted_at_once_by_a_link_without_text_or_level() {
    let f = forum().await;
    let second = f.app.member_with_role(Role::Moderator).await;
    f.author.reply(f.thread, METHOD).await;
    let alerts: Vec<_> = f
        .app
        .sent_emails()
        .await
        .into_iter()
        .filter(|m| m.subject().contains("may need a moderator now"))
        .collect();
    for staff in [&f.moderator, &second] {
        assert!(alerts
            .iter()
            .any(|m| m.to.iter().any(|t| t.contains(&staff.email))));
    }
    for mail in &alerts {
        let text = format!("{} {} {}", mail.subject(), mail.text(), mail.html()).to_lowercase();
        assert!(text.contains("/mod/queue#crisis-"));
        for word in ["pills", "imminent", "ideation", "suicid", "end my life"] {
            assert!(!text.contains(word), "an alert carries {word:?}");
        }
    }
}

#[actix_web::test]
async fn a_report_that_someone_may_be_at_risk_opens_a_crisis_item_at_once() {
    let f = forum().await;
    let post = f
        .author
        .reply(
            f.thread,
            "Today was long. I do not see the point of any of it.",
        )
        .await;
    let res = f
        .reader
        .post(&format!("/p/{post}/report"), &[("reason", "at_risk")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let item = open_item(&f.app, post).expect("a crisis item from one report");
    assert_eq!(item.source, "report");
    assert!(f
        .moderator
        .get("/mod/queue")
        .await
        .body
        .contains(&format!("id=\"crisis-{}\"", item.id)));
}

async fn act(moderator: &Member, item: i64, action: &str, text: &str) {
    let res = moderator
        .post(&format!("/mod/crisis/{item}/{action}"), &[("text", text)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{action}: {}", res.body);
}

#[actix_web::test]
async fn staff_respond_and_resolve_and_every_step_is_audited() {
    let f = forum().await;
    let post = f.author.reply(f.thread, IDEATION).await;
    let item = open_item(&f.app, post).unwrap().id;
    let empty = f
        .moderator
        .post(&format!("/mod/crisis/{item}/reply"), &[("text", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    act(
        &f.moderator,
        item,
        "reply",
        "We are here for you. You are not alone.",
    )
    .await;
    act(
        &f.moderator,
        item,
        "message",
        "Checking in privately: how are you today?",
    )
    .await;
    act(
        &f.moderator,
        item,
        "emergency",
        "Called local services at 14:05",
    )
    .await;
    let thread = f.app.visitor().get(&format!("/t/{}", f.thread)).await;
    assert!(thread
        .body
        .contains("We are here for you. You are not alone."));
    let notices = f
        .app
        .conn(|c| notice::recent_for(c, f.author.id, 5))
        .unwrap();
    assert!(notices
        .iter()
        .any(|n| n.body.contains("how are you today?")));
    let stored = f
        .app
        .conn(|c| crisis_item::find_for_update(c, item))
        .unwrap();
    assert!(
        stored.first_response_at.is_some() && stored.resolved_at.is_none(),
        "responding does not resolve"
    );

    act(&f.moderator, item, "resolve", "").await;
    assert!(open_item(&f.app, post).is_none());
    let again = f
        .moderator
        .post(&format!("/mod/crisis/{item}/resolve"), &[])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let actions: Vec<(String, String)> = f
        .app
        .conn(|c| audit::for_post(c, post))
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.note))
        .filter(|(a, _)| a.starts_with("crisis_"))
        .collect();
    let names: Vec<&str> = actions.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(
        names,
        [
            "crisis_reply",
            "crisis_message",
            "crisis_emergency",
            "crisis_resolve"
        ]
    );
    assert_eq!(actions[2].1, "Called local services at 14:05");
    let times = f
        .moderator
        .get("/mod/queue")
        .await
        .texts(".crisis-stats tbody tr");
    assert!(
        times[0].starts_with("Last 7 days1"),
        "one item, answered: {times:?}"
    );
}

#[actix_web::test]
async fn a_false_alert_is_kept_as_not_a_crisis() {
    let f = forum().await;
    let post = f.author.reply(f.thread, IDEATION).await;
    let item = open_item(&f.app, post).unwrap().id;
    act(&f.moderator, item, "not-a-crisis", "").await;
    let outcome = f
        .app
        .conn(|c| crisis_item::find_for_update(c, item))
        .unwrap()
        .outcome;
    assert_eq!(outcome.as_deref(), Some("not_a_crisis"));
    assert_eq!(
        f.reader
            .post(&format!("/mod/crisis/{item}/resolve"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN,
        "members cannot act on crisis items"
    );
}

#[actix_web::test]
async fn an_item_without_a_response_past_its_target_is_escalated() {
    let f = forum().await;
    let post = f.author.reply(f.thread, IDEATION).await;
    let item = open_item(&f.app, post).unwrap().id;
    f.app
        .conn(|c| {
            diesel::update(crisis_items::table.find(item))
                .set(crisis_items::opened_at.eq(carecircle::db::now() - 20 * 60))
                .execute(c)
        })
        .unwrap();
    let rules = f.app.state.config.rules;
    f.app
        .conn(|c| carecircle::services::notify::escalate_overdue(c, &rules))
        .unwrap();
    let escalations = f
        .app
        .sent_emails()
        .await
        .into_iter()
        .filter(|m| m.subject().contains("still waiting"))
        .count();
    assert_eq!(escalations, 1);
    let queue = f.moderator.get("/mod/queue").await;
    assert_eq!(queue.texts(&format!("#crisis-{item}.overdue")).len(), 1);
}

#[actix_web::test]
async fn members_choose_whose_crisis_lines_they_see() {
    let f = forum().await;
    let res = f
        .author
        .post("/account/country", &[("country", "GB")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let account = f.author.get("/account").await;
    assert!(account.texts("#crisis-lines + p + ul")[0].contains("116 123"));
    let res = f
        .author
        .post(&format!("/t/{}/reply", f.thread), &[("body", IDEATION)])
        .await;
    let page = landing(&f.author, &res).await;
    assert!(page.texts(".support-panel")[0].contains("Samaritans"));
    assert!(f
        .app
        .visitor()
        .get(&format!("/t/{}", f.thread))
        .await
        .texts(".support-line")[0]
        .contains("988"));
}
