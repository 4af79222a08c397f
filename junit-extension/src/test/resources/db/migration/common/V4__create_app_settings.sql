CREATE TABLE app_settings (
    name VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
