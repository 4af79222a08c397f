package dev.stairway.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowSeederPostgresTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    /** Parents must be created first in PostgreSQL, but by name the children come first: comment, post, writer. */
    static final String[] BLOG_SCHEMA = {
        "CREATE TYPE mood AS ENUM ('happy', 'sad', 'calm')",
        "CREATE DOMAIN short_code AS varchar(3) NOT NULL CHECK (VALUE ~ '^[A-Z]+$')",
        "CREATE TABLE writer (id serial PRIMARY KEY, code short_code UNIQUE, name text NOT NULL)",
        "CREATE TABLE post (id uuid PRIMARY KEY, writer_id integer NOT NULL REFERENCES writer(id),"
                + " title varchar(20) NOT NULL UNIQUE, status text NOT NULL CHECK (status IN ('draft', 'published')),"
                + " mood mood NOT NULL, meta jsonb NOT NULL, visible boolean NOT NULL, published_at timestamptz NOT NULL,"
                + " price numeric(10,2) NOT NULL, cover bytea)",
        "CREATE TABLE comment (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " post_id uuid NOT NULL REFERENCES post(id), parent_id bigint REFERENCES comment(id), body text NOT NULL)",
    };

    @Test
    void every_table_gets_rows_of_the_right_types_in_dependency_order() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN an enum, a domain with a check, identity and serial keys, a self-reference and checks
            Sql.run(database, BLOG_SCHEMA);

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.failures()).isEmpty();
            assertThat(result.insertedRows()).isEqualTo(Map.of("comment", 3, "post", 3, "writer", 3));
            assertThat(Sql.rendered(DataSnapshot.read(database))).containsExactly(
                    "comment(id=1559001, post_id='9746db75-1e3b-3239-aa00-2cf48a9babb1', parent_id=NULL,"
                            + " body='body-1559001')",
                    "comment(id=1559002, post_id='afe67fb2-e6a0-309d-b1c3-2a093ec39a99', parent_id=1559001,"
                            + " body='body-1559002')",
                    "comment(id=1559003, post_id='fb7d8f6e-9195-3e15-81a4-d0337f68183a', parent_id=1559001,"
                            + " body='body-1559003')",
                    "post(id='9746db75-1e3b-3239-aa00-2cf48a9babb1', writer_id=1843003, title='title-1944003',"
                            + " status='draft',"
                            + " mood='calm', meta='{\"n\": 3}', visible=true, published_at='2024-01-03 10:30:00Z',"
                            + " price=3.5, cover=X'cafe03')",
                    "post(id='afe67fb2-e6a0-309d-b1c3-2a093ec39a99', writer_id=1843001, title='title-1944001',"
                            + " status='draft',"
                            + " mood='happy', meta='{\"n\": 1}', visible=true, published_at='2024-01-01 10:30:00Z',"
                            + " price=1.5, cover=X'cafe01')",
                    "post(id='fb7d8f6e-9195-3e15-81a4-d0337f68183a', writer_id=1843002, title='title-1944002',"
                            + " status='published',"
                            + " mood='sad', meta='{\"n\": 2}', visible=false, published_at='2024-01-02 10:30:00Z',"
                            + " price=2.5, cover=X'cafe02')",
                    "writer(id=1843001, code='A', name='name-1843001')",
                    "writer(id=1843002, code='B', name='name-1843002')",
                    "writer(id=1843003, code='C', name='name-1843003')");
        }
    }

    @Test
    void a_foreign_key_cycle_is_broken_by_null_where_a_column_allows_it() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN chicken and egg referencing each other, only chicken.egg_id nullable
            Sql.run(database,
                    "CREATE TABLE chicken (id integer PRIMARY KEY, egg_id integer)",
                    "CREATE TABLE egg (id integer PRIMARY KEY, chicken_id integer NOT NULL REFERENCES chicken(id))",
                    "ALTER TABLE chicken ADD FOREIGN KEY (egg_id) REFERENCES egg(id)");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.insertedRows()).isEqualTo(Map.of("chicken", 3, "egg", 3));
            assertThat(Sql.rendered(DataSnapshot.read(database))).containsExactly(
                    "chicken(id=1989001, egg_id=NULL)", "chicken(id=1989002, egg_id=NULL)",
                    "chicken(id=1989003, egg_id=NULL)", "egg(id=1357001, chicken_id=1989001)",
                    "egg(id=1357002, chicken_id=1989002)", "egg(id=1357003, chicken_id=1989003)");
        }
    }

    @Test
    void a_table_whose_check_cannot_be_met_is_noted_with_the_database_message() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN a table no row can enter, between two that can
            Sql.run(database,
                    "CREATE TABLE alpha (id integer PRIMARY KEY, name text NOT NULL)",
                    "CREATE TABLE impossible (id integer PRIMARY KEY, n integer NOT NULL CHECK (n > 0 AND n < 0))",
                    "CREATE TABLE omega (id integer PRIMARY KEY, alpha_id integer NOT NULL REFERENCES alpha(id))");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.insertedRows()).isEqualTo(Map.of("alpha", 3, "omega", 3));
            assertThat(result.failures()).extracting(SeedingFailure::toString).containsExactly(
                    "table impossible has no rows: the database rejected every generated row, first with: "
                            + "ERROR: new row for relation \"impossible\" violates check constraint \"impossible_n_check\""
                            + " Detail: Failing row contains (1957001, 1957001).");
            assertThat(Sql.column(database, "SELECT count(*) FROM impossible")).containsExactly("0");
        }
    }

    @Test
    void the_same_schema_gets_the_same_rows_on_every_run() throws Exception {
        try (TestDatabase first = databases.create(Dialect.POSTGRESQL);
                TestDatabase second = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN two databases built the same
            Sql.run(first, BLOG_SCHEMA);
            Sql.run(second, BLOG_SCHEMA);

            // WHEN
            RowSeeder.seed(first);
            RowSeeder.seed(second);

            // THEN
            DataSnapshot one = DataSnapshot.read(first);
            DataSnapshot two = DataSnapshot.read(second);
            assertThat(one).isEqualTo(two);
            assertThat(one.fingerprint()).isEqualTo(two.fingerprint());
            assertThat(DataComparison.between(one, two, java.util.Set.of()).isEmpty()).isTrue();
        }
    }

    @Test
    void tables_outside_public_are_named_with_their_schema() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN
            Sql.run(database,
                    "CREATE TABLE account (id integer PRIMARY KEY)",
                    "CREATE SCHEMA audit",
                    "CREATE TABLE audit.\"Entry\" (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES account(id))");

            // WHEN
            SeedingResult result = RowSeeder.seed(database);

            // THEN
            assertThat(result.insertedRows()).isEqualTo(Map.of("account", 3, "audit.Entry", 3));
            assertThat(DataSnapshot.read(database).table("audit.Entry").orElseThrow().rows())
                    .extracting(row -> row.get("account_id")).containsExactly("1133001", "1133002", "1133003");
        }
    }
}
