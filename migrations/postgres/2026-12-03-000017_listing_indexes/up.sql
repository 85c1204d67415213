-- Listings count the members-only discussions a viewer cannot read ("N more for members")
-- by audience and status across communities: without this index that count read every
-- thread on each signed-in home page (about 5 ms at 50,000 threads).
CREATE INDEX threads_audience_status ON threads (audience, status, community_id);
-- A community page's response figures select its published questions; the partial index
-- threads_questions is not chosen for a bound `is_question = ?`, so the figures read every
-- thread of the community.
CREATE INDEX threads_community_questions ON threads (community_id, is_question, status);
