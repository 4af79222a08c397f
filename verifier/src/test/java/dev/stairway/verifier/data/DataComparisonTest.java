package dev.stairway.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataComparisonTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    private static final String[] CHATS = {
        "CREATE TABLE chat (id INTEGER PRIMARY KEY, title TEXT NOT NULL, share_id INTEGER)",
        "INSERT INTO chat VALUES (1, 'hello', NULL), (2, 'bye', 7), (3, 'again', 8)",
        "CREATE TABLE tag (name TEXT PRIMARY KEY)",
        "INSERT INTO tag VALUES ('red'), ('blue')",
    };

    @Test
    void a_deleted_row_a_changed_value_and_a_missing_table_are_each_reported() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database, CHATS);
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN
            Sql.run(database, "DELETE FROM chat WHERE id = 1", "UPDATE chat SET title = 'farewell' WHERE id = 2",
                    "DROP TABLE tag");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of());

            // THEN
            assertThat(comparison.isEmpty()).isFalse();
            assertThat(comparison.tablesMissing()).containsExactly("tag");
            assertThat(comparison.tables()).extracting(TableDifference::table).containsExactly("chat");
            assertThat(comparison.lines()).containsExactly(
                    "table tag is missing (it had 2 rows)",
                    "chat: 2 rows missing: chat(id=1, title='hello', share_id=NULL); chat(id=2, title='bye', share_id=7)",
                    "chat: 1 row unexpected: chat(id=2, title='farewell', share_id=7)");
        }
    }

    @Test
    void rows_matched_by_key_tell_changed_and_lost_values_per_column_and_rows_really_gone_as_rows() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            try (TestDatabase database = databases.create(dialect)) {
                // GIVEN a table keyed on (team, seat), one keyed on a unique NOT NULL column, and one with no key
                Sql.run(database,
                        "CREATE TABLE seat (team INTEGER NOT NULL, seat INTEGER NOT NULL, name TEXT, note TEXT,"
                                + " PRIMARY KEY (team, seat))",
                        "INSERT INTO seat VALUES (1, 1, 'ann', 'a'), (1, 2, 'bob', 'b'), (2, 1, 'cy', 'c')",
                        "CREATE TABLE badge (code TEXT NOT NULL UNIQUE, label TEXT)",
                        "INSERT INTO badge VALUES ('x', 'old'), ('y', 'same')",
                        "CREATE TABLE log (line TEXT)",
                        "INSERT INTO log VALUES ('one')");
                DataSnapshot before = DataSnapshot.read(database);
                SchemaSnapshot schema = SchemaSnapshot.read(database);

                // WHEN names change, notes are emptied, a seat goes and a badge label changes; the log line changes
                Sql.run(database, "UPDATE seat SET name = upper(name), note = NULL WHERE team = 1",
                        "DELETE FROM seat WHERE team = 2", "INSERT INTO seat VALUES (3, 1, 'dee', 'd')",
                        "UPDATE badge SET label = 'new' WHERE code = 'x'", "UPDATE log SET line = 'two'");
                DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of(),
                        Set.of(), schema);

                // THEN
                assertThat(comparison.lines()).as(dialect.id()).containsExactly(
                        "badge.label: 1 row changed, code='x': 'old' → 'new'",
                        "log: 1 row missing: log(line='one')",
                        "log: 1 row unexpected: log(line='two')",
                        "seat.name: 2 rows changed, e.g. (team=1, seat=1): 'ann' → 'ANN'",
                        "seat.note: 2 values lost, e.g. (team=1, seat=1): 'a' → NULL",
                        "seat: 1 row missing: seat(team=2, seat=1, name='cy', note='c')",
                        "seat: 1 row unexpected: seat(team=3, seat=1, name='dee', note='d')");
            }
        }
    }

    @Test
    void presence_only_columns_match_any_value_but_not_null() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN share_id compared by presence alone
            Sql.run(database, CHATS);
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN one share_id changes value and another becomes NULL
            Sql.run(database, "UPDATE chat SET share_id = 70 WHERE id = 2", "UPDATE chat SET share_id = NULL WHERE id = 3");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of(),
                    Set.of("CHAT.share_id"));

            // THEN only the one that became NULL differs, shown without its value
            assertThat(comparison.lines()).containsExactly(
                    "chat: 1 row missing: chat(id=3, title='again', share_id=(volatile))",
                    "chat: 1 row unexpected: chat(id=3, title='again', share_id=NULL)");
        }
    }

    @Test
    void row_order_and_column_order_do_not_matter() throws Exception {
        try (TestDatabase first = databases.create(Dialect.SQLITE);
                TestDatabase second = databases.create(Dialect.SQLITE)) {
            // GIVEN the same data, rows inserted in reverse and columns declared in another order
            Sql.run(first, CHATS);
            Sql.run(second,
                    "CREATE TABLE tag (name TEXT PRIMARY KEY)",
                    "INSERT INTO tag VALUES ('blue'), ('red')",
                    "CREATE TABLE chat (share_id INTEGER, title TEXT NOT NULL, id INTEGER PRIMARY KEY)",
                    "INSERT INTO chat VALUES (8, 'again', 3), (7, 'bye', 2), (NULL, 'hello', 1)");

            // WHEN
            DataComparison comparison = DataComparison.between(DataSnapshot.read(first), DataSnapshot.read(second),
                    Set.of());

            // THEN
            assertThat(comparison.isEmpty()).isTrue();
            assertThat(comparison).hasToString("no data differences");
        }
    }

    @Test
    void a_lossy_column_is_skipped_while_the_rest_of_the_row_is_still_compared() throws Exception {
        try (TestDatabase database = databases.create(Dialect.POSTGRESQL)) {
            // GIVEN an undo that cannot restore chat.share_id (re-added at the end, empty) and also breaks a title
            Sql.run(database,
                    "CREATE TABLE chat (id integer PRIMARY KEY, share_id integer, title text NOT NULL)",
                    "INSERT INTO chat VALUES (1, 5, 'hello'), (2, 7, 'bye')");
            DataSnapshot before = DataSnapshot.read(database);
            Sql.run(database, "ALTER TABLE chat DROP COLUMN share_id", "ALTER TABLE chat ADD COLUMN share_id integer",
                    "UPDATE chat SET title = 'HELLO' WHERE id = 1");

            // WHEN
            DataSnapshot after = DataSnapshot.read(database);
            DataComparison lossy = DataComparison.between(before, after, Set.of("Chat.Share_Id"));
            DataComparison strict = DataComparison.between(before, after, Set.of());

            // THEN
            assertThat(lossy.lines()).containsExactly(
                    "chat: 1 row missing: chat(id=1, title='hello')",
                    "chat: 1 row unexpected: chat(id=1, title='HELLO')");
            assertThat(strict.lines()).containsExactly(
                    "chat: 2 rows missing: chat(id=1, share_id=5, title='hello'); chat(id=2, share_id=7, title='bye')",
                    "chat: 2 rows unexpected: chat(id=1, title='HELLO', share_id=NULL); chat(id=2, title='bye', share_id=NULL)");
        }
    }

    @Test
    void examples_are_capped_at_three_per_kind() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)",
                    "INSERT INTO item VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f')");
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN
            Sql.run(database, "DELETE FROM item WHERE id <= 5");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of());

            // THEN
            assertThat(comparison.tables()).singleElement().satisfies(table -> {
                assertThat(table.rowsMissing()).isEqualTo(5);
                assertThat(table.missingExamples()).hasSize(DataComparison.EXAMPLES);
                assertThat(table.rowsUnexpected()).isZero();
            });
            assertThat(comparison).hasToString(
                    "item: 5 rows missing, first 3: item(id=1, name='a'); item(id=2, name='b'); item(id=3, name='c')");
        }
    }

    @Test
    void beyond_three_tables_the_rows_lost_are_counted_without_examples() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN five tables of two rows each
            for (String table : List.of("a", "b", "c", "d", "e")) {
                Sql.run(database, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                        "INSERT INTO " + table + " VALUES (1, '" + table + "1'), (2, '" + table + "2')");
            }
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN every table loses its rows, as through one cascade
            for (String table : List.of("a", "b", "c", "d", "e")) {
                Sql.run(database, "DELETE FROM " + table);
            }
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of());

            // THEN the first three tables show their rows, the others only how many they lost
            assertThat(comparison.lines()).containsExactly(
                    "a: 2 rows missing: a(id=1, name='a1'); a(id=2, name='a2')",
                    "b: 2 rows missing: b(id=1, name='b1'); b(id=2, name='b2')",
                    "c: 2 rows missing: c(id=1, name='c1'); c(id=2, name='c2')",
                    "d: 2 rows missing",
                    "e: 2 rows missing");
            assertThat(comparison.tables()).allSatisfy(table -> assertThat(table.lines()).singleElement()
                    .asString().contains("(id=1, name="));
        }
    }

    @Test
    void tables_left_out_neither_show_their_rows_nor_take_the_places_of_examples() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN five tables of two rows each, and a sixth table that goes
            for (String table : List.of("a", "b", "c", "d", "e")) {
                Sql.run(database, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                        "INSERT INTO " + table + " VALUES (1, '" + table + "1'), (2, '" + table + "2')");
            }
            Sql.run(database, "CREATE TABLE f (id INTEGER PRIMARY KEY)", "INSERT INTO f VALUES (1)");
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN every table loses its rows, f goes, and a and e are left out
            for (String table : List.of("a", "b", "c", "d", "e")) {
                Sql.run(database, "DELETE FROM " + table);
            }
            Sql.run(database, "DROP TABLE f");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of())
                    .withoutTables(Set.of("a", "e"));

            // THEN b, c and d show their rows, and the missing table is still told
            assertThat(comparison.lines()).containsExactly(
                    "table f is missing (it had 1 row)",
                    "b: 2 rows missing: b(id=1, name='b1'); b(id=2, name='b2')",
                    "c: 2 rows missing: c(id=1, name='c1'); c(id=2, name='c2')",
                    "d: 2 rows missing: d(id=1, name='d1'); d(id=2, name='d2')");
        }
    }

    @Test
    void duplicate_rows_count_as_a_multiset() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN a table without a key holding the same row twice
            Sql.run(database, "CREATE TABLE log (line TEXT)", "INSERT INTO log VALUES ('x'), ('x'), ('y')");
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN one of the twins goes
            Sql.run(database, "DELETE FROM log WHERE rowid = 1");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of());

            // THEN
            assertThat(comparison.lines()).containsExactly("log: 1 row missing: log(line='x')");
        }
    }

    @Test
    void columns_and_tables_that_appear_or_vanish_are_reported() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database, CHATS);
            DataSnapshot before = DataSnapshot.read(database);

            // WHEN
            Sql.run(database, "ALTER TABLE chat DROP COLUMN share_id", "ALTER TABLE chat ADD COLUMN archived INTEGER",
                    "CREATE TABLE chat_copy (id INTEGER)");
            DataComparison comparison = DataComparison.between(before, DataSnapshot.read(database), Set.of());

            // THEN the rows still match on the columns both sides have
            assertThat(comparison.tablesAdded()).containsExactly("chat_copy");
            assertThat(comparison.lines()).isEqualTo(List.of(
                    "table chat_copy was added (it has 0 rows)",
                    "chat: column share_id is missing",
                    "chat: column archived was added"));
        }
    }

    @Test
    void snapshots_of_two_dialects_are_not_compared() throws Exception {
        try (TestDatabase sqlite = databases.create(Dialect.SQLITE)) {
            DataSnapshot snapshot = DataSnapshot.read(sqlite);
            try (TestDatabase postgresql = databases.create(Dialect.POSTGRESQL)) {
                assertThatThrownBy(() -> DataComparison.between(snapshot, DataSnapshot.read(postgresql), Set.of()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Cannot compare sqlite data with postgresql data: compare snapshots of one dialect.");
            }
        }
    }
}
