//! A forum holding one secret of every kind that must stay out of sight, and the people who
//! look at it: the scene of the route suite (`routes.rs`).

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::clinician;
use carecircle::models::thread::Audience;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Browser, Member, TestApp};

/// Who is looking.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Viewer {
    Anonymous,
    OtherMember,
    Unconfirmed,
    Silenced,
    Author,
    Clinician,
    Moderator,
    /// Appointed moderator of lupus (where only the members-only discussion is), a member there.
    LupusModerator,
}

pub const VIEWERS: [Viewer; 8] = [
    Viewer::Anonymous,
    Viewer::OtherMember,
    Viewer::Unconfirmed,
    Viewer::Silenced,
    Viewer::Author,
    Viewer::Clinician,
    Viewer::Moderator,
    Viewer::LupusModerator,
];

/// Each secret with the only viewers who may ever meet it; anyone else, on any page or any
/// answer to any form, is a leak.
pub const SECRETS: [(&str, &[Viewer]); 13] = [
    // A crisis level is health data: staff only, whoever wrote the post.
    ("Crisis level:", &[Viewer::Moderator]),
    // A crisis post naming a method is kept from other readers.
    ("Methodmarker", &[Viewer::Author, Viewer::Moderator]),
    ("Heldreplymarker", &[Viewer::Author, Viewer::Moderator]),
    ("Heldtitlemarker", &[Viewer::Author, Viewer::Moderator]),
    ("Pendingeditmarker", &[Viewer::Author, Viewer::Moderator]),
    (
        "Rejectionreasonmarker",
        &[Viewer::Author, Viewer::Moderator],
    ),
    // A rejected original is purged: nobody meets it again.
    ("Rejectedmarker", &[]),
    ("Deletedmarker", &[Viewer::Moderator]),
    ("Heldtipmarker", &[Viewer::Clinician, Viewer::Moderator]),
    (
        "Reviewcommentmarker",
        &[Viewer::Clinician, Viewer::Moderator],
    ),
    ("Reportnotemarker", &[Viewer::Moderator]),
    ("Staffnotemarker", &[Viewer::Moderator]),
    // A members-only discussion: its community's members and staff, nobody else.
    (
        "Membersonlymarker",
        &[
            Viewer::Author,
            Viewer::OtherMember,
            Viewer::Moderator,
            Viewer::LupusModerator,
        ],
    ),
];

/// Secrets their writer meets again only in their own export: a deleted post, a report note.
const OWN_RECORDS: [(&str, Viewer); 2] = [
    ("Deletedmarker", Viewer::Author),
    ("Reportnotemarker", Viewer::OtherMember),
];

pub struct Scene {
    pub app: TestApp,
    pub author: Member,
    pub other: Member,
    pub unconfirmed: Member,
    pub silenced: Member,
    pub clinician: Member,
    pub moderator: Member,
    pub lupus_moderator: Member,
    pub public_thread: i64,
    pub held_thread: i64,
    pub held_opening: i64,
    pub held_reply: i64,
    pub edited_reply: i64,
    pub rejected_reply: i64,
    pub deleted_reply: i64,
    pub held_tip: i64,
    pub sent_back_tip: i64,
    pub application: i64,
    pub method_reply: i64,
    pub crisis_item: i64,
    pub members_thread: i64,
}

impl Scene {
    pub fn browser(&self, viewer: Viewer) -> Browser {
        match viewer {
            Viewer::Anonymous => self.app.visitor(),
            Viewer::OtherMember => self.other.browser.clone(),
            Viewer::Unconfirmed => self.unconfirmed.browser.clone(),
            Viewer::Silenced => self.silenced.browser.clone(),
            Viewer::Author => self.author.browser.clone(),
            Viewer::Clinician => self.clinician.browser.clone(),
            Viewer::Moderator => self.moderator.browser.clone(),
            Viewer::LupusModerator => self.lupus_moderator.browser.clone(),
        }
    }

    /// Every secret in `body` that `viewer` may not meet. A member's own export (a ZIP) also
    /// holds what only they wrote and no page shows them again.
    pub fn leaks(body: &str, viewer: Viewer) -> Vec<&'static str> {
        let own_export = body.starts_with("PK\u{3}\u{4}");
        SECRETS
            .iter()
            .filter(|(secret, allowed)| body.contains(secret) && !allowed.contains(&viewer))
            .filter(|(secret, _)| !(own_export && OWN_RECORDS.contains(&(*secret, viewer))))
            .map(|(secret, _)| *secret)
            .collect()
    }
}

fn ok(res: &crate::helpers::TestResponse) {
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

/// The clinician's specialty is one this community's questions are for: its held and
/// members-only questions are the ones their `/questions` must not show.
fn questions_for_the_clinician(app: &TestApp, slug: &str) {
    use carecircle::schema::communities;
    use diesel::prelude::*;
    app.conn(|c| {
        diesel::update(communities::table.filter(communities::slug.eq(slug)))
            .set(communities::specialties.eq("endocrinology"))
            .execute(c)
    })
    .unwrap();
}

/// The operator's `/metrics` token in the scene: no viewer carries it.
pub const METRICS_TOKEN: &str = "scene-metrics-token-0123456789";

pub async fn scene() -> Scene {
    let app = TestApp::spawn_with(|key| match key {
        "PAGE_CACHE_SECONDS" => Some("60".into()),
        "METRICS_TOKEN" => Some(METRICS_TOKEN.into()),
        _ => None,
    })
    .await;
    app.community("asthma");
    questions_for_the_clinician(&app, "asthma");
    let (author, other) = (app.member().await, app.member().await);
    let unconfirmed = app.unconfirmed_member().await;
    let silenced = app.member().await;
    let moderator = app.member_with_role(Role::Moderator).await;
    for m in [&author, &other, &unconfirmed, &silenced] {
        m.join("asthma").await;
    }
    let public_thread = app.thread().by(&author).await.thread;
    let held_reply = author
        .reply(public_thread, &format!("Heldreplymarker: {HELD_SENTENCE}"))
        .await;
    let rejected_reply = author
        .reply(public_thread, "Rejectedmarker: my MRN is 00412377")
        .await;
    ok(&moderator
        .moderate(
            rejected_reply,
            "reject",
            &[("reason", "Rejectionreasonmarker")],
        )
        .await);
    let deleted_reply = author
        .reply(public_thread, "Deletedmarker: taken back")
        .await;
    ok(&author
        .post(&format!("/p/{deleted_reply}/delete"), &[])
        .await);
    let edited_reply = author.reply(public_thread, "Fine for everyone.").await;
    let pending = format!("Pendingeditmarker: {HELD_SENTENCE}");
    ok(&author
        .post(&format!("/p/{edited_reply}/edit"), &[("body", &pending)])
        .await);
    let public_reply = other
        .reply(public_thread, "A public reply anyone sees.")
        .await;
    ok(&other
        .post(
            &format!("/p/{edited_reply}/report"),
            &[("reason", "other"), ("note", "Reportnotemarker")],
        )
        .await);
    let held = app
        .thread()
        .by(&author)
        .titled("Heldtitlemarker")
        .held()
        .question()
        .await;
    ok(&moderator
        .post(
            &format!("/mod/users/{}/note", other.id),
            &[("text", "Staffnotemarker")],
        )
        .await);
    ok(&moderator
        .post(
            &format!("/mod/users/{}/silence", silenced.id),
            &[("hours", "24")],
        )
        .await);
    let clinician = app.clinician().await;
    let held_tip = app
        .tip()
        .by(&clinician)
        .titled("Heldtipmarker spacer care")
        .held()
        .await;
    let sent_back_tip = app.tip().by(&clinician).await;
    ok(&moderator
        .review_tip(
            sent_back_tip,
            &[
                ("decision", "send_back"),
                ("comment", "Reviewcommentmarker: cite NICE"),
            ],
        )
        .await);
    let application = app
        .conn(|c| clinician::latest_of(c, clinician.id))
        .unwrap()
        .unwrap()
        .id;
    let _ = public_reply;
    let crisis_reply = author
        .reply(
            public_thread,
            "Lately I keep thinking everyone would be better off without me and I want to die.",
        )
        .await;
    let method_reply = author
        .reply(
            public_thread,
            "Methodmarker: I have the pills I saved ready and tonight I will end my life.",
        )
        .await;
    let crisis_item = app
        .conn(|c| carecircle::models::crisis_item::open_for_post(c, crisis_reply))
        .unwrap()
        .expect("a crisis item")
        .id;
    app.community_for("lupus", Audience::Members);
    questions_for_the_clinician(&app, "lupus");
    other.join("lupus").await;
    let lupus_moderator = app.member().await;
    lupus_moderator.join("lupus").await;
    let admin = app.member_with_role(Role::Admin).await;
    ok(&admin
        .post(
            "/c/lupus/moderators",
            &[("handle", &lupus_moderator.handle), ("lead", "on")],
        )
        .await);
    let members_thread = app
        .thread()
        .by(&author)
        .in_community("lupus")
        .titled("Membersonlymarker flares")
        .saying("Membersonlymarker: the sun sets mine off.")
        .question()
        .await
        .thread;
    Scene {
        members_thread,
        method_reply,
        crisis_item,
        held_opening: held.opening,
        held_thread: held.thread,
        app,
        author,
        other,
        unconfirmed,
        silenced,
        clinician,
        moderator,
        lupus_moderator,
        public_thread,
        held_reply,
        edited_reply,
        rejected_reply,
        deleted_reply,
        held_tip,
        sent_back_tip,
        application,
    }
}
