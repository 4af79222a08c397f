package dev.stairway.junit;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link TestDatabase} (and its {@link DataSource}) that stands for the database of whichever test is running:
 * what a {@code @TestInstance(PER_CLASS)} constructor receives, since its one instance serves every test of every
 * dialect. Closing it does nothing: each test's own database is dropped when that test (or run) ends.
 */
final class RoutingDatabase implements TestDatabase {

    private final CurrentDatabase current;
    private final DataSource dataSource = new RoutingDataSource();

    RoutingDatabase(CurrentDatabase current) {
        this.current = current;
    }

    @Override
    public Dialect dialect() {
        return current.get().dialect();
    }

    @Override
    public String name() {
        return current.get().name();
    }

    @Override
    public String jdbcUrl() {
        return current.get().jdbcUrl();
    }

    @Override
    public String username() {
        return current.get().username();
    }

    @Override
    public String password() {
        return current.get().password();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    /** Does nothing: the database of each test is closed by Stairway. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "the database of the running test";
    }

    /** The running test's pool. */
    private final class RoutingDataSource implements DataSource {

        private DataSource target() {
            return current.get().dataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return target().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return target().getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target().getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target().setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target().setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target().getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target().getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : target().unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || target().isWrapperFor(type);
        }

        @Override
        public String toString() {
            return "DataSource of the running test's database";
        }
    }
}
