-- A moderator may ask the author of a waiting post to revise it: their words for the author,
-- and when they asked. Both are cleared by the author's next edit or a moderator's decision.
ALTER TABLE posts ADD COLUMN revise_note TEXT;
ALTER TABLE posts ADD COLUMN revise_asked_at BIGINT;
