-- Where the privacy filter found identifiers: [{"field","kind","start","end","score"}], offsets in chars.
-- Positions and kinds only, never the identifier values themselves.
ALTER TABLE posts ADD COLUMN privacy_findings TEXT NOT NULL DEFAULT '[]';
-- Since when the post waits for a moderator (the queue's age), and why: privacy or reports.
-- NULL once decided.
ALTER TABLE posts ADD COLUMN review_since BIGINT;
ALTER TABLE posts ADD COLUMN review_reason TEXT;
ALTER TABLE posts ADD COLUMN decided_by BIGINT REFERENCES users (id);
ALTER TABLE posts ADD COLUMN decided_at BIGINT;
ALTER TABLE posts ADD COLUMN rejection_reason TEXT;
CREATE INDEX posts_waiting ON posts (review_since) WHERE review_since IS NOT NULL;

ALTER TABLE users ADD COLUMN silenced_until BIGINT;

CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    reporter_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users (id),
    UNIQUE (post_id, reporter_id)
);
CREATE INDEX reports_open ON reports (post_id) WHERE resolved_at IS NULL;

-- Append-only: who did what to which post or user, with identifier kinds but never their values.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    post_id BIGINT,
    subject_user_id BIGINT,
    kinds TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_recent ON audit_log (id DESC);

CREATE TABLE user_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX user_notes_user ON user_notes (user_id, id DESC);

-- Messages to one member shown on their account page (decisions about their posts, warnings).
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    link TEXT,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notices_user ON notices (user_id, id DESC);
