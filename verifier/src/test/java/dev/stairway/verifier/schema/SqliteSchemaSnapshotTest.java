package dev.stairway.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqliteSchemaSnapshotTest {

    private static Databases databases;

    private static final String[] SCHEMA = {
        "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(255) NOT NULL UNIQUE,"
                + " CONSTRAINT email_length CHECK (length(email) > 3))",
        "CREATE TABLE chat (id INTEGER PRIMARY KEY,"
                + " user_id INTEGER NOT NULL REFERENCES users ON DELETE CASCADE,"
                + " title TEXT DEFAULT 'untitled', price NUMERIC(10, 2) CHECK (price >= 0),"
                + " total REAL GENERATED ALWAYS AS (price * 2) STORED, doubled INT AS (id + id),"
                + " UNIQUE (user_id, title))",
        "CREATE INDEX chat_user_idx ON chat (user_id, lower(title) DESC) WHERE price > 0",
        "CREATE UNIQUE INDEX chat_title_idx ON chat (title)",
        "CREATE VIEW chat_titles AS SELECT id,   title FROM chat",
        "CREATE TRIGGER chat_touch AFTER INSERT ON chat BEGIN UPDATE chat SET title = 'x' WHERE id = new.id; END",
        "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50))",
        "CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (version)"
    };

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void every_object_kind_is_read_from_the_catalog() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database, SCHEMA);
            // WHEN
            SchemaSnapshot snapshot = SchemaSnapshot.read(database);
            // THEN
            Table chat = snapshot.table("CHAT").orElseThrow();
            assertThat(chat.columns()).containsExactly(
                    new Column("id", "INTEGER", false, null, "rowid", null),
                    new Column("user_id", "INTEGER", false, null, null, null),
                    new Column("title", "TEXT", true, "'untitled'", null, null),
                    new Column("price", "NUMERIC(10, 2)", true, null, null, null),
                    new Column("total", "REAL", true, null, null, "stored (price * 2)"),
                    new Column("doubled", "INT", true, null, null, "virtual (id + id)"));
            assertThat(chat.primaryKey()).isEqualTo(new Key(null, List.of("id")));
            assertThat(chat.uniqueKeys()).containsExactly(new Key(null, List.of("user_id", "title")));
            assertThat(chat.foreignKeys()).containsExactly(
                    new ForeignKey(null, List.of("user_id"), "users", List.of("id"), "no action", "cascade"));
            assertThat(chat.checks()).containsExactly(new Check(null, "price >= 0"));
            assertThat(chat.indexes()).containsExactly(
                    new Index("chat_title_idx", List.of("title"), true, null, null),
                    new Index("chat_user_idx", List.of("user_id", "lower(title) DESC"), false, "price > 0", null));
            Table users = snapshot.table("users").orElseThrow();
            assertThat(users.column("id").identity()).isEqualTo("autoincrement");
            assertThat(users.column("email").type()).isEqualTo("VARCHAR(255)");
            assertThat(users.uniqueKeys()).containsExactly(new Key(null, List.of("email")));
            assertThat(users.checks()).containsExactly(new Check("email_length", "length(email) > 3"));
            assertThat(snapshot.views()).containsExactly(
                    new View("chat_titles", false, "create view chat_titles as select id, title from chat"));
            assertThat(snapshot.triggers()).containsExactly(new Trigger("chat_touch", "chat",
                    "create trigger chat_touch after insert on chat begin update chat set title = 'x'"
                            + " where id = new.id; end"));
        }
    }

    @Test
    void defaults_that_give_a_new_value_on_each_insert_are_marked_volatile() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN defaults reading the clock or random numbers, and constant ones
            Sql.run(database, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT DEFAULT CURRENT_TIMESTAMP,"
                    + " b TEXT DEFAULT CURRENT_DATE, c TEXT DEFAULT CURRENT_TIME, d TEXT DEFAULT (datetime('now')),"
                    + " e INTEGER DEFAULT (strftime('%s', 'now')), f REAL DEFAULT (julianday()),"
                    + " g INTEGER DEFAULT (random()), h BLOB DEFAULT (randomblob(16)),"
                    + " i TEXT DEFAULT (lower(hex(randomblob(4)))), j TEXT DEFAULT 'now', k INTEGER DEFAULT 0,"
                    + " l TEXT DEFAULT (datetime('2024-01-01')), m TEXT DEFAULT (strftime('%Y', '2024-01-01')),"
                    + " n TEXT)");
            // WHEN
            Table table = SchemaSnapshot.read(database).table("t").orElseThrow();
            // THEN
            assertThat(table.columns()).extracting(column -> column.name() + " " + column.volatileDefault())
                    .containsExactly("id false", "a true", "b true", "c true", "d true", "e true", "f true", "g true",
                            "h true", "i true", "j false", "k false", "l false", "m false", "n false");
        }
    }

    @Test
    void only_an_integer_primary_key_of_a_rowid_table_aliases_the_rowid() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN an INTEGER PRIMARY KEY in a rowid table, in a WITHOUT ROWID table, and an INT PRIMARY KEY
            Sql.run(database, "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT)",
                    "CREATE TABLE b (id INTEGER PRIMARY KEY, name TEXT) WITHOUT ROWID",
                    "CREATE TABLE c (id INT PRIMARY KEY, name TEXT)");
            // WHEN
            SchemaSnapshot snapshot = SchemaSnapshot.read(database);
            // THEN only the first is filled in by the database
            assertThat(snapshot.tables()).extracting(table -> table.name() + " " + table.column("id").identity())
                    .containsExactly("a rowid", "b null", "c null");
        }
    }

    @Test
    void flyway_history_and_sqlite_internal_tables_are_left_out() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            Sql.run(database, SCHEMA);
            SchemaSnapshot snapshot = SchemaSnapshot.read(database);
            assertThat(snapshot.tables()).extracting(Table::name).containsExactly("chat", "users");
            assertThat(snapshot.render()).doesNotContain("flyway").doesNotContain("sqlite_");
        }
    }

    @Test
    void the_text_is_the_same_on_every_read_and_for_every_database_built_the_same_way() throws Exception {
        try (TestDatabase one = databases.create(Dialect.SQLITE); TestDatabase other = databases.create(Dialect.SQLITE)) {
            Sql.run(one, SCHEMA);
            Sql.run(other, SCHEMA);
            SchemaSnapshot first = SchemaSnapshot.read(one);
            assertThat(SchemaSnapshot.read(one).render()).isEqualTo(first.render());
            assertThat(SchemaSnapshot.read(other).render()).isEqualTo(first.render());
            assertThat(SchemaSnapshot.read(other)).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(first.render()).isEqualTo("""
                    sqlite schema
                    table chat
                      column id INTEGER not null identity rowid
                      column user_id INTEGER not null
                      column title TEXT null default 'untitled'
                      column price NUMERIC(10, 2) null
                      column total REAL null generated stored (price * 2)
                      column doubled INT null generated virtual (id + id)
                      primary key (id)
                      unique (user_id, title)
                      foreign key (user_id) references users (id) on update no action on delete cascade
                      check price >= 0
                      index chat_title_idx unique (title)
                      index chat_user_idx (user_id, lower(title) DESC) where price > 0
                    table users
                      column id INTEGER not null identity autoincrement
                      column email VARCHAR(255) not null
                      primary key (id)
                      unique (email)
                      check email_length length(email) > 3
                    view chat_titles: create view chat_titles as select id, title from chat
                    trigger chat_touch on chat: create trigger chat_touch after insert on chat begin update chat \
                    set title = 'x' where id = new.id; end
                    """);
        }
    }

    @Test
    void json_reads_back_into_an_equal_snapshot() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            Sql.run(database, SCHEMA);
            SchemaSnapshot snapshot = SchemaSnapshot.read(database);
            String json = snapshot.toJson();
            SchemaSnapshot back = SchemaSnapshot.fromJson(json);
            assertThat(back).isEqualTo(snapshot);
            assertThat(back.render()).isEqualTo(snapshot.render());
            assertThat(back.toJson()).isEqualTo(json);
            assertThat(json).startsWith("{\n  \"dialect\" : \"sqlite\",\n  \"tables\" : [ {\n    \"name\" : \"chat\",");
        }
    }

    @Test
    void the_same_schema_written_with_other_case_quotes_and_blanks_is_equal() throws Exception {
        try (TestDatabase one = databases.create(Dialect.SQLITE); TestDatabase other = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(one, "CREATE TABLE note (id INTEGER PRIMARY KEY, body text NOT NULL CHECK (length(body) > 0),"
                    + " created TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
                    "CREATE INDEX note_created ON note (created)");
            Sql.run(other, "create table \"Note\" (\n  \"ID\" integer primary key,\n  Body TEXT not null"
                    + " check(LENGTH( \"body\" )>0),\n  created timestamp default current_timestamp\n)",
                    "create index [NOTE_CREATED] on Note(Created)");
            // WHEN
            SchemaSnapshot expected = SchemaSnapshot.read(one);
            SchemaSnapshot actual = SchemaSnapshot.read(other);
            // THEN
            assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(SchemaDiff.between(expected, actual).isEmpty()).isTrue();
            assertThat(actual.table("note").orElseThrow().name()).isEqualTo("Note");
        }
    }

    @Test
    void a_table_rebuilt_by_copy_drop_and_rename_is_equal_to_the_original() throws Exception {
        try (TestDatabase database = databases.create(Dialect.SQLITE)) {
            // GIVEN
            Sql.run(database, "CREATE TABLE users (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE chat (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id),"
                            + " title TEXT NOT NULL DEFAULT 'untitled' CHECK (title <> ''))",
                    "CREATE INDEX chat_user_idx ON chat (user_id)",
                    "INSERT INTO users (id) VALUES (1)",
                    "INSERT INTO chat (user_id, title) VALUES (1, 'hello')");
            SchemaSnapshot original = SchemaSnapshot.read(database);
            // WHEN the way SQLite undo scripts drop a column: create new, copy, drop, rename
            Sql.run(database, "ALTER TABLE chat ADD COLUMN share_id TEXT",
                    "CREATE TABLE chat_new (\n    id integer PRIMARY KEY,\n    user_id integer NOT NULL"
                            + " REFERENCES \"users\"(\"id\"),\n    title text NOT NULL DEFAULT ('untitled')"
                            + " CHECK(title<>'')\n)",
                    "INSERT INTO chat_new (id, user_id, title) SELECT id, user_id, title FROM chat",
                    "DROP TABLE chat",
                    "ALTER TABLE chat_new RENAME TO chat",
                    "CREATE INDEX chat_user_idx ON chat (user_id)");
            SchemaSnapshot rebuilt = SchemaSnapshot.read(database);
            // THEN
            SchemaDiff diff = SchemaDiff.between(original, rebuilt);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.notices()).isEmpty();
            assertThat(rebuilt).isEqualTo(original);
        }
    }
}
