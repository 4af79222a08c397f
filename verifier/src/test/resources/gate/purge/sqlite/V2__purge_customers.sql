-- stairway:irreversible deletes every customer of the old shop; they are not kept anywhere
DELETE FROM customers;
