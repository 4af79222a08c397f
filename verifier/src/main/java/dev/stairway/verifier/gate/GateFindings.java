package dev.stairway.verifier.gate;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.schema.SchemaDiff;
import dev.stairway.verifier.schema.SchemaDifference;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.walk.SchemaFindingText;
import java.util.ArrayList;
import java.util.List;

/** The findings of one release on one dialect, as its paths make them. */
final class GateFindings {

    private final String release;
    private final Dialect dialect;
    private final List<Finding> findings = new ArrayList<>();

    GateFindings(String release, Dialect dialect) {
        this.release = release;
        this.dialect = dialect;
    }

    void add(FindingKind kind, List<String> details) {
        findings.add(Finding.on(release, dialect, kind, details));
    }

    void add(FindingKind kind, String detail) {
        add(kind, List.of(detail));
    }

    void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    /**
     * Compares {@code actual} with {@code expected}, the schema {@code context} names ({@code as in a fresh install
     * of V32}): a difference is a finding of {@code kind}, columns in another order a notice.
     */
    void schema(SchemaSnapshot expected, SchemaSnapshot actual, FindingKind kind, String context) {
        SchemaDiff diff = SchemaDiff.between(expected, actual);
        if (!diff.isEmpty()) {
            add(kind, wording(diff.differences(), context));
        }
        if (!diff.notices().isEmpty()) {
            add(FindingKind.COLUMN_ORDER_CHANGED, wording(diff.notices(), context));
        }
    }

    private static List<String> wording(List<SchemaDifference> differences, String context) {
        return differences.stream().map(difference -> SchemaFindingText.against(difference, context)).toList();
    }

    List<Finding> all() {
        return List.copyOf(findings);
    }
}
