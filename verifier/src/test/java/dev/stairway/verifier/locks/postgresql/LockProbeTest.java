package dev.stairway.verifier.locks.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe on its own, on a real PostgreSQL: what it measures and that it leaves the database as it was. */
class LockProbeTest {

    private static final Path CONCURRENTLY = Path.of("src/test/resources/locks/concurrently");

    private static Databases databases;
    private static MigrationHistory history;
    private static FlywayRunner flyway;

    @BeforeAll
    static void start() {
        databases = Databases.load();
        history = MigrationHistory.configure().location(CONCURRENTLY.toString()).dialects(Dialect.POSTGRESQL).load();
        flyway = FlywayRunner.of(history, Dialect.POSTGRESQL);
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void an_index_built_concurrently_is_noted_as_not_measured_and_draws_no_verdict() throws SQLException {
        // GIVEN a table with rows, and a revision that indexes it CONCURRENTLY
        Revision concurrently = history.revisions(Dialect.POSTGRESQL).get(1);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            flyway.migrate(database, RevisionVersion.from("1"));
            SchemaSnapshot before = SchemaSnapshot.read(database);

            // WHEN the probe measures its up
            ScriptMeasurement up = LockProbe.of(flyway, Dialect.POSTGRESQL, LockPolicy.NOTICE)
                    .measure(database, concurrently, ScriptKind.UP);

            // THEN it ran nothing, says why, and draws no verdict: the script runs statement by statement
            assertThat(up.path()).isEqualTo("postgresql/V2__index_kind_concurrently.sql");
            assertThat(up.transactional()).isFalse();
            assertThat(up.statements()).isEmpty();
            assertThat(up.verdicts()).isEmpty();
            assertThat(up.notes()).containsExactly("line 1 not measured: CREATE INDEX CONCURRENTLY event_kind_idx ON"
                    + " event (kind) runs outside a transaction (CREATE INDEX CONCURRENTLY takes SHARE UPDATE"
                    + " EXCLUSIVE, which blocks neither reads nor writes)");
            assertThat(SchemaSnapshot.read(database)).isEqualTo(before);
        }
    }

    @Test
    void a_measured_script_leaves_schema_rows_and_connection_as_they_were() throws SQLException {
        // GIVEN a table with two rows
        Revision create = history.revisions(Dialect.POSTGRESQL).get(0);
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            flyway.migrate(database, RevisionVersion.from("1"));

            // WHEN the probe measures the undo that drops it
            ScriptMeasurement undo = LockProbe.of(flyway, Dialect.POSTGRESQL, LockPolicy.NOTICE)
                    .measure(database, create, ScriptKind.UNDO);

            // THEN it measured the DROP, and the table and its rows are still there
            assertThat(undo.statements()).singleElement().satisfies(statement -> {
                assertThat(statement.statement()).isEqualTo("DROP TABLE event");
                assertThat(statement.locks()).anySatisfy(lock -> {
                    assertThat(lock.relation()).isEqualTo("event");
                    assertThat(lock.mode()).isEqualTo("ACCESS EXCLUSIVE");
                    assertThat(lock.existedBefore()).isTrue();
                });
            });
            assertThat(undo.verdicts()).isEmpty();
            try (Connection connection = database.connection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM event")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
                assertThat(connection.getAutoCommit()).isTrue();
            }
        }
    }

    @Test
    void sqlite_and_the_off_policy_measure_nothing() {

        assertThat(LockProbe.of(flyway, Dialect.POSTGRESQL, LockPolicy.NOTICE).measures()).isTrue();
        assertThat(LockProbe.of(flyway, Dialect.POSTGRESQL, LockPolicy.OFF).measures()).isFalse();
        assertThat(LockProbe.of(flyway, Dialect.SQLITE, LockPolicy.FINDING).measures()).isFalse();
    }
}
