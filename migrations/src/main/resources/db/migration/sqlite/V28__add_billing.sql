-- V28 add_billing (later era): usage charges per user.
-- Hard case: a PostgreSQL ENUM TYPE (billing_status), created by the up and dropped by the undo. SQLite has no
-- enum types: here the same labels are a CHECK constraint on a TEXT column.
CREATE TABLE "billing" (
    id INTEGER NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD',
    status TEXT NOT NULL DEFAULT 'pending',
    description TEXT,
    meta TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT billing_status_check CHECK (status IN ('pending', 'paid', 'failed', 'refunded')),
    CONSTRAINT billing_amount_cents_check CHECK (amount_cents >= 0),
    CONSTRAINT billing_currency_check CHECK (length(currency) = 3)
);
CREATE INDEX billing_user_id_created_at_idx ON "billing" (user_id, created_at);
CREATE INDEX billing_pending_created_at_idx ON "billing" (created_at) WHERE status = 'pending';
