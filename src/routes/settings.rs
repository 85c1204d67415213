//! `/admin/settings`: banners, moderation thresholds and targets, crisis lines, registration
//! and demo seeding, changed by admins without a restart (`settings`).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::auth::{CurrentUser, Role};
use crate::error::AppResult;
use crate::models::site_setting;
use crate::render::{self, Flash, Page};
use crate::routes::forms::FieldErrors;
use crate::services;
use crate::settings::{name, Live};
use crate::state::AppState;
use crate::support::{CrisisLines, Region};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/settings", web::get().to(show))
        .route("/admin/settings", web::post().to(save));
}

/// The form as typed: every field is text, so nothing typed is lost when it is refused.
#[derive(Deserialize, Serialize, Default, Debug)]
pub struct SettingsForm {
    #[serde(default)]
    banner_text: String,
    #[serde(default)]
    tip_banner_text: String,
    #[serde(default)]
    clinician_banner_text: String,
    #[serde(default)]
    privacy_threshold: String,
    #[serde(default)]
    reports_to_hide: String,
    #[serde(default)]
    response_target_hours: String,
    #[serde(default)]
    crisis_target_minutes: String,
    #[serde(default)]
    question_target_hours: String,
    #[serde(default)]
    crisis_lines: String,
    #[serde(default)]
    crisis_country: String,
    #[serde(default)]
    registration_open: Option<String>,
    #[serde(default)]
    seed_demo_communities: Option<String>,
}

fn yes(on: bool) -> Option<String> {
    on.then(|| "yes".to_string())
}

impl SettingsForm {
    fn of(live: &Live) -> SettingsForm {
        let r = live.rules;
        SettingsForm {
            banner_text: live.banner_text.clone(),
            tip_banner_text: live.tip_banner_text.clone(),
            clinician_banner_text: live.clinician_banner_text.clone(),
            privacy_threshold: r.privacy_threshold.to_string(),
            reports_to_hide: r.reports_to_hide.to_string(),
            response_target_hours: r.response_target_hours.to_string(),
            crisis_target_minutes: r.crisis_target_minutes.to_string(),
            question_target_hours: r.question_target_hours.to_string(),
            crisis_lines: serde_json::to_string_pretty(live.crisis_lines.regions())
                .unwrap_or_default(),
            crisis_country: live.crisis_lines.default_code().to_string(),
            registration_open: yes(live.registration_open),
            seed_demo_communities: yes(live.seed_demo_communities),
        }
    }

    /// Every setting as it would be stored, or the messages per field.
    fn values(&self) -> Result<Vec<(&'static str, String)>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut out = Vec::new();
        let mut fail = |field: &str, message: &str| {
            errors
                .entry(field.to_string())
                .or_default()
                .push(message.to_string());
        };
        for (key, text) in [
            (name::BANNER, &self.banner_text),
            (name::TIP_BANNER, &self.tip_banner_text),
            (name::CLINICIAN_BANNER, &self.clinician_banner_text),
        ] {
            let trimmed = text.trim();
            match trimmed.chars().count() {
                20..=600 => out.push((key, trimmed.to_string())),
                _ => fail(key, "A banner has 20 to 600 characters."),
            }
        }
        match self.privacy_threshold.trim().parse::<f32>() {
            Ok(t) if (0.05..=1.0).contains(&t) => {
                out.push((name::PRIVACY_THRESHOLD, t.to_string()))
            }
            _ => fail(
                name::PRIVACY_THRESHOLD,
                "A number from 0.05 (hold the most) to 1 (hold the fewest).",
            ),
        }
        for (key, text, range, message) in [
            (
                name::REPORTS_TO_HIDE,
                &self.reports_to_hide,
                1..=50,
                "From 1 to 50 reports.",
            ),
            (
                name::RESPONSE_TARGET_HOURS,
                &self.response_target_hours,
                1..=168,
                "From 1 to 168 hours.",
            ),
            (
                name::CRISIS_TARGET_MINUTES,
                &self.crisis_target_minutes,
                1..=240,
                "From 1 to 240 minutes.",
            ),
            (
                name::QUESTION_TARGET_HOURS,
                &self.question_target_hours,
                1..=720,
                "From 1 to 720 hours.",
            ),
        ] {
            match text.trim().parse::<i64>() {
                Ok(n) if range.contains(&n) => out.push((key, n.to_string())),
                _ => fail(key, message),
            }
        }
        match crisis_table(&self.crisis_lines, &self.crisis_country) {
            Ok((regions, country)) => {
                out.push((name::CRISIS_LINES, regions));
                out.push((name::CRISIS_COUNTRY, country));
            }
            Err((field, message)) => fail(field, &message),
        }
        out.push((
            name::REGISTRATION_OPEN,
            self.registration_open.is_some().to_string(),
        ));
        out.push((
            name::SEED_DEMO,
            self.seed_demo_communities.is_some().to_string(),
        ));
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}

/// The crisis lines table as typed (a JSON list of regions) and the default country, checked:
/// every region has a two-letter code, a name and at least one line with words for how.
fn crisis_table(text: &str, country: &str) -> Result<(String, String), (&'static str, String)> {
    let regions: Vec<Region> = serde_json::from_str(text).map_err(|e| {
        (
            name::CRISIS_LINES,
            format!("A JSON list of regions, as shown: {e}"),
        )
    })?;
    for r in &regions {
        let code_ok = r.code.len() == 2 && r.code.bytes().all(|b| b.is_ascii_uppercase());
        let lines_ok = !r.lines.is_empty()
            && r.lines
                .iter()
                .all(|l| !l.name.trim().is_empty() && !l.how.trim().is_empty());
        if !code_ok || r.name.trim().is_empty() || !lines_ok {
            let message = format!(
                "Region {:?}: a two-letter code in capitals, a name, and lines each with a name and how to reach it.",
                r.code
            );
            return Err((name::CRISIS_LINES, message));
        }
    }
    let country = country.trim().to_uppercase();
    if !CrisisLines::new(regions.clone(), &country).knows(&country) {
        return Err((
            name::CRISIS_COUNTRY,
            "Choose a country the table has lines for.".into(),
        ));
    }
    let stored =
        serde_json::to_string(&regions).map_err(|e| (name::CRISIS_LINES, e.to_string()))?;
    Ok((stored, country))
}

async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = SettingsForm::of(&state.live());
    page(&state, &req, &user, &form, &FieldErrors::new())
}

fn page(
    state: &AppState,
    req: &HttpRequest,
    user: &CurrentUser,
    form: &SettingsForm,
    errors: &FieldErrors,
) -> AppResult<HttpResponse> {
    Page::new("admin/settings.html")
        .with("refresh_seconds", &state.config.page_cache_seconds.max(1))
        .form(form, errors)
        .render(state, req, Some(user))
}

/// Saves what changed; this server uses it at once, the others within their interval.
async fn save(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    form: web::Form<SettingsForm>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    let form = form.into_inner();
    let wanted = match form.values() {
        Ok(values) => values,
        Err(errors) => return page(&state, &req, &user, &form, &errors),
    };
    // Only what differs from the values in force is stored: the rest keeps following the
    // environment's defaults.
    let current = SettingsForm::of(&state.live()).values().unwrap_or_default();
    let changed: Vec<(&'static str, String)> = wanted
        .into_iter()
        .filter(|v| !current.contains(v))
        .collect();
    let admin = user.clone();
    let stored = state
        .db(move |conn| {
            services::settings::save(conn, &admin, &changed)?;
            Ok(site_setting::all(conn)?)
        })
        .await?;
    state.settings.replace(Live::of(&state.config, &stored));
    state.page_cache.invalidate();
    Ok(render::redirect_with("/admin/settings", Flash::Saved))
}
