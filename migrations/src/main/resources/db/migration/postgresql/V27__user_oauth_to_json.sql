-- V27 user_oauth_to_json (later era): a user can sign in through several OAuth providers. The single
-- "<provider>@<subject>" column becomes a JSONB object {"<provider>": {"sub": "<subject>"}}.
-- A value without a provider (no "@", or nothing before it) is filed under "oidc", the only provider of the
-- early era. That guess is what makes the undo lossy (see U27).
ALTER TABLE "user" ADD COLUMN oauth JSONB;
UPDATE "user" SET oauth = CASE
        WHEN strpos(oauth_sub, '@') > 1
            THEN jsonb_build_object(substr(oauth_sub, 1, strpos(oauth_sub, '@') - 1),
                                    jsonb_build_object('sub', substr(oauth_sub, strpos(oauth_sub, '@') + 1)))
        ELSE jsonb_build_object('oidc', jsonb_build_object('sub', oauth_sub))
    END
WHERE oauth_sub IS NOT NULL;
DROP INDEX user_oauth_sub_key;
ALTER TABLE "user" DROP COLUMN oauth_sub;
