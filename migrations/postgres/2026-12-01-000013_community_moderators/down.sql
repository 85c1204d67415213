DROP TABLE community_moderators;
