-- stairway:irreversible drops the legacy payloads for good
ALTER TABLE events DROP COLUMN legacy_payload;
