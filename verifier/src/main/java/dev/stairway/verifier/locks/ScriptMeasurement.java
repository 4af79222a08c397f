package dev.stairway.verifier.locks;

import java.util.List;
import java.util.Objects;

/**
 * The measured locks and rewrites of one script of a revision, statement by statement, and the verdicts drawn
 * from them.
 *
 * @param script        which script: the up or the undo
 * @param path          the script's path in the history, such as {@code postgresql/V3__chat_share_id.sql}
 * @param transactional whether the script runs in one transaction (else Flyway runs it statement by statement,
 *                      and each lock is released at the end of its statement)
 * @param statements    the statements measured, in order
 * @param notes         what could not be measured and why, such as a statement that runs outside a transaction
 * @param verdicts      the verdicts, accepted ones included, in line order
 */
public record ScriptMeasurement(ScriptKind script, String path, boolean transactional,
        List<MeasuredStatement> statements, List<String> notes, List<Verdict> verdicts) {

    /** Checks the parts are present and copies the lists. */
    public ScriptMeasurement {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(path, "path");
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
        verdicts = List.copyOf(verdicts);
    }
}
