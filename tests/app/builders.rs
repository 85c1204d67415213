//! Builders for test scenes, through the real forms: `app.thread().by(&ana).held().await`,
//! `app.tip().by(&clinician).approved_by(&moderator).await`, `app.clinician().await`.

use std::future::IntoFuture;

use actix_web::http::StatusCode;
use carecircle::auth::Role;
use carecircle::models::clinician;
use futures_util::future::LocalBoxFuture;

use crate::helpers::{Member, TestApp};

/// A sentence the privacy filter holds (a phone number).
pub const HELD_SENTENCE: &str = "Text me on 415 555 0199 tonight.";

pub const APPLICATION: [(&str, &str); 6] = [
    ("profession", "Physician"),
    ("specialty", "Endocrinology"),
    ("licence_number", "MD-48213"),
    ("jurisdiction", "Ohio State Medical Board"),
    ("npi", "1234567893"),
    ("note", "Happy to help"),
];

pub const TIP: [(&str, &str); 3] = [
    ("title", "Checking your feet every day"),
    ("body", "Look at both feet daily for cuts, blisters or colour changes; see your care team about any sore that does not heal."),
    ("references", "https://www.cdc.gov/diabetes/diabetes-complications/diabetes-and-your-feet.html\n10.2337/dc22-S012"),
];

impl TestApp {
    /// A member who applied and whom an admin approved: a verified clinician.
    pub async fn clinician(&self) -> Member {
        let admin = self.member_with_role(Role::Admin).await;
        let member = self.member().await;
        let res = member.post("/clinicians/apply", &APPLICATION).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let id = self
            .conn(|c| clinician::latest_of(c, member.id))
            .unwrap()
            .unwrap()
            .id;
        let res = admin
            .post(&format!("/admin/clinicians/{id}/approve"), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        member
    }

    pub fn thread(&self) -> ThreadBuilder<'_> {
        ThreadBuilder {
            author: None,
            slug: "asthma".into(),
            title: "Pollen season".into(),
            body: "Antihistamines early help me.".into(),
            question: false,
            app: self,
        }
    }

    pub fn tip(&self) -> TipBuilder<'static> {
        TipBuilder {
            author: None,
            slug: "asthma".into(),
            fields: TIP.map(|(k, v)| (k, v.to_string())),
            approved_by: None,
        }
    }
}

/// A thread started by a member through the new-discussion form (joining first).
pub struct ThreadBuilder<'a> {
    app: &'a TestApp,
    author: Option<&'a Member>,
    slug: String,
    title: String,
    body: String,
    question: bool,
}

/// A started thread and its opening post.
pub struct Started {
    pub thread: i64,
    pub opening: i64,
}

impl<'a> ThreadBuilder<'a> {
    pub fn by(mut self, author: &'a Member) -> Self {
        self.author = Some(author);
        self
    }

    pub fn in_community(mut self, slug: &str) -> Self {
        self.slug = slug.into();
        self
    }

    pub fn titled(mut self, title: &str) -> Self {
        self.title = title.into();
        self
    }

    pub fn saying(mut self, body: &str) -> Self {
        self.body = body.into();
        self
    }

    /// With an identifier, so the privacy filter holds it.
    pub fn held(mut self) -> Self {
        self.body = format!("{} {HELD_SENTENCE}", self.body);
        self
    }

    /// Asking for a clinician's view.
    pub fn question(mut self) -> Self {
        self.question = true;
        self
    }
}

impl<'a> IntoFuture for ThreadBuilder<'a> {
    type Output = Started;
    type IntoFuture = LocalBoxFuture<'a, Started>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let author = self.author.expect("a thread needs .by(author)");
            author.join(&self.slug).await;
            let mut fields = vec![("title", self.title.as_str()), ("body", self.body.as_str())];
            if self.question {
                fields.push(("question", "yes"));
            }
            let res = author.post(&format!("/c/{}/new", self.slug), &fields).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
            let thread = res.location().trim_start_matches("/t/").parse().unwrap();
            Started {
                thread,
                opening: self.app.opening_post(thread),
            }
        })
    }
}

/// A tip submitted by a clinician, approved by a reviewer when asked.
pub struct TipBuilder<'a> {
    author: Option<&'a Member>,
    slug: String,
    fields: [(&'static str, String); 3],
    approved_by: Option<&'a Member>,
}

impl<'a> TipBuilder<'a> {
    pub fn by(mut self, author: &'a Member) -> Self {
        self.author = Some(author);
        self
    }

    pub fn in_community(mut self, slug: &str) -> Self {
        self.slug = slug.into();
        self
    }

    pub fn titled(mut self, title: &str) -> Self {
        self.fields[0].1 = title.into();
        self
    }

    /// With an identifier in its text, so the privacy filter holds it.
    pub fn held(mut self) -> Self {
        self.fields[1].1 = format!("{} Ring my clinic line 415 555 0123.", self.fields[1].1);
        self
    }

    pub fn approved_by(mut self, reviewer: &'a Member) -> Self {
        self.approved_by = Some(reviewer);
        self
    }
}

impl<'a> IntoFuture for TipBuilder<'a> {
    type Output = i64;
    type IntoFuture = LocalBoxFuture<'a, i64>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let author = self.author.expect("a tip needs .by(clinician)");
            let fields: Vec<(&str, &str)> =
                self.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = author
                .post(&format!("/c/{}/tips/new", self.slug), &fields)
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
            let id: i64 = res.location().trim_start_matches("/tips/").parse().unwrap();
            if let Some(reviewer) = self.approved_by {
                let res = reviewer.review_tip(id, &[("decision", "approve")]).await;
                assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
            }
            id
        })
    }
}
