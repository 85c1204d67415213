-- Denormalized for reading: a thread carries its opening post's status (its visibility) and
-- its number of published replies; a community its number of published threads and members.
-- Kept current by models::counters in the transaction of every change.
-- A thread is not visible until its opening post says so (the backfill below, then counters).
ALTER TABLE threads ADD COLUMN status TEXT NOT NULL DEFAULT 'deleted';
ALTER TABLE threads ADD COLUMN reply_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN thread_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE communities ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;

UPDATE threads SET
    status = COALESCE((SELECT status FROM posts WHERE posts.thread_id = threads.id AND posts.is_opening), 'deleted'),
    reply_count = (SELECT COUNT(*) FROM posts
                   WHERE posts.thread_id = threads.id AND NOT posts.is_opening AND posts.status = 'published');
UPDATE communities SET
    thread_count = (SELECT COUNT(*) FROM threads
                    WHERE threads.community_id = communities.id AND threads.status = 'published'),
    member_count = (SELECT COUNT(*) FROM memberships WHERE memberships.community_id = communities.id);
