package dev.stairway.verifier.sql;

import dev.stairway.fixtures.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements the way the database itself reads it, from {@link SqlLexer}'s tokens:
 * {@code ;} ends a statement except inside comments, strings and quoted names (the lexer's business),
 * PostgreSQL {@code BEGIN ATOMIC ... END} bodies and SQLite {@code CREATE TRIGGER ... BEGIN ... END} bodies.
 * Parts holding only whitespace and comments are no statement.
 *
 * <p>Engine: not part of Stairway's API; public for the history reader and the undo runner.
 */
public final class SqlSplitter {

    private final String text;
    private final boolean postgresql;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int start = -1;
    private int startLine;
    private final List<String> leadingWords = new ArrayList<>();
    private String previousWord = "";
    private boolean inBody;
    private boolean bodyEnded;
    private int caseDepth;

    private SqlSplitter(String text, Dialect dialect) {
        this.text = text;
        this.postgresql = dialect == Dialect.POSTGRESQL;
    }

    /** The statements of {@code script} in order; empty when it holds only whitespace and comments. */
    public static List<SqlStatement> split(String script, Dialect dialect) {
        return new SqlSplitter(script, dialect).run(SqlLexer.tokens(script, dialect));
    }

    private List<SqlStatement> run(List<SqlToken> tokens) {
        for (SqlToken token : tokens) {
            if (token.isSymbol(";") && !(inBody && !bodyEnded)) {
                finish(token.start());
                continue;
            }
            if (start < 0) {
                start = token.start();
                startLine = token.line();
            }
            if (token.kind() == SqlToken.Kind.WORD) {
                word(token.upper());
            }
        }
        finish(text.length());
        return List.copyOf(statements);
    }

    private void word(String word) {
        if (leadingWords.size() < 4) {
            leadingWords.add(word);
        }
        if (inBody) {
            if (word.equals("CASE")) {
                caseDepth++;
            } else if (word.equals("END")) {
                if (caseDepth > 0) {
                    caseDepth--;
                } else {
                    bodyEnded = true;
                }
            }
        } else if (opensBody(word)) {
            inBody = true;
        }
        previousWord = word;
    }

    private boolean opensBody(String word) {
        if (postgresql) {
            return word.equals("ATOMIC") && previousWord.equals("BEGIN");
        }
        return word.equals("BEGIN") && isSqliteTrigger();
    }

    private boolean isSqliteTrigger() {
        if (leadingWords.size() < 2 || !leadingWords.get(0).equals("CREATE")) {
            return false;
        }
        String second = leadingWords.get(1);
        if (second.equals("TEMP") || second.equals("TEMPORARY")) {
            return leadingWords.size() > 2 && leadingWords.get(2).equals("TRIGGER");
        }
        return second.equals("TRIGGER");
    }

    private void finish(int end) {
        if (start >= 0) {
            statements.add(new SqlStatement(startLine, text.substring(start, end).strip()));
        }
        start = -1;
        leadingWords.clear();
        previousWord = "";
        inBody = false;
        bodyEnded = false;
        caseDepth = 0;
    }
}
