-- Full-text search over what everyone may read: the published revision of each published
-- post, and of each published tip. Readers are filtered again at query time by the
-- visibility rule. English stemming; accents are not folded (unaccent is not immutable, so
-- it cannot feed a stored column without a wrapper; see docs/search.md).
CREATE TABLE post_search (
    post_id BIGINT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED
);
CREATE INDEX post_search_document ON post_search USING GIN (document);
INSERT INTO post_search (post_id, title, body)
SELECT p.id, COALESCE(r.title, ''), r.body_md
FROM posts p JOIN post_revisions r ON r.id = p.published_revision_id
WHERE p.status = 'published';

CREATE TABLE tip_search (
    tip_id BIGINT PRIMARY KEY REFERENCES tips (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED
);
CREATE INDEX tip_search_document ON tip_search USING GIN (document);
INSERT INTO tip_search (tip_id, title, body)
SELECT t.id, r.title, r.body_md
FROM tips t JOIN tip_revisions r ON r.id = t.published_revision_id;
