-- Full-text search over what everyone may read: the published revision of each published
-- post, and of each published tip, as a weighted tsvector (the title weighs most); the text
-- itself stays in the revisions. Readers are filtered again at query time by the visibility
-- rule. English stemming; accents are not folded (see docs/search.md).
CREATE TABLE post_search (
    post_id BIGINT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX post_search_document ON post_search USING GIN (document);
INSERT INTO post_search (post_id, document)
SELECT p.id, setweight(to_tsvector('english', COALESCE(r.title, '')), 'A')
    || setweight(to_tsvector('english', r.body_md), 'B')
FROM posts p JOIN post_revisions r ON r.id = p.published_revision_id
WHERE p.status = 'published';

CREATE TABLE tip_search (
    tip_id BIGINT PRIMARY KEY REFERENCES tips (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX tip_search_document ON tip_search USING GIN (document);
INSERT INTO tip_search (tip_id, document)
SELECT t.id, setweight(to_tsvector('english', r.title), 'A')
    || setweight(to_tsvector('english', r.body_md), 'B')
FROM tips t JOIN tip_revisions r ON r.id = t.published_revision_id;
