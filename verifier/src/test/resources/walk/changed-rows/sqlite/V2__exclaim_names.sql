UPDATE t SET name = name || '!';
