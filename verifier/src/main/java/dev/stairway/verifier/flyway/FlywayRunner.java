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
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies a history's up migrations with Flyway (Community) and reads Flyway's history table.
 *
 * <p>Flyway is configured with the dialect's locations, {@code cleanDisabled}, the wanted {@code target}, and
 * every pass-through setting of the history ({@code flyway.placeholders.*}, {@code flyway.mixed},
 * {@code flyway.table}, {@code flyway.baselineVersion}, ...). On SQLite {@code mixed} is on unless set, so that a
 * script switching foreign keys off around a table rebuild runs (outside a transaction, as it must). {@code U} undo scripts in the same folders are
 * ignored by Flyway Community; Stairway runs them with {@link UndoRunner}.
 *
 * <pre>{@code
 * FlywayRunner flyway = FlywayRunner.of(history, Dialect.SQLITE);
 * flyway.migrate(database, RevisionVersion.from("3"));
 * }</pre>
 *
 * <p>Engine: not part of Stairway's API (users migrate with {@link dev.stairway.verifier.FlywayMigrations}); public
 * for the walk and the reference history's tests.
 */
public final class FlywayRunner {

    private final List<String> locations;
    private final Map<String, String> settings;
    private final ClassLoader classLoader;
    private final Map<String, String> scriptPaths;
    private final ScriptSettings scriptSettings;

    private FlywayRunner(List<String> locations, Map<String, String> settings, ClassLoader classLoader,
            Map<String, String> scriptPaths) {
        this.locations = List.copyOf(locations);
        this.settings = Map.copyOf(settings);
        this.classLoader = classLoader;
        this.scriptPaths = Map.copyOf(scriptPaths);
        this.scriptSettings = ScriptSettings.of(configuration());
    }

    /** A runner for {@code dialect}'s part of {@code history}, with the history's Flyway settings. */
    public static FlywayRunner of(MigrationHistory history, Dialect dialect) {
        Map<String, String> paths = new HashMap<>();
        history.revisions(dialect).forEach(revision -> paths.put(revision.up().fileName(), revision.up().path()));
        return new FlywayRunner(history.flywayLocations(dialect), history.flywaySettings(), history.classLoader(),
                paths);
    }

    /**
     * A runner for Flyway locations such as {@code classpath:db/migration/sqlite}, with pass-through settings
     * ({@code flyway.*} keys; none by default).
     *
     * @throws IllegalArgumentException for a setting that is not a Flyway key, or one Stairway sets itself
     */
    public static FlywayRunner of(List<String> locations, Map<String, String> settings) {
        settings.keySet().forEach(key -> FlywaySettings.check(key).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        }));
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : FlywayRunner.class.getClassLoader();
        return new FlywayRunner(locations, settings, loader, Map.of());
    }

    /**
     * Applies every pending migration up to and including {@code target}, so that {@code target} is the
     * latest applied version.
     *
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public void migrate(TestDatabase database, RevisionVersion target) {
        run(database, target.toString());
    }

    /**
     * Applies every pending migration.
     *
     * @throws MigrationFailedException naming the failing file, line, statement and the database's message
     */
    public void migrateAll(TestDatabase database) {
        run(database, "latest");
    }

    private void run(TestDatabase database, String target) {
        FluentConfiguration configuration = configuration().dataSource(database.dataSource()).target(target);
        if (database.dialect() == Dialect.SQLITE && !settings.containsKey("flyway.mixed")) {
            // PRAGMA foreign_keys = OFF around a table rebuild (Django, Alembic's batch mode, popx) is a no-op in a
            // transaction, and Flyway refuses it beside other statements unless told to run such a script outside one
            configuration.mixed(true);
        }
        Flyway flyway = configuration.load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw ScriptFailures.upFailed(e, database, target, this::scriptPath);
        }
    }

    private FluentConfiguration configuration() {
        return Flyway.configure(classLoader)
                .configuration(settings)
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
            throw new IllegalStateException("Could not read " + historyTable() + " on " + database + ": "
                    + e.getMessage(), e);
        }
    }

    List<AppliedMigration> applied(Connection connection, Dialect dialect) throws SQLException {
        if (!historyTableExists(connection, dialect)) {
            return List.of();
        }
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT installed_rank, version, description, type,"
                        + " script, success FROM " + qualifiedHistoryTable(dialect) + " ORDER BY installed_rank")) {
            while (result.next()) {
                String version = result.getString(2);
                rows.add(new AppliedMigration(result.getInt(1),
                        version == null ? Optional.empty() : Optional.of(RevisionVersion.from(version)),
                        result.getString(3), result.getString(4), result.getString(5), result.getBoolean(6)));
            }
        }
        return rows;
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
