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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the two dialects' schemas at each version both have and both walked, and at their heads when those
 * differ, and turns divergences into findings. A divergence is reported at the revision that introduces it, not
 * again at every later one. Each dialect walks its own versions: those in one dialect only are listed in one notice.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 */
public final class ParityCheck {

    private ParityCheck() {
    }

    /** The parity findings of the dialects' walks, {@code outcomes}; none unless both dialects were walked. */
    public static List<Finding> findings(MigrationHistory history, Map<Dialect, DialectOutcome> outcomes) {
        DialectOutcome sqlite = outcomes.get(Dialect.SQLITE);
        DialectOutcome postgresql = outcomes.get(Dialect.POSTGRESQL);
        List<Finding> findings = new ArrayList<>();
        if (sqlite == null || postgresql == null) {
            return findings;
        }
        List<Revision> sqliteRevisions = history.revisions(Dialect.SQLITE);
        List<Revision> postgresqlRevisions = history.revisions(Dialect.POSTGRESQL);
        Set<RevisionVersion> common = versions(sqliteRevisions);
        common.retainAll(versions(postgresqlRevisions));
        oneDialectOnly(sqliteRevisions, postgresqlRevisions, common).ifPresent(findings::add);
        Set<String> known = Set.of();
        for (Revision revision : sqliteRevisions) {
            if (!common.contains(revision.version())) {
                continue;
            }
            SchemaSnapshot left = sqlite.schemaAt().get(revision.version());
            SchemaSnapshot right = postgresql.schemaAt().get(revision.version());
            if (left == null || right == null) {
                notCompared(revision, sqlite, postgresql).ifPresent(findings::add);
                continue;
            }
            known = compare(revision.label(), left, right, known, findings);
        }
        Revision sqliteHead = sqliteRevisions.get(sqliteRevisions.size() - 1);
        Revision postgresqlHead = postgresqlRevisions.get(postgresqlRevisions.size() - 1);
        SchemaSnapshot left = sqlite.schemaAt().get(sqliteHead.version());
        SchemaSnapshot right = postgresql.schemaAt().get(postgresqlHead.version());
        if (!sqliteHead.version().equals(postgresqlHead.version()) && left != null && right != null) {
            compare("head (sqlite V" + sqliteHead.version() + ", postgresql V" + postgresqlHead.version() + ")",
                    left, right, known, findings);
        }
        return findings;
    }

    /** Adds the divergences of {@code left} and {@code right} not in {@code known}; every divergence found. */
    private static Set<String> compare(String label, SchemaSnapshot left, SchemaSnapshot right, Set<String> known,
            List<Finding> findings) {
        List<String> all = DialectParity.compare(left, right).stream().map(ParityDivergence::description).toList();
        List<String> divergences = all.stream().filter(divergence -> !known.contains(divergence)).toList();
        if (!divergences.isEmpty()) {
            findings.add(Finding.onBoth(label, FindingKind.DIALECTS_DIVERGE, divergences));
        }
        return Set.copyOf(all);
    }

    /** A notice where both dialects walked a revision but one of its ups did not pass, so nothing was compared. */
    private static Optional<Finding> notCompared(Revision revision, DialectOutcome sqlite,
            DialectOutcome postgresql) {
        List<String> failed = new ArrayList<>();
        for (DialectOutcome outcome : List.of(sqlite, postgresql)) {
            boolean walked = outcome.results().stream().anyMatch(result -> result.version().equals(revision.version()));
            if (!walked) {
                return Optional.empty();
            }
            if (!outcome.schemaAt().containsKey(revision.version())) {
                failed.add(outcome.dialect().id());
            }
        }
        return Optional.of(Finding.onBoth(revision.label(), FindingKind.NOT_CHECKED,
                List.of("the dialects are not compared here: the up did not pass on " + String.join(" and ", failed))));
    }

    private static Optional<Finding> oneDialectOnly(List<Revision> sqlite, List<Revision> postgresql,
            Set<RevisionVersion> common) {
        List<String> details = new ArrayList<>();
        for (List<Revision> revisions : List.of(sqlite, postgresql)) {
            revisions.stream().filter(revision -> !common.contains(revision.version()))
                    .forEach(revision -> details.add(revision.label() + " is in " + revision.dialect().id() + " only"));
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        details.add("each dialect walks its own versions; parity is checked at the " + common.size() + " versions both"
                + " have and at the heads");
        return Optional.of(Finding.onBoth("history", FindingKind.VERSIONS_IN_ONE_DIALECT, details));
    }

    private static Set<RevisionVersion> versions(List<Revision> revisions) {
        Set<RevisionVersion> versions = new TreeSet<>();
        revisions.forEach(revision -> versions.add(revision.version()));
        return versions;
    }
}
