DROP INDEX notices_unread;
ALTER TABLE communities DROP COLUMN clinicians_read;
ALTER TABLE communities DROP COLUMN specialties;
ALTER TABLE posts DROP COLUMN published_at;
DROP INDEX threads_questions;
ALTER TABLE threads DROP COLUMN answered_at;
ALTER TABLE threads DROP COLUMN is_question;
