package dev.stairway.verifier.walk;

import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.sql.SqlStatement;

/** How findings name the statement a script failed at. */
final class FailedStatement {

    private FailedStatement() {
    }

    /** For example {@code sqlite/V3__copy_ids.sql line 2 (INSERT INTO a_tmp SELECT id FROM a)}, on one line. */
    static String describe(ScriptFailedException failure) {
        return failure.script().orElse("(unknown script)")
                + (failure.line().isPresent() ? " line " + failure.line().getAsInt() : "")
                + failure.statement().map(statement -> " (" + SqlStatement.oneLine(statement) + ")").orElse("");
    }
}
