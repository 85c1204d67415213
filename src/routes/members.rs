//! A member's own account page and email settings, and the moderators' page about a member.

use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::{Acting, CurrentUser};
use crate::error::{AppError, AppResult};
use crate::models::{community, notice, user};
use crate::policy;
use crate::render::{self, Flash, Page};
use crate::routes::forms::{self, check, FieldErrors};
use crate::services::accounts;
use crate::services::sanctions::{self, Reach, Sanction};
use crate::state::AppState;
use crate::views::header::HeaderCounts;
use crate::views::people::MemberPage;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(account))
        .route("/account/reply-emails", web::post().to(reply_emails))
        .route("/account/country", web::post().to(set_country))
        .route("/account/profile-posts", web::post().to(set_profile_posts))
        .route("/mod/users/{handle}", web::get().to(member))
        .route("/mod/users/{id}/{action}", web::post().to(sanction));
}

/// Notices about the member's posts and account; opening the page marks them read.
async fn account(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    account_page(&state, &req, user, FieldErrors::new()).await
}

async fn account_page(
    state: &AppState,
    req: &HttpRequest,
    user: CurrentUser,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let id = user.id;
    let (notices, account) = state
        .db(move |conn| {
            let list = notice::recent_for(conn, id, 50)?;
            notice::mark_all_read(conn, id)?;
            Ok((list, user::find(conn, id)?))
        })
        .await?;
    // They are read now: the header stops counting them on this very page, and on the next.
    if let Some(counts) = req.extensions_mut().get_mut::<HeaderCounts>() {
        if counts.notices > 0 {
            state.account_changed();
        }
        counts.notices = 0;
    }
    let choices: Vec<&str> = user::ProfilePosts::ALL.iter().map(|p| p.as_str()).collect();
    let page = Page::new("members/account.html")
        .with("notices", &notices)
        .with("email_confirmed", &account.email_verified_at.is_some())
        .with("notify_replies", &account.notify_replies)
        .with("batch_minutes", &state.rules().notify_batch_minutes)
        .with("regions", &state.live().crisis_lines.regions())
        .with("country", &account.country)
        .with("profile_posts", &account.profile_posts)
        .with("profile_choices", &choices)
        .form(&(), &errors);
    page.render(state, req, Some(&user))
}

#[derive(Deserialize)]
pub struct ProfilePostsForm {
    #[serde(default)]
    profile_posts: String,
}

async fn set_profile_posts(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<ProfilePostsForm>,
) -> AppResult<HttpResponse> {
    let Some(choice) = user::ProfilePosts::parse(form.profile_posts.trim()) else {
        let mut errors = FieldErrors::new();
        errors.insert(
            "profile_posts".into(),
            vec!["Choose who sees your posts on your profile.".into()],
        );
        return account_page(&state, &req, user, errors).await;
    };
    let id = user.id;
    state
        .db(move |conn| accounts::set_profile_posts(conn, id, choice))
        .await?;
    Ok(render::redirect_with("/account#profile", Flash::Saved))
}

#[derive(Deserialize)]
pub struct ReplyEmailsForm {
    #[serde(default)]
    on: Option<String>,
}

async fn reply_emails(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<ReplyEmailsForm>,
) -> AppResult<HttpResponse> {
    let (id, on) = (user.id, form.on.is_some());
    state
        .db(move |conn| accounts::set_reply_emails(conn, id, on))
        .await?;
    Ok(render::redirect_with("/account", Flash::Saved))
}

#[derive(Deserialize)]
pub struct CountryForm {
    #[serde(default)]
    country: String,
}

/// Which country's crisis lines the member sees; an unknown code is the site's default.
async fn set_country(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: web::Form<CountryForm>,
) -> AppResult<HttpResponse> {
    let code = form.country.trim().to_uppercase();
    let country = state.live().crisis_lines.knows(&code).then_some(code);
    let id = user.id;
    state
        .db(move |conn| Ok(user::set_country(conn, id, country.as_deref())?))
        .await?;
    Ok(render::redirect_with("/account#crisis-lines", Flash::Saved))
}

async fn member(
    state: web::Data<AppState>,
    req: HttpRequest,
    actor: CurrentUser,
    handle: web::Path<String>,
) -> AppResult<HttpResponse> {
    let scope = policy::require_moderation_scope(&actor)?;
    let view = state
        .db(move |conn| MemberPage::by_handle(conn, &handle, &scope))
        .await?;
    member_page(
        &state,
        &req,
        &actor,
        &view,
        &SanctionForm::default(),
        FieldErrors::new(),
    )
}

/// The moderators' page about a member, with what was typed into a form that failed.
fn member_page(
    state: &AppState,
    req: &HttpRequest,
    actor: &CurrentUser,
    view: &MemberPage,
    form: &SanctionForm,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    Page::new("members/moderate.html")
        .with("member", view)
        .form(form, &errors)
        .render(state, req, Some(actor))
}

/// One form for every measure; each measure validates the fields it uses.
#[derive(Deserialize, Serialize, Default)]
pub struct SanctionForm {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub hours: Option<i64>,
    /// Which measure the form was for, so the page shows the text in the right box.
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub confirm_identifiers: Option<String>,
    /// The community a warning or silence holds in (its slug); empty: the whole site.
    #[serde(default)]
    pub community: String,
}

#[derive(Validate)]
struct TextMeasure<'a> {
    #[validate(custom(function = "forms::staff_text"))]
    text: &'a str,
}

#[derive(Validate)]
struct SilenceMeasure {
    #[validate(
        required(message = "Silence for 1 to 720 hours."),
        range(min = 1, max = 720, message = "Silence for 1 to 720 hours.")
    )]
    hours: Option<i64>,
}

fn measure(
    action: &str,
    form: &SanctionForm,
    threshold: f32,
) -> AppResult<Result<Sanction, FieldErrors>> {
    let text = form.text.trim().to_string();
    // A warning reaches the member; a note stays with the moderators.
    let shown = if action == "warn" {
        vec![form.text.as_str()]
    } else {
        Vec::new()
    };
    let confirmed = form.confirm_identifiers.is_some();
    Ok(match action {
        "warn" | "note" => check(&TextMeasure { text: &form.text })
            .and_then(|()| forms::confirm_identifiers(&shown, confirmed, threshold))
            .map(|()| match action {
                "warn" => Sanction::Warn { message: text },
                _ => Sanction::Note { body: text },
            }),
        "silence" => check(&SilenceMeasure { hours: form.hours }).map(|()| Sanction::Silence {
            hours: form.hours.unwrap_or(1),
        }),
        "unsilence" => Ok(Sanction::Unsilence),
        "suspend" => Ok(Sanction::Suspend),
        "unsuspend" => Ok(Sanction::Unsuspend),
        _ => return Err(AppError::NotFound),
    })
}

async fn sanction(
    state: web::Data<AppState>,
    req: HttpRequest,
    actor: CurrentUser,
    path: web::Path<(i64, String)>,
    form: web::Form<SanctionForm>,
) -> AppResult<HttpResponse> {
    let scope = policy::require_moderation_scope(&actor)?;
    let (target_id, action) = path.into_inner();
    let mut form = form.into_inner();
    form.action = action.clone();
    let chosen = match measure(&action, &form, state.rules().privacy_threshold)? {
        Ok(chosen) => chosen,
        Err(errors) => {
            let view = state
                .db(move |conn| {
                    let target = user::find(conn, target_id)?;
                    MemberPage::load(conn, &target, &scope)
                })
                .await?;
            return member_page(&state, &req, &actor, &view, &form, errors);
        }
    };
    let place = form.community.trim().to_string();
    let handle = state
        .db(move |conn| {
            let reach = match place.as_str() {
                "" => Reach::Site,
                slug => Reach::Community(community::find_by_slug(conn, slug)?.id),
            };
            sanctions::apply(conn, Acting::Staff(&actor), target_id, &chosen, reach)?;
            Ok(user::find(conn, target_id)?.handle)
        })
        .await?;
    Ok(render::redirect_with(
        &format!("/mod/users/{}", render::url_encode(&handle)),
        Flash::Saved,
    ))
}
