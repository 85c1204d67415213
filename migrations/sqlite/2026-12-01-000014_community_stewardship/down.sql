DROP INDEX audit_log_community;
ALTER TABLE audit_log DROP COLUMN community_id;
DROP TABLE community_silences;
ALTER TABLE communities DROP COLUMN archived_at;
ALTER TABLE communities DROP COLUMN guidelines_updated_at;
