-- Undo V29 add_oauth_session.
DROP TABLE "oauth_session";
