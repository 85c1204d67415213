-- Email goes through this table: written in the same transaction as the event that causes it,
-- sent by a worker after the commit, marked sent only once the SMTP server accepted it.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    template TEXT NOT NULL,
    to_address TEXT NOT NULL,
    -- JSON parameters of the template: links and handles only, never post text.
    params TEXT NOT NULL,
    -- Messages with the same key are batched: at most one waits at a time.
    batch_key TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_batch ON outbox (batch_key, status);

-- Single-use links (verify email, reset password); only a hash of the token is kept.
CREATE TABLE email_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash TEXT NOT NULL UNIQUE,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);

-- Who hears about new replies in a thread; `muted` is a per-thread opt-out.
CREATE TABLE thread_follows (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    muted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);

ALTER TABLE users ADD COLUMN email_verified_at BIGINT;
ALTER TABLE users ADD COLUMN notify_replies BOOLEAN NOT NULL DEFAULT TRUE;
-- Secret in one-click unsubscribe links.
ALTER TABLE users ADD COLUMN mail_token TEXT;
-- When moderators were told that this post passed the response target.
ALTER TABLE posts ADD COLUMN escalated_at BIGINT;
