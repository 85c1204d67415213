//! Creating condition communities, joining and leaving them.

use crate::auth::{CurrentUser, Role};
use crate::db::{self, write_tx, DbConnection};
use crate::error::{AppError, AppResult};
use crate::markdown;
use crate::models::audit::{self, NewEntry};
use crate::models::community::{self, Community, NewCommunity, NewMembership, Reading};
use crate::models::community_moderator::{self, Appointment};
use crate::models::thread::Audience;
use crate::models::user::{self, User};
use crate::policy;
use crate::services::is_unique_violation;

/// What admins write about a community, when creating it and when editing it.
pub struct About {
    pub name: String,
    pub description: String,
    pub guidelines: String,
    pub reading: Reading,
}

/// A new community: its address (fixed from then on) and what admins write about it.
pub struct CommunityInput {
    pub slug: String,
    pub about: About,
}

/// Admins create communities; the guidelines are rendered once, here. Audited.
pub fn create(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    input: &CommunityInput,
) -> AppResult<Community> {
    actor.require(Role::Admin)?;
    create_audited(conn, input, Some(actor.id))
}

/// `actor` None: the demo communities a fresh install makes for itself.
fn create_audited(
    conn: &mut DbConnection,
    input: &CommunityInput,
    actor: Option<i64>,
) -> AppResult<Community> {
    let about = &input.about;
    let guidelines_html = markdown::render(&about.guidelines);
    let new = NewCommunity {
        slug: input.slug.trim(),
        name: about.name.trim(),
        description: about.description.trim(),
        guidelines_md: &about.guidelines,
        guidelines_html: &guidelines_html,
        created_at: db::now(),
        reading: about.reading.clone(),
    };
    write_tx(conn, |conn| {
        if community::slug_taken(conn, new.slug)? {
            return Err(taken_slug());
        }
        let created = community::insert(conn, &new).map_err(|e| match is_unique_violation(&e) {
            true => taken_slug(),
            false => AppError::from(e),
        })?;
        let note = format!("/c/{} {}", created.slug, about.reading.note());
        audit::append(conn, &[NewEntry::general(actor, "community_create", &note)])?;
        Ok(created)
    })
}

/// Admins edit a community. Changed guidelines are rendered once, here, and stamped, so each
/// member accepts them again with their next post. Audited (which parts changed, not the text).
pub fn edit(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    slug: &str,
    edit: &About,
) -> AppResult<Community> {
    actor.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        let now = db::now();
        let guidelines_changed = found.guidelines_md != edit.guidelines;
        let text = community::Text {
            name: edit.name.trim().to_string(),
            description: edit.description.trim().to_string(),
            guidelines_md: edit.guidelines.clone(),
            guidelines_html: markdown::render(&edit.guidelines),
            guidelines_updated_at: match guidelines_changed {
                true => now,
                false => found.guidelines_updated_at,
            },
        };
        community::set_text(conn, found.id, &text)?;
        community::set_reading(conn, found.id, &edit.reading)?;
        let mut changed = Vec::new();
        for (part, differs) in [
            ("name", found.name != text.name),
            ("description", found.description != text.description),
            ("guidelines", guidelines_changed),
        ] {
            if differs {
                changed.push(part);
            }
        }
        let note = format!(
            "/c/{} changed [{}]; {}",
            found.slug,
            changed.join(", "),
            edit.reading.note()
        );
        audit::append(
            conn,
            &[NewEntry::general(Some(actor.id), "community_edit", &note)],
        )?;
        Ok(community::find_by_id(conn, found.id)?)
    })
}

/// Admins archive a community (read-only, still readable, out of "latest") or reopen it.
pub fn set_archived(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    slug: &str,
    archived: bool,
) -> AppResult<Community> {
    actor.require(Role::Admin)?;
    write_tx(conn, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        // Archiving an archived community keeps the day it was archived.
        let at = match archived {
            true => found.archived_at.or(Some(db::now())),
            false => None,
        };
        community::set_archived_at(conn, found.id, at)?;
        let action = match archived {
            true => "community_archive",
            false => "community_reopen",
        };
        let note = format!("/c/{}", found.slug);
        audit::append(conn, &[NewEntry::general(Some(actor.id), action, &note)])?;
        Ok(community::find_by_id(conn, found.id)?)
    })
}

fn taken_slug() -> AppError {
    AppError::Field {
        field: "slug",
        message: "Another community already uses this address.".into(),
    }
}

/// Joining requires accepting the community's guidelines; joining twice is harmless.
pub fn join(
    conn: &mut DbConnection,
    user: &CurrentUser,
    slug: &str,
    accepted_guidelines: bool,
) -> AppResult<Community> {
    let found = community::find_by_slug(conn, slug)?;
    if !accepted_guidelines {
        return Err(AppError::Field {
            field: "accept_guidelines",
            message: "Please read and accept the community guidelines to join.".into(),
        });
    }
    write_tx(conn, |conn| {
        let now = db::now();
        if community::is_member(conn, found.id, user.id)? {
            // A member joining again accepts the guidelines as they read now.
            community::accept_guidelines(conn, found.id, user.id, now)?;
        } else {
            community::add_member(
                conn,
                &NewMembership {
                    community_id: found.id,
                    user_id: user.id,
                    joined_at: now,
                    guidelines_accepted_at: now,
                },
            )?;
        }
        Ok(found)
    })
}

pub fn leave(conn: &mut DbConnection, user: &CurrentUser, slug: &str) -> AppResult<Community> {
    write_tx(conn, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        community::remove_member(conn, found.id, user.id)?;
        Ok(found)
    })
}

/// Demo communities for a fresh embedded install; does nothing when any community exists.
pub fn seed_demo(conn: &mut DbConnection) -> AppResult<usize> {
    if community::count(conn)? > 0 {
        return Ok(0);
    }
    for (slug, name, description, sensitive, specialties) in DEMO_COMMUNITIES {
        let audience = if sensitive {
            Audience::Members
        } else {
            Audience::Public
        };
        create_audited(
            conn,
            &CommunityInput {
                slug: slug.to_string(),
                about: About {
                    name: name.to_string(),
                    description: description.to_string(),
                    guidelines: DEMO_GUIDELINES.to_string(),
                    reading: Reading {
                        default_audience: audience.as_str().into(),
                        noindex: sensitive,
                        specialties: specialties.into(),
                        clinicians_read: false,
                    },
                },
            },
            None,
        )?;
    }
    Ok(DEMO_COMMUNITIES.len())
}

/// Slug, name, description, whether it is sensitive enough to start members-only and out of
/// search engines, and the clinicians its questions are for.
type DemoCommunity = (&'static str, &'static str, &'static str, bool, &'static str);
const DEMO_COMMUNITIES: [DemoCommunity; 5] = [
    ("type-2-diabetes", "Type 2 diabetes", "Living with type 2 diabetes: food, medication, meters and everyday life.", false, "endocrinology, diabetes, primary care"),
    ("long-covid", "Long COVID", "Fatigue, brain fog, pacing and recovery after COVID-19.", false, "respiratory medicine, rehabilitation, primary care"),
    ("kidney-transplant", "Kidney transplant", "Before and after a kidney transplant: waiting lists, immunosuppressants, check-ups.", false, "nephrology, transplant"),
    ("breast-cancer", "Breast cancer", "Diagnosis, treatment and life after breast cancer, for patients and the people beside them.", true, "oncology, breast surgery"),
    ("dementia-caregivers", "Dementia caregivers", "Support for people caring for a family member with dementia.", true, "geriatrics, neurology, old age psychiatry"),
];

const DEMO_GUIDELINES: &str = "\
1. **Be kind.** Everyone here is living with something hard.
2. **Protect your privacy.** Use your handle only. Do not post phone numbers, addresses, record numbers, \
birth dates or the names of your doctors, family or yourself: posts that contain them are held for a moderator.
3. **Share experience, not prescriptions.** What worked for you may not suit someone else. \
Nothing here replaces your own care team.
4. **No selling or recruiting.** No products, fundraising links or study recruitment without moderator approval.
5. **In a crisis, get help now:** call your local emergency number.";

/// Who is appointed, as the moderators page sends it.
pub struct Appointing<'a> {
    pub handle: &'a str,
    /// Leads may appoint other moderators; only admins appoint leads.
    pub lead: bool,
}

/// An admin, or the community's lead moderator, appoints a member of the community as one of
/// its moderators. Audited.
pub fn appoint_moderator(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    slug: &str,
    who: &Appointing,
) -> AppResult<Community> {
    write_tx(conn, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        if !policy::may_appoint_moderators(Some(actor), found.id) {
            return Err(AppError::Forbidden);
        }
        if who.lead && !actor.role.includes(Role::Admin) {
            return Err(AppError::Forbidden);
        }
        let target = appointable(conn, found.id, who.handle)?;
        community_moderator::appoint(
            conn,
            &Appointment {
                community_id: found.id,
                user_id: target.id,
                lead: who.lead,
                appointed_by: Some(actor.id),
                appointed_at: db::now(),
            },
        )?;
        let role = if who.lead {
            "lead moderator"
        } else {
            "moderator"
        };
        let note = format!("/c/{} {role}", found.slug);
        let entry = NewEntry::user(
            Some(actor.id),
            "community_moderator_appointed",
            target.id,
            &note,
        );
        audit::append(conn, &[entry])?;
        Ok(found)
    })
}

/// A member of the community in good standing, who is not already a site moderator.
fn appointable(conn: &mut DbConnection, community_id: i64, handle: &str) -> AppResult<User> {
    let field = |message: &str| AppError::Field {
        field: "handle",
        message: message.into(),
    };
    let target = user::find_by_handle(conn, handle.trim())?
        .filter(|u| u.erased_at.is_none())
        .ok_or_else(|| field("No member has that handle."))?;
    if target.is_suspended() {
        return Err(field("That account is suspended."));
    }
    if target.role().includes(Role::Moderator) {
        return Err(field(
            "Site moderators and admins already moderate every community.",
        ));
    }
    if !community::is_member(conn, community_id, target.id)? {
        return Err(field(
            "Only a member of this community can moderate it: ask them to join first.",
        ));
    }
    Ok(target)
}

/// Ends an appointment: admins end any; a lead moderator ends those of moderators who do not
/// lead. Audited.
pub fn remove_moderator(
    conn: &mut DbConnection,
    actor: &CurrentUser,
    slug: &str,
    user_id: i64,
) -> AppResult<Community> {
    write_tx(conn, |conn| {
        let found = community::find_by_slug(conn, slug)?;
        if !policy::may_appoint_moderators(Some(actor), found.id) {
            return Err(AppError::Forbidden);
        }
        let lead = community_moderator::find(conn, found.id, user_id)?.ok_or(AppError::NotFound)?;
        if lead && !actor.role.includes(Role::Admin) {
            return Err(AppError::Forbidden);
        }
        community_moderator::remove(conn, found.id, user_id)?;
        let note = format!("/c/{}", found.slug);
        let entry = NewEntry::user(
            Some(actor.id),
            "community_moderator_removed",
            user_id,
            &note,
        );
        audit::append(conn, &[entry])?;
        Ok(found)
    })
}
