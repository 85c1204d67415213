-- Settings an admin changes on /admin/settings; the environment gives the defaults, and a
-- row here replaces one. Every change is also in the audit log.
CREATE TABLE site_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
