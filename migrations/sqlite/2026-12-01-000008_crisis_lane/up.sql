-- What the crisis detector made of a revision: {"level","method_detail","subject","spans"}
-- (spans in characters, per field), or '' when it found nothing. Health data: staff only.
ALTER TABLE post_revisions ADD COLUMN crisis TEXT NOT NULL DEFAULT '';

-- A post whose author (or someone they write about) may be at risk: at the top of the
-- queue until a moderator resolves it. Nothing resolves itself.
CREATE TABLE crisis_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    -- 'detector' or 'report' (a member chose "someone may be at risk").
    source TEXT NOT NULL,
    -- 'imminent', 'ideation', 'self_harm', or 'reported' when only a member's report says so.
    level TEXT NOT NULL,
    subject TEXT NOT NULL,
    method_detail BOOLEAN NOT NULL DEFAULT FALSE,
    opened_at BIGINT NOT NULL,
    first_response_at BIGINT,
    first_responder_id BIGINT REFERENCES users (id),
    escalated_at BIGINT,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users (id),
    -- 'resolved' or 'not_a_crisis' (kept, to measure false alerts).
    outcome TEXT
);
CREATE INDEX crisis_items_open ON crisis_items (opened_at) WHERE resolved_at IS NULL;
CREATE INDEX crisis_items_post ON crisis_items (post_id);

-- Which crisis lines a member sees (an ISO country code); NULL: the site's default.
ALTER TABLE users ADD COLUMN country TEXT;
