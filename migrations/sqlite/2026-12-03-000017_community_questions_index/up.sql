-- A community page's response figures select its published questions; the partial index
-- threads_questions is not chosen for a bound `is_question = ?`, so the figures read every
-- thread of the community (about 4 ms at 2,500 threads).
CREATE INDEX threads_community_questions ON threads (community_id, is_question, status);
