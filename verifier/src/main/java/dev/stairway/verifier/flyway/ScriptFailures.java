package dev.stairway.verifier.flyway;

import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.MigrationFailedException;
import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.sql.SqlStatement;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * Words every failure of a script, the one place that does: an up migration Flyway could not apply, an undo
 * statement that failed. Always the script, the line, the statement on one line (without its leading comments), the database's message on one
 * line (any URL's password masked), and the fix.
 *
 * <p>Flyway's public API carries a failed migration's script and line ({@code MigrationInfo},
 * {@code ErrorOutput}) but not the failing statement, which only its internal exceptions hold: this class is the
 * only one that reads them.
 */
final class ScriptFailures {

    private ScriptFailures() {
    }

    /**
     * The failure of migrating {@code database} to {@code target}, from Flyway's {@code exception};
     * {@code scriptPath} turns Flyway's name for a script into the one messages use.
     */
    static MigrationFailedException upFailed(FlywayException exception, TestDatabase database, String target,
            UnaryOperator<String> scriptPath) {
        FlywayMigrateException migrate = find(exception, FlywayMigrateException.class);
        FlywaySqlScriptException script = find(exception, FlywaySqlScriptException.class);
        SQLException sql = find(exception, SQLException.class);
        if (migrate == null && script == null) {
            return new MigrationFailedException("Flyway could not migrate " + database + " to " + target + ": "
                    + oneLine(exception.getMessage()), null, null, null,
                    sql == null ? null : oneLine(sql.getMessage()), exception);
        }
        String file = scriptName(migrate, script, scriptPath);
        Integer line = script != null && script.getLineNumber() > 0 ? script.getLineNumber()
                : migrate != null && migrate.getLineNumber() > 0 ? migrate.getLineNumber() : null;
        String statement = script == null || script.getStatement() == null ? null
                : SqlStatement.withoutLeadingComments(script.getStatement(), database.dialect());
        String databaseMessage = oneLine(sql != null ? sql.getMessage()
                : script != null ? script.getMessage() : migrate.getMessage());
        StringBuilder message = new StringBuilder("Up migration ").append(file).append(" failed on ").append(database);
        if (line != null) {
            message.append(" at line ").append(line);
        }
        if (statement != null) {
            message.append(" (").append(SqlStatement.oneLine(statement)).append(')');
        }
        message.append(": ").append(databaseMessage).append(". Fix ")
                .append(statement != null ? "that statement in " : "").append(file).append('.');
        return new MigrationFailedException(message.toString(), file, line, statement, databaseMessage, exception);
    }

    /** The failure of {@code statement} of undo {@code script}, rolled back wholly when {@code inTransaction}. */
    static UndoFailedException undoFailed(MigrationScript script, TestDatabase database, SqlStatement statement,
            SQLException exception, boolean inTransaction) {
        String databaseMessage = oneLine(exception.getMessage());
        return new UndoFailedException("Undo " + script.path() + " failed on " + database + " at line "
                + statement.line() + " (" + statement.oneLine() + "): " + databaseMessage + ". "
                + (inTransaction ? "Nothing was undone: the undo ran in one transaction, rolled back."
                        : "The statements before it stayed applied: the script cannot run in a transaction.")
                + " Fix that statement in " + script.path() + ".",
                script.path(), statement.line(), statement.sql(), databaseMessage, exception);
    }

    /** A database's message on one line (drivers put hints and positions on further lines), any password masked. */
    static String oneLine(String message) {
        return message == null ? null : JdbcUrls.mask(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    private static String scriptName(FlywayMigrateException migrate, FlywaySqlScriptException script,
            UnaryOperator<String> scriptPath) {
        String name = null;
        if (migrate != null && migrate.getMigration() != null) {
            MigrationInfo info = migrate.getMigration();
            name = info.getScript();
        } else if (script != null && script.getResource() != null) {
            name = script.getResource().getFilename();
        }
        return name == null ? "(unknown script)" : scriptPath.apply(name);
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
