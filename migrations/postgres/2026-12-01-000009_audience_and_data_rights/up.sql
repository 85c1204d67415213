-- Who may read a discussion: 'public' (anyone) or 'members' (signed-in members of its
-- community, staff and its author). A community's default is what a new thread starts with;
-- a no-index community asks search engines to keep all its pages out of their results.
ALTER TABLE communities ADD COLUMN default_audience TEXT NOT NULL DEFAULT 'public'
    CHECK (default_audience IN ('public', 'members'));
ALTER TABLE communities ADD COLUMN noindex BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE threads ADD COLUMN audience TEXT NOT NULL DEFAULT 'public'
    CHECK (audience IN ('public', 'members'));
CREATE INDEX threads_community_audience ON threads (community_id, audience, status);

-- Whose profile lists a member's posts: 'everyone', 'communities' (members of a community
-- the member belongs to, for posts there), or 'nobody' (only the member and staff).
ALTER TABLE users ADD COLUMN profile_posts TEXT NOT NULL DEFAULT 'communities'
    CHECK (profile_posts IN ('everyone', 'communities', 'nobody'));
-- An erased account keeps only its id (and, if chosen, its published posts).
ALTER TABLE users ADD COLUMN erased_at BIGINT;

-- Shown to the member in their export; nothing else reads it.
ALTER TABLE sessions ADD COLUMN user_agent TEXT;

-- The handles of erased accounts, as keyed hashes: nobody can take the name over, and the
-- table alone says nothing about who was here.
CREATE TABLE reserved_handles (
    handle_hash TEXT PRIMARY KEY,
    reserved_at BIGINT NOT NULL
);

-- Secrets the site makes for itself on first start (the handle reservation key).
CREATE TABLE site_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A member's export, prepared in the background for large accounts: held in the database
-- so any app server can serve it; downloaded only by the member's own session; expires.
CREATE TABLE data_exports (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('queued', 'ready', 'failed')),
    archive BYTEA,
    requested_at BIGINT NOT NULL,
    claimed_until BIGINT,
    ready_at BIGINT,
    expires_at BIGINT
);
CREATE INDEX data_exports_user ON data_exports (user_id, id DESC);
CREATE INDEX data_exports_queued ON data_exports (requested_at) WHERE status = 'queued';
