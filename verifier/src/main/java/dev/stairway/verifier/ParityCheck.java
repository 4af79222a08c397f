package dev.stairway.verifier;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.schema.DialectParity;
import dev.stairway.verifier.schema.ParityDivergence;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares the two dialects' schemas at each revision both reached, and turns divergences into findings. */
final class ParityCheck {

    private ParityCheck() {
    }

    static List<Finding> findings(MigrationHistory history,
            Map<Dialect, Map<RevisionVersion, SchemaSnapshot>> schemas) {
        Map<RevisionVersion, SchemaSnapshot> sqlite = schemas.get(Dialect.SQLITE);
        Map<RevisionVersion, SchemaSnapshot> postgresql = schemas.get(Dialect.POSTGRESQL);
        List<Finding> findings = new ArrayList<>();
        if (sqlite == null || postgresql == null) {
            return findings;
        }
        for (Revision revision : history.revisions(Dialect.SQLITE)) {
            SchemaSnapshot left = sqlite.get(revision.version());
            SchemaSnapshot right = postgresql.get(revision.version());
            if (left == null || right == null) {
                continue;
            }
            List<String> divergences = DialectParity.compare(left, right).stream()
                    .map(ParityDivergence::description).toList();
            if (!divergences.isEmpty()) {
                findings.add(Finding.onBoth("V" + revision.version() + " " + revision.description(),
                        FindingKind.DIALECTS_DIVERGE, divergences));
            }
        }
        return findings;
    }
}
