-- Undo V13 user_oauth_sub.
DROP INDEX user_oauth_sub_key;
ALTER TABLE "user" DROP COLUMN oauth_sub;
