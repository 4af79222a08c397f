package dev.stairway.verifier.gate;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.flyway.UndoRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.release.Drift;
import dev.stairway.verifier.release.LegacySchema;
import dev.stairway.verifier.release.MigrationFiles;
import dev.stairway.verifier.release.Release;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The release gate on one dialect: for each release, the drift of the files it shipped, then its paths, each on a
 * database of its own:
 * <ol>
 *   <li><b>upgrade</b>: a database built at the release from the files, given rows, migrated to the latest version,
 *       has the schema of a fresh install and keeps its rows ({@link UpgradePath});</li>
 *   <li><b>downgrade</b>: the same database taken back down with the undo scripts is as it was at the release
 *       ({@link DowngradePath});</li>
 *   <li><b>legacy adoption</b>, for a release with a legacy folder: an install built from its scripts, given rows,
 *       taken over by Flyway with a baseline at the release's version and migrated, has the schema of a fresh
 *       install and keeps its rows.</li>
 * </ol>
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 */
public final class ReleaseGate {

    private final MigrationHistory history;
    private final Dialect dialect;
    private final Databases databases;
    private final MigrationFiles files;
    private final List<Revision> revisions;
    private final FlywayRunner flyway;

    /** The gate of {@code dialect}'s part of {@code history}, whose files are {@code files}, on {@code databases}. */
    public ReleaseGate(MigrationHistory history, Dialect dialect, Databases databases, MigrationFiles files) {
        this.history = history;
        this.dialect = dialect;
        this.databases = databases;
        this.files = files;
        this.revisions = history.revisions(dialect);
        this.flyway = FlywayRunner.of(history, dialect);
    }

    /** Checks every release in turn, telling {@code listener} of each result as it is made. */
    public List<ReleaseResult> check(List<Release> releases, WalkListener listener) {
        listener.gateStarted(dialect, releases.size());
        Optional<SchemaSnapshot> fresh = freshInstall();
        List<ReleaseResult> results = new ArrayList<>();
        for (Release release : releases) {
            long start = System.nanoTime();
            GateFindings findings = new GateFindings(release.label(), dialect);
            findings.addAll(Drift.findings(release, files, dialect));
            fresh.ifPresentOrElse(schema -> {
                upgradeAndDowngrade(release, schema, findings);
                adoptLegacy(release, schema, findings);
            }, () -> findings.add(FindingKind.UPGRADE_FAILED, "a fresh install of V" + latest() + " fails (see"
                    + " 'stairway verify'), so no path from " + release.name() + " can be compared with it"));
            ReleaseResult result = new ReleaseResult(release.label(), release.version(), dialect,
                    Duration.ofNanos(System.nanoTime() - start), findings.all());
            listener.releaseChecked(result);
            results.add(result);
        }
        return results;
    }

    /** The schema of a fresh install of the latest version; empty when the migrations fail on an empty database. */
    private Optional<SchemaSnapshot> freshInstall() {
        try (TestDatabase database = databases.create(dialect)) {
            flyway.migrate(database, latest());
            return Optional.of(DatabaseState.read(database, flyway.historyTable()).schema());
        } catch (ScriptFailedException e) {
            return Optional.empty();
        }
    }

    private void upgradeAndDowngrade(Release release, SchemaSnapshot fresh, GateFindings findings) {
        if (release.version().compareTo(latest()) > 0) {
            findings.add(FindingKind.UPGRADE_FAILED, release.name() + " shipped V" + release.version()
                    + ", above the latest version V" + latest() + ": the history lost revisions it shipped");
            return;
        }
        try (TestDatabase database = databases.create(dialect)) {
            try {
                flyway.migrate(database, release.version());
            } catch (ScriptFailedException e) {
                findings.add(FindingKind.UPGRADE_FAILED, "building the database at V" + release.version() + ": "
                        + e.getMessage());
                return;
            }
            DatabaseState start = seeded(database, findings);
            UpgradePath up = new UpgradePath(revisions, flyway, UpgradePath.Kinds.UPGRADE, findings);
            Optional<DatabaseState> head = up.run(database, start, release.version(), "V" + release.version());
            if (head.isEmpty()) {
                return;
            }
            findings.schema(fresh, head.get().schema(), FindingKind.UPGRADE_SCHEMA_DIFFERS, freshContext());
            new DowngradePath(revisions, UndoRunner.of(flyway), findings)
                    .run(database, release.version(), up.states(), flyway.historyTable());
        }
    }

    private void adoptLegacy(Release release, SchemaSnapshot fresh, GateFindings findings) {
        if (release.legacy().isEmpty()) {
            return;
        }
        List<MigrationScript> scripts = LegacySchema.scripts(history, release, dialect);
        if (scripts.isEmpty()) {
            findings.add(FindingKind.LEGACY_ADOPTION_FAILED, "no legacy schema for " + dialect.id() + ": expected"
                    + " .sql files in " + release.legacy().get() + "/" + dialect.id() + "/ beside the migrations."
                    + " Add them, or remove 'legacy' from the release's line.");
            return;
        }
        try (TestDatabase database = databases.create(dialect)) {
            Optional<String> failed = LegacyInstall.build(database, scripts);
            if (failed.isPresent()) {
                findings.add(FindingKind.LEGACY_ADOPTION_FAILED, failed.get());
                return;
            }
            DatabaseState start = seeded(database, findings);
            FlywayRunner baseline = FlywayRunner.of(MigrationHistory.configure()
                    .location(history.location())
                    .dialects(dialect)
                    .classLoader(history.classLoader())
                    .flywaySettings(history.flywaySettings())
                    .flywaySetting("flyway.baselineOnMigrate", "true")
                    .flywaySetting("flyway.baselineVersion", release.version().toString())
                    .load(), dialect);
            Optional<DatabaseState> head = new UpgradePath(revisions, baseline, UpgradePath.Kinds.LEGACY, findings)
                    .run(database, start, release.version(), "the legacy install");
            head.ifPresent(state -> findings.schema(fresh, state.schema(), FindingKind.LEGACY_SCHEMA_DIFFERS,
                    freshContext()));
        }
    }

    /** Gives the database's empty tables rows and reads its state; tables left empty are a notice. */
    private DatabaseState seeded(TestDatabase database, GateFindings findings) {
        SeedingResult seeded = DatabaseState.seed(database, flyway.historyTable());
        if (!seeded.failures().isEmpty()) {
            findings.add(FindingKind.SEEDING_INCOMPLETE, seeded.failures().stream()
                    .map(failure -> "table " + failure.table() + " has no rows, its data is not checked: "
                            + failure.message())
                    .toList());
        }
        return DatabaseState.read(database, flyway.historyTable());
    }

    private String freshContext() {
        return "as in a fresh install of V" + latest();
    }

    private RevisionVersion latest() {
        return revisions.get(revisions.size() - 1).version();
    }
}
