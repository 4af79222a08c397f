-- V13 user_oauth_sub (early era): OAuth sign-in, "<provider>@<subject>", unique when set.
ALTER TABLE "user" ADD COLUMN oauth_sub TEXT;
CREATE UNIQUE INDEX user_oauth_sub_key ON "user" (oauth_sub);
