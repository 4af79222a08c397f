package dev.stairway.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaDiffTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static String[] base(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> new String[] {
                "CREATE TABLE users (id INTEGER PRIMARY KEY)",
                "CREATE TABLE accounts (id INTEGER PRIMARY KEY)",
                "CREATE TABLE note (id INTEGER PRIMARY KEY)",
                "CREATE TABLE chat (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id),"
                        + " title TEXT, price INTEGER CHECK (price >= 0), share_id VARCHAR(255))"
            };
            case POSTGRESQL -> new String[] {
                "CREATE TABLE users (id bigint PRIMARY KEY)",
                "CREATE TABLE accounts (id bigint PRIMARY KEY)",
                "CREATE TABLE note (id bigint PRIMARY KEY)",
                "CREATE TABLE chat (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),"
                        + " title text, price integer CHECK (price >= 0), share_id varchar(255))"
            };
        };
    }

    /** SQLite cannot alter a column: its undo scripts rebuild the table (create new, copy, drop, rename). */
    private static String[] rebuildChat(String columns) {
        return new String[] {
            "CREATE TABLE chat_new (" + columns + ")",
            "INSERT INTO chat_new SELECT * FROM chat",
            "DROP TABLE chat",
            "ALTER TABLE chat_new RENAME TO chat"
        };
    }

    /** Builds the base schema, snapshots it, runs {@code change}, and compares the result with the base. */
    private static SchemaDiff diffAfter(Dialect dialect, String... change) throws Exception {
        try (TestDatabase database = databases.create(dialect)) {
            Sql.run(database, base(dialect));
            SchemaSnapshot expected = SchemaSnapshot.read(database);
            Sql.run(database, change);
            return SchemaDiff.between(expected, SchemaSnapshot.read(database));
        }
    }

    private static List<String> descriptions(List<SchemaDifference> differences) {
        return differences.stream().map(SchemaDifference::description).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_identical_schema_has_no_difference(Dialect dialect) throws Exception {
        SchemaDiff diff = diffAfter(dialect, "CREATE INDEX chat_user_idx ON chat (user_id)", "DROP INDEX chat_user_idx");
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.differences()).isEmpty();
        assertThat(diff.notices()).isEmpty();
        assertThat(diff.toString()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_leftover_index_is_reported(Dialect dialect) throws Exception {
        // GIVEN an undo that forgot DROP INDEX
        SchemaDiff diff = diffAfter(dialect, "CREATE INDEX chat_user_idx ON chat (user_id)");
        // THEN
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.differences()).containsExactly(
                new SchemaDifference.Added(ObjectKind.INDEX, "chat_user_idx"));
        assertThat(descriptions(diff.differences()))
                .containsExactly("index chat_user_idx is still present (expected absent)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_leftover_column_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = diffAfter(dialect, "ALTER TABLE chat ADD COLUMN archived_at TEXT");
        assertThat(descriptions(diff.differences()))
                .containsExactly("column chat.archived_at is still present (expected absent)");
        assertThat(diff.notices()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_missing_table_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = diffAfter(dialect, "DROP TABLE note");
        assertThat(diff.differences()).containsExactly(new SchemaDifference.Removed(ObjectKind.TABLE, "note"));
        assertThat(descriptions(diff.differences())).containsExactly("table note is missing (expected present)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_changed_type_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = switch (dialect) {
            case SQLITE -> diffAfter(dialect, rebuildChat("id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL"
                    + " REFERENCES users (id), title TEXT, price INTEGER CHECK (price >= 0), share_id TEXT"));
            case POSTGRESQL -> diffAfter(dialect, "ALTER TABLE chat ALTER COLUMN share_id TYPE text");
        };
        assertThat(descriptions(diff.differences())).containsExactly(switch (dialect) {
            case SQLITE -> "column chat.share_id: type TEXT, expected VARCHAR(255)";
            case POSTGRESQL -> "column chat.share_id: type text, expected character varying(255)";
        });
        assertThat(diff.differences().get(0)).isInstanceOfSatisfying(SchemaDifference.Changed.class,
                changed -> assertThat(changed.attribute()).isEqualTo("type"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_changed_nullability_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = switch (dialect) {
            case SQLITE -> diffAfter(dialect, rebuildChat("id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL"
                    + " REFERENCES users (id), title TEXT NOT NULL, price INTEGER CHECK (price >= 0),"
                    + " share_id VARCHAR(255)"));
            case POSTGRESQL -> diffAfter(dialect, "ALTER TABLE chat ALTER COLUMN title SET NOT NULL");
        };
        assertThat(descriptions(diff.differences())).containsExactly("column chat.title: not null, expected nullable");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_changed_default_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = switch (dialect) {
            case SQLITE -> diffAfter(dialect, rebuildChat("id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL"
                    + " REFERENCES users (id), title TEXT DEFAULT 'untitled', price INTEGER CHECK (price >= 0),"
                    + " share_id VARCHAR(255)"));
            case POSTGRESQL -> diffAfter(dialect, "ALTER TABLE chat ALTER COLUMN title SET DEFAULT 'untitled'");
        };
        assertThat(descriptions(diff.differences())).containsExactly(switch (dialect) {
            case SQLITE -> "column chat.title: default 'untitled', expected none";
            case POSTGRESQL -> "column chat.title: default 'untitled'::text, expected none";
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_changed_check_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = switch (dialect) {
            case SQLITE -> diffAfter(dialect, rebuildChat("id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL"
                    + " REFERENCES users (id), title TEXT, price INTEGER CHECK (price > 0), share_id VARCHAR(255)"));
            case POSTGRESQL -> diffAfter(dialect, "ALTER TABLE chat DROP CONSTRAINT chat_price_check",
                    "ALTER TABLE chat ADD CONSTRAINT chat_price_check CHECK (price > 0)");
        };
        assertThat(descriptions(diff.differences())).containsExactly(switch (dialect) {
            case SQLITE -> "check constraint on chat: expression price > 0, expected price >= 0";
            case POSTGRESQL -> "check constraint chat_price_check on chat: expression CHECK (price > 0),"
                    + " expected CHECK (price >= 0)";
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_changed_foreign_key_target_is_reported(Dialect dialect) throws Exception {
        SchemaDiff diff = switch (dialect) {
            case SQLITE -> diffAfter(dialect, rebuildChat("id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL"
                    + " REFERENCES accounts (id), title TEXT, price INTEGER CHECK (price >= 0),"
                    + " share_id VARCHAR(255)"));
            case POSTGRESQL -> diffAfter(dialect, "ALTER TABLE chat DROP CONSTRAINT chat_user_id_fkey",
                    "ALTER TABLE chat ADD CONSTRAINT chat_user_id_fkey FOREIGN KEY (user_id) REFERENCES accounts (id)");
        };
        assertThat(descriptions(diff.differences())).containsExactly(switch (dialect) {
            case SQLITE -> "foreign key (user_id) on chat: references accounts (id), expected users (id)";
            case POSTGRESQL -> "foreign key chat_user_id_fkey on chat: references accounts (id), expected users (id)";
        });
    }

    @Test
    void a_constraint_restored_under_another_name_is_reported_in_postgresql() throws Exception {
        SchemaDiff diff = diffAfter(Dialect.POSTGRESQL, "ALTER TABLE chat DROP CONSTRAINT chat_price_check",
                "ALTER TABLE chat ADD CONSTRAINT price_not_negative CHECK (price >= 0)");
        assertThat(descriptions(diff.differences())).containsExactly(
                "check constraint chat_price_check on chat is missing (expected present)",
                "check constraint price_not_negative on chat is still present (expected absent)");
    }

    @Test
    void a_leftover_enum_type_is_reported() throws Exception {
        SchemaDiff diff = diffAfter(Dialect.POSTGRESQL, "CREATE TYPE chat_state AS ENUM ('open', 'closed')");
        assertThat(diff.differences()).containsExactly(new SchemaDifference.Added(ObjectKind.ENUM_TYPE, "chat_state"));
        assertThat(descriptions(diff.differences()))
                .containsExactly("enum type chat_state is still present (expected absent)");
    }

    @Test
    void a_changed_enum_label_list_is_reported() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN
            Sql.run(database, "CREATE TYPE chat_state AS ENUM ('open', 'closed')");
            SchemaSnapshot expected = SchemaSnapshot.read(database);
            // WHEN
            Sql.run(database, "ALTER TYPE chat_state ADD VALUE 'archived' BEFORE 'closed'");
            SchemaDiff diff = SchemaDiff.between(expected, SchemaSnapshot.read(database));
            // THEN
            assertThat(diff.differences()).containsExactly(new SchemaDifference.Changed(ObjectKind.ENUM_TYPE,
                    "chat_state", "labels", "('open', 'closed')", "('open', 'archived', 'closed')"));
            assertThat(descriptions(diff.differences())).containsExactly(
                    "enum type chat_state: labels ('open', 'archived', 'closed'), expected ('open', 'closed')");
        }
    }

    @Test
    void a_column_dropped_and_added_again_at_the_end_is_a_notice_not_a_difference() throws Exception {
        // GIVEN PostgreSQL cannot put a re-added column back in the middle
        SchemaDiff diff = diffAfter(Dialect.POSTGRESQL, "ALTER TABLE chat DROP COLUMN title",
                "ALTER TABLE chat ADD COLUMN title text");
        // THEN
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.differences()).isEmpty();
        assertThat(descriptions(diff.notices())).containsExactly("table chat: column order"
                + " (id, user_id, price, share_id, title), expected (id, user_id, title, price, share_id)");
        assertThat(diff.toString()).isEqualTo("notice: table chat: column order (id, user_id, price, share_id, title),"
                + " expected (id, user_id, title, price, share_id)\n");
    }

    @Test
    void several_differences_are_listed_one_per_line_in_a_stable_order() throws Exception {
        SchemaDiff diff = diffAfter(Dialect.POSTGRESQL, "DROP TABLE note", "CREATE INDEX chat_user_idx ON chat (user_id)",
                "ALTER TABLE chat ADD COLUMN archived_at timestamptz", "CREATE TYPE chat_state AS ENUM ('open')");
        assertThat(diff.toString()).isEqualTo("""
                column chat.archived_at is still present (expected absent)
                index chat_user_idx is still present (expected absent)
                table note is missing (expected present)
                enum type chat_state is still present (expected absent)
                """);
    }

    @Test
    void snapshots_of_different_dialects_are_refused() throws Exception {
        try (TestDatabase sqlite = databases.create(Dialect.SQLITE);
                TestDatabase postgresql = databases.create(Dialect.POSTGRESQL)) {
            SchemaSnapshot one = SchemaSnapshot.read(sqlite);
            SchemaSnapshot other = SchemaSnapshot.read(postgresql);
            assertThatThrownBy(() -> SchemaDiff.between(one, other))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("SchemaDiff compares snapshots of one dialect, but expected is sqlite and actual is"
                            + " postgresql. Use DialectParity.compare(sqlite, postgresql) to compare dialects.");
        }
    }
}
