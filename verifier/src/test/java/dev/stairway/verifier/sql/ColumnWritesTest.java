package dev.stairway.verifier.sql;

import static dev.stairway.fixtures.Dialect.POSTGRESQL;
import static dev.stairway.fixtures.Dialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnWritesTest {

    @Test
    void update_assignments_and_insert_values_name_their_columns_and_expressions() {
        String script = """
                UPDATE ONLY public.threads AS t SET touched = now(), (a, b) = (1, random()) WHERE t.id > 0;
                INSERT INTO "Audit" (at, note) VALUES (clock_timestamp(), 'x'), (now(), 'y');
                INSERT INTO copies (id, at) SELECT id, now() FROM threads;
                INSERT INTO no_columns VALUES (now());
                """;
        assertThat(ColumnWrites.of(script, POSTGRESQL)).containsExactly(
                new ColumnWrites.Write("public.threads", "touched", "now()"),
                new ColumnWrites.Write("public.threads", "a", "(1, random())"),
                new ColumnWrites.Write("public.threads", "b", "(1, random())"),
                new ColumnWrites.Write("Audit", "at", "clock_timestamp()"),
                new ColumnWrites.Write("Audit", "note", "'x'"),
                new ColumnWrites.Write("Audit", "at", "now()"),
                new ColumnWrites.Write("Audit", "note", "'y'"),
                new ColumnWrites.Write("copies", "id", "id"),
                new ColumnWrites.Write("copies", "at", "now()"));
    }

    @Test
    void sqlite_conflict_clauses_and_bracketed_names_are_read() {
        assertThat(ColumnWrites.of("UPDATE OR IGNORE [t] SET [at] = datetime('now');", SQLITE))
                .containsExactly(new ColumnWrites.Write("t", "at", "datetime('now')"));
    }
}
