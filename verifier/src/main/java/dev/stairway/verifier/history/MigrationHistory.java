package dev.stairway.verifier.history;

import dev.stairway.fixtures.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A migration history read strictly from its root folder: per dialect, the ordered revisions with their undo
 * scripts and directives, the Flyway locations to apply them from, and the Flyway settings the history needs.
 *
 * <p>The root holds {@code sqlite/}, {@code postgresql/} and optionally {@code common/} (applied to both), in
 * Flyway naming: {@code V<version>__<name>.sql} up, {@code U<version>__<name>.sql} its undo,
 * {@code R__<name>.sql} repeatable (left to Flyway, not walked). Each dialect has its own versions: a version may
 * exist in one dialect only (a SQLite-only fix, a PostgreSQL-only type change). An optional {@code flyway.conf} in the root
 * (Java properties, {@code flyway.*} keys such as {@code flyway.placeholders.owner=app} or
 * {@code flyway.table=schema_history}) holds Flyway settings passed through as they are.
 *
 * <pre>{@code
 * MigrationHistory history = MigrationHistory.read("classpath:db/migration");
 * for (Revision revision : history.revisions(Dialect.SQLITE)) { ... }
 * }</pre>
 */
public final class MigrationHistory {

    /**
     * The folder of the history's own seed scripts, beside the dialects' folders: {@value}. It holds
     * {@code sqlite/}, {@code postgresql/} and {@code common/} folders of {@code S<version>__<name>.sql} scripts,
     * each run before the revision of its version is walked.
     */
    public static final String SEED_FOLDER = "seed";

    /** The name of the optional Flyway settings file in a history's root: {@value}. */
    public static final String FLYWAY_CONF = "flyway.conf";

    private final String location;
    private final Map<Dialect, List<Revision>> revisions;
    private final Map<Dialect, List<String>> flywayLocations;
    private final Map<Dialect, List<MigrationScript>> flywayScripts;
    private final Map<String, String> flywaySettings;
    private final List<String> warnings;
    private final ClassLoader classLoader;
    private final Map<Dialect, Map<RevisionVersion, MigrationScript>> seeds;

    MigrationHistory(String location, Map<Dialect, List<Revision>> revisions,
            Map<Dialect, List<String>> flywayLocations, Map<Dialect, List<MigrationScript>> flywayScripts,
            Map<String, String> flywaySettings, List<String> warnings, ClassLoader classLoader,
            Map<Dialect, Map<RevisionVersion, MigrationScript>> seeds) {
        this.location = location;
        Map<Dialect, Map<RevisionVersion, MigrationScript>> seedCopy = new EnumMap<>(Dialect.class);
        seeds.forEach((dialect, byVersion) -> seedCopy.put(dialect, Map.copyOf(byVersion)));
        this.seeds = java.util.Collections.unmodifiableMap(seedCopy);
        this.classLoader = classLoader;
        this.revisions = immutable(revisions);
        this.flywayLocations = immutable(flywayLocations);
        this.flywayScripts = immutable(flywayScripts);
        this.flywaySettings = Map.copyOf(new TreeMap<>(flywaySettings));
        this.warnings = List.copyOf(warnings);
    }

    private static <T> Map<Dialect, List<T>> immutable(Map<Dialect, List<T>> byDialect) {
        Map<Dialect, List<T>> copy = new EnumMap<>(Dialect.class);
        byDialect.forEach((dialect, list) -> copy.put(dialect, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** Starts reading a history: {@code MigrationHistory.configure().location("classpath:db/migration").load()}. */
    public static MigrationHistoryConfiguration configure() {
        return new MigrationHistoryConfiguration();
    }

    /**
     * Reads the history at {@code location} for both dialects: {@code classpath:db/migration},
     * {@code filesystem:/path/to/migrations} or a plain path.
     *
     * @throws InvalidHistoryException listing every problem found
     */
    public static MigrationHistory read(String location) {
        return configure().location(location).load();
    }

    /** Reads the history in folder {@code root} for both dialects; see {@link #read(String)}. */
    public static MigrationHistory read(Path root) {
        return read(root.toString());
    }

    /**
     * The names of the SQL files under a Flyway location ({@code classpath:db/migration/sqlite},
     * {@code filesystem:/path}, or a bare path, which Flyway reads as {@code classpath:}), searched through its
     * subfolders as Flyway does, sorted; empty when the location does not exist. For checking a location before
     * Flyway runs, so that an empty or misspelt one can be reported with what was expected.
     */
    public static List<String> sqlFileNames(String location, ClassLoader classLoader) {
        String flywayLocation = location.startsWith("classpath:") || location.startsWith("filesystem:") ? location
                : "classpath:" + location;
        return sqlFiles(flywayLocation, classLoader).keySet().stream()
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    }

    /**
     * The SQL files under {@code location} ({@code classpath:db/migration}, {@code filesystem:/path} or a plain
     * path, as for {@link #read(String)}) and its subfolders, by path relative to it with {@code /} separators
     * ({@code sqlite/V1__init.sql}), with their text, sorted by path; empty when the location does not exist. For
     * readers of files beside a history, such as release checksums and legacy schemas.
     */
    public static SortedMap<String, String> sqlFiles(String location, ClassLoader classLoader) {
        SortedMap<String, String> sql = new TreeMap<>();
        HistoryFiles.list(location, classLoader).files().forEach((path, bytes) -> {
            if (path.endsWith(".sql")) {
                sql.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return Collections.unmodifiableSortedMap(sql);
    }

    /** The location the history was read from, as given. */
    public String location() {
        return location;
    }

    /** The dialects read, in declaration order. */
    public Set<Dialect> dialects() {
        return revisions.keySet();
    }

    /**
     * The revisions of {@code dialect}, ordered by version.
     *
     * @throws IllegalArgumentException when the dialect was not read
     */
    public List<Revision> revisions(Dialect dialect) {
        return byDialect(revisions, dialect);
    }

    /** The revision of {@code dialect} with {@code version}, if there is one. */
    public Optional<Revision> revision(Dialect dialect, RevisionVersion version) {
        return revisions(dialect).stream().filter(revision -> revision.version().equals(version)).findFirst();
    }

    /**
     * The Flyway locations holding {@code dialect}'s scripts: {@code common/} when present, then the dialect's
     * folder, such as {@code [classpath:db/migration/common, classpath:db/migration/sqlite]}.
     */
    public List<String> flywayLocations(Dialect dialect) {
        return byDialect(flywayLocations, dialect);
    }

    /**
     * Every SQL file in {@code dialect}'s {@link #flywayLocations(Dialect) Flyway locations}, as read: the up and
     * undo scripts of its revisions, repeatable migrations ({@code R__<name>.sql}), Flyway callbacks
     * ({@code beforeMigrate.sql}, ...) and any other {@code .sql} file; those of {@code common/} first, each folder
     * sorted by path. What Flyway would find there, so that it can be handed these instead of listing the folders
     * again.
     */
    public List<MigrationScript> flywayScripts(Dialect dialect) {
        return byDialect(flywayScripts, dialect);
    }

    /** The Flyway settings from {@code flyway.conf} and the configuration, {@code flyway.*} keys; empty by default. */
    public Map<String, String> flywaySettings() {
        return flywaySettings;
    }

    /**
     * What is worth telling about the history without stopping its walk, one sentence each: files in the
     * migration folders named almost like migrations ({@code v1__x.sql}, {@code V3__c.SQL}, {@code V1_x.sql}),
     * which Flyway never runs. Empty for a history with none.
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The history's own seed script for the revision of {@code dialect} with {@code version}
     * ({@code seed/<dialect>/S<version>__<name>.sql} or {@code seed/common/...}), if there is one.
     */
    public Optional<MigrationScript> seed(Dialect dialect, RevisionVersion version) {
        return Optional.ofNullable(seeds.getOrDefault(dialect, Map.of()).get(version));
    }

    /** Every seed script of {@code dialect}, ordered by version; empty when the history has none. */
    public List<MigrationScript> seeds(Dialect dialect) {
        return new TreeMap<>(seeds.getOrDefault(dialect, Map.of())).values().stream().toList();
    }

    /** The class loader {@code classpath:} locations were read with; Flyway must use the same. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    private <T> List<T> byDialect(Map<Dialect, List<T>> map, Dialect dialect) {
        List<T> list = map.get(dialect);
        if (list == null) {
            throw new IllegalArgumentException("The history at " + location + " was read for " + dialects()
                    + ", not " + dialect + ". Add " + dialect + " to the dialects when reading it.");
        }
        return list;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("history at ").append(location);
        revisions.forEach((dialect, list) -> text.append(", ").append(list.size()).append(' ').append(dialect)
                .append(list.size() == 1 ? " revision" : " revisions"));
        return text.toString();
    }
}
