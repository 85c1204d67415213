-- Timestamps are Unix seconds (BIGINT) on both backends so one schema.rs serves both.
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    handle TEXT NOT NULL,
    handle_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'clinician', 'moderator', 'admin')),
    created_at BIGINT NOT NULL,
    suspended_at BIGINT
);

CREATE TABLE sessions (
    id BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user_id ON sessions (user_id);

CREATE TABLE communities (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    guidelines_md TEXT NOT NULL,
    guidelines_html TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at BIGINT NOT NULL,
    guidelines_accepted_at BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);
CREATE INDEX memberships_user_id ON memberships (user_id);

CREATE TABLE threads (
    id BIGSERIAL PRIMARY KEY,
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL
);
CREATE INDEX threads_community_activity ON threads (community_id, last_activity_at DESC, id DESC);
CREATE INDEX threads_activity ON threads (last_activity_at DESC, id DESC);

CREATE TABLE posts (
    id BIGSERIAL PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users (id),
    is_opening BOOLEAN NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'held', 'rejected', 'deleted')),
    created_at BIGINT NOT NULL,
    edited_at BIGINT
);
CREATE UNIQUE INDEX posts_one_opening_per_thread ON posts (thread_id) WHERE is_opening;
CREATE INDEX posts_thread_order ON posts (thread_id, id);
CREATE INDEX posts_author ON posts (author_id, id DESC);
