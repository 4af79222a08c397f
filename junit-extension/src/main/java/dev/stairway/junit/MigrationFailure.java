package dev.stairway.junit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a failed migration into a message a user can act on: which class and dialect, which locations, then
 * Flyway's account (the file, the line, the statement and the database's message), with any password masked.
 */
final class MigrationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Pattern URL_CREDENTIALS = Pattern.compile("(://[^:/@\\s]+:)[^@\\s]+@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]+");

    private MigrationFailure(String message) {
        super(message, null, false, false);
    }

    /** The failure of migrating {@code locations} for {@code described}, caused by {@code cause}. */
    static MigrationFailure of(String described, List<String> locations, Throwable cause) {
        String account = mask(innermostFlywayMessage(cause)).strip();
        return new MigrationFailure(described + ": migrating " + String.join(", ", locations) + " failed.\n"
                + account + "\nFix the migration (or the target), then run the tests again.");
    }

    /** {@code text} with the password of every URL ({@code user:password@}) and {@code password=} parameter masked. */
    static String mask(String text) {
        String masked = URL_CREDENTIALS.matcher(text).replaceAll("$1***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }

    private static String innermostFlywayMessage(Throwable failure) {
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
