package dev.stairway.junit;

import dev.stairway.fixtures.JdbcUrls;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * A migration that failed, told so a user can act on it: which class and dialect, the file and line, the
 * statement, and the database's own message, with any password masked.
 *
 * <p>Flyway prints the statement only in debug mode, so it is taken from Flyway's exception instead. The cause
 * is not kept: its messages may carry a connection URL with a password, and everything useful is in this message.
 */
final class MigrationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private MigrationFailure(String message) {
        super(message, null, false, false);
    }

    /** The failure of migrating {@code locations} for {@code described} (class and dialect), caused by {@code cause}. */
    static MigrationFailure of(String described, List<String> locations, Throwable cause) {
        FlywaySqlScriptException script = find(cause, FlywaySqlScriptException.class);
        if (script == null) {
            return new MigrationFailure(described + ": migrating " + String.join(", ", locations) + " failed: "
                    + JdbcUrls.mask(flywayMessage(cause)).strip() + "\nFix the migrations, then run the tests again.");
        }
        SQLException database = find(script, SQLException.class);
        String databaseMessage = database == null ? JdbcUrls.mask(String.valueOf(script.getCause()))
                : JdbcUrls.mask(String.valueOf(database.getMessage()).strip()) + " (SQL state " + database.getSQLState()
                        + ", error code " + database.getErrorCode() + ")";
        String file = script.getResource() == null ? "an unknown file" : script.getResource().getFilename();
        String path = script.getResource() == null ? "" : script.getResource().getAbsolutePathOnDisk();
        return new MigrationFailure(described + ": migration " + file + " failed at line " + script.getLineNumber()
                + " (from " + String.join(", ", locations) + ").\n"
                + "  Statement: " + JdbcUrls.mask(String.valueOf(script.getStatement()).strip()) + "\n"
                + "  Database:  " + databaseMessage + "\n"
                + (path == null || path.isEmpty() ? "" : "  File:      " + path + "\n")
                + "Fix the migration (or set target below its version), then run the tests again.");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String flywayMessage(Throwable failure) {
        Throwable flyway = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.flywaydb.")) {
                flyway = t;
            }
        }
        Throwable chosen = flyway != null ? flyway : failure;
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.getClass().getName();
    }
}
