package dev.stairway.verifier.history;

import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.VerdictCode;
import java.util.Objects;

/**
 * A verdict a revision's script accepts with {@code -- stairway:accept <code> <reason>}: measured and reported, but
 * never a finding.
 *
 * @param code   the verdict accepted
 * @param script the script that says so, whose verdicts it accepts: the up or the undo
 * @param reason why, as written after the code
 */
public record AcceptedVerdict(VerdictCode code, ScriptKind script, String reason) {

    /** Checks the parts are present. */
    public AcceptedVerdict {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(reason, "reason");
    }
}
