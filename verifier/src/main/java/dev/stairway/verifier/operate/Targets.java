package dev.stairway.verifier.operate;

import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.List;
import java.util.Optional;

/**
 * The versions an operator names on the command line: {@code head} (the latest revision), {@code base} (before the
 * first), a version such as {@code 14}, and for a downgrade {@code -<n>} (n revisions below the current one).
 * Empty stands for {@code base}.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class Targets {

    private Targets() {
    }

    /**
     * {@code text} as a point of {@code revisions} (one dialect's): {@code base}, {@code head} or the version of one
     * of them.
     *
     * @throws IllegalArgumentException naming what is accepted
     */
    public static Optional<RevisionVersion> point(String text, List<Revision> revisions) {
        if (text.equalsIgnoreCase("base")) {
            return Optional.empty();
        }
        return Optional.of(revision(text, revisions, "base, head"));
    }

    /**
     * {@code text} as an upgrade's target: {@code head} or the version of one of {@code revisions}.
     *
     * @throws IllegalArgumentException naming what is accepted
     */
    public static RevisionVersion upgrade(String text, List<Revision> revisions) {
        return revision(text, revisions, "head");
    }

    /**
     * {@code text} as a downgrade's target on a database that has {@code applied}: {@code -<n>}, {@code base}, or a
     * version applied below the current one.
     *
     * @throws IllegalArgumentException naming what is accepted, or why the database cannot go there
     */
    public static Optional<RevisionVersion> downgrade(String text, AppliedRevisions applied) {
        Optional<RevisionVersion> baseline = applied.rows().stream().filter(AppliedRevisions.Row::isBaseline)
                .map(row -> row.migration().version().orElseThrow()).findFirst();
        List<AppliedRevisions.Row> undoable = applied.undoable();
        String current = Plan.name(applied.current());
        if (text.equalsIgnoreCase("base")) {
            return baseline;
        }
        if (text.matches("-\\d+")) {
            int steps = Integer.parseInt(text.substring(1));
            if (steps < 1 || steps > undoable.size()) {
                throw new IllegalArgumentException("Cannot go down " + steps + " revision" + (steps == 1 ? "" : "s")
                        + " from " + current + ": the database has " + undoable.size() + " applied" + baseline
                        .map(version -> " above its baseline V" + version).orElse("") + ". Give -1 to -"
                        + undoable.size() + ", a version, or base.");
            }
            return steps < undoable.size() ? undoable.get(steps).migration().version() : baseline;
        }
        if (!RevisionVersion.isVersion(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a downgrade target: expected -1, -<n>, a version"
                    + " such as 14, or base.");
        }
        RevisionVersion version = RevisionVersion.from(text);
        if (applied.current().isEmpty() || version.compareTo(applied.current().get()) > 0) {
            throw new IllegalArgumentException("V" + version + " is above the current version " + current
                    + ": a downgrade goes down. Use upgrade to go up.");
        }
        boolean known = applied.rows().stream().anyMatch(row -> row.migration().success()
                && row.migration().version().orElseThrow().equals(version));
        if (!known) {
            throw new IllegalArgumentException("V" + version + " is not applied on the database: expected one of its"
                    + " applied versions, -<n> or base.");
        }
        return Optional.of(version);
    }

    private static RevisionVersion revision(String text, List<Revision> revisions, String words) {
        RevisionVersion latest = revisions.get(revisions.size() - 1).version();
        if (text.equalsIgnoreCase("head")) {
            return latest;
        }
        if (RevisionVersion.isVersion(text)) {
            RevisionVersion version = RevisionVersion.from(text);
            if (revisions.stream().anyMatch(revision -> revision.version().equals(version))) {
                return version;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a version of the migration folder: expected " + words
                + " or one of its versions, V" + revisions.get(0).version() + " to V" + latest + ".");
    }
}
