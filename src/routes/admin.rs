//! Admin pages: communities, accounts (roles, suspension) and the outbox.

use std::borrow::Cow;
use std::sync::LazyLock;

use actix_web::{web, HttpRequest, HttpResponse};
use regex::Regex;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use crate::auth::{Acting, CurrentUser, Role};
use crate::error::AppResult;
use crate::models::community::{Community, Reading};
use crate::models::thread::Audience;
use crate::models::{audit, community, outbox};
use crate::pattern::constant_regex;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, confirm_identifiers, field_failure, FieldErrors};
use crate::services::accounts;
use crate::services::communities::{self, CommunityInput};
use crate::services::sanctions::{self, Reach, Sanction};
use crate::state::AppState;
use crate::views::listing::CommunityHead;
use crate::views::operations::OutboxRow;
use crate::views::people;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(index))
        .route("/admin/communities/new", web::get().to(new_community_form))
        .route("/admin/communities/new", web::post().to(new_community))
        .route("/admin/communities/{slug}", web::get().to(edit_form))
        .route("/admin/communities/{slug}", web::post().to(edit_community))
        .route("/admin/communities/{slug}/archive", web::post().to(archive))
        .route("/admin/users", web::get().to(users))
        .route("/admin/users/{id}/role", web::post().to(set_role))
        .route("/admin/users/{id}/suspend", web::post().to(suspend))
        .route("/admin/users/{id}/unsuspend", web::post().to(unsuspend))
        .route("/admin/outbox", web::get().to(outbox_page))
        .route("/admin/outbox/{id}/retry", web::post().to(retry));
}

static SLUG: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"^[a-z0-9]+(-[a-z0-9]+)*$"));

async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    Page::new("admin/index.html").render(&state, &req, Some(&user))
}

/// A new community: its address, and what admins write about it (as on the edit page).
#[derive(Deserialize, Serialize, Validate, Default)]
pub struct CommunityForm {
    #[serde(default)]
    #[validate(
        length(min = 2, max = 40, message = "An address has 2 to 40 characters."),
        regex(path = *SLUG, message = "Use lowercase letters, digits and single hyphens, like long-covid.")
    )]
    pub slug: String,
    #[serde(flatten)]
    pub about: AboutForm,
}

/// What admins write about a community: on the new-community and the edit page.
#[derive(Deserialize, Serialize, Validate, Default)]
pub struct AboutForm {
    #[serde(default)]
    #[validate(length(min = 3, max = 80, message = "A name has 3 to 80 characters."))]
    pub name: String,
    #[serde(default)]
    #[validate(length(
        min = 1,
        max = 300,
        message = "Describe the community in 1 to 300 characters."
    ))]
    pub description: String,
    #[serde(default)]
    #[validate(length(
        min = 1,
        max = 10000,
        message = "Write guidelines of 1 to 10,000 characters."
    ))]
    pub guidelines: String,
    #[serde(flatten)]
    pub reading: ReadingForm,
    #[serde(default)]
    pub confirm_identifiers: Option<String>,
}

impl AboutForm {
    /// Its own checks, the reading settings', then identifiers confirmed: members read it all.
    fn screened(&self, threshold: f32) -> Result<(), FieldErrors> {
        let texts = [
            self.name.as_str(),
            self.description.as_str(),
            self.guidelines.as_str(),
        ];
        let confirmed = self.confirm_identifiers.is_some();
        check(self)
            .and_then(|()| check(&self.reading))
            .and_then(|()| confirm_identifiers(&texts, confirmed, threshold))
    }

    fn about(&self) -> communities::About {
        communities::About {
            name: self.name.clone(),
            description: self.description.clone(),
            guidelines: self.guidelines.clone(),
            reading: self.reading.reading(),
        }
    }
}

/// Who a community's new discussions are for, and whether search engines may list it.
#[derive(Deserialize, Serialize, Validate, Default)]
pub struct ReadingForm {
    #[serde(default)]
    #[validate(custom(function = "forms::audience_choice"))]
    pub default_audience: String,
    #[serde(default)]
    pub noindex: Option<String>,
    /// Comma-separated: the clinicians whose question lists include this community.
    #[serde(default)]
    #[validate(length(max = 300, message = "Keep the specialties under 300 characters."))]
    pub specialties: String,
    #[serde(default)]
    pub clinicians_read: Option<String>,
}

impl ReadingForm {
    fn reading(&self) -> Reading {
        let audience = Audience::parse(&self.default_audience).unwrap_or(Audience::Members);
        Reading {
            default_audience: audience.as_str().into(),
            noindex: self.noindex.is_some(),
            specialties: self.specialties.trim().to_string(),
            clinicians_read: self.clinicians_read.is_some(),
        }
    }

    fn of(found: &CommunityHead) -> ReadingForm {
        ReadingForm {
            default_audience: found.default_audience.clone(),
            noindex: found.noindex.then(|| "on".into()),
            specialties: found.specialties.clone(),
            clinicians_read: found.clinicians_read.then(|| "on".into()),
        }
    }
}

fn community_page(form: &CommunityForm, errors: &FieldErrors) -> Page {
    Page::new("admin/community_new.html").form(form, errors)
}

async fn new_community_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = CommunityForm {
        about: AboutForm {
            reading: ReadingForm {
                default_audience: Audience::Public.as_str().into(),
                ..ReadingForm::default()
            },
            ..AboutForm::default()
        },
        ..CommunityForm::default()
    };
    community_page(&form, &FieldErrors::new()).render(&state, &req, Some(&user))
}

async fn new_community(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<CommunityForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = form.into_inner();
    let threshold = state.rules().privacy_threshold;
    if let Err(errors) = check(&form).and_then(|()| form.about.screened(threshold)) {
        return community_page(&form, &errors).render(&state, &req, Some(&user));
    }
    let input = CommunityInput {
        slug: form.slug.clone(),
        about: form.about.about(),
    };
    let actor = user.clone();
    let result = state
        .db(move |conn| communities::create(conn, &actor, &input))
        .await;
    match field_failure(result)? {
        Ok(created) => Ok(render::redirect_with(
            &format!("/c/{}", created.slug),
            Flash::CommunityCreated,
        )),
        Err(errors) => community_page(&form, &errors).render(&state, &req, Some(&user)),
    }
}

fn edit_page(found: &Community, form: &AboutForm, errors: &FieldErrors) -> Page {
    Page::new("admin/community_edit.html")
        .with("community", &CommunityHead::from(found.clone()))
        .with("archived_at", &found.archived_at)
        .form(form, errors)
        .status(match errors.is_empty() {
            true => actix_web::http::StatusCode::OK,
            false => actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
        })
}

async fn find_community(state: &AppState, slug: String) -> AppResult<Community> {
    state
        .db(move |conn| Ok(community::find_by_slug(conn, &slug)?))
        .await
}

/// A community's name, description, guidelines and reading settings, and its archiving.
async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let found = find_community(&state, slug.into_inner()).await?;
    let form = AboutForm {
        name: found.name.clone(),
        description: found.description.clone(),
        guidelines: found.guidelines_md.clone(),
        reading: ReadingForm::of(&CommunityHead::from(found.clone())),
        confirm_identifiers: None,
    };
    edit_page(&found, &form, &FieldErrors::new()).render(&state, &req, Some(&user))
}

async fn edit_community(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<AboutForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (form, slug) = (form.into_inner(), slug.into_inner());
    if let Err(errors) = form.screened(state.rules().privacy_threshold) {
        let found = find_community(&state, slug).await?;
        return edit_page(&found, &form, &errors).render(&state, &req, Some(&user));
    }
    let edit = form.about();
    let actor = user.clone();
    let changed = state
        .db(move |conn| communities::edit(conn, &actor, &slug, &edit))
        .await?;
    Ok(render::redirect_with(
        &format!("/c/{}", changed.slug),
        Flash::Saved,
    ))
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    /// "yes" archives; anything else reopens.
    #[serde(default)]
    archived: String,
}

async fn archive(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<ArchiveForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (slug, archived, actor) = (slug.into_inner(), form.archived == "yes", user.clone());
    let changed = state
        .db(move |conn| communities::set_archived(conn, &actor, &slug, archived))
        .await?;
    Ok(render::redirect_with(
        &format!("/c/{}", changed.slug),
        Flash::Saved,
    ))
}

/// The accounts page; shown again with the message when a role change fails validation.
const ACCOUNTS_LISTED: i64 = 200;

async fn users_page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    lookup: Option<String>,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let viewer = Viewer::of(Some(user.clone()));
    let wanted = people::Lookup::parse(lookup.as_deref());
    let rows = state
        .db(move |conn| people::accounts(conn, &viewer, &wanted, ACCOUNTS_LISTED))
        .await?;
    Page::new("admin/users.html")
        .with("accounts", &rows)
        .with("lookup", &lookup.unwrap_or_default())
        .form(&(), &errors)
        .render(state, req, Some(&user))
}

#[derive(Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    q: Option<String>,
}

/// The accounts, newest first, or those a handle or an email address finds (`?q=`).
async fn users(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let lookup = serde_urlencoded::from_str::<LookupQuery>(req.query_string())
        .ok()
        .and_then(|l| l.q)
        .filter(|q| q.chars().count() <= 254 && !q.chars().any(char::is_control));
    users_page(&state, &req, user, lookup, FieldErrors::new()).await
}

#[derive(Deserialize, Validate)]
pub struct RoleForm {
    #[serde(default)]
    #[validate(custom(function = "known_role"))]
    role: String,
}

fn known_role(value: &str) -> Result<(), ValidationError> {
    match Role::parse(value) {
        Some(_) => Ok(()),
        None => Err(ValidationError::new("role")
            .with_message(Cow::Borrowed("Choose a role from the list."))),
    }
}

async fn set_role(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<RoleForm>,
) -> AppResult<HttpResponse> {
    let (target, form) = (id.into_inner(), form.into_inner());
    let role = match (check(&form), Role::parse(&form.role)) {
        (Ok(()), Some(role)) => role,
        (checked, _) => {
            return users_page(&state, &req, user, None, checked.err().unwrap_or_default()).await
        }
    };
    state
        .db(move |conn| accounts::set_role(conn, Acting::Staff(&user), target, role))
        .await?;
    Ok(render::redirect_with("/admin/users", Flash::UserUpdated))
}

async fn suspend(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    change_suspension(state, user, id.into_inner(), Sanction::Suspend).await
}

async fn unsuspend(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    change_suspension(state, user, id.into_inner(), Sanction::Unsuspend).await
}

/// The same suspension path as the moderators' page and the command line (audited there).
async fn change_suspension(
    state: web::Data<AppState>,
    user: CurrentUser,
    target: i64,
    measure: Sanction,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    state
        .db(move |conn| sanctions::apply(conn, Acting::Staff(&user), target, &measure, Reach::Site))
        .await?;
    Ok(render::redirect_with("/admin/users", Flash::UserUpdated))
}

async fn outbox_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (messages, pending, failed) = state
        .db(|conn| {
            Ok((
                outbox::troubled(conn, 200)?
                    .into_iter()
                    .map(OutboxRow::from)
                    .collect::<Vec<_>>(),
                outbox::count_with_status(conn, outbox::PENDING)?,
                outbox::count_with_status(conn, outbox::FAILED)?,
            ))
        })
        .await?;
    Page::new("admin/outbox.html")
        .with("messages", &messages)
        .with("pending", &pending)
        .with("failed", &failed)
        .render(&state, &req, Some(&user))
}

async fn retry(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let (id, admin) = (id.into_inner(), user.id);
    state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                outbox::retry(conn, id, crate::db::now())?;
                let note = format!("message {id}");
                let entry = audit::NewEntry::general(Some(admin), "outbox_retry", &note);
                Ok(audit::append(conn, &[entry])?)
            })
        })
        .await?;
    Ok(render::redirect_with("/admin/outbox", Flash::Saved))
}
