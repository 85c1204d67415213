ALTER TABLE posts DROP COLUMN marked_helpful_at;
DROP TABLE tips;
ALTER TABLE users DROP COLUMN clinician_verified_at;
ALTER TABLE users DROP COLUMN clinician_specialty;
ALTER TABLE users DROP COLUMN clinician_profession;
DROP TABLE clinician_applications;
