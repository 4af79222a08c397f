package dev.stairway.verifier.operate;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.fixtures.postgresql.PostgresAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A database an operator names by URL, parsed: SQLite as {@code sqlite:///relative/app.db},
 * {@code sqlite:////absolute/app.db} or {@code jdbc:sqlite:app.db}; PostgreSQL as {@code postgres://…} (read as
 * {@code postgresql://…}), {@code postgresql://user:password@host:port/database?param=value} or
 * {@code jdbc:postgresql://…}. Every URL parameter goes with the connection. {@link #toString()} masks the
 * password; never print {@link #jdbcUrl()}.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param dialect  the database's dialect
 * @param jdbcUrl  the JDBC URL, carrying the credentials: never print it
 * @param user     the user, empty for SQLite
 * @param password the password, empty when none: never print it
 * @param name     the database's name: PostgreSQL's database, SQLite's file name
 * @param file     the SQLite file, empty for PostgreSQL
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password, String name,
        Optional<Path> file) {

    private static final String FORMS = "sqlite:///relative/path.db, sqlite:////absolute/path.db, jdbc:sqlite:path.db,"
            + " postgres://user:password@host:port/database, postgresql://… or jdbc:postgresql://…";

    /**
     * Parses {@code url}; a password in it never appears in an error.
     *
     * @throws IllegalArgumentException saying which forms are accepted, with the URL masked
     */
    public static DatabaseUrl parse(String url) {
        String given = url == null ? "" : url.strip();
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sqlite://")) {
            String rest = given.substring("sqlite://".length());
            if (!rest.startsWith("/") || rest.length() == 1) {
                throw malformed(given, "a SQLite URL names its file after three slashes (relative) or four (absolute)");
            }
            return sqlite(Path.of(rest.substring(1)));
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            String path = given.substring("jdbc:sqlite:".length());
            int query = path.indexOf('?');
            path = query < 0 ? path : path.substring(0, query);
            if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file::memory:")) {
                throw malformed(given, "it names no SQLite file (an in-memory database holds nothing to migrate)");
            }
            return sqlite(Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path));
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")
                || lower.startsWith("jdbc:postgresql://")) {
            PostgresAddress address = PostgresAddress.parse(given, "--url");
            return new DatabaseUrl(Dialect.POSTGRESQL, address.jdbcUrl(), address.user(), address.password(),
                    address.database(), Optional.empty());
        }
        throw malformed(given, "its scheme is none Stairway knows");
    }

    private static DatabaseUrl sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + absolute, "", "",
                String.valueOf(absolute.getFileName()), Optional.of(absolute));
    }

    private static IllegalArgumentException malformed(String url, String problem) {
        return new IllegalArgumentException("Database URL '" + JdbcUrls.mask(url) + "' cannot be used: " + problem
                + ". Expected " + FORMS + ". Fix --url.");
    }

    /** {@code text} with this URL's password masked wherever it appears, for a driver's or Flyway's message. */
    public String masked(String text) {
        return JdbcUrls.maskPassword(text, password);
    }

    /** The dialect and the JDBC URL with its password masked: {@code postgresql database app (jdbc:postgresql://…)}. */
    @Override
    public String toString() {
        return dialect + " database " + name + " (" + JdbcUrls.mask(jdbcUrl) + ")";
    }
}
