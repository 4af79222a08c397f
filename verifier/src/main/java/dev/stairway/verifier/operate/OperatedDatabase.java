package dev.stairway.verifier.operate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * An operator's database, opened from its URL for the runners that migrate and undo: a small connection pool on it.
 * Unlike a test database, closing it releases the pool and leaves the database as it is: it is never dropped.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class OperatedDatabase implements TestDatabase {

    private final DatabaseUrl url;
    private HikariDataSource pool;

    private OperatedDatabase(DatabaseUrl url) {
        this.url = url;
    }

    /**
     * Opens the database at {@code url}, checking that it answers.
     *
     * @param create whether a SQLite file that does not exist yet may be created (an upgrade of a new install);
     *               otherwise a missing file is refused
     * @throws IllegalArgumentException when the database cannot be reached: the message says why, the password
     *     masked
     */
    public static OperatedDatabase open(DatabaseUrl url, boolean create) {
        if (url.file().isPresent() && !create && !Files.isRegularFile(url.file().get())) {
            throw new IllegalArgumentException("No SQLite database at " + url.file().get() + ": expected an existing"
                    + " file. Check --url (sqlite:///relative/path.db or sqlite:////absolute/path.db).");
        }
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalArgumentException("Cannot connect to " + url + ": " + url.masked(e.getMessage())
                    + ". Check the URL, the server and the credentials.", e);
        }
        return new OperatedDatabase(url);
    }

    @Override
    public Dialect dialect() {
        return url.dialect();
    }

    @Override
    public String name() {
        return url.name();
    }

    @Override
    public String jdbcUrl() {
        return url.jdbcUrl();
    }

    @Override
    public String username() {
        return url.user();
    }

    @Override
    public String password() {
        return url.password();
    }

    @Override
    public synchronized DataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("stairway-operator");
            config.setJdbcUrl(url.jdbcUrl());
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(10_000);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** Releases the pool; the database stays as it is. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    /** The database as its URL names it, the password masked. */
    @Override
    public String toString() {
        return url.toString();
    }
}
