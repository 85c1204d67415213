//! A community's moderators: admins and its lead moderators appoint and remove them.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::{community, community_moderator};
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{field_failure, FieldErrors};
use crate::services::communities::{self, Appointing};
use crate::state::AppState;
use crate::views::listing::CommunityHead;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/c/{slug}/moderators", web::get().to(list))
        .route("/c/{slug}/moderators", web::post().to(appoint))
        .route(
            "/c/{slug}/moderators/{user_id}/remove",
            web::post().to(remove),
        );
}

#[derive(Deserialize, Serialize, Default)]
pub struct AppointForm {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    lead: Option<String>,
}

async fn page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    slug: String,
    form: &AppointForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    let actor = user.clone();
    let (found, moderators) = state
        .db(move |conn| {
            let found = community::find_by_slug(conn, &slug)?;
            if !policy::may_appoint_moderators(Some(&actor), found.id) {
                return Err(AppError::Forbidden);
            }
            let listed = community_moderator::of_community(conn, found.id)?;
            Ok((CommunityHead::from(found), listed))
        })
        .await?;
    Page::new("communities/moderators.html")
        .noindex(true)
        .with("community", &found)
        .with("moderators", &moderators)
        .with("appoints_leads", &user.role.includes(Role::Admin))
        .form(form, errors)
        .render(state, req, Some(&user))
}

async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let form = AppointForm::default();
    page(
        &state,
        &req,
        user,
        slug.into_inner(),
        &form,
        &FieldErrors::new(),
    )
    .await
}

async fn appoint(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<AppointForm>,
) -> AppResult<HttpResponse> {
    let (slug, form) = (slug.into_inner(), form.into_inner());
    let (actor, at, handle, lead) = (
        user.clone(),
        slug.clone(),
        form.handle.clone(),
        form.lead.is_some(),
    );
    let result = state
        .db(move |conn| {
            let who = Appointing {
                handle: &handle,
                lead,
            };
            communities::appoint_moderator(conn, &actor, &at, &who)
        })
        .await;
    match field_failure(result)? {
        Ok(found) => Ok(render::redirect_with(
            &format!("/c/{}/moderators", found.slug),
            Flash::Saved,
        )),
        Err(errors) => page(&state, &req, user, slug, &form, &errors).await,
    }
}

async fn remove(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, i64)>,
) -> AppResult<HttpResponse> {
    let (slug, user_id) = path.into_inner();
    let found = state
        .db(move |conn| communities::remove_moderator(conn, &user, &slug, user_id))
        .await?;
    Ok(render::redirect_with(
        &format!("/c/{}/moderators", found.slug),
        Flash::Saved,
    ))
}
