package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.TableDifference;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.schema.SchemaDiff;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The revisions of the reference history that move data, on both dialects: hand-written rows seeded at the
 * revision before, the up checked for what it filled or moved, then the undo checked for bringing every row
 * back (V2 backfill, V16 tags into JSON), for losing only what it declares (V27), or refused (V30).
 */
class DataMovingRevisionsTest {

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
    void v2_backfills_created_and_updated_at_from_timestamp_and_its_undo_restores_timestamp(Dialect dialect)
            throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN users and chats at V1, each with its single timestamp, and chat_tag rows linked to the chats
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("1");
            db.execute(
                    "INSERT INTO \"user\" (id, name, email, role, profile_image_url, \"timestamp\")"
                            + " VALUES ('u1', 'Ada', 'ada@example.com', 'admin', '/ada.png', 1600000000)",
                    "INSERT INTO \"user\" (id, name, email, \"timestamp\")"
                            + " VALUES ('u2', 'Bob', 'bob@example.com', 1600000500)",
                    "INSERT INTO \"chat\" (id, user_id, title, chat, \"timestamp\")"
                            + " VALUES ('c1', 'u1', 'First chat', '{\"messages\": []}', 1600000100)",
                    "INSERT INTO \"chat\" (id, user_id, title, chat, \"timestamp\")"
                            + " VALUES ('c2', 'u2', 'Second chat', '{\"messages\": []}', 1600000600)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t1', 'work', 'c1', 'u1', 1600000101)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t2', 'sql', 'c1', 'u1', 1600000102)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t3', 'home', 'c2', 'u2', 1600000601)");
            List<String> usersBefore = db.rows("SELECT * FROM \"user\" ORDER BY id");
            List<String> chatsBefore = db.rows("SELECT * FROM \"chat\" ORDER BY id");
            List<String> tagsBefore = db.rows("SELECT * FROM \"chat_tag\" ORDER BY id");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V2 runs
            db.migrateTo("2");

            // THEN the new NOT NULL columns hold each row's old timestamp, and no chat_tag row was lost
            assertThat(db.rows("SELECT id, last_active_at, updated_at, created_at FROM \"user\" ORDER BY id"))
                    .containsExactly("u1|1600000000|1600000000|1600000000", "u2|1600000500|1600000500|1600000500");
            assertThat(db.rows("SELECT id, created_at, updated_at FROM \"chat\" ORDER BY id"))
                    .containsExactly("c1|1600000100|1600000100", "c2|1600000600|1600000600");
            assertThat(db.rows("SELECT * FROM \"chat_tag\" ORDER BY id")).isEqualTo(tagsBefore);
            SchemaSnapshot afterUp = db.schema();
            assertThat(afterUp.table("user").orElseThrow().column("timestamp")).isNull();
            assertThat(List.of("last_active_at", "updated_at", "created_at"))
                    .allSatisfy(column -> assertThat(afterUp.table("user").orElseThrow().column(column).nullable())
                            .as("user.%s nullable", column).isFalse());
            assertThat(List.of("created_at", "updated_at"))
                    .allSatisfy(column -> assertThat(afterUp.table("chat").orElseThrow().column(column).nullable())
                            .as("chat.%s nullable", column).isFalse());

            // WHEN V2 is undone
            db.undo("2");

            // THEN timestamp is back with the same values, row for row, and the schema is V1's again
            assertThat(db.rows("SELECT * FROM \"user\" ORDER BY id")).isEqualTo(usersBefore);
            assertThat(db.rows("SELECT * FROM \"chat\" ORDER BY id")).isEqualTo(chatsBefore);
            assertThat(db.rows("SELECT * FROM \"chat_tag\" ORDER BY id")).isEqualTo(tagsBefore);
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
            assertThat(db.appliedVersions()).containsExactly("1");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v16_moves_each_chat_tag_row_into_the_chat_tags_json_and_its_undo_moves_them_back(Dialect dialect)
            throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN at V15 two chats with two tags each (inserted out of id order, one tagged by another user)
            // and a chat without tags
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("15");
            db.execute(
                    chatAtV15("c1", "u1", "Migrations"),
                    chatAtV15("c2", "u2", "Recipes"),
                    chatAtV15("c3", "u1", "Untagged"),
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t2', 'work', 'c1', 'u1', 1700000002)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t1', 'sql', 'c1', 'u1', 1700000001)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t3', 'food', 'c2', 'u2', 1700000003)",
                    "INSERT INTO \"chat_tag\" (id, tag_name, chat_id, user_id, \"timestamp\")"
                            + " VALUES ('t4', 'shared', 'c2', 'u1', 1700000004)");
            List<String> tagsBefore = db.rows("SELECT id, tag_name, chat_id, user_id, \"timestamp\""
                    + " FROM \"chat_tag\" ORDER BY id");
            SchemaSnapshot schemaBefore = db.schema();
            DataSnapshot dataBefore = db.data();

            // WHEN V16 runs
            db.migrateTo("16");

            // THEN every link row is one element of its chat's tags, whole and in id order; chat_tag is gone
            assertThat(db.rows(tagElements(dialect))).containsExactly(
                    "c1|1|t1|sql|u1|1700000001",
                    "c1|2|t2|work|u1|1700000002",
                    "c2|1|t3|food|u2|1700000003",
                    "c2|2|t4|shared|u1|1700000004");
            assertThat(db.rows("SELECT id, tags FROM \"chat\" WHERE id = 'c3'")).containsExactly("c3|[]");
            assertThat(db.schema().table("chat_tag")).isEmpty();

            // WHEN V16 is undone
            db.undo("16");

            // THEN chat_tag holds the same rows again, and nothing else changed
            assertThat(db.rows("SELECT id, tag_name, chat_id, user_id, \"timestamp\" FROM \"chat_tag\" ORDER BY id"))
                    .isEqualTo(tagsBefore);
            assertThat(db.dataDifferencesFrom(dataBefore, Set.of())).isEmpty();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v27_files_oauth_subjects_by_provider_and_its_undo_loses_only_the_declared_oauth_sub(Dialect dialect)
            throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN at V26 users whose oauth_sub has a provider, has none ("abc"), has an empty one ("@xyz"),
            // or is NULL
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("26");
            db.execute(
                    userAtV26("u1", "google@1234"),
                    userAtV26("u2", "github@ada"),
                    userAtV26("u3", "abc"),
                    userAtV26("u4", "@xyz"),
                    userAtV26("u5", null));
            DataSnapshot dataBefore = db.data();
            SchemaSnapshot schemaBefore = db.schema();

            // WHEN V27 runs
            db.migrateTo("27");

            // THEN each subject is filed under its provider, or under "oidc" when it had none
            assertThat(db.rows(oauthProviders(dialect))).containsExactly(
                    "u1|google|1234", "u2|github|ada", "u3|oidc|abc", "u4|oidc|@xyz");
            assertThat(db.rows("SELECT id FROM \"user\" WHERE oauth IS NULL")).containsExactly("u5");

            // WHEN V27 is undone
            db.undo("27");

            // THEN the subjects that had a provider (or none at all) come back; the two without one come back
            // filed under oidc
            assertThat(db.rows("SELECT id, oauth_sub FROM \"user\" ORDER BY id")).containsExactly(
                    "u1|google@1234", "u2|github@ada", "u3|oidc@abc", "u4|oidc@@xyz", "u5|null");
            // AND the undo declares exactly that column lossy, and nothing else differs
            Revision v27 = ReferenceDatabase.revision(dialect, "27");
            assertThat(v27.lossyColumns()).containsExactly("user.oauth_sub");
            assertThat(db.dataDifferencesFrom(dataBefore, v27.lossyColumns())).isEmpty();
            DataComparison strict = DataComparison.between(dataBefore, db.data(), Set.of());
            assertThat(strict.tables()).extracting(TableDifference::table).containsExactly("user");
            assertThat(DataComparison.between(dataBefore, db.data(), Set.of("user.oauth_sub")).isEmpty()).isTrue();
            assertThat(SchemaDiff.between(schemaBefore, db.schema()).toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v30_deletes_orphaned_chats_and_memories_but_keeps_shared_snapshots(Dialect dialect) throws SQLException {
        try (TestDatabase database = databases.create(dialect)) {
            // GIVEN at V29 a user with a chat and a memory, a deleted user's chat and memory, and a shared
            // snapshot of c1 owned by the pseudo-user shared-c1
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("29");
            db.execute(
                    "INSERT INTO \"user\" (id, name, email, last_active_at, updated_at, created_at)"
                            + " VALUES ('u1', 'Ada', 'ada@example.com', 1700000000, 1700000000, 1700000000)",
                    chatAtV29("c1", "u1"),
                    chatAtV29("c2", "gone"),
                    chatAtV29("c3", "shared-c1"),
                    "INSERT INTO \"memory\" (id, user_id, content, created_at, updated_at)"
                            + " VALUES ('m1', 'u1', 'Prefers SQLite', 1700000000, 1700000000)",
                    "INSERT INTO \"memory\" (id, user_id, content, created_at, updated_at)"
                            + " VALUES ('m2', 'gone', 'Was deleted', 1700000000, 1700000000)");

            // WHEN V30 runs
            db.migrateTo("30");

            // THEN only the deleted user's rows are gone
            assertThat(db.rows("SELECT id, user_id FROM \"chat\" ORDER BY id"))
                    .containsExactly("c1|u1", "c3|shared-c1");
            assertThat(db.rows("SELECT id FROM \"memory\" ORDER BY id")).containsExactly("m1");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void v30_is_declared_irreversible_and_has_no_undo(Dialect dialect) throws SQLException {
        // GIVEN the history's V30
        Revision v30 = ReferenceDatabase.revision(dialect, "30");

        // THEN it declares why it cannot be undone, and has no U script
        assertThat(v30.irreversible()).isEqualTo(Optional.of("deletes the chats and memories of users that no"
                + " longer exist; the deleted rows cannot be brought back"));
        assertThat(v30.undo()).isEmpty();

        try (TestDatabase database = databases.create(dialect)) {
            // WHEN undoing it on a database at V30
            ReferenceDatabase db = ReferenceDatabase.of(database);
            db.migrateTo("30");

            // THEN the undo is refused with the reason, and the database stays at V30
            assertThatThrownBy(() -> db.undo("30"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("V30 delete_orphaned_chats [" + dialect.id() + "] has no undo script: expected "
                            + dialect.id() + "/U30__delete_orphaned_chats.sql (it is irreversible: deletes the"
                            + " chats and memories of users that no longer exist; the deleted rows cannot be"
                            + " brought back)");
            assertThat(db.appliedVersions()).last().isEqualTo("30");
        }
        // AND it is the only revision of the history without an undo
        assertThat(ReferenceDatabase.HISTORY.revisions(dialect)).filteredOn(revision -> revision.undo().isEmpty())
                .extracting(Revision::displayName)
                .containsExactly("V30 delete_orphaned_chats [" + dialect.id() + "]");
    }

    private static String chatAtV15(String id, String userId, String title) {
        return "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at)"
                + " VALUES ('" + id + "', '" + userId + "', '" + title + "', '{\"messages\": []}', 1700000000, 1700000000)";
    }

    private static String chatAtV29(String id, String userId) {
        return "INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at)"
                + " VALUES ('" + id + "', '" + userId + "', 'Chat " + id + "', '{\"messages\": []}', 1700000000,"
                + " 1700000000)";
    }

    private static String userAtV26(String id, String oauthSub) {
        return "INSERT INTO \"user\" (id, name, email, last_active_at, updated_at, created_at, oauth_sub)"
                + " VALUES ('" + id + "', 'User " + id + "', '" + id + "@example.com', 1700000000, 1700000000,"
                + " 1700000000, " + (oauthSub == null ? "NULL" : "'" + oauthSub + "'") + ")";
    }

    /** Chat id, position, and the element's id, name, user and timestamp, for every element of chat.tags. */
    private static String tagElements(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT c.id, t.position, t.value ->> 'id', t.value ->> 'name', t.value ->> 'user_id',"
                    + " t.value ->> 'timestamp'"
                    + " FROM \"chat\" c, jsonb_array_elements(c.tags) WITH ORDINALITY AS t(value, position)"
                    + " ORDER BY c.id, t.position";
            case SQLITE -> "SELECT c.id, t.key + 1, json_extract(t.value, '$.id'), json_extract(t.value, '$.name'),"
                    + " json_extract(t.value, '$.user_id'), json_extract(t.value, '$.timestamp')"
                    + " FROM \"chat\" c, json_each(c.tags) t"
                    + " ORDER BY c.id, t.key";
        };
    }

    /** User id, provider and subject, for every provider of user.oauth. */
    private static String oauthProviders(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT u.id, p.key, p.value ->> 'sub' FROM \"user\" u, jsonb_each(u.oauth) p"
                    + " ORDER BY u.id, p.key";
            case SQLITE -> "SELECT u.id, p.key, json_extract(p.value, '$.sub') FROM \"user\" u, json_each(u.oauth) p"
                    + " ORDER BY u.id, p.key";
        };
    }
}
