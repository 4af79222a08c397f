package dev.stairway.verifier.flyway;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Replaces Flyway placeholders in an undo script the way Flyway does in up scripts. */
final class Placeholders {

    private Placeholders() {
    }

    /**
     * {@code sql} with every {@code ${name}} (Flyway's prefix and suffix, when replacement is on) replaced by
     * its configured value or one of Flyway's built-in {@code flyway:} values.
     *
     * @throws IllegalArgumentException naming a placeholder that has no value
     */
    static String replace(String sql, MigrationScript script, ScriptSettings settings, TestDatabase database) {
        return replace(sql, script, settings, database.name(), database.username());
    }

    /**
     * As {@link #replace(String, MigrationScript, ScriptSettings, TestDatabase)}, for a database known by its name
     * and user; a {@code null} one is not known (a plan made without a database): {@code ${flyway:database}} or
     * {@code ${flyway:user}} then stays as written.
     */
    static String replace(String sql, MigrationScript script, ScriptSettings settings, String databaseName,
            String user) {
        if (!settings.replacePlaceholders()) {
            return sql;
        }
        Map<String, String> values = new HashMap<>(settings.placeholders());
        values.put("flyway:table", settings.table());
        values.put("flyway:filename", script.fileName());
        values.put("flyway:user", user != null ? user : prefixed(settings, "flyway:user"));
        values.put("flyway:database", databaseName != null ? databaseName : prefixed(settings, "flyway:database"));
        values.put("flyway:timestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        settings.defaultSchema().ifPresent(schema -> values.put("flyway:defaultschema", schema));
        String prefix = settings.placeholderPrefix();
        String suffix = settings.placeholderSuffix();
        StringBuilder replaced = new StringBuilder();
        int from = 0;
        while (true) {
            int start = sql.indexOf(prefix, from);
            int end = start < 0 ? -1 : sql.indexOf(suffix, start + prefix.length());
            if (start < 0 || end < 0) {
                replaced.append(sql, from, sql.length());
                return replaced.toString();
            }
            String name = sql.substring(start + prefix.length(), end);
            String value = values.get(name.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new IllegalArgumentException("No value for placeholder " + prefix + name + suffix + " in "
                        + script.path() + ": expected flyway.placeholders." + name + " in " + MigrationHistory.FLYWAY_CONF
                        + " or the configuration. Add the value.");
            }
            replaced.append(sql, from, start).append(value);
            from = end + suffix.length();
        }
    }

    /** The placeholder {@code name} as written in a script: {@code ${flyway:user}}. */
    private static String prefixed(ScriptSettings settings, String name) {
        return settings.placeholderPrefix() + name + settings.placeholderSuffix();
    }
}
