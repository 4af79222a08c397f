-- Undo V28 add_billing.
DROP TABLE "billing";
