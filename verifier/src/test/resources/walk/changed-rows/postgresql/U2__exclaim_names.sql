UPDATE t SET name = rtrim(name, '!');
