package dev.stairway.verifier;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
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
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * Applies a history's up migrations with Flyway (Community) and reads Flyway's history table.
 *
 * <p>Flyway is configured with the dialect's locations, {@code cleanDisabled}, the wanted {@code target}, and
 * every pass-through setting of the history ({@code flyway.placeholders.*}, {@code flyway.mixed},
 * {@code flyway.table}, {@code flyway.baselineVersion}, ...). {@code U} undo scripts in the same folders are
 * ignored by Flyway Community; Stairway runs them with {@link UndoRunner}.
 *
 * <pre>{@code
 * FlywayRunner flyway = FlywayRunner.of(history, Dialect.SQLITE);
 * flyway.migrate(database, RevisionVersion.from("3"));
 * }</pre>
 */
public final class FlywayRunner {

    private final List<String> locations;
    private final Map<String, String> settings;
    private final ClassLoader classLoader;
    private final Map<String, String> scriptPaths;
    private final FluentConfiguration settled;

    private FlywayRunner(List<String> locations, Map<String, String> settings, ClassLoader classLoader,
            Map<String, String> scriptPaths) {
        this.locations = List.copyOf(locations);
        this.settings = Map.copyOf(settings);
        this.classLoader = classLoader;
        this.scriptPaths = Map.copyOf(scriptPaths);
        this.settled = configuration();
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
        Flyway flyway = configuration().dataSource(database.dataSource()).target(target).load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw failure(e, database, target);
        }
    }

    private FluentConfiguration configuration() {
        return Flyway.configure(classLoader)
                .configuration(settings)
                .locations(locations.toArray(String[]::new))
                .cleanDisabled(true);
    }

    /** The history table's name: {@code flyway_schema_history} unless {@code flyway.table} says otherwise. */
    public String historyTable() {
        return settled.getTable();
    }

    /** The history table as SQL, quoted, with its schema when Flyway is told one. */
    String qualifiedHistoryTable(Dialect dialect) {
        String table = quote(historyTable());
        if (dialect == Dialect.SQLITE) {
            return table;
        }
        String schema = settled.getDefaultSchema() != null ? settled.getDefaultSchema()
                : settled.getSchemas().length > 0 ? settled.getSchemas()[0] : null;
        return schema == null ? table : quote(schema) + "." + table;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Placeholder settings Flyway applies to scripts, for running undo scripts alike. */
    FluentConfiguration settings() {
        return settled;
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

    private boolean historyTableExists(Connection connection, Dialect dialect) throws SQLException {
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

    private MigrationFailedException failure(FlywayException exception, TestDatabase database, String target) {
        FlywayMigrateException migrate = find(exception, FlywayMigrateException.class);
        FlywaySqlScriptException script = find(exception, FlywaySqlScriptException.class);
        SQLException sql = find(exception, SQLException.class);
        if (migrate == null && script == null) {
            return new MigrationFailedException("Flyway could not migrate " + database + " to " + target + ": "
                    + ScriptFailedException.oneLine(exception.getMessage()), null, null, null,
                    sql == null ? null : ScriptFailedException.oneLine(sql.getMessage()), exception);
        }
        String file = scriptName(migrate, script);
        Integer line = script != null && script.getLineNumber() > 0 ? script.getLineNumber()
                : migrate != null && migrate.getLineNumber() > 0 ? migrate.getLineNumber() : null;
        String statement = script == null ? null : script.getStatement();
        String databaseMessage = ScriptFailedException.oneLine(sql != null ? sql.getMessage()
                : script != null ? script.getMessage() : migrate.getMessage());
        StringBuilder message = new StringBuilder("Up migration ").append(file).append(" failed on ").append(database);
        if (line != null) {
            message.append(" at line ").append(line);
        }
        if (statement != null) {
            message.append(" (").append(ScriptFailedException.firstLine(statement)).append(')');
        }
        message.append(": ").append(databaseMessage).append(". Fix ")
                .append(statement != null ? "that statement in " : "").append(file).append('.');
        return new MigrationFailedException(message.toString(), file, line, statement, databaseMessage, exception);
    }

    private String scriptName(FlywayMigrateException migrate, FlywaySqlScriptException script) {
        String name = null;
        if (migrate != null && migrate.getMigration() != null) {
            MigrationInfo info = migrate.getMigration();
            name = info.getScript();
        } else if (script != null && script.getResource() != null) {
            name = script.getResource().getFilename();
        }
        if (name == null) {
            return "(unknown script)";
        }
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return scriptPaths.getOrDefault(fileName, name);
    }

    private static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
