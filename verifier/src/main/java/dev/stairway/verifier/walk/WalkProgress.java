package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one dialect's walk has done so far: the revisions walked with their results and schemas, and, once the walk
 * stops early, the revisions it did not reach with the reason. Tells the listener as it goes, so every revision is
 * either walked or listed as not walked, never left out.
 */
final class WalkProgress {

    private final Dialect dialect;
    private final List<Revision> revisions;
    private final WalkListener listener;
    private final List<RevisionResult> results = new ArrayList<>();
    private final List<NotWalked> notWalked = new ArrayList<>();
    private final Map<RevisionVersion, SchemaSnapshot> schemaAt = new LinkedHashMap<>();
    private boolean interrupted;

    WalkProgress(Dialect dialect, List<Revision> revisions, WalkListener listener) {
        this.dialect = dialect;
        this.revisions = List.copyOf(revisions);
        this.listener = listener;
    }

    /** The schema after {@code version}'s up, for the parity check. */
    void schemaAfterUp(RevisionVersion version, SchemaSnapshot schema) {
        schemaAt.put(version, schema);
    }

    /** One more revision walked. */
    void walked(RevisionResult result) {
        results.add(result);
        listener.revisionWalked(result);
    }

    /** The walk stops after {@code last}: every later revision is not walked, for {@code reason}. */
    void stopsAfter(Revision last, String reason) {
        notWalkedFrom(revisions.indexOf(last) + 1, reason);
    }

    /** The run was interrupted before {@code revision} was walked: it and every later one are not walked. */
    void interruptedAt(Revision revision) {
        interrupted = true;
        notWalkedFrom(revisions.indexOf(revision), "the run was interrupted");
    }

    /** The run was interrupted before this dialect's walk began: no revision is walked. */
    void interruptedBeforeStart() {
        interrupted = true;
        notWalkedFrom(0, "the run was interrupted");
    }

    private void notWalkedFrom(int index, String reason) {
        for (Revision revision : revisions.subList(index, revisions.size())) {
            NotWalked skipped = NotWalked.of(revision, reason);
            notWalked.add(skipped);
            listener.revisionNotWalked(skipped);
        }
    }

    /** Where the walk got to. */
    DialectOutcome outcome() {
        return new DialectOutcome(dialect, results, notWalked, schemaAt, interrupted);
    }
}
