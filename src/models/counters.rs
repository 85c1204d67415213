//! The denormalized columns that let pages read without counting: a thread's status (its
//! opening post's, except that a discussion whose author deleted its opening post stays
//! published while others' replies are) and published replies, a community's published
//! threads and members.
//!
//! A new reply adds one; every change of a post's status calls `post_changed` in the same
//! transaction, which recounts from the posts themselves. A test compares the counters with
//! a full recount after every kind of change.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::models::post::{Post, Status};
use crate::schema::{communities, memberships, posts, threads};

/// After a post was inserted: counts it in, without recounting a long thread on every reply.
pub fn post_inserted(conn: &mut DbConnection, post: &Post) -> QueryResult<()> {
    if post.is_opening {
        return thread_changed(conn, post.thread_id);
    }
    if post.status == Status::Published.as_str() {
        diesel::update(threads::table.find(post.thread_id))
            .set(threads::reply_count.eq(threads::reply_count + 1))
            .execute(conn)?;
    }
    Ok(())
}

/// After a post's status changed.
pub fn post_changed(conn: &mut DbConnection, post_id: i64) -> QueryResult<()> {
    let thread_id = posts::table
        .find(post_id)
        .select(posts::thread_id)
        .first::<i64>(conn)?;
    thread_changed(conn, thread_id)
}

/// Recounts one thread, and its community's thread count when its visibility changed.
pub fn thread_changed(conn: &mut DbConnection, thread_id: i64) -> QueryResult<()> {
    let published = Status::Published.as_str();
    let status = posts::table
        .filter(posts::thread_id.eq(thread_id))
        .filter(posts::is_opening.eq(true))
        .select(posts::status)
        .first::<String>(conn)
        .optional()?
        .unwrap_or_else(|| Status::Deleted.as_str().to_string());
    let replies: i64 = posts::table
        .filter(posts::thread_id.eq(thread_id))
        .filter(posts::is_opening.eq(false))
        .filter(posts::status.eq(published))
        .count()
        .get_result(conn)?;
    let status = match status == Status::Deleted.as_str()
        && crate::models::post::published_replies_by_others(conn, thread_id)? > 0
    {
        true => published.to_string(),
        false => status,
    };
    let (community_id, old_status) = threads::table
        .find(thread_id)
        .select((threads::community_id, threads::status))
        .first::<(i64, String)>(conn)?;
    diesel::update(threads::table.find(thread_id))
        .set((
            threads::status.eq(&status),
            threads::reply_count.eq(replies),
        ))
        .execute(conn)?;
    let delta = i64::from(status == published) - i64::from(old_status == published);
    if delta != 0 {
        diesel::update(communities::table.find(community_id))
            .set(communities::thread_count.eq(communities::thread_count + delta))
            .execute(conn)?;
    }
    Ok(())
}

/// After someone joined or left a community.
pub fn members_changed(conn: &mut DbConnection, community_id: i64) -> QueryResult<()> {
    let members: i64 = memberships::table
        .filter(memberships::community_id.eq(community_id))
        .count()
        .get_result(conn)?;
    diesel::update(communities::table.find(community_id))
        .set(communities::member_count.eq(members))
        .execute(conn)?;
    Ok(())
}

/// Recounts everything: after a bulk load that wrote rows directly (`carecircle seed`).
pub fn recount_all(conn: &mut DbConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute(
        "UPDATE threads SET \
             status = COALESCE((SELECT CASE WHEN o.status = 'deleted' AND EXISTS ( \
                                    SELECT 1 FROM posts r WHERE r.thread_id = threads.id AND NOT r.is_opening \
                                    AND r.status = 'published' AND r.author_id <> threads.author_id) \
                                THEN 'published' ELSE o.status END \
                                FROM posts o WHERE o.thread_id = threads.id AND o.is_opening), 'deleted'), \
             reply_count = (SELECT COUNT(*) FROM posts WHERE posts.thread_id = threads.id \
                            AND NOT posts.is_opening AND posts.status = 'published'); \
         UPDATE communities SET \
             thread_count = (SELECT COUNT(*) FROM threads \
                             WHERE threads.community_id = communities.id AND threads.status = 'published'), \
             member_count = (SELECT COUNT(*) FROM memberships WHERE memberships.community_id = communities.id);",
    )
}
