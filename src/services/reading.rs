//! Reading a thread page: the posts a viewer may see, with privacy highlights for those
//! allowed to see held text, and an audit entry whenever staff see someone else's held post.

use serde::Serialize;

use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::audit::{self, NewEntry};
use crate::models::post::{PostView, Status, Viewer};
use crate::services::screening::{self, kinds_of, Field, Segment};

/// A post as the thread page shows it.
#[derive(Serialize)]
pub struct PostOnPage {
    #[serde(flatten)]
    pub view: PostView,
    /// Present when the viewer may see why the post is held: its author or a moderator.
    pub review: Option<Review>,
}

#[derive(Serialize)]
pub struct Review {
    pub title: Vec<Segment>,
    pub body: Vec<Segment>,
    pub kinds: Vec<String>,
}

/// Adds highlights to held posts and audits staff views of held posts by other authors.
pub fn annotate(
    conn: &mut DbConnection,
    posts: Vec<PostView>,
    title: &str,
    viewer: &Viewer,
) -> AppResult<Vec<PostOnPage>> {
    let mut views = Vec::new();
    let page: Vec<PostOnPage> = posts
        .into_iter()
        .map(|view| {
            let held = view.post.status == Status::Held.as_str();
            let review = held.then(|| review_of(&view, title));
            if held && viewer.is_moderator() && viewer.user_id != Some(view.post.author_id) {
                views.push((
                    view.post.id,
                    kinds_of(&screening::parse_findings(&view.post.privacy_findings)),
                ));
            }
            PostOnPage { view, review }
        })
        .collect();
    if let Some(actor) = viewer.user_id {
        let entries: Vec<NewEntry> = views
            .iter()
            .map(|(id, kinds)| NewEntry::post(actor, "view_held", *id, kinds))
            .collect();
        audit::append(conn, &entries)?;
    }
    Ok(page)
}

fn review_of(view: &PostView, title: &str) -> Review {
    let findings = screening::parse_findings(&view.post.privacy_findings);
    let kinds = screening::distinct_kinds(findings.iter().map(|f| f.kind.as_str()));
    Review {
        title: if view.post.is_opening {
            screening::segments(title, &findings, Field::Title)
        } else {
            Vec::new()
        },
        body: screening::segments(&view.post.body_md, &findings, Field::Body),
        kinds,
    }
}
