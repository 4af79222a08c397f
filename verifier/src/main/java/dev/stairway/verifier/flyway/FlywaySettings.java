package dev.stairway.verifier.flyway;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * Rules for the Flyway settings a history passes through ({@code flyway.*} keys in {@code flyway.conf} or the
 * configuration): which keys Stairway sets itself, which Stairway sets by default, and whether Flyway accepts
 * each key and value, checked before anything is walked.
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

    /** Settings that rename migrations, with Flyway's default, the only value Stairway's reader follows. */
    private static final Map<String, String> NAMING = Map.of(
            "flyway.sqlMigrationPrefix", "V",
            "flyway.sqlMigrationSeparator", "__",
            "flyway.sqlMigrationSuffixes", ".sql",
            "flyway.repeatableSqlMigrationPrefix", "R",
            "flyway.undoSqlMigrationPrefix", "U");

    private static final String PREFIX = "flyway.";
    private static final Set<String> BUILT_IN_LOGGERS = Set.of("auto", "maven", "console", "slf4j", "log4j2",
            "apache-commons");

    /**
     * What Stairway sets unless a history sets it otherwise, for its throwaway databases:
     * {@code flyway.postgresql.transactional.lock=false}, so that Flyway holds its lock at session level rather
     * than in a transaction left open beside the migration, which a {@code CREATE INDEX CONCURRENTLY} (or any
     * statement that waits for older transactions) would wait for forever.
     */
    public static final Map<String, String> DEFAULTS = Map.of("flyway.postgresql.transactional.lock", "false");

    /** Checks of values that Flyway takes as they are and would refuse only when it uses them. */
    private static final Map<String, Function<String, Optional<String>>> LATE_CHECKS = Map.of(
            "flyway.baselineVersion", FlywaySettings::version,
            "flyway.encoding", FlywaySettings::charset,
            "flyway.ignoreMigrationPatterns", FlywaySettings::patterns,
            "flyway.postgresql.transactional.lock", FlywaySettings::bool);

    private FlywaySettings() {
    }

    /** Why {@code key} cannot be passed through, if it cannot: not a {@code flyway.} key, or one Stairway sets. */
    public static Optional<String> check(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.of("'" + key + "' is not a Flyway setting: expected a key starting with flyway., such as"
                    + " flyway.placeholders.owner or flyway.table");
        }
        String owner = SET_BY_STAIRWAY.get(key);
        if (owner != null) {
            return Optional.of(key + " is set by Stairway (from " + owner + "); remove it");
        }
        return Optional.empty();
    }

    /**
     * Why each of {@code settings} cannot be handed to Flyway, one sentence per setting, in key order: a key
     * {@link #check(String) refused}, a key Flyway does not know, a value Flyway refuses, or a setting that renames
     * migrations, which Stairway's reader does not follow. Empty when Flyway takes them all. Classes named by
     * {@code flyway.loggers} and {@code flyway.resolvers} are looked up with {@code classLoader}.
     */
    public static List<String> problems(Map<String, String> settings, ClassLoader classLoader) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(settings).forEach((key, value) -> problem(key, value, classLoader).ifPresent(problems::add));
        return problems;
    }

    private static Optional<String> problem(String key, String value, ClassLoader classLoader) {
        Optional<String> refused = check(key);
        if (refused.isPresent()) {
            return refused.map(problem -> problem + ".");
        }
        String naming = NAMING.get(key);
        if (naming != null && !naming.equals(value)) {
            return Optional.of(key + "=" + value + " renames migrations, which Stairway does not follow: it reads"
                    + " V<version>__<name>.sql, U<version>__<name>.sql and R__<name>.sql as Flyway does by default."
                    + " Remove the setting and name the files so.");
        }
        try {
            Flyway.configure(classLoader).configuration(Map.of(key, value));
        } catch (FlywayException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().strip();
            if (message.startsWith("Unknown configuration property")) {
                return Optional.of(key + " is not a setting Flyway knows: expected a key such as flyway.table,"
                        + " flyway.mixed or flyway.placeholders.<name>. Fix the key or remove it.");
            }
            return Optional.of(key + "=" + value + " is refused by Flyway: " + firstSentence(message)
                    + ". Fix the value.");
        }
        Function<String, Optional<String>> late = LATE_CHECKS.get(key);
        if (late != null) {
            return late.apply(value).map(why -> key + "=" + value + " is refused: " + why + ". Fix the value.");
        }
        if (key.equals("flyway.loggers")) {
            return names(value).stream().filter(name -> !loggerExists(name, classLoader)).findFirst()
                    .map(name -> key + "=" + value + " is refused: expected auto, console, slf4j, log4j2,"
                            + " apache-commons or the name of a LogCreator class on the class path, found " + name
                            + ". Fix the value.");
        }
        if (key.equals("flyway.resolvers")) {
            return names(value).stream().filter(name -> !classExists(name, classLoader)).findFirst()
                    .map(name -> key + "=" + value + " is refused: no class " + name + " on the class path."
                            + " Fix the value or add the class.");
        }
        return Optional.empty();
    }

    private static String firstSentence(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static List<String> names(String value) {
        return List.of(value.split(",")).stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static Optional<String> version(String value) {
        try {
            MigrationVersion.fromVersion(value);
            return Optional.empty();
        } catch (FlywayException e) {
            return Optional.of("expected a version, digits separated by dots such as 1 or 1.2");
        }
    }

    private static Optional<String> charset(String value) {
        boolean supported;
        try {
            supported = Charset.isSupported(value);
        } catch (IllegalArgumentException e) {
            supported = false; // an illegal name, such as one with a space
        }
        return supported ? Optional.empty()
                : Optional.of("expected the name of a character set, such as UTF-8 or ISO-8859-1");
    }

    private static Optional<String> patterns(String value) {
        for (String pattern : names(value)) {
            try {
                ValidatePattern.fromPattern(pattern);
            } catch (FlywayException e) {
                return Optional.of("expected patterns <type>:<state> such as *:missing, with a state among *,"
                        + " missing, pending, ignored and future, found " + pattern);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> bool(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") ? Optional.empty()
                : Optional.of("expected true or false");
    }

    private static boolean loggerExists(String name, ClassLoader classLoader) {
        return BUILT_IN_LOGGERS.contains(name.toLowerCase(Locale.ROOT))
                || loaded(name, classLoader).filter(LogCreator.class::isAssignableFrom).isPresent();
    }

    private static boolean classExists(String name, ClassLoader classLoader) {
        return loaded(name, classLoader).isPresent();
    }

    /** The class {@code name} as {@code classLoader} finds it, not initialized; empty when it cannot. */
    private static Optional<Class<?>> loaded(String name, ClassLoader classLoader) {
        try {
            return Optional.of(Class.forName(name, false, classLoader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
