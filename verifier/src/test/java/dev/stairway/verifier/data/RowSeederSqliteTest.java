package dev.stairway.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowSeederSqliteTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    /** Declared children first, so the alphabetical order (assignment, member, team) is the wrong one. */
    static final String[] TEAM_SCHEMA = {
        "CREATE TABLE assignment (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES member(id),"
                + " task VARCHAR(12) NOT NULL, due DATE, done BOOLEAN NOT NULL DEFAULT 0)",
        "CREATE TABLE member (id INTEGER PRIMARY KEY, team_code TEXT NOT NULL REFERENCES team(code),"
                + " mentor_id INTEGER REFERENCES member(id), email TEXT NOT NULL UNIQUE,"
                + " status TEXT NOT NULL CHECK (status IN ('active', 'away')), salary NUMERIC(10,2),"
                + " joined_at TIMESTAMP NOT NULL, photo BLOB, settings JSON)",
        "CREATE TABLE team (code TEXT PRIMARY KEY CHECK (length(code) = 3), name TEXT NOT NULL,"
                + " rating REAL CHECK (rating >= 100))",
    };

    @Test
    void every_table_gets_rows_in_dependency_order_respecting_keys_and_checks() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN children declared before parents, a self-reference, a unique text and checks
            Sql.run(database, TEAM_SCHEMA);

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.failures()).isEmpty();
            assertThat(result.insertedRows()).isEqualTo(Map.of("assignment", 3, "member", 3, "team", 3));
            assertThat(Sql.column(database, "SELECT count(*) FROM pragma_foreign_key_check")).containsExactly("0");
            assertThat(Sql.rendered(DataSnapshot.read(database))).containsExactly(
                    "assignment(id=1733001, member_id=1426001, task='task-1733001', due='2024-01-01', done=1)",
                    "assignment(id=1733002, member_id=1426002, task='task-1733002', due='2024-01-02', done=0)",
                    "assignment(id=1733003, member_id=1426003, task='task-1733003', due='2024-01-03', done=1)",
                    "member(id=1426001, team_code='aaa', mentor_id=NULL, email='email-1426001', status='active',"
                            + " salary=1.5, joined_at='2024-01-01 10:30:00', photo=X'cafe01', settings='{\"n\": 1}')",
                    "member(id=1426002, team_code='bbb', mentor_id=1426001, email='email-1426002', status='away',"
                            + " salary=2.5, joined_at='2024-01-02 10:30:00', photo=X'cafe02', settings='{\"n\": 2}')",
                    "member(id=1426003, team_code='ccc', mentor_id=1426001, email='email-1426003', status='active',"
                            + " salary=3.5, joined_at='2024-01-03 10:30:00', photo=X'cafe03', settings='{\"n\": 3}')",
                    "team(code='aaa', name='name-1933001', rating=100)",
                    "team(code='bbb', name='name-1933002', rating=100)",
                    "team(code='ccc', name='name-1933003', rating=100)");
        }
    }

    @Test
    void a_table_whose_check_cannot_be_met_is_noted_and_the_others_are_still_seeded() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN a table no row can enter, between two that can
            Sql.run(database,
                    "CREATE TABLE alpha (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                    "CREATE TABLE impossible (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n > 0 AND n < 0))",
                    "CREATE TABLE omega (id INTEGER PRIMARY KEY, alpha_id INTEGER NOT NULL REFERENCES alpha(id))");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.insertedRows()).isEqualTo(Map.of("alpha", 3, "omega", 3));
            assertThat(result.isComplete()).isFalse();
            assertThat(result.failures()).extracting(SeedingFailure::toString).containsExactly(
                    "table impossible has no rows: the database rejected every generated row, first with: "
                            + "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: n > 0 AND n < 0)");
            assertThat(Sql.column(database, "SELECT count(*) FROM impossible")).containsExactly("0");
        }
    }

    @Test
    void tables_that_already_have_rows_are_left_alone() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN one table with a row of its own and one empty
            Sql.run(database,
                    "CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT)",
                    "INSERT INTO kept (name) VALUES ('mine')",
                    "CREATE TABLE fresh (id INTEGER PRIMARY KEY, kept_id INTEGER NOT NULL REFERENCES kept(id))",
                    "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50))");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN the history table is never touched and fresh references the existing row
            assertThat(result.alreadyFilled()).containsExactly("kept");
            assertThat(result.insertedRows()).isEqualTo(Map.of("fresh", 3));
            assertThat(Sql.column(database, "SELECT name FROM kept")).containsExactly("mine");
            assertThat(Sql.column(database, "SELECT kept_id FROM fresh")).containsExactly("1", "1", "1");
            assertThat(Sql.column(database, "SELECT count(*) FROM flyway_schema_history")).containsExactly("0");
        }
    }

    @Test
    void the_same_schema_gets_the_same_rows_on_every_run() throws Exception {
        try (TestDatabase first = databases.create(Dialect.SQLITE);
                TestDatabase second = databases.create(Dialect.SQLITE)) {
            // GIVEN two databases built the same
            Sql.run(first, TEAM_SCHEMA);
            Sql.run(second, TEAM_SCHEMA);

            // WHEN
            RowSeeder.seed(first);
            RowSeeder.seed(second);

            // THEN
            DataSnapshot one = DataSnapshot.read(first);
            DataSnapshot two = DataSnapshot.read(second);
            assertThat(one).isEqualTo(two);
            assertThat(one.fingerprint()).isEqualTo(two.fingerprint());
            assertThat(one.toString()).isEqualTo("sqlite data: assignment 3 rows, member 3 rows, team 3 rows");
        }
    }

    @Test
    void a_check_over_two_columns_is_met_by_moving_one_of_them() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN a period whose end must follow its start, and a composite key referenced by two columns
            Sql.run(database,
                    "CREATE TABLE period (id INTEGER PRIMARY KEY, starts DATE NOT NULL, ends DATE NOT NULL,"
                            + " CHECK (ends > starts))",
                    "CREATE TABLE seat (room TEXT NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (room, number))",
                    "CREATE TABLE booking (id INTEGER PRIMARY KEY, room TEXT NOT NULL, number INTEGER NOT NULL,"
                            + " FOREIGN KEY (room, number) REFERENCES seat (room, number))");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.insertedRows()).isEqualTo(Map.of("booking", 3, "period", 3, "seat", 3));
            assertThat(Sql.rendered(DataSnapshot.read(database))).containsExactly(
                    "booking(id=1169001, room='room-1149001', number=1149001)",
                    "booking(id=1169002, room='room-1149002', number=1149002)",
                    "booking(id=1169003, room='room-1149003', number=1149003)",
                    "period(id=1857001, starts='2000-01-01', ends='2024-01-01')",
                    "period(id=1857002, starts='2000-01-01', ends='2024-01-02')",
                    "period(id=1857003, starts='2000-01-01', ends='2024-01-03')",
                    "seat(room='room-1149001', number=1149001)",
                    "seat(room='room-1149002', number=1149002)",
                    "seat(room='room-1149003', number=1149003)");
        }
    }
}
