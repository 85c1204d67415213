//! The JSON API's shared parts: who calls (a token or the site's own session), errors as
//! problem documents, the shapes it answers with, and the OpenAPI document built from them.
//! Reads go through the same views as the pages, writes through the same services.

pub mod caller;
pub mod doc;
pub mod problem;
pub mod types;
