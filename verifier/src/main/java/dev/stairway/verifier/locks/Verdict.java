package dev.stairway.verifier.locks;

import java.util.Objects;
import java.util.Optional;

/**
 * What one measured statement costs a running application, with its stable code:
 * {@code index-without-concurrently at up line 4: index chat_share_id_key built on existing table chat (3 rows)
 * holding SHARE, which blocks writes while it builds}.
 *
 * @param code     the verdict's stable code
 * @param script   the script it was measured in
 * @param line     the line where the statement starts
 * @param message  what was measured, in words
 * @param accepted the reason given by {@code -- stairway:accept <code> <reason>} in the script, if it accepts it
 */
public record Verdict(VerdictCode code, ScriptKind script, int line, String message, Optional<String> accepted) {

    /** Checks the parts are present. */
    public Verdict {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(accepted, "accepted");
    }

    /** Whether the revision's file accepts this verdict. */
    public boolean isAccepted() {
        return accepted.isPresent();
    }

    /** The verdict on one line: code, where, and what was measured. */
    public String text() {
        return code.code() + " at " + script.label() + " line " + line + ": " + message
                + accepted.map(reason -> " (accepted: " + reason + ")").orElse("");
    }

    @Override
    public String toString() {
        return text();
    }
}
