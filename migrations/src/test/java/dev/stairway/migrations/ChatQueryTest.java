package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.junit.InjectDatabase;
import dev.stairway.junit.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queries the application runs all day, on the latest schema of both dialects: a chat with its folder, its
 * tags (a JSON array on {@code chat} since V16) and its messages (a JSON document in {@code chat.chat}), and a
 * channel's messages with their replies and reactions. The SQL is the same on both dialects except where JSON is
 * read: PostgreSQL's {@code jsonb} operators against SQLite's {@code json_each} / {@code json_extract}.
 */
@MigratedDatabase
class ChatQueryTest {

    private static final long CREATED = 1_700_000_000L;

    /** The current dialect's database, for the dialect-specific JSON SQL. */
    @InjectDatabase
    TestDatabase database;

    /** One connection per test, shared by the seeding, the test and the rollback. */
    @InjectDatabase
    Connection connection;

    /**
     * One user with a folder tree, two chats (one filed, one not) and a channel thread, in a transaction that
     * {@link #rollBack()} undoes: every test of a dialect's run shares its database, and sees only these rows.
     */
    @BeforeEach
    void seed() throws SQLException {
        connection.setAutoCommit(false);
        String json = json(database.dialect());
        update("INSERT INTO \"user\" (id, name, email, role, last_active_at, updated_at, created_at)"
                + " VALUES ('u1', 'Ada', 'ada@example.com', 'admin', ?, ?, ?)", CREATED, CREATED, CREATED);
        update("INSERT INTO \"folder\" (id, parent_id, user_id, name, created_at, updated_at)"
                + " VALUES ('f1', NULL, 'u1', 'Research', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"folder\" (id, parent_id, user_id, name, created_at, updated_at)"
                + " VALUES ('f2', 'f1', 'u1', 'Papers', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, tags, folder_id)"
                + " VALUES ('c1', 'u1', 'Undo scripts', " + json + ", ?, ?, " + json + ", 'f2')",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"How do I undo V16?\"},"
                        + " {\"role\": \"assistant\", \"content\": \"Run U16: it puts chat_tag back.\"}]}",
                CREATED, CREATED + 60,
                "[{\"id\": \"t1\", \"name\": \"sql\", \"user_id\": \"u1\", \"timestamp\": 1700000000},"
                        + " {\"id\": \"t2\", \"name\": \"work\", \"user_id\": \"u1\", \"timestamp\": 1700000010}]");
        update("INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, tags)"
                + " VALUES ('c2', 'u1', 'Holidays', " + json + ", ?, ?, " + json + ")",
                "{\"messages\": []}", CREATED, CREATED,
                "[{\"id\": \"t3\", \"name\": \"travel\", \"user_id\": \"u1\", \"timestamp\": 1700000020}]");
        update("INSERT INTO \"channel\" (id, user_id, name, created_at, updated_at)"
                + " VALUES ('ch1', 'u1', 'general', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"message\" (id, user_id, channel_id, parent_id, content, created_at, updated_at)"
                + " VALUES ('m1', 'u1', 'ch1', NULL, 'V32 is out', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"message\" (id, user_id, channel_id, parent_id, content, created_at, updated_at)"
                + " VALUES ('m2', 'u1', 'ch1', 'm1', 'Walked it on both dialects', ?, ?)", CREATED + 5, CREATED + 5);
        update("INSERT INTO \"message\" (id, user_id, channel_id, parent_id, content, created_at, updated_at)"
                + " VALUES ('m3', 'u1', 'ch1', NULL, 'Lunch?', ?, ?)", CREATED + 9, CREATED + 9);
        update("INSERT INTO \"message_reaction\" (id, user_id, message_id, name, created_at)"
                + " VALUES ('r1', 'u1', 'm1', 'tada', ?)", CREATED + 6);
        update("INSERT INTO \"message_reaction\" (id, user_id, message_id, name, created_at)"
                + " VALUES ('r2', 'u1', 'm1', 'rocket', ?)", CREATED + 7);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    @Test
    void a_chat_reads_with_its_folder_and_the_folder_above() throws SQLException {
        // WHEN reading chat c1 with its folder and that folder's parent
        // (CASE WHEN reads PostgreSQL's BOOLEAN and SQLite's 0/1 alike)
        List<String> rows = rows("SELECT c.title, f.name, p.name,"
                + " CASE WHEN c.pinned THEN 'pinned' ELSE 'not pinned' END,"
                + " CASE WHEN c.archived THEN 'archived' ELSE 'not archived' END, c.updated_at"
                + " FROM \"chat\" c"
                + " LEFT JOIN \"folder\" f ON f.id = c.folder_id"
                + " LEFT JOIN \"folder\" p ON p.id = f.parent_id"
                + " WHERE c.user_id = 'u1' ORDER BY c.id");

        // THEN c1 is in Research / Papers, c2 in no folder; neither is pinned nor archived (the defaults)
        assertThat(rows).containsExactly(
                "Undo scripts|Papers|Research|not pinned|not archived|1700000060",
                "Holidays|null|null|not pinned|not archived|1700000000");
    }

    @Test
    void a_chat_reads_with_its_tags_in_order() throws SQLException {
        // WHEN reading the elements of c1's tags, in array order
        String sql = switch (database.dialect()) {
            case POSTGRESQL -> "SELECT t.value ->> 'id', t.value ->> 'name', t.value ->> 'user_id',"
                    + " (t.value ->> 'timestamp')::BIGINT"
                    + " FROM \"chat\" c, jsonb_array_elements(c.tags) WITH ORDINALITY AS t(value, position)"
                    + " WHERE c.id = 'c1' ORDER BY t.position";
            case SQLITE -> "SELECT json_extract(t.value, '$.id'), json_extract(t.value, '$.name'),"
                    + " json_extract(t.value, '$.user_id'), json_extract(t.value, '$.timestamp')"
                    + " FROM \"chat\" c, json_each(c.tags) t"
                    + " WHERE c.id = 'c1' ORDER BY t.key";
        };

        // THEN both elements come back whole
        assertThat(rows(sql)).containsExactly("t1|sql|u1|1700000000", "t2|work|u1|1700000010");
    }

    @Test
    void chats_are_found_by_tag_name() throws SQLException {
        // WHEN looking for the chats tagged "work" (PostgreSQL: containment, which chat_tags_idx serves)
        String sql = switch (database.dialect()) {
            case POSTGRESQL -> "SELECT c.id, c.title FROM \"chat\" c"
                    + " WHERE c.tags @> '[{\"name\": \"work\"}]' ORDER BY c.id";
            case SQLITE -> "SELECT c.id, c.title FROM \"chat\" c"
                    + " WHERE EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE json_extract(t.value, '$.name') = 'work')"
                    + " ORDER BY c.id";
        };

        // THEN only c1 is
        assertThat(rows(sql)).containsExactly("c1|Undo scripts");
    }

    @Test
    void a_chat_reads_with_its_messages_in_order() throws SQLException {
        // WHEN reading the messages of c1's conversation document, in order
        String sql = switch (database.dialect()) {
            case POSTGRESQL -> "SELECT m.value ->> 'role', m.value ->> 'content'"
                    + " FROM \"chat\" c, jsonb_array_elements(c.chat -> 'messages') WITH ORDINALITY AS m(value, position)"
                    + " WHERE c.id = 'c1' ORDER BY m.position";
            case SQLITE -> "SELECT json_extract(m.value, '$.role'), json_extract(m.value, '$.content')"
                    + " FROM \"chat\" c, json_each(c.chat, '$.messages') m"
                    + " WHERE c.id = 'c1' ORDER BY m.key";
        };

        // THEN the question, then the answer
        assertThat(rows(sql)).containsExactly(
                "user|How do I undo V16?", "assistant|Run U16: it puts chat_tag back.");
    }

    @Test
    void a_channel_reads_its_threads_with_reply_and_reaction_counts() throws SQLException {
        // WHEN listing the top-level messages of #general, oldest first (the same SQL on both dialects)
        List<String> rows = rows("SELECT m.id, m.content,"
                + " (SELECT count(*) FROM \"message\" r WHERE r.parent_id = m.id),"
                + " (SELECT count(*) FROM \"message_reaction\" x WHERE x.message_id = m.id)"
                + " FROM \"message\" m JOIN \"channel\" ch ON ch.id = m.channel_id"
                + " WHERE ch.name = 'general' AND m.parent_id IS NULL"
                + " ORDER BY m.created_at");

        // THEN m1 has one reply and two reactions, m3 none
        assertThat(rows).containsExactly("m1|V32 is out|1|2", "m3|Lunch?|0|0");
    }

    @Test
    void deleting_a_folder_unfiles_its_chats_and_deletes_its_subfolders() throws SQLException {
        // GIVEN a folder tree of its own, Archive / 2023, with chat c3 filed in 2023
        update("INSERT INTO \"folder\" (id, parent_id, user_id, name, created_at, updated_at)"
                + " VALUES ('f3', NULL, 'u1', 'Archive', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"folder\" (id, parent_id, user_id, name, created_at, updated_at)"
                + " VALUES ('f4', 'f3', 'u1', '2023', ?, ?)", CREATED, CREATED);
        update("INSERT INTO \"chat\" (id, user_id, title, chat, created_at, updated_at, folder_id)"
                + " VALUES ('c3', 'u1', 'Old chat', " + json(database.dialect()) + ", ?, ?, 'f4')",
                "{\"messages\": []}", CREATED, CREATED);

        // WHEN Archive is deleted (folder.parent_id cascades, chat.folder_id is set to NULL)
        update("DELETE FROM \"folder\" WHERE id = 'f3'");

        // THEN 2023 went with it, c3 is kept but unfiled, and the other tree is untouched
        assertThat(rows("SELECT id FROM \"folder\" ORDER BY id")).containsExactly("f1", "f2");
        assertThat(rows("SELECT id, folder_id FROM \"chat\" ORDER BY id")).containsExactly(
                "c1|f2", "c2|null", "c3|null");
    }

    /** A JSON parameter as each dialect's column takes it: a {@code jsonb} cast, or plain text. */
    private static String json(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "CAST(? AS JSONB)" : "?";
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The rows of {@code sql}, each as its values joined by {@code |} ({@code null} for SQL NULL). */
    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
