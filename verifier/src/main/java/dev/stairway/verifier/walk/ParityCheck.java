package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.schema.DialectParity;
import dev.stairway.verifier.schema.ParityDivergence;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the two dialects' schemas at each revision both reached, and turns divergences into findings. A
 * divergence is reported at the revision that introduces it, not again at every later one.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 */
public final class ParityCheck {

    private ParityCheck() {
    }

    /** The parity findings of the walked {@code schemas}: per dialect, the schema after each revision's up. */
    public static List<Finding> findings(MigrationHistory history,
            Map<Dialect, Map<RevisionVersion, SchemaSnapshot>> schemas) {
        Map<RevisionVersion, SchemaSnapshot> sqlite = schemas.get(Dialect.SQLITE);
        Map<RevisionVersion, SchemaSnapshot> postgresql = schemas.get(Dialect.POSTGRESQL);
        List<Finding> findings = new ArrayList<>();
        if (sqlite == null || postgresql == null) {
            return findings;
        }
        Set<String> known = Set.of();
        for (Revision revision : history.revisions(Dialect.SQLITE)) {
            SchemaSnapshot left = sqlite.get(revision.version());
            SchemaSnapshot right = postgresql.get(revision.version());
            if (left == null || right == null) {
                continue;
            }
            List<String> all = DialectParity.compare(left, right).stream().map(ParityDivergence::description)
                    .toList();
            Set<String> before = known;
            List<String> divergences = all.stream().filter(divergence -> !before.contains(divergence)).toList();
            known = Set.copyOf(all);
            if (!divergences.isEmpty()) {
                findings.add(Finding.onBoth(revision.label(),
                        FindingKind.DIALECTS_DIVERGE, divergences));
            }
        }
        return findings;
    }
}
