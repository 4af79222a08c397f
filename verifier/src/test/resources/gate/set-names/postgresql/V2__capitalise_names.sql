-- Names are shown in capitals from now on: a change of the values on purpose.
UPDATE customers SET name = upper(name);
