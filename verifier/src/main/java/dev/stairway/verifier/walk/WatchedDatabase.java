package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database whose connections, Flyway's included, are told to {@link StepGuard} as they are handed out, so that
 * the statement a step is running can be cancelled. Everything else is the database's own.
 */
final class WatchedDatabase implements TestDatabase {

    private final TestDatabase database;
    private final DataSource dataSource;

    WatchedDatabase(TestDatabase database, Consumer<Connection> handedOut) {
        this.database = database;
        this.dataSource = new WatchedDataSource(database, handedOut);
    }

    @Override
    public Dialect dialect() {
        return database.dialect();
    }

    @Override
    public String name() {
        return database.name();
    }

    @Override
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    @Override
    public String username() {
        return database.username();
    }

    @Override
    public String password() {
        return database.password();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return database.toString();
    }

    /** The database's own data source, asked for each time, as the database may open its pool again. */
    private record WatchedDataSource(TestDatabase database, Consumer<Connection> handedOut) implements DataSource {

        private DataSource pool() {
            return database.dataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(pool().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(pool().getConnection(username, password));
        }

        private Connection watched(Connection connection) {
            handedOut.accept(connection);
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool().getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool().setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool().setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool().getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool().getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool().unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool().isWrapperFor(type);
        }

        @Override
        public String toString() {
            return pool().toString();
        }
    }
}
