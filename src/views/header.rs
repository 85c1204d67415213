//! What the header shows a signed-in member beside their handle: their unread notices, and
//! for a verified clinician the questions waiting for a clinician's reply.

use serde::Serialize;

use crate::db::DbConnection;
use crate::error::AppResult;
use crate::models::notice;
use crate::models::user::User;
use crate::policy;
use crate::views::{questions, Viewer};

#[derive(Serialize, Debug, Default, Clone, PartialEq, Eq)]
pub struct HeaderCounts {
    pub notices: i64,
    /// None for everyone who does not answer questions.
    pub questions: Option<usize>,
}

impl HeaderCounts {
    pub fn load(conn: &mut DbConnection, viewer: &Viewer, user: &User) -> AppResult<HeaderCounts> {
        let questions = match policy::answers_questions(viewer.user()) {
            true => Some(questions::waiting_for_clinician(
                conn,
                viewer,
                user.clinician_specialty.as_deref(),
            )?),
            false => None,
        };
        Ok(HeaderCounts {
            notices: notice::unread_count(conn, user.id)?,
            questions,
        })
    }
}
