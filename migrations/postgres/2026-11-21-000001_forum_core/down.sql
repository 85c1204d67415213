DROP TABLE posts;
DROP TABLE threads;
DROP TABLE memberships;
DROP TABLE communities;
DROP TABLE sessions;
DROP TABLE users;
