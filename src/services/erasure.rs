//! Erasing an account, by its member or by staff on their request: one transaction that
//! leaves a numbered tombstone (so others' replies and the audit log keep their references)
//! and nothing that says who the member was or what they wrote, beyond the published posts
//! they chose to keep, shown as a former member's.

use diesel::prelude::*;

use crate::auth::{Acting, CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self, NewEntry};
use crate::models::post::Status;
use crate::models::{counters, reserved_handle, revision, search, tip, user};
use crate::schema::{
    audit_log, clinician_applications, crisis_items, data_exports, email_tokens, idempotency_keys,
    memberships, notices, outbox, post_revisions, posts, rate_limits, reports, sessions,
    thread_follows, threads, tips, user_notes, users,
};

/// What happens to the member's published posts.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Posts {
    Delete,
    /// Kept, shown as written by a former member.
    KeepAsFormerMember,
}

/// What happens to a clinician's tips.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Tips {
    /// Back to the review queue, unpublished until another clinician vets them.
    ToReview,
    Remove,
}

/// Who asked: the member themselves, or staff acting on their request (audited as such).
pub enum Requester<'a> {
    Member(&'a CurrentUser),
    Staff(Acting<'a>),
}

/// Title of a discussion whose opening post went while others' replies stay.
pub const LEFT_TITLE: &str = "A discussion whose author left";
const LEFT_TEXT: &str = "*The author of this post deleted their account.*";

pub fn erase(
    conn: &mut DbConnection,
    requester: Requester,
    user_id: i64,
    posts_choice: Posts,
    tips_choice: Tips,
) -> AppResult<()> {
    let actor_id = match &requester {
        Requester::Member(me) if me.id == user_id => Some(me.id),
        Requester::Member(_) => return Err(AppError::Forbidden),
        Requester::Staff(Acting::Staff(staff)) => {
            staff.require(Role::Admin)?;
            Some(staff.id)
        }
        Requester::Staff(Acting::CommandLine) => None,
    };
    write_tx(conn, |conn| {
        let person = user::find(conn, user_id)?;
        if person.erased_at.is_some() {
            return Err(AppError::NotFound);
        }
        if person.role == Role::Admin.as_str() && other_admins(conn, user_id)? == 0 {
            return Err(AppError::Conflict(
                "This is the only admin account. Make another member an admin first.".into(),
            ));
        }
        let now = db::now();
        reserved_handle::reserve(conn, &person.handle_key, now)?;
        erase_posts(conn, user_id, posts_choice)?;
        erase_tips(conn, user_id, tips_choice)?;
        erase_records(conn, &person)?;
        tombstone(conn, user_id, now)?;
        let by_staff = matches!(requester, Requester::Staff(_));
        audit::append(
            conn,
            &[NewEntry {
                actor_id,
                action: if by_staff {
                    "account_erased_by_staff"
                } else {
                    "account_erased"
                },
                post_id: None,
                subject_user_id: Some(user_id),
                kinds: match posts_choice {
                    Posts::Delete => "posts_deleted",
                    Posts::KeepAsFormerMember => "posts_kept",
                },
                note: "",
                created_at: now,
                community_id: None,
            }],
        )?;
        Ok(())
    })
}

/// Everything unpublished goes with all its revisions; published posts go too, or keep only
/// their published revision.
fn erase_posts(conn: &mut DbConnection, user_id: i64, choice: Posts) -> AppResult<()> {
    let own: Vec<(i64, i64, bool, String, Option<i64>)> = posts::table
        .filter(posts::author_id.eq(user_id))
        .select((
            posts::id,
            posts::thread_id,
            posts::is_opening,
            posts::status,
            posts::published_revision_id,
        ))
        .load(conn)?;
    let mut touched_threads = Vec::new();
    let post_ids: Vec<i64> = own.iter().map(|row| row.0).collect();
    for (post_id, thread_id, is_opening, status, published) in own {
        let keep = choice == Posts::KeepAsFormerMember && status == Status::Published.as_str();
        match (keep, published) {
            (true, Some(revision)) => keep_published_only(conn, post_id, revision)?,
            _ if is_opening => remove_opening(conn, post_id, thread_id, user_id)?,
            _ => {
                diesel::delete(posts::table.find(post_id)).execute(conn)?;
            }
        }
        touched_threads.push(thread_id);
    }
    for post_id in post_ids {
        search::sync_post(conn, post_id)?;
    }
    touched_threads.dedup();
    for thread_id in touched_threads {
        if threads::table
            .find(thread_id)
            .count()
            .get_result::<i64>(conn)?
            == 1
        {
            counters::thread_changed(conn, thread_id)?;
        }
    }
    Ok(())
}

fn keep_published_only(conn: &mut DbConnection, post_id: i64, revision: i64) -> AppResult<()> {
    diesel::delete(
        post_revisions::table
            .filter(post_revisions::post_id.eq(post_id))
            .filter(post_revisions::id.ne(revision)),
    )
    .execute(conn)?;
    // What the crisis detector found is health data about the member: it goes.
    diesel::update(post_revisions::table.find(revision))
        .set(post_revisions::crisis.eq(""))
        .execute(conn)?;
    diesel::delete(crisis_items::table.filter(crisis_items::post_id.eq(post_id))).execute(conn)?;
    diesel::update(posts::table.find(post_id))
        .set((
            posts::pending_revision_id.eq(None::<i64>),
            posts::rejection_reason.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// An opening post with other people's replies under it leaves a marked gap and a neutral
/// title, so their replies stay readable; a discussion of the member's alone goes whole.
fn remove_opening(
    conn: &mut DbConnection,
    post_id: i64,
    thread_id: i64,
    user_id: i64,
) -> AppResult<()> {
    let others: i64 = posts::table
        .filter(posts::thread_id.eq(thread_id))
        .filter(posts::author_id.ne(user_id))
        .count()
        .get_result(conn)?;
    if others == 0 {
        diesel::delete(threads::table.find(thread_id)).execute(conn)?;
        return Ok(());
    }
    // One revision stays (the published one, else the newest), overwritten with the marker.
    let published = posts::table
        .find(post_id)
        .select(posts::published_revision_id)
        .first::<Option<i64>>(conn)?;
    let keep = published.or(revision::ids_of_post(conn, post_id)?.into_iter().max());
    diesel::delete(
        post_revisions::table
            .filter(post_revisions::post_id.eq(post_id))
            .filter(post_revisions::id.nullable().ne(keep)),
    )
    .execute(conn)?;
    let html = crate::markdown::render(LEFT_TEXT);
    diesel::update(post_revisions::table.filter(post_revisions::post_id.eq(post_id)))
        .set((
            post_revisions::title.eq(Some(LEFT_TITLE)),
            post_revisions::body_md.eq(LEFT_TEXT),
            post_revisions::body_html.eq(&html),
            post_revisions::findings.eq("[]"),
            post_revisions::crisis.eq(""),
        ))
        .execute(conn)?;
    diesel::update(posts::table.find(post_id))
        .set((
            posts::status.eq(Status::Published.as_str()),
            posts::published_revision_id.eq(keep),
            posts::pending_revision_id.eq(None::<i64>),
            posts::rejection_reason.eq(None::<String>),
        ))
        .execute(conn)?;
    diesel::delete(crisis_items::table.filter(crisis_items::post_id.eq(post_id))).execute(conn)?;
    diesel::update(threads::table.find(thread_id))
        .set(threads::title.eq(LEFT_TITLE))
        .execute(conn)?;
    Ok(())
}

fn erase_tips(conn: &mut DbConnection, user_id: i64, choice: Tips) -> AppResult<()> {
    let tip_ids: Vec<i64> = tips::table
        .filter(tips::author_id.eq(user_id))
        .select(tips::id)
        .load(conn)?;
    match choice {
        Tips::Remove => {
            diesel::delete(tips::table.filter(tips::author_id.eq(user_id))).execute(conn)?;
        }
        Tips::ToReview => {
            tip::return_to_review(conn, user_id)?;
        }
    }
    for tip_id in tip_ids {
        search::sync_tip(conn, tip_id)?;
    }
    Ok(())
}

/// Records that exist only because of the member, or that hold their address or words.
fn erase_records(conn: &mut DbConnection, person: &user::User) -> AppResult<()> {
    let id = person.id;
    diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(conn)?;
    crate::models::api_token::delete_for_user(conn, id)?;
    diesel::delete(email_tokens::table.filter(email_tokens::user_id.eq(id))).execute(conn)?;
    diesel::delete(notices::table.filter(notices::user_id.eq(id))).execute(conn)?;
    diesel::delete(thread_follows::table.filter(thread_follows::user_id.eq(id))).execute(conn)?;
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(data_exports::table.filter(data_exports::user_id.eq(id))).execute(conn)?;
    diesel::delete(reports::table.filter(reports::reporter_id.eq(id))).execute(conn)?;
    diesel::delete(user_notes::table.filter(user_notes::user_id.eq(id))).execute(conn)?;
    diesel::delete(clinician_applications::table.filter(clinician_applications::user_id.eq(id)))
        .execute(conn)?;
    diesel::delete(outbox::table.filter(outbox::to_address.eq(&person.email))).execute(conn)?;
    let account = user::normalize_email(&person.email);
    diesel::delete(
        rate_limits::table.filter(
            rate_limits::key
                .eq(format!("login:{account}"))
                .or(rate_limits::key
                    .like(format!("login:{}|%", crate::db::escape_like(&account)))
                    .escape('\\'))
                .or(rate_limits::key.eq(format!("post:{id}"))),
        ),
    )
    .execute(conn)?;
    let communities: Vec<i64> = memberships::table
        .filter(memberships::user_id.eq(id))
        .select(memberships::community_id)
        .load(conn)?;
    diesel::delete(memberships::table.filter(memberships::user_id.eq(id))).execute(conn)?;
    crate::models::community_moderator::remove_all_of(conn, id)?;
    crate::models::community_silence::remove_all_of(conn, id)?;
    for community in communities {
        counters::members_changed(conn, community)?;
    }
    // Entries about the member keep what was done and when, and the number only.
    diesel::update(audit_log::table.filter(audit_log::subject_user_id.eq(id)))
        .set(audit_log::note.eq(""))
        .execute(conn)?;
    Ok(())
}

fn other_admins(conn: &mut DbConnection, user_id: i64) -> AppResult<i64> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::id.ne(user_id))
        .filter(users::erased_at.is_null())
        .count()
        .get_result(conn)?)
}

fn tombstone(conn: &mut DbConnection, user_id: i64, now: i64) -> AppResult<()> {
    let placeholder = format!("erased-{user_id}");
    diesel::update(users::table.find(user_id))
        .set((
            users::email.eq(&placeholder),
            users::handle.eq(&placeholder),
            users::handle_key.eq(format!("erased:{user_id}")),
            users::password_hash.eq("!"),
            users::role.eq(Role::Member.as_str()),
            users::suspended_at.eq(None::<i64>),
            users::silenced_until.eq(None::<i64>),
            users::clinician_profession.eq(None::<String>),
            users::clinician_specialty.eq(None::<String>),
            users::clinician_verified_at.eq(None::<i64>),
            users::email_verified_at.eq(None::<i64>),
            users::notify_replies.eq(false),
            users::mail_token.eq(None::<String>),
            users::country.eq(None::<String>),
            users::profile_posts.eq(user::ProfilePosts::Nobody.as_str()),
            users::erased_at.eq(Some(now)),
        ))
        .execute(conn)?;
    Ok(())
}
