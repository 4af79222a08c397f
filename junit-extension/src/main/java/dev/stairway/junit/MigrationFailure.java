package dev.stairway.junit;

import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.verifier.MigrationFailedException;
import java.util.List;

/**
 * A migration that failed, told so a user can act on it: which class and dialect, then the verifier's own account
 * of the failure (file, line, statement, the database's message and the fix), which masks any password.
 *
 * <p>The cause is not kept: its messages may carry a connection URL with a password, and everything useful is in
 * this message.
 */
final class MigrationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private MigrationFailure(String message) {
        super(message, null, false, false);
    }

    /** The failure of migrating {@code locations} for {@code described} (class and dialect), caused by {@code cause}. */
    static MigrationFailure of(String described, List<String> locations, Throwable cause) {
        MigrationFailedException failed = find(cause, MigrationFailedException.class);
        if (failed == null) {
            return new MigrationFailure(described + ": migrating " + String.join(", ", locations) + " failed: "
                    + JdbcUrls.mask(message(cause)).strip() + "\nFix the migrations, then run the tests again.");
        }
        // the verifier's message names the database by its masked toString already
        return new MigrationFailure(described + ": " + failed.getMessage() + "\nThen run the tests again, or set"
                + " @MigratedDatabase(target = ...) below the failing version.");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost message: wrappers around the failure add no information of their own. */
    private static String message(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost
                && innermost.getCause().getMessage() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getName();
    }
}
