package dev.stairway.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataSnapshotTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void sqlite_values_print_canonically_and_null_differs_from_the_string_null() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database,
                    "CREATE TABLE sample (id INTEGER PRIMARY KEY, label TEXT, amount REAL, price NUMERIC(10,2), raw BLOB)",
                    "INSERT INTO sample VALUES (1, 'NULL', 1.0, '12.50', X'CAFE')",
                    "INSERT INTO sample VALUES (2, NULL, 2.25, NULL, NULL)",
                    "INSERT INTO sample VALUES (3, 'it''s', -0.5, 7, X'')",
                    "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)",
                    "INSERT INTO flyway_schema_history VALUES (1)");

            // WHEN
            DataSnapshot snapshot = DataSnapshot.read(database);

            // THEN the history table is left out
            assertThat(Sql.rendered(snapshot)).containsExactly(
                    "sample(id=1, label='NULL', amount=1, price=12.5, raw=X'cafe')",
                    "sample(id=2, label=NULL, amount=2.25, price=NULL, raw=NULL)",
                    "sample(id=3, label='it''s', amount=-0.5, price=7, raw=X'')");
        }
    }

    @Test
    void postgresql_values_print_canonically() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN
            Sql.run(database,
                    "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                    "CREATE TABLE sample (id bigint PRIMARY KEY, flag boolean, amount numeric(10,2), ratio double precision,"
                            + " at timestamptz, day date, doc jsonb, raw_doc json, token uuid, raw bytea, feeling mood,"
                            + " label text, tags text[])",
                    "INSERT INTO sample VALUES (1, true, 12.50, 0.5, '2024-01-01 12:30:00+02', '2024-02-29',"
                            + " '{\"b\": 1, \"a\": [1, 2]}', '{\"b\":1,  \"a\":2}', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',"
                            + " '\\xcafe', 'sad', 'NULL', '{x,y}')",
                    "INSERT INTO sample (id, flag) VALUES (2, false)");

            // WHEN
            DataSnapshot snapshot = DataSnapshot.read(database);

            // THEN
            assertThat(Sql.rendered(snapshot)).containsExactly(
                    "sample(id=1, flag=true, amount=12.5, ratio=0.5, at='2024-01-01 10:30:00Z', day='2024-02-29',"
                            + " doc='{\"a\": [1, 2], \"b\": 1}', raw_doc='{\"b\":1,  \"a\":2}',"
                            + " token='a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', raw=X'cafe', feeling='sad', label='NULL',"
                            + " tags='{x,y}')",
                    "sample(id=2, flag=false, amount=NULL, ratio=NULL, at=NULL, day=NULL, doc=NULL, raw_doc=NULL,"
                            + " token=NULL, raw=NULL, feeling=NULL, label=NULL, tags=NULL)");
        }
    }

    @Test
    void row_order_and_column_position_do_not_change_the_fingerprint() throws Exception {
        try (TestDatabase first = databases.create(Dialect.POSTGRESQL);
                TestDatabase second = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN the same rows inserted in another order, and a column re-added at the end
            Sql.run(first,
                    "CREATE TABLE chat (id integer PRIMARY KEY, title text, share_id integer)",
                    "INSERT INTO chat VALUES (1, 'hello', NULL), (2, 'bye', 7)");
            Sql.run(second,
                    "CREATE TABLE chat (id integer PRIMARY KEY, share_id integer, title text)",
                    "INSERT INTO chat VALUES (2, 7, 'bye'), (1, NULL, 'hello')");

            // WHEN
            DataSnapshot one = DataSnapshot.read(first);
            DataSnapshot two = DataSnapshot.read(second);

            // THEN
            assertThat(one.table("chat").orElseThrow().columns()).containsExactly("id", "title", "share_id");
            assertThat(two.table("chat").orElseThrow().columns()).containsExactly("id", "share_id", "title");
            assertThat(one.table("chat").orElseThrow().fingerprint()).isEqualTo(two.table("chat").orElseThrow().fingerprint());
            assertThat(one).isEqualTo(two);
        }
    }

    @Test
    void sqlite_table_and_column_names_are_matched_ignoring_case() throws Exception {
        try (TestDatabase first = databases.create(Dialect.SQLITE);
                TestDatabase second = databases.create(Dialect.SQLITE)) {
            // GIVEN one table spelled two ways
            Sql.run(first, "CREATE TABLE Chat (ID INTEGER PRIMARY KEY, Title TEXT)", "INSERT INTO Chat VALUES (1, 'a')");
            Sql.run(second, "CREATE TABLE chat (id INTEGER PRIMARY KEY, title TEXT)", "INSERT INTO chat VALUES (1, 'a')");

            // WHEN
            DataSnapshot one = DataSnapshot.read(first);
            DataSnapshot two = DataSnapshot.read(second);

            // THEN
            assertThat(one.table("CHAT")).isPresent();
            assertThat(one).isEqualTo(two);
            assertThat(DataComparison.between(one, two, java.util.Set.of()).isEmpty()).isTrue();
        }
    }
}
