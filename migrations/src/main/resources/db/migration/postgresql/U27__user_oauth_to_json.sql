-- stairway:lossy user.oauth_sub
-- Undo V27 user_oauth_to_json. oauth_sub comes back as "<provider>@<subject>" from the first provider of
-- user.oauth. A subject that V27 filed under "oidc" because it had no provider comes back as "oidc@<subject>",
-- not as it was: user.oauth_sub cannot be restored exactly, hence the declaration above. Dropping user.oauth
-- also loses every provider but the first.
ALTER TABLE "user" ADD COLUMN oauth_sub TEXT;
UPDATE "user" u SET oauth_sub = (
        SELECT p.key || '@' || (p.value ->> 'sub') FROM jsonb_each(u.oauth) p ORDER BY p.key LIMIT 1
    )
WHERE oauth IS NOT NULL;
CREATE UNIQUE INDEX user_oauth_sub_key ON "user" (oauth_sub);
ALTER TABLE "user" DROP COLUMN oauth;
