package dev.stairway.verifier.operate;

import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scripts that take a database from one version of a history to another, in the order they run: the up
 * scripts of the revisions above {@code from} up to {@code to}, or the undo scripts of the revisions above {@code to}
 * from {@code from} down. A downgrade ends early at a revision it cannot undo (irreversible, or without an undo
 * script), which {@link #blockedBy()} names.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class Plan {

    private final Optional<RevisionVersion> from;
    private final Optional<RevisionVersion> to;
    private final List<PlannedScript> scripts;
    private final Optional<Revision> blockedBy;

    private Plan(Optional<RevisionVersion> from, Optional<RevisionVersion> to, List<PlannedScript> scripts,
            Optional<Revision> blockedBy) {
        this.from = from;
        this.to = to;
        this.scripts = List.copyOf(scripts);
        this.blockedBy = blockedBy;
    }

    /**
     * The plan from {@code from} to {@code to} (empty: before the first revision) through {@code revisions}, one
     * dialect's, their SQL with placeholders replaced by {@code flyway} for a database named {@code databaseName}
     * that {@code user} connects to (either {@code null} when not known).
     */
    public static Plan between(List<Revision> revisions, Optional<RevisionVersion> from,
            Optional<RevisionVersion> to, FlywayRunner flyway, String databaseName, String user) {
        List<PlannedScript> scripts = new ArrayList<>();
        if (compare(from, to) < 0) {
            for (Revision revision : revisions) {
                if (above(revision, from) && !above(revision, to)) {
                    scripts.add(new PlannedScript(revision, revision.up(),
                            flyway.withPlaceholders(revision.up(), databaseName, user)));
                }
            }
            return new Plan(from, to, scripts, Optional.empty());
        }
        for (int index = revisions.size() - 1; index >= 0; index--) {
            Revision revision = revisions.get(index);
            if (!above(revision, to) || above(revision, from)) {
                continue;
            }
            if (revision.irreversible().isPresent() || revision.undo().isEmpty()) {
                return new Plan(from, to, scripts, Optional.of(revision));
            }
            scripts.add(new PlannedScript(revision, revision.undo().get(),
                    flyway.withPlaceholders(revision.undo().get(), databaseName, user)));
        }
        return new Plan(from, to, scripts, Optional.empty());
    }

    private static boolean above(Revision revision, Optional<RevisionVersion> version) {
        return version.isEmpty() || revision.version().compareTo(version.get()) > 0;
    }

    private static int compare(Optional<RevisionVersion> left, Optional<RevisionVersion> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.isPresent() ? 1 : right.isPresent() ? -1 : 0;
        }
        return left.get().compareTo(right.get());
    }

    /** Whether it goes up (or nowhere); otherwise down. */
    public boolean isUpgrade() {
        return compare(from, to) <= 0;
    }

    /** The scripts in the order they run; empty when {@code from} and {@code to} are the same. */
    public List<PlannedScript> scripts() {
        return scripts;
    }

    /** The revision a downgrade cannot undo, where it ends before reaching {@code to}; empty when it gets there. */
    public Optional<Revision> blockedBy() {
        return blockedBy;
    }

    /** Where the plan ends: {@code to}, or the blocking revision's version. */
    public Optional<RevisionVersion> reaches() {
        return blockedBy.map(revision -> Optional.of(revision.version())).orElse(to);
    }

    /** Why the downgrade cannot go below {@link #blockedBy()}, in one sentence; empty when it is not blocked. */
    public Optional<String> blockedReason() {
        return blockedBy.map(revision -> revision.label() + revision.irreversible()
                .map(reason -> " is irreversible (" + reason + ")")
                .orElse(" has no undo script (expected " + revision.dialect().id() + "/U" + revision.version() + "__"
                        + revision.description() + ".sql)")
                + ": a downgrade cannot go below V" + revision.version());
    }

    /** How a version is named in messages: {@code V14}, or {@code base} before the first revision. */
    public static String name(Optional<RevisionVersion> version) {
        return version.map(v -> "V" + v).orElse("base");
    }

    /**
     * The plan as SQL to read: a comment line saying what it does, then each script after the line naming its
     * revision and file, and where a downgrade ends early, a comment saying why.
     */
    public String render(String dialect) {
        StringBuilder text = new StringBuilder("-- ");
        if (scripts.isEmpty() && blockedBy.isEmpty()) {
            return text.append("Nothing to run: from ").append(name(from)).append(" to ").append(name(to))
                    .append(" on ").append(dialect).append('\n').toString();
        }
        text.append(isUpgrade() ? "Upgrade" : "Downgrade").append(" from ").append(name(from)).append(" to ")
                .append(name(to)).append(" on ").append(dialect).append(": ").append(scripts.size())
                .append(scripts.size() == 1 ? " script" : " scripts").append('\n');
        for (PlannedScript script : scripts) {
            text.append('\n').append(script.header()).append('\n').append(script.sql());
            if (!script.sql().endsWith("\n")) {
                text.append('\n');
            }
        }
        blockedReason().ifPresent(reason -> text.append("\n-- Stops here: ").append(reason).append('\n'));
        return text.toString();
    }
}
