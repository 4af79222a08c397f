package dev.stairway.verifier.sql;

import static dev.stairway.fixtures.Dialect.POSTGRESQL;
import static dev.stairway.fixtures.Dialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> split(String script, Dialect dialect) {
        return SqlSplitter.split(script, dialect).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void semicolons_end_statements_and_a_last_statement_needs_none() {
        // GIVEN three statements, the last without a terminator
        String script = "CREATE TABLE a (id INT);\nDROP TABLE b;\n  INSERT INTO a VALUES (1)\n";

        // WHEN / THEN
        assertThat(split(script, SQLITE)).containsExactly(
                "CREATE TABLE a (id INT)", "DROP TABLE b", "INSERT INTO a VALUES (1)");
    }

    @Test
    void statements_remember_the_line_they_start_on() {
        List<SqlStatement> statements = SqlSplitter.split(
                "-- header\n\nCREATE TABLE a (id INT);\n/* two\nlines */ DROP TABLE a;", SQLITE);

        assertThat(statements).containsExactly(
                new SqlStatement(3, "CREATE TABLE a (id INT)"), new SqlStatement(5, "DROP TABLE a"));
    }

    @Test
    void semicolons_inside_comments_do_not_split() {
        String script = "-- drop a; drop b;\nDROP TABLE a /* not; here */;\nDROP TABLE c -- trailing; comment\n;";

        assertThat(split(script, SQLITE)).containsExactly(
                "DROP TABLE a /* not; here */", "DROP TABLE c -- trailing; comment");
    }

    @Test
    void postgresql_block_comments_nest_and_sqlite_ones_do_not() {
        String script = "/* outer /* inner; */ still comment; */ SELECT 1;";

        assertThat(split(script, POSTGRESQL)).containsExactly("SELECT 1");
        assertThat(split(script, SQLITE)).containsExactly("still comment", "*/ SELECT 1");
    }

    @Test
    void semicolons_inside_strings_with_doubled_quotes_do_not_split() {
        String script = "INSERT INTO t VALUES ('it''s; fine', 'x');SELECT ';'";

        assertThat(split(script, SQLITE)).containsExactly("INSERT INTO t VALUES ('it''s; fine', 'x')", "SELECT ';'");
    }

    @Test
    void postgresql_escape_strings_allow_backslash_quotes() {
        String script = "SELECT E'it\\'s; fine';SELECT 2";

        assertThat(split(script, POSTGRESQL)).containsExactly("SELECT E'it\\'s; fine'", "SELECT 2");
    }

    @Test
    void semicolons_inside_quoted_identifiers_do_not_split() {
        assertThat(split("CREATE TABLE \"odd;\"\"name\" (id INT); SELECT 1", POSTGRESQL))
                .containsExactly("CREATE TABLE \"odd;\"\"name\" (id INT)", "SELECT 1");
        assertThat(split("CREATE TABLE [a;b] (`c;d` INT); SELECT 1", SQLITE))
                .containsExactly("CREATE TABLE [a;b] (`c;d` INT)", "SELECT 1");
    }

    @Test
    void postgresql_dollar_quotes_with_and_without_tags_keep_bodies_whole() {
        String function = """
                CREATE FUNCTION touch() RETURNS trigger AS $body$
                BEGIN
                  NEW.updated := now(); -- a $$ inside is fine
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql""";
        String block = "DO $$ BEGIN PERFORM 1; PERFORM 2; END $$";
        String script = function + ";\n" + block + ";\nSELECT $1::int, a$b$c FROM t;";

        assertThat(split(script, POSTGRESQL)).containsExactly(function, block, "SELECT $1::int, a$b$c FROM t");
    }

    @Test
    void postgresql_begin_atomic_bodies_keep_their_semicolons() {
        String function = """
                CREATE FUNCTION one() RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN true THEN 1 ELSE 0 END;
                  SELECT 1;
                END""";

        assertThat(split(function + ";\nSELECT 2;", POSTGRESQL)).containsExactly(function, "SELECT 2");
    }

    @Test
    void sqlite_trigger_bodies_keep_their_semicolons() {
        String trigger = """
                CREATE TEMP TRIGGER IF NOT EXISTS audit AFTER UPDATE ON users
                BEGIN
                  INSERT INTO log VALUES (CASE WHEN NEW.x THEN 'a;' ELSE 'b' END);
                  UPDATE users SET seen = 1 WHERE id = NEW.id;
                END""";

        assertThat(split(trigger + ";\nDROP TABLE x;", SQLITE)).containsExactly(trigger, "DROP TABLE x");
    }

    @Test
    void a_transaction_begin_is_not_a_trigger_body() {
        assertThat(split("BEGIN; DELETE FROM t; COMMIT;", SQLITE)).containsExactly("BEGIN", "DELETE FROM t", "COMMIT");
    }

    @Test
    void a_script_of_comments_and_whitespace_has_no_statements() {
        assertThat(split("  -- nothing to undo\n/* really; */\n ;\n", POSTGRESQL)).isEmpty();
    }
}
