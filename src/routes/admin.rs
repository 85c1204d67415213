//! Admin pages: communities, accounts (roles, suspension), the audit log and the outbox.

use std::borrow::Cow;
use std::sync::LazyLock;

use actix_web::{web, HttpRequest, HttpResponse};
use regex::Regex;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use crate::auth::{Acting, CurrentUser, Role};
use crate::error::AppResult;
use crate::models::{audit, outbox};
use crate::pattern::constant_regex;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{check, confirm_identifiers, field_failure, FieldErrors};
use crate::services::accounts;
use crate::services::communities::{self, CommunityInput};
use crate::services::sanctions::{self, Sanction};
use crate::state::AppState;
use crate::views::operations::OutboxRow;
use crate::views::people;
use crate::views::Viewer;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(index))
        .route("/admin/communities/new", web::get().to(new_community_form))
        .route("/admin/communities/new", web::post().to(new_community))
        .route("/admin/users", web::get().to(users))
        .route("/admin/users/{id}/role", web::post().to(set_role))
        .route("/admin/users/{id}/suspend", web::post().to(suspend))
        .route("/admin/users/{id}/unsuspend", web::post().to(unsuspend))
        .route("/admin/audit", web::get().to(audit_log))
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

#[derive(Deserialize, Serialize, Validate, Default)]
pub struct CommunityForm {
    #[serde(default)]
    #[validate(length(min = 3, max = 80, message = "A name has 3 to 80 characters."))]
    pub name: String,
    #[serde(default)]
    #[validate(
        length(min = 2, max = 40, message = "An address has 2 to 40 characters."),
        regex(path = *SLUG, message = "Use lowercase letters, digits and single hyphens, like long-covid.")
    )]
    pub slug: String,
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
    #[serde(default)]
    pub confirm_identifiers: Option<String>,
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
    community_page(&CommunityForm::default(), &FieldErrors::new()).render(&state, &req, Some(&user))
}

async fn new_community(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<CommunityForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = form.into_inner();
    let threshold = state.config.rules.privacy_threshold;
    let texts = [
        form.name.as_str(),
        form.description.as_str(),
        form.guidelines.as_str(),
    ];
    let confirmed = form.confirm_identifiers.is_some();
    if let Err(errors) =
        check(&form).and_then(|()| confirm_identifiers(&texts, confirmed, threshold))
    {
        return community_page(&form, &errors).render(&state, &req, Some(&user));
    }
    let input = CommunityInput {
        slug: form.slug.clone(),
        name: form.name.clone(),
        description: form.description.clone(),
        guidelines: form.guidelines.clone(),
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

/// The accounts page; shown again with the message when a role change fails validation.
async fn users_page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let viewer = Viewer::of(Some(user.clone()));
    let rows = state
        .db(move |conn| people::accounts(conn, &viewer, 200))
        .await?;
    Page::new("admin/users.html")
        .with("accounts", &rows)
        .form(&(), &errors)
        .render(state, req, Some(&user))
}

async fn users(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    users_page(&state, &req, user, FieldErrors::new()).await
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
            return users_page(&state, &req, user, checked.err().unwrap_or_default()).await
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
        .db(move |conn| sanctions::apply(conn, Acting::Staff(&user), target, &measure))
        .await?;
    Ok(render::redirect_with("/admin/users", Flash::UserUpdated))
}

async fn audit_log(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let entries = state.db(|conn| Ok(audit::recent(conn, 500)?)).await?;
    Page::new("admin/audit.html")
        .with("entries", &entries)
        .render(&state, &req, Some(&user))
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
