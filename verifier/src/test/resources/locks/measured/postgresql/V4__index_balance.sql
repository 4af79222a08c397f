CREATE INDEX account_balance_idx ON account (balance);
