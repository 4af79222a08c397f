-- stairway:irreversible deletes the chats and memories of users that no longer exist; the deleted rows cannot be brought back
-- V30 delete_orphaned_chats (later era): early releases deleted users without their chats and memories.
-- Shared snapshots belong to the pseudo-user "shared-<chat id>" and are kept.
-- Hard case: IRREVERSIBLE revision, no U script; the verifier walks up through it and never below it.
DELETE FROM "chat"
WHERE user_id NOT IN (SELECT id FROM "user")
  AND user_id NOT LIKE 'shared-%';
DELETE FROM "memory"
WHERE user_id NOT IN (SELECT id FROM "user");
