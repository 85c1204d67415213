use actix_web::http::header;
use actix_web::{web, HttpResponse};
use include_dir::{include_dir, Dir};

use crate::error::{AppError, AppResult};

/// Stylesheets, scripts and images are compiled in: no CDN, no file system paths to traverse.
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/assets/{path:.*}", web::get().to(asset));
}

async fn asset(path: web::Path<String>) -> AppResult<HttpResponse> {
    let path = path.into_inner();
    if path.split('/').any(|part| part == ".." || part.is_empty()) {
        return Err(AppError::NotFound);
    }
    let file = ASSETS.get_file(&path).ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(content_type(&path))
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(file.contents()))
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}
