package dev.stairway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The example test class of the README, run as any user's class would be: once per dialect. */
@MigratedDatabase
class ReadmeExampleTest {

    @InjectDatabase
    DataSource dataSource;

    @Test
    void an_order_written_through_one_connection_is_read_through_the_data_source(Connection connection)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO orders (id, placed_by, total) VALUES (1, 'ada', 42)");
        }

        try (Connection reader = dataSource.getConnection();
                Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT total FROM orders WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt("total")).isEqualTo(42);
        }
    }
}
