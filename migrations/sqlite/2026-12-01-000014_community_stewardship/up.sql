-- Community stewardship: admins edit a community and may archive it (read-only, still
-- readable, out of "latest"); changed guidelines are accepted again on a member's next post.
ALTER TABLE communities ADD COLUMN guidelines_updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN archived_at BIGINT;

-- A silence in one community (a community moderator's measure): the member reads it but
-- writes nothing there until the time given. Site-wide silences stay on users.
CREATE TABLE community_silences (
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    until BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

-- Which community an audit entry concerns, so community moderators read their own
-- communities' entries. Entries about posts take their thread's community.
ALTER TABLE audit_log ADD COLUMN community_id BIGINT;
UPDATE audit_log SET community_id = (
    SELECT threads.community_id FROM posts JOIN threads ON threads.id = posts.thread_id
    WHERE posts.id = audit_log.post_id
) WHERE post_id IS NOT NULL;
CREATE INDEX audit_log_community ON audit_log (community_id, id);
