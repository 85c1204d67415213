DROP TABLE tip_search;
DROP TABLE post_search;
