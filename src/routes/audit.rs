//! The audit log: moderators read their communities' entries, admins all and export them.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::models::audit::{self as log, NewEntry};
use crate::policy;
use crate::render::Page;
use crate::state::AppState;
use crate::views::audit::{self, AuditPage, Filter};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/mod/audit", web::get().to(audit_page))
        .route("/admin/audit", web::get().to(admin_audit))
        .route("/admin/audit.csv", web::get().to(export));
}

async fn audit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    let scope = policy::require_moderation_scope(&user)?;
    let may_export = policy::may_export_audit(&user);
    let filter = filter.into_inner();
    let page = state
        .db(move |conn| AuditPage::load(conn, filter, &scope, may_export))
        .await?;
    Page::new("mod/audit.html")
        .with("audit", &page)
        .render(&state, &req, Some(&user))
}

/// The same page at the admins' address, for admins only.
async fn admin_audit(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: CurrentUser,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    user.require(Role::Admin)?;
    audit_page(state, req, user, filter).await
}

/// The entries the page's filters match, one per row (views not grouped), as CSV.
async fn export(
    state: web::Data<AppState>,
    user: CurrentUser,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    if !policy::may_export_audit(&user) {
        return Err(AppError::Forbidden);
    }
    let scope = policy::require_moderation_scope(&user)?;
    let (filter, admin) = (filter.into_inner(), user.id);
    let body = state
        .db(move |conn| {
            let rows = audit::rows(conn, &filter, &scope)?;
            let note = format!("{} entries", rows.entries.len());
            let entry = NewEntry::general(Some(admin), "audit_export", &note);
            log::append(conn, &[entry])?;
            Ok(audit::csv(&rows))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"audit.csv\""))
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}
