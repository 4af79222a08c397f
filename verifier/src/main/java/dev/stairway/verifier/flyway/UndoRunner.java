package dev.stairway.verifier.flyway;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.sql.SqlSplitter;
import dev.stairway.verifier.sql.SqlStatement;
import dev.stairway.verifier.sql.TransactionRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Undoes the latest applied revision for Flyway Community: runs its {@code U} script, then deletes that
 * version's row from Flyway's history table, so that Flyway applies the revision again on the next migrate.
 *
 * <p>Script and row deletion run in one transaction, rolled back wholly when a statement fails:
 * <ul>
 *   <li>PostgreSQL: DDL is transactional. A script holding a statement that cannot run in a transaction
 *       ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, {@code ALTER TYPE ... ADD VALUE} before PostgreSQL 12,
 *       ...) runs statement by statement instead, as Flyway does with such migrations; a failure then leaves the
 *       statements before it applied.</li>
 *   <li>SQLite: DDL is transactional too. {@code PRAGMA foreign_keys} is a no-op inside a transaction, so
 *       {@code PRAGMA foreign_keys = OFF/ON} statements of a table-rebuild script are taken out of it: foreign
 *       keys are switched off before the transaction, checked with {@code PRAGMA foreign_key_check} before
 *       commit, and restored to their previous setting afterwards.</li>
 * </ul>
 * Flyway placeholders are replaced in undo scripts as Flyway replaces them in up scripts.
 *
 * <p>Engine: not part of Stairway's API; public for the walk and the reference history's tests.
 */
public final class UndoRunner {

    private static final Pattern FOREIGN_KEYS_PRAGMA = Pattern.compile(
            "(?is)PRAGMA\\s+(main\\s*\\.\\s*)?foreign_keys\\s*(=\\s*|\\(\\s*)['\"]?(\\w+)['\"]?\\s*\\)?");
    private final FlywayRunner flyway;

    private UndoRunner(FlywayRunner flyway) {
        this.flyway = flyway;
    }

    /** An undo runner using {@code flyway}'s history table and placeholders. */
    public static UndoRunner of(FlywayRunner flyway) {
        return new UndoRunner(flyway);
    }

    /**
     * Runs {@code revision}'s undo script on {@code database} and removes its row from the history table.
     *
     * @throws IllegalArgumentException when the revision has no undo script, or is of another dialect
     * @throws IllegalStateException    when the revision is not the latest applied version
     * @throws UndoFailedException      naming the {@code U} file, the statement and the database's message
     * @throws UndoRemovedHistoryException when the script dropped the history table or deleted the version's row
     */
    public void undo(TestDatabase database, Revision revision) {
        Dialect dialect = database.dialect();
        if (revision.dialect() != dialect) {
            throw new IllegalArgumentException(revision.displayName() + " cannot be undone on " + database
                    + ": it is a " + revision.dialect() + " revision. Pass the " + dialect + " revision.");
        }
        MigrationScript script = revision.undo().orElseThrow(() -> new IllegalArgumentException(
                revision.displayName() + " has no undo script: expected " + revision.dialect().id() + "/U"
                        + revision.version() + "__" + revision.description() + ".sql"
                        + revision.irreversible().map(reason -> " (it is irreversible: " + reason + ")").orElse("")));
        String sql;
        try {
            sql = flyway.withPlaceholders(script, database);
        } catch (IllegalArgumentException e) {
            throw new UndoFailedException("Undo " + script.path() + " cannot run on " + database + ": "
                    + e.getMessage(), script.path(), null, null, null, e);
        }
        List<SqlStatement> statements = SqlSplitter.split(sql, dialect);
        for (SqlStatement statement : statements) {
            if (TransactionRules.controlsTransaction(statement)) {
                throw new UndoFailedException("Undo " + script.path() + " line " + statement.line() + " controls"
                        + " the transaction itself (" + statement.oneLine() + "): Stairway runs each undo in one"
                        + " transaction. Remove the statement.", script.path(), statement.line(), statement.sql(),
                        null, null);
            }
        }
        try (Connection connection = database.connection()) {
            int rank = latestRank(connection, database, revision);
            if (dialect == Dialect.SQLITE) {
                undoSqlite(connection, database, revision, rank, script, statements);
            } else {
                undoPostgresql(connection, database, revision, rank, script, statements);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not undo " + revision.displayName() + " on " + database + ": "
                    + e.getMessage(), e);
        }
    }

    /** The installed rank of {@code revision}'s row, which must be the latest applied versioned migration. */
    private int latestRank(Connection connection, TestDatabase database, Revision revision) throws SQLException {
        Optional<AppliedMigration> latest = flyway.latestMigration(connection, database.dialect());
        if (latest.isEmpty() || !revision.version().equals(latest.get().version().orElseThrow())) {
            throw new IllegalStateException("Cannot undo " + revision.displayName() + " on " + database + ": the"
                    + " latest applied version in " + flyway.historyTable() + " is "
                    + latest.map(row -> row.version().orElseThrow().toString()).orElse("none") + ", expected "
                    + revision.version() + ". Undo revisions from the latest down.");
        }
        return latest.get().installedRank();
    }

    private void undoPostgresql(Connection connection, TestDatabase database, Revision revision, int rank,
            MigrationScript script, List<SqlStatement> statements) throws SQLException {
        boolean transactional = runsInTransaction(statements, connection.getMetaData().getDatabaseMajorVersion());
        if (!transactional) {
            connection.setAutoCommit(true);
            execute(connection, database, script, statements, false);
            deleteHistoryRow(connection, database, revision, script, rank);
            return;
        }
        connection.setAutoCommit(false);
        try {
            execute(connection, database, script, statements, true);
            deleteHistoryRow(connection, database, revision, script, rank);
            connection.commit();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Whether a PostgreSQL undo can run in one transaction on a server of {@code serverMajor}: not when a statement
     * refuses transactions ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...), nor, before PostgreSQL 12,
     * {@code ALTER TYPE ... ADD VALUE}. Flyway decides the same for up scripts.
     */
    static boolean runsInTransaction(List<SqlStatement> statements, int serverMajor) {
        return statements.stream()
                .noneMatch(statement -> TransactionRules.runsOutsideTransactionOnPostgresql(statement, serverMajor));
    }

    private void undoSqlite(Connection connection, TestDatabase database, Revision revision, int rank,
            MigrationScript script, List<SqlStatement> statements) throws SQLException {
        List<SqlStatement> body = new ArrayList<>();
        boolean foreignKeysOff = false;
        for (SqlStatement statement : statements) {
            var pragma = FOREIGN_KEYS_PRAGMA.matcher(statement.sql());
            if (pragma.matches()) {
                foreignKeysOff |= !isOn(pragma.group(3));
            } else {
                body.add(statement);
            }
        }
        boolean foreignKeysWereOn = queryInt(connection, "PRAGMA foreign_keys") == 1;
        connection.setAutoCommit(true);
        if (foreignKeysOff) {
            executeQuietly(connection, "PRAGMA foreign_keys = OFF");
        }
        try {
            connection.setAutoCommit(false);
            execute(connection, database, script, body, true);
            if (foreignKeysOff && foreignKeysWereOn) {
                checkForeignKeys(connection, database, script);
            }
            deleteHistoryRow(connection, database, revision, script, rank);
            connection.commit();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (foreignKeysOff) {
                executeQuietly(connection, "PRAGMA foreign_keys = " + (foreignKeysWereOn ? "ON" : "OFF"));
            }
        }
    }

    private static boolean isOn(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("on") || v.equals("1") || v.equals("true") || v.equals("yes");
    }

    private static void checkForeignKeys(Connection connection, TestDatabase database, MigrationScript script)
            throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (result.next() && violations.size() < 5) {
                violations.add(result.getString(1) + " row " + result.getLong(2) + " -> " + result.getString(3));
            }
        }
        if (!violations.isEmpty()) {
            throw new UndoFailedException("Undo " + script.path() + " leaves foreign keys broken on " + database
                    + " (" + String.join(", ", violations) + "); it was rolled back. Fix the script so every"
                    + " reference points at an existing row.", script.path(), null, null, null, null);
        }
    }

    private static void execute(Connection connection, TestDatabase database, MigrationScript script,
            List<SqlStatement> statements, boolean inTransaction) {
        for (SqlStatement statement : statements) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            } catch (SQLException e) {
                throw ScriptFailures.undoFailed(script, database, statement, e, inTransaction);
            }
        }
    }

    /**
     * Deletes {@code revision}'s row, at {@code rank}, from the history table.
     *
     * @throws UndoRemovedHistoryException when the script dropped the table or deleted the row itself
     */
    private void deleteHistoryRow(Connection connection, TestDatabase database, Revision revision,
            MigrationScript script, int rank) throws SQLException {
        if (!flyway.historyTableExists(connection, database.dialect())) {
            throw new UndoRemovedHistoryException(script.path() + " dropped " + flyway.historyTable() + " on "
                    + database + ": expected the undo to leave Flyway's history to Stairway, which removes version "
                    + revision.version() + "'s row itself. Remove the statement that drops it.");
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + flyway.qualifiedHistoryTable(database.dialect()) + " WHERE installed_rank = ?")) {
            delete.setInt(1, rank);
            if (delete.executeUpdate() == 0) {
                throw new UndoRemovedHistoryException(script.path() + " deleted version " + revision.version()
                        + "'s row from " + flyway.historyTable() + " on " + database + ": expected the undo to leave"
                        + " Flyway's history to Stairway, which removes that row itself. Remove the statement that"
                        + " deletes it.");
            }
        }
    }

    private static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static void executeQuietly(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
