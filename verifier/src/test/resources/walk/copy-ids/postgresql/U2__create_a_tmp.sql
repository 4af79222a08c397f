DROP TABLE a_tmp;
