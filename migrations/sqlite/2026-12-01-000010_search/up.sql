-- Full-text search over what everyone may read: the published revision of each published
-- post, and of each published tip. The rowid is the post's (or tip's) id, so a write
-- replaces its entry by key. Contentless: the index keeps words, not a copy of the text
-- (which stays in the revisions); its columns read as NULL. Readers are filtered again at
-- query time by the visibility rule.
CREATE VIRTUAL TABLE post_search USING fts5(
    post_id UNINDEXED, title, body,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Deleted text leaves the index at once, not at the next merge (erasure, edits).
INSERT INTO post_search (post_search, rank) VALUES ('secure-delete', 1);
INSERT INTO post_search (rowid, post_id, title, body)
SELECT p.id, p.id, COALESCE(r.title, ''), r.body_md
FROM posts p JOIN post_revisions r ON r.id = p.published_revision_id
WHERE p.status = 'published';

CREATE VIRTUAL TABLE tip_search USING fts5(
    tip_id UNINDEXED, title, body,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO tip_search (tip_search, rank) VALUES ('secure-delete', 1);
INSERT INTO tip_search (rowid, tip_id, title, body)
SELECT t.id, t.id, r.title, r.body_md
FROM tips t JOIN tip_revisions r ON r.id = t.published_revision_id;
