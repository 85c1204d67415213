ALTER TABLE posts DROP COLUMN escalated_at;
ALTER TABLE users DROP COLUMN mail_token;
ALTER TABLE users DROP COLUMN notify_replies;
ALTER TABLE users DROP COLUMN email_verified_at;
DROP TABLE thread_follows;
DROP TABLE email_tokens;
DROP TABLE outbox;
