//! A member's public page: handle, badge, and their recent posts that the visitor may see.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::models::post::Post;
use crate::models::{community, user};
use crate::schema::{post_revisions, posts, threads};
use crate::views::thread_page::{state_note, StateNote};
use crate::views::visibility::{
    crisis_posts_unlisted, posts_listed_for, posts_seen_by, profile_listing, threads_seen_by,
    ProfileListing,
};
use crate::views::{AuthorRow, Byline, Viewer};

#[derive(Serialize, Debug)]
pub struct Profile {
    pub byline: Byline,
    pub created_at: i64,
    /// False when the member keeps their posts off their profile for this viewer.
    pub lists_posts: bool,
    pub recent: Vec<RecentPost>,
}

#[derive(Serialize, Debug)]
pub struct RecentPost {
    pub id: i64,
    pub thread_title: String,
    pub created_at: i64,
    /// The published text; none for a post that waits for its first review.
    pub body_html: Option<String>,
    pub state: Option<StateNote>,
}

impl Profile {
    pub fn load(
        conn: &mut DbConnection,
        viewer: &Viewer,
        handle: &str,
        limit: i64,
    ) -> AppResult<Profile> {
        let person = user::find_by_handle(conn, handle)?
            .filter(|p| p.erased_at.is_none())
            .ok_or(AppError::NotFound)?;
        let insider = viewer.is_staff() || viewer.is(person.id);
        let their_communities = community::memberships_of(conn, person.id)?;
        let listing = profile_listing(
            viewer,
            person.id,
            person.profile_posts(),
            &their_communities,
        );
        let query = posts::table
            .inner_join(threads::table)
            .left_join(
                post_revisions::table
                    .on(posts::published_revision_id.eq(post_revisions::id.nullable())),
            )
            .filter(posts_listed_for(person.id, &listing))
            .filter(crisis_posts_unlisted(viewer))
            .filter(posts_seen_by(viewer))
            .filter(threads_seen_by(viewer))
            .order(posts::id.desc())
            .limit(limit)
            .select((
                Post::as_select(),
                threads::title,
                post_revisions::body_html.nullable(),
            ))
            .into_boxed();
        let rows: Vec<(Post, String, Option<String>)> = query.load(conn)?;
        let recent = rows
            .into_iter()
            .map(|(post, thread_title, body_html)| RecentPost {
                state: state_note(&post).filter(|_| insider),
                id: post.id,
                thread_title,
                created_at: post.created_at,
                body_html,
            })
            .collect();
        Ok(Profile {
            byline: AuthorRow::from(&person).byline(),
            created_at: person.created_at,
            lists_posts: listing != ProfileListing::Nothing,
            recent,
        })
    }
}
