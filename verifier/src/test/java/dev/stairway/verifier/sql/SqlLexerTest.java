package dev.stairway.verifier.sql;

import static dev.stairway.fixtures.Dialect.POSTGRESQL;
import static dev.stairway.fixtures.Dialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<String> tokens(String sql, Dialect dialect) {
        return SqlLexer.tokens(sql, dialect).stream().map(token -> token.kind() + " " + token.text()).toList();
    }

    @Test
    void comments_and_whitespace_are_no_tokens() {
        assertThat(tokens("-- a\nSELECT /* b /* nested */ still */ 1", POSTGRESQL))
                .containsExactly("WORD SELECT", "NUMBER 1");
        assertThat(tokens("SELECT /* b /* not nested */ 1", SQLITE)).containsExactly("WORD SELECT", "NUMBER 1");
    }

    @Test
    void strings_and_quoted_names_keep_their_source_and_give_their_value() {
        List<SqlToken> tokens = SqlLexer.tokens("'it''s' \"Order\" E'a\\'b' $t$x;y$t$", POSTGRESQL);
        assertThat(tokens).extracting(SqlToken::kind).containsExactly(SqlToken.Kind.STRING, SqlToken.Kind.QUOTED,
                SqlToken.Kind.STRING, SqlToken.Kind.STRING);
        assertThat(tokens).extracting(SqlToken::value).containsExactly("it's", "Order", "a'b", "x;y");
        assertThat(SqlLexer.tokens("[my col] `other` \"x\"\"y\"", SQLITE)).extracting(SqlToken::value)
                .containsExactly("my col", "other", "x\"y");
    }

    @Test
    void brackets_are_arrays_in_postgresql_and_names_in_sqlite() {
        assertThat(tokens("ARRAY['a']", POSTGRESQL)).containsExactly("WORD ARRAY", "SYMBOL [", "STRING 'a'",
                "SYMBOL ]");
        assertThat(tokens("[a]", SQLITE)).containsExactly("QUOTED [a]");
    }

    @Test
    void numbers_operators_and_lines() {
        assertThat(tokens("x >= -1.5e+3 AND y::text <> 'a' || b", POSTGRESQL)).containsExactly("WORD x",
                "SYMBOL >=", "SYMBOL -", "NUMBER 1.5e+3", "WORD AND", "WORD y", "SYMBOL ::", "WORD text",
                "SYMBOL <>", "STRING 'a'", "SYMBOL ||", "WORD b");
        assertThat(SqlLexer.tokens("a\n\n  b", SQLITE)).extracting(SqlToken::line).containsExactly(1, 3);
    }

    @Test
    void an_unterminated_string_runs_to_the_end() {
        assertThat(tokens("SELECT 'open; DROP", SQLITE)).containsExactly("WORD SELECT", "STRING 'open; DROP");
    }
}
