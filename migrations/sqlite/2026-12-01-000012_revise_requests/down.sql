ALTER TABLE posts DROP COLUMN revise_asked_at;
ALTER TABLE posts DROP COLUMN revise_note;
