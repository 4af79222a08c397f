package dev.stairway.verifier.flyway;

import dev.stairway.verifier.history.RevisionVersion;
import java.util.Optional;

/**
 * One row of Flyway's history table ({@code flyway_schema_history} unless configured otherwise).
 *
 * <p>Engine: not part of Stairway's API; read by the walk's history checks.
 *
 * @param installedRank the order Flyway applied it in, from 1
 * @param version       the version, empty for repeatable migrations and Flyway's own schema-creation row
 * @param description   the description Flyway recorded (underscores as spaces)
 * @param type          Flyway's type: {@code SQL}, {@code BASELINE}, {@code SCHEMA}, ...
 * @param script        the script's file name, such as {@code V7__add_chat_index.sql}
 * @param success       false when the migration failed
 */
public record AppliedMigration(int installedRank, Optional<RevisionVersion> version, String description,
        String type, String script, boolean success) {

    /** Whether this row is a versioned migration (not a baseline, schema creation or repeatable migration). */
    public boolean isVersionedMigration() {
        return version.isPresent() && !type.equals("BASELINE") && !type.equals("SCHEMA");
    }
}
