-- Applications to be verified as a clinician: stored for admins, never shown publicly.
CREATE TABLE clinician_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    profession TEXT NOT NULL,
    specialty TEXT NOT NULL,
    licence_number TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    npi TEXT,
    note TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'revoked')),
    decided_by BIGINT REFERENCES users (id),
    decided_at BIGINT,
    decision_reason TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX clinician_applications_user ON clinician_applications (user_id, id DESC);
CREATE INDEX clinician_applications_status ON clinician_applications (status, id);

-- The public badge of a verified clinician, copied from the approved application.
ALTER TABLE users ADD COLUMN clinician_profession TEXT;
ALTER TABLE users ADD COLUMN clinician_specialty TEXT;
ALTER TABLE users ADD COLUMN clinician_verified_at BIGINT;

CREATE TABLE tips (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id BIGINT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- One reference (URL or DOI) per line.
    reference_list TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending_review', 'changes_requested', 'published', 'rejected', 'held')),
    privacy_findings TEXT NOT NULL DEFAULT '[]',
    reviewer_id BIGINT REFERENCES users (id),
    last_reviewed_at BIGINT,
    review_comment TEXT,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tips_community ON tips (community_id, status, pinned, last_reviewed_at);
CREATE INDEX tips_status ON tips (status, id);

-- The thread author's mark on a clinician's reply.
ALTER TABLE posts ADD COLUMN marked_helpful_at BIGINT;
