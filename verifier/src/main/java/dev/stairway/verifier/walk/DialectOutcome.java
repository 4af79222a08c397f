package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one dialect's walk got to.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 *
 * @param dialect the dialect walked
 * @param results the revisions walked, in order
 * @param notWalked the revisions not reached, in order, each with the reason
 * @param schemaAt the schema after each walked revision's up, for the parity check
 * @param interrupted whether the run was interrupted during this walk or before it
 */
public record DialectOutcome(Dialect dialect, List<RevisionResult> results, List<NotWalked> notWalked,
        Map<RevisionVersion, SchemaSnapshot> schemaAt, boolean interrupted) {

    public DialectOutcome {
        results = List.copyOf(results);
        notWalked = List.copyOf(notWalked);
        schemaAt = Collections.unmodifiableMap(new LinkedHashMap<>(schemaAt));
    }
}
