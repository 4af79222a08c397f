DROP INDEX account_balance_idx;
