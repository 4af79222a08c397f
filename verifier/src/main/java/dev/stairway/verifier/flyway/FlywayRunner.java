package dev.stairway.verifier.flyway;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.MigrationFailedException;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.RevisionVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies a history's up migrations with Flyway (Community), baselines a database, and reads Flyway's history
 * table. Flyway applies every up script and keeps its history table; {@code U} undo scripts in the same folders
 * are ignored by Flyway Community, and Stairway runs them with {@link UndoRunner}.
 *
 * <p>Flyway is configured with the dialect's locations, {@code cleanDisabled}, the wanted {@code target}, and
 * every pass-through setting of the history ({@code flyway.placeholders.*}, {@code flyway.mixed},
 * {@code flyway.table}, {@code flyway.baselineVersion}, ...). On SQLite {@code mixed} is on unless set, so that a
 * script switching foreign keys off around a table rebuild runs (outside a transaction, as it must). A runner
 * {@link #of(MigrationHistory, Dialect) of a history} hands Flyway the scripts the history read (no second listing
 * of its folders) and keeps one loaded Flyway for the database it last migrated; a runner
 * {@link #of(List, Map) of locations} lets Flyway list them.
 *
 * <pre>{@code
 * FlywayRunner flyway = FlywayRunner.of(history, Dialect.SQLITE);
 * flyway.migrate(database, RevisionVersion.from("3"));        // V1 .. V3 applied
 * List<AppliedMigration> rows = flyway.applied(database);     // the history table, in installed order
 * }</pre>
 *
 * <p>A runner is safe to share between threads; calls on one database should not overlap, as with Flyway.
 *
 * <p>Engine: not part of Stairway's API (users migrate with {@link dev.stairway.verifier.FlywayMigrations}); public
 * for the walk and the reference history's tests.
 */
public final class FlywayRunner {

    private final List<String> locations;
    private final Map<String, String> settings;
    private final ClassLoader classLoader;
    private final Map<String, String> scriptPaths;
    private final Optional<HistoryResources> resources;
    private final ScriptSettings scriptSettings;
    /** Versions as read from the history table, parsed once: the table is read after every step. */
    private final Map<String, RevisionVersion> parsedVersions = new ConcurrentHashMap<>();
    private final AtomicReference<FlywaySession> session = new AtomicReference<>();

    private FlywayRunner(List<String> locations, Map<String, String> settings, ClassLoader classLoader,
            Map<String, String> scriptPaths, Optional<HistoryResources> resources) {
        this.locations = List.copyOf(locations);
        this.settings = Map.copyOf(settings);
        this.classLoader = classLoader;
        this.scriptPaths = Map.copyOf(scriptPaths);
        this.resources = resources;
        this.scriptSettings = ScriptSettings.of(configuration());
    }

    /** A runner for {@code dialect}'s part of {@code history}, with the history's Flyway settings. */
    public static FlywayRunner of(MigrationHistory history, Dialect dialect) {
        Map<String, String> paths = new HashMap<>();
        history.revisions(dialect).forEach(revision -> paths.put(revision.up().fileName(), revision.up().path()));
        return new FlywayRunner(history.flywayLocations(dialect), history.flywaySettings(), history.classLoader(),
                paths, Optional.of(HistoryResources.of(history, dialect)));
    }

    /**
     * A runner for Flyway locations such as {@code classpath:db/migration/sqlite}, with pass-through settings
     * ({@code flyway.*} keys; none by default).
     *
     * @throws IllegalArgumentException for a setting that is not a Flyway key, one Stairway sets itself, or one
     *     Flyway refuses, each named with its value
     */
    public static FlywayRunner of(List<String> locations, Map<String, String> settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : FlywayRunner.class.getClassLoader();
        List<String> problems = FlywaySettings.problems(settings, loader);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new FlywayRunner(locations, settings, loader, Map.of(), Optional.empty());
    }

    /**
     * Applies every pending migration up to and including {@code target}, so that {@code target} is the
     * latest applied version.
     *
     * <p>A runner of a {@link MigrationHistory} keeps one loaded Flyway per database and, when the history table
     * holds exactly the history's versions up to its latest one (the walk's case), hands Flyway only the up
     * scripts above that version and up to {@code target}, with the repeatable migrations and callbacks: each call
     * then costs about the same however long the history is, so a walk applying one revision per call stays
     * linear. Otherwise (a baseline, a failed row, a version missing below the latest, {@code flyway.outOfOrder})
     * Flyway is handed every script and validates them as configured.
     *
     * @throws IllegalArgumentException when a history's runner is given a version the history does not have
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public void migrate(TestDatabase database, RevisionVersion target) {
        resources.ifPresent(scripts -> scripts.checkHas(target, database));
        run(database, Optional.of(target));
    }

    /**
     * Applies every pending migration.
     *
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public void migrateAll(TestDatabase database) {
        run(database, Optional.empty());
    }

    private void run(TestDatabase database, Optional<RevisionVersion> upTo) {
        String target = upTo.map(RevisionVersion::toString).orElse("latest");
        try {
            if (resources.isEmpty()) {
                configuration(database.dialect()).dataSource(database.dataSource()).target(target).load().migrate();
                return;
            }
            HistoryState state = historyState(database);
            if (!scriptSettings.outOfOrder() && state.failed() == 0
                    && state.migrations() == resources.get().versionsUpTo(state.latest())) {
                session(database).migrate(resources.get().window(state.latest(), upTo));
            } else {
                configuration(database.dialect()).dataSource(database.dataSource()).target(target)
                        .resourceProvider(resources.get().all()).javaMigrationClassProvider(List::of)
                        .load().migrate();
            }
        } catch (FlywayException e) {
            throw ScriptFailures.upFailed(e, database, target, this::scriptPath);
        }
    }

    /**
     * Records {@code database}, whose schema is already at {@code version} but has no history table (a legacy
     * install), as baselined at that version, as Flyway's {@code baseline} does: later migrations apply only the
     * versions above it.
     *
     * @throws IllegalStateException with Flyway's reason when it refuses, such as a history table already there
     */
    public void baseline(TestDatabase database, RevisionVersion version) {
        try {
            configuration().dataSource(database.dataSource()).baselineVersion(version.toFlyway()).load().baseline();
        } catch (FlywayException e) {
            throw new IllegalStateException("Flyway could not baseline " + database + " at version " + version + ": "
                    + ScriptFailures.oneLine(e.getMessage()), e);
        }
    }

    /** The session on {@code database}, opened on first use; one at a time, the walk's current database. */
    private FlywaySession session(TestDatabase database) {
        DataSource dataSource = database.dataSource();
        return session.updateAndGet(current -> current != null && current.runsOn(dataSource) ? current
                : FlywaySession.open(configuration(database.dialect()), dataSource));
    }

    /**
     * What a step needs to know of the history table, read without reading every row.
     *
     * @param latest     the version of the latest successful row with a version (a migration or a baseline)
     * @param migrations how many successful rows are versioned migrations
     * @param failed     how many rows failed
     */
    private record HistoryState(Optional<RevisionVersion> latest, int migrations, int failed) {
    }

    private HistoryState historyState(TestDatabase database) {
        try (Connection connection = database.connection()) {
            if (!historyTableExists(connection, database.dialect())) {
                return new HistoryState(Optional.empty(), 0, 0);
            }
            String table = qualifiedHistoryTable(database.dialect());
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT (SELECT version FROM " + table
                            + " WHERE version IS NOT NULL AND success ORDER BY installed_rank DESC LIMIT 1),"
                            + " (SELECT count(*) FROM " + table + " WHERE version IS NOT NULL AND success"
                            + " AND type <> 'BASELINE' AND type <> 'SCHEMA'),"
                            + " (SELECT count(*) FROM " + table + " WHERE NOT success)")) {
                result.next();
                String latest = result.getString(1);
                return new HistoryState(latest == null ? Optional.empty() : Optional.of(version(latest)),
                        result.getInt(2), result.getInt(3));
            }
        } catch (SQLException e) {
            throw unreadable(database, e);
        }
    }

    private RevisionVersion version(String text) {
        return parsedVersions.computeIfAbsent(text, RevisionVersion::from);
    }

    /** The configuration for migrating a database of {@code dialect}. */
    private FluentConfiguration configuration(Dialect dialect) {
        FluentConfiguration configuration = configuration();
        if (dialect == Dialect.SQLITE && !settings.containsKey("flyway.mixed")) {
            // PRAGMA foreign_keys = OFF around a table rebuild (Django, Alembic's batch mode, popx) is a no-op in a
            // transaction, and Flyway refuses it beside other statements unless told to run such a script outside one
            configuration.mixed(true);
        }
        return configuration;
    }

    private FluentConfiguration configuration() {
        Map<String, String> all = new HashMap<>(FlywaySettings.DEFAULTS);
        all.putAll(settings);
        return Flyway.configure(classLoader)
                .configuration(all)
                .locations(locations.toArray(String[]::new))
                .cleanDisabled(true);
    }

    /**
     * How messages name the script Flyway calls {@code flywayScript} (its path under its location): its path in
     * the history, else under the only location, else as Flyway names it.
     */
    private String scriptPath(String flywayScript) {
        String fileName = flywayScript.substring(flywayScript.lastIndexOf('/') + 1);
        String path = scriptPaths.get(fileName);
        if (path != null) {
            return path;
        }
        return locations.size() == 1 ? locations.get(0).replaceAll("/+$", "") + "/" + flywayScript : flywayScript;
    }

    /** The history table's name: {@code flyway_schema_history} unless {@code flyway.table} says otherwise. */
    public String historyTable() {
        return scriptSettings.table();
    }

    /**
     * The schema Flyway makes current while it migrates ({@code flyway.defaultSchema}, else the first of
     * {@code flyway.schemas}); empty when neither is set and the connection's own search path applies.
     */
    public Optional<String> migrationSchema() {
        return scriptSettings.tableSchema();
    }

    /** The history table as SQL, quoted, with its schema when Flyway is told one. */
    String qualifiedHistoryTable(Dialect dialect) {
        String table = quote(historyTable());
        if (dialect == Dialect.SQLITE) {
            return table;
        }
        return scriptSettings.tableSchema().map(schema -> quote(schema) + "." + table).orElse(table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code script}'s text with Flyway's placeholders replaced as Flyway replaces them in up scripts.
     *
     * @throws IllegalArgumentException naming a placeholder that has no value
     */
    public String withPlaceholders(MigrationScript script, TestDatabase database) {
        return Placeholders.replace(script.sql(), script, scriptSettings, database);
    }

    /**
     * {@code script}'s text with Flyway's placeholders replaced as Flyway would on a database named
     * {@code databaseName} that {@code user} connects to; either may be {@code null} when not known (a plan printed
     * without a database), and {@code ${flyway:database}} or {@code ${flyway:user}} then stays as written.
     *
     * @throws IllegalArgumentException naming a placeholder that has no value
     */
    public String withPlaceholders(MigrationScript script, String databaseName, String user) {
        return Placeholders.replace(script.sql(), script, scriptSettings, databaseName, user);
    }

    /**
     * The rows of the history table in the order Flyway applied them; empty when the table does not exist yet.
     */
    public List<AppliedMigration> applied(TestDatabase database) {
        try (Connection connection = database.connection()) {
            return applied(connection, database.dialect());
        } catch (SQLException e) {
            throw unreadable(database, e);
        }
    }

    /**
     * The rows of the history table above {@code installedRank}, with a summary of those at or below it; for a
     * caller that read the table before and knows it exists.
     *
     * @throws IllegalStateException when the table cannot be read (for example, it is gone)
     */
    public HistoryTail appliedAfter(TestDatabase database, int installedRank) {
        String table = qualifiedHistoryTable(database.dialect());
        // one query, one round trip: the summary below, joined to each row above (one row of NULLs when none)
        String sql = "SELECT s.n, s.ranks, s.failed, h.installed_rank, h.version, h.description, h.type, h.script,"
                + " h.success FROM (SELECT count(*) AS n, coalesce(sum(installed_rank), 0) AS ranks,"
                + " coalesce(sum(CASE WHEN success THEN 0 ELSE 1 END), 0) AS failed FROM " + table
                + " WHERE installed_rank <= ?) s LEFT JOIN " + table + " h ON h.installed_rank > ?"
                + " ORDER BY h.installed_rank";
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, installedRank);
            statement.setInt(2, installedRank);
            try (ResultSet result = statement.executeQuery()) {
                List<AppliedMigration> above = new ArrayList<>();
                int rows = 0;
                long rankSum = 0;
                int failed = 0;
                while (result.next()) {
                    rows = result.getInt(1);
                    rankSum = result.getLong(2);
                    failed = result.getInt(3);
                    result.getInt(4);
                    if (!result.wasNull()) {
                        above.add(row(result, 4));
                    }
                }
                return new HistoryTail(rows, rankSum, failed, above);
            }
        } catch (SQLException e) {
            throw unreadable(database, e);
        }
    }

    private IllegalStateException unreadable(TestDatabase database, SQLException e) {
        return new IllegalStateException("Could not read " + historyTable() + " on " + database + ": "
                + e.getMessage(), e);
    }

    List<AppliedMigration> applied(Connection connection, Dialect dialect) throws SQLException {
        return rows(connection, dialect, "", "");
    }

    /**
     * The latest row of a versioned migration (not a baseline nor Flyway's schema-creation row), failed or not,
     * read alone: what an undo removes.
     */
    Optional<AppliedMigration> latestMigration(Connection connection, Dialect dialect) throws SQLException {
        return rows(connection, dialect, " WHERE version IS NOT NULL AND type <> 'BASELINE' AND type <> 'SCHEMA'",
                " DESC LIMIT 1").stream().findFirst();
    }

    private List<AppliedMigration> rows(Connection connection, Dialect dialect, String where, String order)
            throws SQLException {
        if (!historyTableExists(connection, dialect)) {
            return List.of();
        }
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT installed_rank, version, description, type,"
                        + " script, success FROM " + qualifiedHistoryTable(dialect) + where
                        + " ORDER BY installed_rank" + order)) {
            while (result.next()) {
                rows.add(row(result, 1));
            }
        }
        return rows;
    }

    /** The history row whose installed rank is column {@code first} of {@code result}, then version, ... success. */
    private AppliedMigration row(ResultSet result, int first) throws SQLException {
        String version = result.getString(first + 1);
        return new AppliedMigration(result.getInt(first),
                version == null ? Optional.empty() : Optional.of(version(version)),
                result.getString(first + 2), result.getString(first + 3), result.getString(first + 4),
                result.getBoolean(first + 5));
    }

    boolean historyTableExists(Connection connection, Dialect dialect) throws SQLException {
        String sql = dialect == Dialect.SQLITE
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT count(*) FROM (SELECT to_regclass(?) AS found) AS lookup WHERE found IS NOT NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, dialect == Dialect.SQLITE ? historyTable() : qualifiedHistoryTable(dialect));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }
}
