-- Every edit of a post is an immutable revision. A post points at the revision readers see
-- (published) and at the one a moderator must judge first (pending); decisions name the
-- revision they judged. Rejected and redacted originals are deleted, not overwritten.
CREATE TABLE post_revisions (
    id BIGSERIAL PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    editor_id BIGINT NOT NULL REFERENCES users (id),
    -- The thread title this revision gives, for opening posts only.
    title TEXT,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- Where the privacy filter found identifiers: kinds and offsets, never values.
    findings TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL
);
CREATE INDEX post_revisions_post ON post_revisions (post_id, id);

ALTER TABLE posts ADD COLUMN published_revision_id BIGINT;
ALTER TABLE posts ADD COLUMN pending_revision_id BIGINT;

INSERT INTO post_revisions (post_id, editor_id, title, body_md, body_html, findings, created_at)
SELECT posts.id, posts.author_id, CASE WHEN posts.is_opening THEN threads.title END,
       posts.body_md, posts.body_html, posts.privacy_findings, COALESCE(posts.edited_at, posts.created_at)
FROM posts JOIN threads ON threads.id = posts.thread_id
WHERE posts.status <> 'rejected';
UPDATE posts SET published_revision_id = (SELECT MAX(id) FROM post_revisions WHERE post_revisions.post_id = posts.id)
WHERE status IN ('published', 'deleted') OR (status = 'held' AND review_reason = 'reports');
UPDATE posts SET pending_revision_id = (SELECT MAX(id) FROM post_revisions WHERE post_revisions.post_id = posts.id)
WHERE status = 'held' AND COALESCE(review_reason, '') <> 'reports';

ALTER TABLE posts DROP COLUMN body_md;
ALTER TABLE posts DROP COLUMN body_html;
ALTER TABLE posts DROP COLUMN privacy_findings;

-- Tips work the same way: the vetted revision stays public while an edit waits for review.
CREATE TABLE tip_revisions (
    id BIGSERIAL PRIMARY KEY,
    tip_id BIGINT NOT NULL REFERENCES tips (id) ON DELETE CASCADE,
    editor_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    reference_list TEXT NOT NULL,
    findings TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL
);
CREATE INDEX tip_revisions_tip ON tip_revisions (tip_id, id);

ALTER TABLE tips ADD COLUMN published_revision_id BIGINT;
ALTER TABLE tips ADD COLUMN pending_revision_id BIGINT;

INSERT INTO tip_revisions (tip_id, editor_id, title, body_md, body_html, reference_list, findings, created_at)
SELECT id, author_id, title, body_md, body_html, reference_list, privacy_findings, updated_at
FROM tips WHERE status <> 'rejected';
UPDATE tips SET published_revision_id = (SELECT MAX(id) FROM tip_revisions WHERE tip_revisions.tip_id = tips.id)
WHERE status = 'published';
UPDATE tips SET pending_revision_id = (SELECT MAX(id) FROM tip_revisions WHERE tip_revisions.tip_id = tips.id)
WHERE status IN ('pending_review', 'held', 'changes_requested');

ALTER TABLE tips DROP COLUMN title;
ALTER TABLE tips DROP COLUMN body_md;
ALTER TABLE tips DROP COLUMN body_html;
ALTER TABLE tips DROP COLUMN reference_list;
ALTER TABLE tips DROP COLUMN privacy_findings;

-- The command line acts without an account: its audit entries have no actor.
ALTER TABLE audit_log ALTER COLUMN actor_id DROP NOT NULL;
CREATE INDEX audit_log_post ON audit_log (post_id, id);
CREATE INDEX audit_log_subject ON audit_log (subject_user_id, id);

-- One stored answer per posting form: a double click or a retry stores one post.
CREATE TABLE idempotency_keys (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    location TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
