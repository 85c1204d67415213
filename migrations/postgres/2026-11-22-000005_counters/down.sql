ALTER TABLE communities DROP COLUMN member_count;
ALTER TABLE communities DROP COLUMN thread_count;
ALTER TABLE threads DROP COLUMN reply_count;
ALTER TABLE threads DROP COLUMN status;
