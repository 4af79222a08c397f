-- Undo V28 add_billing: the table, then the enum type it used.
DROP TABLE "billing";
DROP TYPE billing_status;
