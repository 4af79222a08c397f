package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.UndoFailedException;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.EnumType;
import dev.stairway.verifier.schema.ForeignKey;
import dev.stairway.verifier.schema.Index;
import dev.stairway.verifier.schema.Routine;
import dev.stairway.verifier.schema.SchemaDiff;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.Trigger;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The revisions of the reference history that reshape tables holding rows, on both dialects: renames (V6, V14),
 * a partial index (V15), SQLite's table rebuild (V19), a trigger and its function (V26), an enum type (V28).
 * Rows seeded at the revision before must survive the up unchanged in meaning, and the undo must give back the
 * same rows and the same schema.
 */
class SchemaChangingRevisionsTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v6_renames_modelfile_to_model_keeping_rows_and_numbering(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN two modelfiles at V5, numbered by the database
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("5");
            db.execute(
                    "INSERT INTO \"modelfile\" (tag_name, user_id, modelfile, \"timestamp\")"
                            + " VALUES ('llama3:latest', 'u1', 'FROM llama3 SYSTEM terse', 1600000000)",
                    "INSERT INTO \"modelfile\" (tag_name, user_id, modelfile, \"timestamp\")"
                            + " VALUES ('mistral:7b', 'u2', 'FROM mistral', 1600000001)");
            List<String> before = db.rows("SELECT id, tag_name, user_id, modelfile, \"timestamp\""
                    + " FROM \"modelfile\" ORDER BY id");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V6 runs
            db.migrateTo("6");

            // THEN the rows are in model, the text in content, and modelfile is gone
            assertThat(db.rows("SELECT id, tag_name, user_id, content, \"timestamp\" FROM \"model\" ORDER BY id"))
                    .containsExactly("1|llama3:latest|u1|FROM llama3 SYSTEM terse|1600000000",
                            "2|mistral:7b|u2|FROM mistral|1600000001");
            assertThat(db.schema().table("modelfile")).isEmpty();

            // WHEN V6 is undone
            db.undo("6");

            // THEN modelfile is back, column, rows and names (constraints, sequence) alike
            assertThat(db.rows("SELECT id, tag_name, user_id, modelfile, \"timestamp\" FROM \"modelfile\" ORDER BY id"))
                    .isEqualTo(before);
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();

            // WHEN V6 runs again and a model is added without an id
            db.migrateTo("6");
            db.execute("INSERT INTO \"model\" (tag_name, user_id, content, \"timestamp\")"
                    + " VALUES ('phi3:mini', 'u1', 'FROM phi3', 1600000002)");

            // THEN it is numbered after the renamed rows (PostgreSQL: the renamed identity sequence goes on)
            assertThat(db.rows("SELECT id, tag_name FROM \"model\" ORDER BY id"))
                    .containsExactly("1|llama3:latest", "2|mistral:7b", "3|phi3:mini");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v14_renames_auth_active_to_is_active_keeping_each_flag(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN an active and an inactive account at V13
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("13");
            db.execute(
                    "INSERT INTO \"auth\" (id, email, password, active, api_key)"
                            + " VALUES ('a1', 'ada@example.com', 'hash-1', TRUE, 'sk-ada')",
                    "INSERT INTO \"auth\" (id, email, password, active) VALUES ('a2', 'bob@example.com', 'hash-2', FALSE)");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V14 runs
            db.migrateTo("14");

            // THEN each account keeps its flag under the new name, in the same place
            assertThat(db.rows("SELECT id, CASE WHEN is_active THEN 'active' ELSE 'inactive' END FROM \"auth\""
                    + " ORDER BY id")).containsExactly("a1|active", "a2|inactive");
            assertThat(db.schema().table("auth").orElseThrow().columns()).extracting(Column::name)
                    .containsExactly("id", "email", "password", "is_active", "api_key");

            // WHEN V14 is undone
            db.undo("14");

            // THEN active is back with the same flags
            assertThat(db.rows("SELECT id, CASE WHEN active THEN 'active' ELSE 'inactive' END FROM \"auth\""
                    + " ORDER BY id")).containsExactly("a1|active", "a2|inactive");
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v15_indexes_only_the_chats_that_are_not_archived(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN an archived and a live chat at V14
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("14");
            db.execute(
                    "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, archived)"
                            + " VALUES ('c1', 'u1', 'Live', '{}', 1700000000, 1700000100, FALSE)",
                    "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, archived)"
                            + " VALUES ('c2', 'u1', 'Old', '{}', 1600000000, 1600000100, TRUE)");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V15 runs
            db.migrateTo("15");

            // THEN the chat list's index is partial, on (user_id, updated_at) of chats not archived
            Index index = db.schema().table("chat").orElseThrow().index("chat_user_id_updated_at_idx");
            assertThat(index.columns()).containsExactly("user_id", "updated_at");
            assertThat(index.predicate()).isEqualTo(dialect == Dialect.POSTGRESQL
                    ? "archived = false" : "archived = 0");
            assertThat(db.rows("SELECT id FROM \"chat\" WHERE user_id = 'u1' AND archived = FALSE"
                    + " ORDER BY updated_at DESC")).containsExactly("c1");

            // WHEN V15 is undone
            db.undo("15");

            // THEN the four indexes are gone and the rows untouched
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v19_widens_chat_title_and_adds_pinned_and_folder_id_keeping_every_chat(Dialect dialect)
            throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN at V18 chats using every column of chat (shared, archived, tagged) and a folder
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("18");
            db.execute(
                    "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, share_id, archived, tags)"
                            + " VALUES ('c1', 'u1', 'Live', '{\"messages\": []}', 1700000000, 1700000100, NULL, FALSE,"
                            + " '[{\"id\": \"t1\", \"name\": \"work\", \"user_id\": \"u1\", \"timestamp\": 1700000001}]')",
                    "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, share_id, archived)"
                            + " VALUES ('c2', 'u1', 'Old', '{\"messages\": []}', 1600000000, 1600000100, 's-c2', TRUE)",
                    "INSERT INTO \"folder\" (id, parent_id, user_id, name, created_at, updated_at)"
                            + " VALUES ('f1', NULL, 'u1', 'Research', 1700000000, 1700000000)");
            List<String> chatsBefore = db.rows("SELECT id, user_id, title, chat, created_at, updated_at, share_id,"
                    + " CASE WHEN archived THEN 'archived' ELSE 'live' END, tags FROM \"chat\" ORDER BY id");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();
            List<String> createTableBefore = chatCreateTable(db);

            // WHEN V19 runs
            db.migrateTo("19");

            // THEN every chat is kept, unpinned and in no folder; title is TEXT and folder_id references folder
            assertThat(db.rows("SELECT id, user_id, title, chat, created_at, updated_at, share_id,"
                    + " CASE WHEN archived THEN 'archived' ELSE 'live' END, tags FROM \"chat\" ORDER BY id"))
                    .isEqualTo(chatsBefore);
            assertThat(db.rows("SELECT id, CASE WHEN pinned THEN 'pinned' ELSE 'unpinned' END, folder_id"
                    + " FROM \"chat\" ORDER BY id")).containsExactly("c1|unpinned|null", "c2|unpinned|null");
            Table chat = db.schema().table("chat").orElseThrow();
            assertThat(chat.column("title").type()).isEqualTo(dialect == Dialect.POSTGRESQL ? "text" : "TEXT");
            assertThat(chat.column("pinned").nullable()).isFalse();
            assertThat(chat.foreignKeys()).extracting(ForeignKey::columns, ForeignKey::referencedTable,
                    ForeignKey::onDelete).containsExactly(tuple(List.of("folder_id"), "folder", "set null"));
            assertThat(chat.index("chat_folder_id_idx")).isNotNull();

            // WHEN V19 is undone
            db.undo("19");

            // THEN the same chats, the same schema; on SQLite even the same CREATE TABLE text
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
            assertThat(chatCreateTable(db)).isEqualTo(createTableBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v19_undo_keeps_a_long_title_on_sqlite_and_refuses_to_truncate_it_on_postgresql(Dialect dialect)
            throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN at V19 a chat whose title is longer than the 255 characters V18 allowed
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("19");
            String title = "t".repeat(300);
            db.execute("INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at)"
                    + " VALUES ('c1', 'u1', '" + title + "', '{}', 1700000000, 1700000000)");

            if (dialect == Dialect.SQLITE) {
                // WHEN V19 is undone on SQLite, where VARCHAR(255) is TEXT affinity and its length not enforced
                db.undo("19");

                // THEN the title comes back whole
                assertThat(db.rows("SELECT length(title) FROM \"chat\"")).containsExactly("300");
                assertThat(db.appliedVersions()).last().isEqualTo("18");
            } else {
                // WHEN / THEN undoing V19 on PostgreSQL fails at the narrowing, rather than truncate the title
                assertThatThrownBy(() -> db.undo("19"))
                        .isInstanceOf(UndoFailedException.class)
                        .hasMessage("Undo postgresql/U19__rebuild_chat_for_folders.sql failed on " + database
                                + " at line 6 (ALTER TABLE \"chat\" ALTER COLUMN title TYPE VARCHAR(255)): ERROR:"
                                + " value too long for type character varying(255). Nothing was undone: the undo"
                                + " ran in one transaction, rolled back. Fix that statement in"
                                + " postgresql/U19__rebuild_chat_for_folders.sql.");
                // AND nothing was undone
                assertThat(db.rows("SELECT length(title), folder_id FROM \"chat\"")).containsExactly("300|null");
                assertThat(db.appliedVersions()).last().isEqualTo("19");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v26_stamps_updated_at_on_notes_and_its_undo_drops_the_trigger(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN a group with a member at V25
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("25");
            db.execute(
                    "INSERT INTO \"group\" (id, user_id, name, created_at, updated_at)"
                            + " VALUES ('g1', 'u1', 'Admins', 1700000000, 1700000000)",
                    "INSERT INTO \"group_member\" (group_id, user_id, created_at) VALUES ('g1', 'u1', 1700000000)");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V26 runs and a note is written, retitled without touching updated_at, then stamped explicitly
            db.migrateTo("26");
            long start = Instant.now().getEpochSecond();
            db.execute("INSERT INTO \"note\" (id, user_id, title, created_at, updated_at)"
                    + " VALUES ('n1', 'u1', 'Draft', 1000, 1000)");
            db.execute("UPDATE \"note\" SET title = 'Plan' WHERE id = 'n1'");
            long stamped = Long.parseLong(db.rows("SELECT updated_at FROM \"note\" WHERE id = 'n1'").get(0));
            db.execute("UPDATE \"note\" SET title = 'Final', updated_at = 2000 WHERE id = 'n1'");

            // THEN the trigger stamped the first update with the current time and left the explicit one alone
            assertThat(stamped).isBetween(start, Instant.now().getEpochSecond());
            assertThat(db.rows("SELECT title, created_at, updated_at FROM \"note\"")).containsExactly("Final|1000|2000");
            SchemaSnapshot afterUp = db.schema();
            assertThat(afterUp.triggers()).extracting(Trigger::name, Trigger::table)
                    .containsExactly(tuple("note_set_updated_at", "note"));
            assertThat(afterUp.functions()).extracting(Routine::name)
                    .isEqualTo(dialect == Dialect.POSTGRESQL ? List.of("set_updated_at()") : List.of());

            // WHEN V26 is undone
            db.undo("26");

            // THEN table, trigger and function are gone; the groups are untouched
            SchemaSnapshot afterUndo = db.schema();
            assertThat(afterUndo.triggers()).isEmpty();
            assertThat(afterUndo.functions()).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, afterUndo).toString()).isEmpty();
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v28_keeps_billing_status_to_its_labels_and_its_undo_drops_the_enum(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN a user at V27
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("27");
            db.execute("INSERT INTO \"user\" (id, name, email, last_active_at, updated_at, created_at, oauth)"
                    + " VALUES ('u1', 'Ada', 'ada@example.com', 1700000000, 1700000000, 1700000000,"
                    + " '{\"google\": {\"sub\": \"1234\"}}')");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V28 runs and charges are recorded
            db.migrateTo("28");
            db.execute(
                    "INSERT INTO \"billing\" (user_id, amount_cents, created_at, updated_at)"
                            + " VALUES ('u1', 1200, 1700000000, 1700000000)",
                    "INSERT INTO \"billing\" (user_id, amount_cents, currency, status, created_at, updated_at)"
                            + " VALUES ('u1', 350, 'EUR', 'paid', 1700000100, 1700000100)");

            // THEN they are numbered, pending by default, and only the four labels are accepted
            assertThat(db.rows("SELECT id, amount_cents, currency, status FROM \"billing\" ORDER BY id"))
                    .containsExactly("1|1200|USD|pending", "2|350|EUR|paid");
            assertThatThrownBy(() -> db.execute("INSERT INTO \"billing\" (user_id, amount_cents, status, created_at,"
                    + " updated_at) VALUES ('u1', 1, 'overdue', 1700000200, 1700000200)"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> e.getMessage().lines().findFirst().orElseThrow())
                    .isEqualTo(dialect == Dialect.POSTGRESQL
                            ? "ERROR: invalid input value for enum billing_status: \"overdue\""
                            : "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed"
                                    + " (CHECK constraint failed: billing_status_check)");
            assertThat(db.schema().enumTypes()).isEqualTo(dialect == Dialect.POSTGRESQL
                    ? List.of(new EnumType("billing_status", List.of("pending", "paid", "failed", "refunded")))
                    : List.of());

            // WHEN V28 is undone, charges and all
            db.undo("28");

            // THEN billing and the enum type are gone, the user untouched
            SchemaSnapshot afterUndo = db.schema();
            assertThat(afterUndo.enumTypes()).isEmpty();
            assertThat(afterUndo.table("billing")).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, afterUndo).toString()).isEmpty();
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
        }
    }

    /** SQLite's stored CREATE TABLE text of chat; empty on PostgreSQL, which keeps no such text. */
    private static List<String> chatCreateTable(ReferenceDatabase db) throws SQLException {
        return db.dialect() == Dialect.SQLITE
                ? db.rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'chat'")
                : List.of();
    }
}
