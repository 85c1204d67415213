//! The OpenAPI 3.1 document, generated from the handlers' and types' annotations, and the
//! outline the documentation page shows.

use serde::Serialize;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::OpenApi as Document;
use utoipa::{Modify, OpenApi};

use crate::routes::{api, api_reads, api_writes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "CareCircle API",
        description = "Read what you may read on the pages, and write as you do in the forms. \
            Not medical advice: posts are members' experiences; clinicians' tips are general information.",
    ),
    paths(
        api_reads::communities,
        api_reads::community_threads,
        api_reads::thread,
        api_reads::post,
        api_reads::tip_list,
        api_reads::tip,
        api_reads::search,
        api_writes::new_thread,
        api_writes::reply,
        api_writes::revise,
        api_writes::report,
        api::privacy_check,
    ),
    modifiers(&BearerToken),
    tags(
        (name = "reading", description = "Visitors read public discussions; a token reads what its member reads."),
        (name = "writing", description = "A read-and-write token posts as its member, through the same review."),
    )
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.description = Some(
            "A personal access token from /account/tokens, sent as `Authorization: Bearer <token>`."
                .into(),
        );
        components.add_security_scheme("token", SecurityScheme::Http(scheme));
    }
}

/// One operation as the documentation page lists it.
#[derive(Serialize, Debug)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub parameters: Vec<String>,
    pub request: Option<String>,
    pub responses: Vec<String>,
    pub needs_token: bool,
}

/// The document's operations in a form a template shows without a script.
pub fn operations(doc: &Document) -> Vec<Operation> {
    let value = serde_json::to_value(doc).unwrap_or_default();
    let mut out = Vec::new();
    let Some(paths) = value["paths"].as_object() else {
        return out;
    };
    for (path, item) in paths {
        let Some(methods) = item.as_object() else {
            continue;
        };
        for (method, op) in methods {
            out.push(Operation {
                method: method.to_uppercase(),
                path: path.clone(),
                summary: op["summary"].as_str().unwrap_or_default().into(),
                description: op["description"].as_str().unwrap_or_default().into(),
                parameters: op["parameters"]
                    .as_array()
                    .map(|list| {
                        list.iter()
                            .map(|p| {
                                format!(
                                    "{} ({})",
                                    p["name"].as_str().unwrap_or_default(),
                                    p["in"].as_str().unwrap_or_default()
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                request: op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                    .as_str()
                    .map(|r| r.rsplit('/').next().unwrap_or_default().to_string()),
                responses: op["responses"]
                    .as_object()
                    .map(|r| r.keys().cloned().collect())
                    .unwrap_or_default(),
                needs_token: !op["security"].as_array().is_some_and(|s| {
                    s.iter()
                        .any(|req| req.as_object().is_some_and(|o| o.is_empty()))
                }),
            });
        }
    }
    out
}
