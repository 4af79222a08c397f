package dev.stairway.verifier.flyway;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for the Flyway settings a history passes through.
 *
 * <p>Engine: not part of Stairway's API; public for the history reader.
 */
public final class FlywaySettings {

    private static final Map<String, String> SET_BY_STAIRWAY = Map.of(
            "flyway.url", "the test database",
            "flyway.user", "the test database",
            "flyway.password", "the test database",
            "flyway.driver", "the test database",
            "flyway.locations", "the history's folders",
            "flyway.target", "the revision being walked",
            "flyway.cleanDisabled", "Stairway, which never cleans");

    private static final Set<String> PREFIXES = Set.of("flyway.");

    /**
     * What Stairway sets unless a history sets it otherwise, for its throwaway databases:
     * {@code flyway.postgresql.transactional.lock=false}, so that Flyway holds its lock at session level rather
     * than in a transaction left open beside the migration, which a {@code CREATE INDEX CONCURRENTLY} (or any
     * statement that waits for older transactions) would wait for forever.
     */
    public static final Map<String, String> DEFAULTS = Map.of("flyway.postgresql.transactional.lock", "false");

    private FlywaySettings() {
    }

    /** Why {@code key} cannot be passed through, if it cannot. */
    public static Optional<String> check(String key) {
        if (key == null || PREFIXES.stream().noneMatch(key::startsWith)) {
            return Optional.of("'" + key + "' is not a Flyway setting: expected a key starting with flyway., such as"
                    + " flyway.placeholders.owner or flyway.table");
        }
        String owner = SET_BY_STAIRWAY.get(key);
        if (owner != null) {
            return Optional.of(key + " is set by Stairway (from " + owner + "); remove it");
        }
        return Optional.empty();
    }
}
