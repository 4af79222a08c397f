package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.Objects;

/**
 * A revision the walk did not reach on one dialect, and why: an earlier up that fails even on empty tables (later
 * revisions build on it), or a run that was interrupted. Nothing is claimed about such a revision.
 *
 * @param version the revision's version, such as {@code 7}
 * @param description the revision's name, such as {@code add_chat_index}
 * @param dialect the dialect it was not walked on
 * @param reason why, such as {@code the up of V3 fails on empty tables too}
 */
public record NotWalked(RevisionVersion version, String description, Dialect dialect, String reason) {

    public NotWalked {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code revision} not walked, for {@code reason}. */
    public static NotWalked of(Revision revision, String reason) {
        return new NotWalked(revision.version(), revision.description(), revision.dialect(), reason);
    }

    /** The revision's label, such as {@code V7 add_chat_index}. */
    public String revision() {
        return Revision.label(version, description);
    }

    /** The display name of this revision on this dialect, such as {@code V7 add_chat_index [postgresql]}. */
    public String displayName() {
        return revision() + " [" + dialect.id() + "]";
    }

    /** For example {@code V4 add_tags [sqlite]: not walked: the up of V3 fails on empty tables too}. */
    public String message() {
        return displayName() + ": not walked: " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
