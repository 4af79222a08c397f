package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the walk found at one revision: {@code V7 add_chat_index [postgresql]: schema not restored: index
 * chat_user_idx is still present (expected absent, as at V6)}.
 *
 * @param revision the revision's label, such as {@code V7 add_chat_index}
 * @param dialect the dialect it was found on; empty for findings about both dialects (parity)
 * @param kind what kind of finding it is
 * @param details one line per object or row involved, at most a few example rows
 */
public record Finding(String revision, Optional<Dialect> dialect, FindingKind kind, List<String> details) {

    public Finding {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(kind, "kind");
        details = List.copyOf(details);
    }

    /** A finding on one dialect. */
    public static Finding on(String revision, Dialect dialect, FindingKind kind, List<String> details) {
        return new Finding(revision, Optional.of(dialect), kind, details);
    }

    /** A finding about both dialects at once. */
    public static Finding onBoth(String revision, FindingKind kind, List<String> details) {
        return new Finding(revision, Optional.empty(), kind, details);
    }

    /** Whether this finding fails verification. */
    public boolean isFailure() {
        return kind.isFailure();
    }

    /** Where the finding was made, such as {@code V7 add_chat_index [postgresql]}. */
    public String where() {
        return revision + " [" + dialect.map(Dialect::id).orElse("sqlite, postgresql") + "]";
    }

    /** The whole message on one line: where, kind and details. */
    public String message() {
        return where() + ": " + kind.label() + (details.isEmpty() ? "" : ": " + String.join("; ", details));
    }

    @Override
    public String toString() {
        return message();
    }
}
