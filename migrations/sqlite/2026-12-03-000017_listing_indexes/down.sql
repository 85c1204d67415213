DROP INDEX threads_community_questions;
DROP INDEX threads_audience_status;
