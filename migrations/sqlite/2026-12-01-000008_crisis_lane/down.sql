ALTER TABLE users DROP COLUMN country;
DROP TABLE crisis_items;
ALTER TABLE post_revisions DROP COLUMN crisis;
