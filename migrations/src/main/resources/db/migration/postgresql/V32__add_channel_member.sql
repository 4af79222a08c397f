-- V32 add_channel_member (later era): who is in a channel, with a role and a read marker.
CREATE TABLE "channel_member" (
    channel_id TEXT NOT NULL REFERENCES "channel" (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    last_read_at BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (channel_id, user_id),
    CONSTRAINT channel_member_role_check CHECK (role IN ('owner', 'member'))
);
CREATE INDEX channel_member_user_id_idx ON "channel_member" (user_id);
