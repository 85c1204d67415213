//! `/search`: what the visitor typed becomes plain words (never query syntax), the view
//! finds what they may read.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::web::MaybeUser;
use crate::error::AppResult;
use crate::models::search::Terms;
use crate::render::Page;
use crate::routes::forms::{check, one_error, FieldErrors};
use crate::services::screening::{self, Support};
use crate::state::AppState;
use crate::views::search::{Search, SearchPage, MATCH_CAP, PER_PAGE};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/search", web::get().to(search));
}

/// The search form as typed; every field is text so that nothing typed is refused unread.
#[derive(Deserialize, Serialize, Validate, Debug, Default)]
pub struct SearchForm {
    #[validate(length(max = 300, message = "Search for at most 300 characters."))]
    #[serde(default)]
    pub q: String,
    #[validate(length(max = 60, message = "That community name is too long."))]
    pub c: Option<String>,
    #[validate(length(max = 60, message = "A handle has at most 60 characters."))]
    pub by: Option<String>,
    pub tips: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
}

/// The last page a search can have: `MATCH_CAP` matches shown `PER_PAGE` at a time.
const LAST_PAGE: usize = MATCH_CAP as usize / PER_PAGE;

impl SearchForm {
    fn blank_to_none(value: &Option<String>) -> Option<String> {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    }

    fn page_number(&self) -> Result<usize, FieldErrors> {
        match Self::blank_to_none(&self.page) {
            None => Ok(1),
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=LAST_PAGE).contains(n))
                .ok_or_else(|| one_error("page", format!("Pages go from 1 to {LAST_PAGE}."))),
        }
    }

    pub fn search(&self) -> Result<Search, FieldErrors> {
        check(self)?;
        for (field, value) in [("c", &self.c), ("by", &self.by)] {
            if value
                .as_deref()
                .is_some_and(|v| v.chars().any(char::is_control))
            {
                return Err(one_error(field, "Names hold no control characters."));
            }
        }
        Ok(Search {
            terms: Terms::parse(&self.q),
            community: Self::blank_to_none(&self.c),
            by: Self::blank_to_none(&self.by).map(|h| h.trim_start_matches('@').to_string()),
            tips_only: self.tips.as_deref() == Some("only"),
            newest_first: self.sort.as_deref() == Some("new"),
            page: self.page_number()?,
        })
    }
}

/// Discussions and vetted tips the visitor may read that hold every word typed.
async fn search(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    // Read by hand: a malformed query string is a form to show again, not a bare 400.
    let form: SearchForm = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let page = Page::new("search/results.html");
    let search = match form.search() {
        Ok(search) => search,
        Err(errors) => {
            return page
                .form(&form, &errors)
                .with("results", &SearchPage::default())
                .render(&state, &req, user.as_ref());
        }
    };
    // Someone searching in words of crisis sees the crisis lines first (the query is not kept).
    let support = screening::crisis_screen(None, &form.q).map(|found| Support {
        for_someone_else: found.about_someone_else(),
        held: false,
    });
    let viewer = user.viewer();
    let results = state
        .db(move |conn| SearchPage::load(conn, &viewer, &search))
        .await?;
    page.noindex(true)
        .form(&form, &FieldErrors::new())
        .with("results", &results)
        .with("support_panel", &support)
        .render(&state, &req, user.as_ref())
}
