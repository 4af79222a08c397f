package dev.stairway.verifier.gate;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.WalkListener;
import dev.stairway.verifier.data.SeedingResult;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.release.Drift;
import dev.stairway.verifier.release.LegacySchema;
import dev.stairway.verifier.release.MigrationFiles;
import dev.stairway.verifier.release.Release;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.Step;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.walk.CheckFailedException;
import dev.stairway.verifier.walk.DialectSteps;
import dev.stairway.verifier.walk.StepTimedOutException;
import dev.stairway.verifier.walk.WalkInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The release gate on one dialect: for each release, the drift of the files it shipped, then its paths, each on a
 * database of its own:
 * <ol>
 *   <li><b>upgrade</b>: a database built at the release from the files (the history's seed scripts run before
 *       their revisions, as in the walk), given generated rows in the tables no seed script fills, migrated to the
 *       latest version, has the schema of a fresh install and keeps its rows ({@link UpgradePath});</li>
 *   <li><b>downgrade</b>: the same database taken back down with the undo scripts is as it was at the release
 *       ({@link DowngradePath});</li>
 *   <li><b>legacy adoption</b>, for a release with a legacy folder: an install built from its scripts, given rows,
 *       taken over by Flyway with a baseline at the release's version and migrated, has the schema of a fresh
 *       install and keeps its rows.</li>
 * </ol>
 * Every step runs within the walk's time limit ({@link DialectSteps}): a step past it is a finding and ends that
 * path. When the run is interrupted, the gate stops at once: the release under way gets no result and no finding.
 *
 * <p>Engine: not part of Stairway's API; public for {@link dev.stairway.verifier.Stairway}.
 */
public final class ReleaseGate {

    private final MigrationHistory history;
    private final Dialect dialect;
    private final Databases databases;
    private final MigrationFiles files;
    private final List<Revision> revisions;
    private final Duration stepTimeLimit;
    private final Interruption interruption;

    /**
     * The gate of {@code dialect}'s part of {@code history}, whose files are {@code files}, on {@code databases},
     * each step stopped after {@code stepTimeLimit} or when {@code interruption} is thrown.
     */
    public ReleaseGate(MigrationHistory history, Dialect dialect, Databases databases, MigrationFiles files,
            Duration stepTimeLimit, Interruption interruption) {
        this.history = history;
        this.dialect = dialect;
        this.databases = databases;
        this.files = files;
        this.revisions = history.revisions(dialect);
        this.stepTimeLimit = stepTimeLimit;
        this.interruption = interruption;
    }

    /**
     * Checks every release in turn, telling {@code listener} of each result as it is made; when the run is
     * interrupted, the results of the releases checked before.
     */
    public List<ReleaseResult> check(List<Release> releases, WalkListener listener) {
        listener.gateStarted(dialect, releases.size());
        List<ReleaseResult> results = new ArrayList<>();
        try (DialectSteps steps = new DialectSteps(history, dialect, databases, stepTimeLimit, interruption)) {
            Checks checks = new Checks(steps);
            FreshInstall fresh = checks.freshInstall();
            for (Release release : releases) {
                long start = System.nanoTime();
                GateFindings findings = new GateFindings(release.label(), dialect);
                findings.addAll(Drift.findings(release, files, dialect));
                if (fresh.schema().isPresent()) {
                    checks.upgradeAndDowngrade(release, fresh.schema().get(), findings);
                    checks.adoptLegacy(release, fresh.schema().get(), findings);
                } else {
                    findings.add(FindingKind.UPGRADE_FAILED, fresh.problem() + ", so no path from " + release.name()
                            + " can be compared with it");
                }
                ReleaseResult result = new ReleaseResult(release.label(), release.version(), dialect,
                        Duration.ofNanos(System.nanoTime() - start), findings.all());
                listener.releaseChecked(result);
                results.add(result);
            }
        } catch (WalkInterruptedException e) {
            // the release under way is left without a result, and the step stopped is no finding
        }
        return results;
    }

    /** A fresh install of the latest version: its schema, or why there is none. */
    private record FreshInstall(Optional<SchemaSnapshot> schema, String problem) {
    }

    /** The checks of one gate run, on the databases and within the time limit of {@code steps}. */
    private final class Checks {

        private final DialectSteps steps;
        private final FlywayRunner flyway;

        Checks(DialectSteps steps) {
            this.steps = steps;
            this.flyway = steps.flyway();
        }

        /** The schema of a fresh install of the latest version; empty when the migrations fail on an empty database. */
        FreshInstall freshInstall() {
            String fails = "a fresh install of V" + latest() + " fails (see 'stairway verify')";
            try (TestDatabase database = steps.create()) {
                migrate(flyway, database, latest());
                return new FreshInstall(Optional.of(steps.run(Step.CHECK, () -> steps.schema(database))), "");
            } catch (ScriptFailedException | CheckFailedException e) {
                return new FreshInstall(Optional.empty(), fails);
            } catch (StepTimedOutException e) {
                return new FreshInstall(Optional.empty(), fails + ": " + e.detail());
            }
        }

        void upgradeAndDowngrade(Release release, SchemaSnapshot fresh, GateFindings findings) {
            if (release.version().compareTo(latest()) > 0) {
                findings.add(FindingKind.UPGRADE_FAILED, release.name() + " shipped V" + release.version()
                        + ", above the latest version V" + latest() + ": the history lost revisions it shipped");
                return;
            }
            String name = "V" + release.version();
            TestDatabase database;
            try {
                database = built(release.version(), failure -> findings.add(FindingKind.SEED_SCRIPT_FAILED,
                        failure));
            } catch (ScriptFailedException e) {
                findings.add(FindingKind.UPGRADE_FAILED, "building the database at " + name + ": " + e.getMessage());
                return;
            } catch (StepTimedOutException | CheckFailedException e) {
                stopped(findings, e, "building the database at " + name);
                return;
            }
            UpgradePath up = new UpgradePath(revisions, flyway, steps, UpgradePath.Kinds.UPGRADE, findings,
                    version -> upTo(built(release.version(), failure -> { }), flyway, version));
            try {
                SeedingResult seeded = generatedRows(database, findings, false);
                Optional<DatabaseState> head = up.run(database, seeded.rows(), DatabaseState.of(steps, database),
                        release.version(), name);
                if (head.isEmpty()) {
                    return;
                }
                findings.schema(fresh, head.get().schema(), FindingKind.UPGRADE_SCHEMA_DIFFERS, freshContext());
                new DowngradePath(revisions, steps, findings)
                        .run(up.database(), release.version(), up.states(), up::takenOutAbove);
            } catch (ScriptFailedException e) {
                findings.add(FindingKind.UPGRADE_FAILED, "building the database at " + name + " again, without"
                        + " generated rows: " + e.getMessage());
            } catch (StepTimedOutException | CheckFailedException e) {
                stopped(findings, e, "the upgrade path from " + name);
            } finally {
                Optional.ofNullable(up.database()).orElse(database).close();
            }
        }

        void adoptLegacy(Release release, SchemaSnapshot fresh, GateFindings findings) {
            if (release.legacy().isEmpty()) {
                return;
            }
            List<MigrationScript> scripts = LegacySchema.scripts(history, release, dialect);
            if (scripts.isEmpty()) {
                findings.add(FindingKind.LEGACY_ADOPTION_FAILED, "no legacy schema for " + dialect.id() + ":"
                        + " expected .sql files in " + release.legacy().get() + "/" + dialect.id() + "/ beside the"
                        + " migrations. Add them, or remove 'legacy' from the release's line.");
                return;
            }
            FlywayRunner baseline = FlywayRunner.of(MigrationHistory.configure()
                    .location(history.location())
                    .dialects(dialect)
                    .classLoader(history.classLoader())
                    .flywaySettings(history.flywaySettings())
                    .flywaySetting("flyway.baselineOnMigrate", "true")
                    .flywaySetting("flyway.baselineVersion", release.version().toString())
                    .load(), dialect);
            TestDatabase database = steps.create();
            UpgradePath up = new UpgradePath(revisions, baseline, steps, UpgradePath.Kinds.LEGACY, findings,
                    version -> {
                        TestDatabase again = steps.create();
                        try {
                            steps.run(Step.REBUILD, () -> LegacyInstall.build(again, scripts));
                        } catch (RuntimeException e) {
                            again.close();
                            throw e;
                        }
                        return upTo(again, baseline, version);
                    });
            try {
                Optional<String> failed = steps.run(Step.REBUILD, () -> LegacyInstall.build(database, scripts));
                if (failed.isPresent()) {
                    findings.add(FindingKind.LEGACY_ADOPTION_FAILED, failed.get());
                    return;
                }
                SeedingResult seeded = generatedRows(database, findings, true);
                Optional<DatabaseState> head = up.run(database, seeded.rows(), DatabaseState.of(steps, database),
                        release.version(), "the legacy install");
                head.ifPresent(state -> findings.schema(fresh, state.schema(), FindingKind.LEGACY_SCHEMA_DIFFERS,
                        freshContext()));
            } catch (ScriptFailedException e) {
                findings.add(FindingKind.LEGACY_ADOPTION_FAILED, "building the legacy install again, without"
                        + " generated rows: " + e.getMessage());
            } catch (StepTimedOutException | CheckFailedException e) {
                stopped(findings, e, "the legacy adoption of " + release.name());
            } finally {
                Optional.ofNullable(up.database()).orElse(database).close();
            }
        }

        /**
         * A new database at {@code version}, built from the files as the walk builds it: the history's seed script
         * of each revision up to it run before that revision, each failure given to {@code seedFailed}.
         *
         * @throws ScriptFailedException when an up fails
         */
        private TestDatabase built(RevisionVersion version, Consumer<String> seedFailed) {
            TestDatabase database = steps.create();
            try {
                RevisionVersion previous = null;
                for (Revision revision : revisions) {
                    if (revision.version().compareTo(version) > 0) {
                        break;
                    }
                    if (history.seed(dialect, revision.version()).isPresent()) {
                        if (previous != null) {
                            migrate(flyway, database, previous);
                        }
                        steps.run(Step.SEED, () -> steps.runSeedScript(database, revision.version()))
                                .ifPresent(seedFailed);
                    }
                    previous = revision.version();
                }
                migrate(flyway, database, version);
                return database;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        /**
         * Gives the database's empty tables generated rows ({@code everywhere}: those the seed scripts fill too);
         * tables left empty are a notice.
         */
        private SeedingResult generatedRows(TestDatabase database, GateFindings findings, boolean everywhere) {
            SchemaSnapshot schema = steps.run(Step.CHECK, () -> steps.schema(database));
            SeedingResult seeded = steps.run(Step.SEED, () -> everywhere
                    ? steps.generateRowsEverywhere(database, schema) : steps.generateRows(database, schema));
            if (!seeded.failures().isEmpty()) {
                findings.add(FindingKind.SEEDING_INCOMPLETE, seeded.failures().stream()
                        .map(failure -> "table " + failure.table() + " has no rows, its data is not checked: "
                                + failure.message())
                        .toList());
            }
            return seeded;
        }

        /** {@code database} with {@code runner}'s ups applied up to {@code version}; closed when they fail. */
        private TestDatabase upTo(TestDatabase database, FlywayRunner runner, RevisionVersion version) {
            try {
                migrate(runner, database, version);
                return database;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        /** Applies {@code runner}'s ups to {@code database} up to {@code version}, within the time limit. */
        private void migrate(FlywayRunner runner, TestDatabase database, RevisionVersion version) {
            steps.run(Step.UP, () -> {
                runner.migrate(database, version);
                return null;
            });
        }

        /** A step past the time limit, or one whose database could not be read, ends {@code path}: a finding. */
        private void stopped(GateFindings findings, RuntimeException e, String path) {
            if (e instanceof StepTimedOutException timedOut) {
                findings.add(FindingKind.TIMED_OUT, List.of(timedOut.detail(), path + " stops here"));
            } else {
                findings.add(FindingKind.NOT_CHECKED, List.of(e.getMessage() + "; " + path + " stops here"));
            }
        }
    }

    private String freshContext() {
        return "as in a fresh install of V" + latest();
    }

    private RevisionVersion latest() {
        return revisions.get(revisions.size() - 1).version();
    }
}
