-- Community moderators: members appointed (by an admin or the community's lead moderator) to
-- decide that community's queue items, reports and crisis items. Site moderators and admins
-- moderate every community without a row here.
CREATE TABLE community_moderators (
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lead BOOLEAN NOT NULL DEFAULT FALSE,
    appointed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    appointed_at BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);
CREATE INDEX community_moderators_user ON community_moderators (user_id);
