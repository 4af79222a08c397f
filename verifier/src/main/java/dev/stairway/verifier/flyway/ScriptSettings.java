package dev.stairway.verifier.flyway;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * What Flyway applies to every script and where it keeps its history, read once from its configuration: whether
 * and how placeholders are replaced, their values, the history table and its schema.
 *
 * @param replacePlaceholders whether {@code ${name}} placeholders are replaced ({@code flyway.placeholderReplacement})
 * @param placeholderPrefix   what opens a placeholder, {@code ${} by default
 * @param placeholderSuffix   what closes a placeholder, <code>}</code> by default
 * @param placeholders        the configured values by lower-case name
 * @param table               the history table's name, {@code flyway_schema_history} by default
 * @param defaultSchema       {@code flyway.defaultSchema}, if set
 * @param tableSchema         the schema holding the history table: the default schema, else the first of
 *                            {@code flyway.schemas}, else none (the connection's own)
 * @param outOfOrder          whether Flyway applies a version below the latest applied one
 *                            ({@code flyway.outOfOrder}, false by default)
 */
record ScriptSettings(boolean replacePlaceholders, String placeholderPrefix, String placeholderSuffix,
        Map<String, String> placeholders, String table, Optional<String> defaultSchema, Optional<String> tableSchema,
        boolean outOfOrder) {

    ScriptSettings {
        placeholders = Map.copyOf(placeholders);
    }

    static ScriptSettings of(Configuration configuration) {
        Map<String, String> placeholders = new HashMap<>();
        configuration.getPlaceholders().forEach((key, value) -> placeholders.put(key.toLowerCase(Locale.ROOT), value));
        Optional<String> defaultSchema = Optional.ofNullable(configuration.getDefaultSchema());
        Optional<String> tableSchema = defaultSchema.isPresent() ? defaultSchema
                : configuration.getSchemas().length > 0 ? Optional.of(configuration.getSchemas()[0]) : Optional.empty();
        return new ScriptSettings(configuration.isPlaceholderReplacement(), configuration.getPlaceholderPrefix(),
                configuration.getPlaceholderSuffix(), placeholders, configuration.getTable(), defaultSchema,
                tableSchema, configuration.isOutOfOrder());
    }
}
