-- Questions: a discussion whose author asked for a clinician's view. The asker may mark it
-- answered. Response times are measured from when a post became public (published_at: the
-- first time it was published, kept when it is later hidden or edited).
ALTER TABLE threads ADD COLUMN is_question BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE threads ADD COLUMN answered_at BIGINT;
CREATE INDEX threads_questions ON threads (community_id, created_at) WHERE is_question;
ALTER TABLE posts ADD COLUMN published_at BIGINT;
-- Posts published before this column existed count from when they were written.
UPDATE posts SET published_at = created_at WHERE published_revision_id IS NOT NULL;

-- Which clinicians a community's questions are for: their specialties, comma-separated
-- ("endocrinology, diabetes"), and whether verified clinicians who are not members may read
-- its members-only discussions (to answer them).
ALTER TABLE communities ADD COLUMN specialties TEXT NOT NULL DEFAULT '';
ALTER TABLE communities ADD COLUMN clinicians_read BOOLEAN NOT NULL DEFAULT FALSE;

-- The header's unread-notices count, on every signed-in page.
CREATE INDEX notices_unread ON notices (user_id) WHERE read_at IS NULL;
