-- Revisions cannot be folded back without losing history; this restores the columns with the
-- readers' text so an older binary can start.
DROP TABLE idempotency_keys;
ALTER TABLE posts ADD COLUMN body_md TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN privacy_findings TEXT NOT NULL DEFAULT '[]';
UPDATE posts SET
    body_md = COALESCE((SELECT body_md FROM post_revisions r WHERE r.id = COALESCE(posts.pending_revision_id, posts.published_revision_id)), ''),
    body_html = COALESCE((SELECT body_html FROM post_revisions r WHERE r.id = COALESCE(posts.pending_revision_id, posts.published_revision_id)), ''),
    privacy_findings = COALESCE((SELECT findings FROM post_revisions r WHERE r.id = COALESCE(posts.pending_revision_id, posts.published_revision_id)), '[]');
ALTER TABLE posts DROP COLUMN published_revision_id;
ALTER TABLE posts DROP COLUMN pending_revision_id;
DROP TABLE post_revisions;
ALTER TABLE tips ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE tips ADD COLUMN body_md TEXT NOT NULL DEFAULT '';
ALTER TABLE tips ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE tips ADD COLUMN reference_list TEXT NOT NULL DEFAULT '';
ALTER TABLE tips ADD COLUMN privacy_findings TEXT NOT NULL DEFAULT '[]';
UPDATE tips SET
    title = COALESCE((SELECT title FROM tip_revisions r WHERE r.id = COALESCE(tips.pending_revision_id, tips.published_revision_id)), ''),
    body_md = COALESCE((SELECT body_md FROM tip_revisions r WHERE r.id = COALESCE(tips.pending_revision_id, tips.published_revision_id)), ''),
    body_html = COALESCE((SELECT body_html FROM tip_revisions r WHERE r.id = COALESCE(tips.pending_revision_id, tips.published_revision_id)), ''),
    reference_list = COALESCE((SELECT reference_list FROM tip_revisions r WHERE r.id = COALESCE(tips.pending_revision_id, tips.published_revision_id)), ''),
    privacy_findings = COALESCE((SELECT findings FROM tip_revisions r WHERE r.id = COALESCE(tips.pending_revision_id, tips.published_revision_id)), '[]');
ALTER TABLE tips DROP COLUMN published_revision_id;
ALTER TABLE tips DROP COLUMN pending_revision_id;
DROP TABLE tip_revisions;
DROP INDEX audit_log_post;
DROP INDEX audit_log_subject;
