package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.locks.LockTaken;
import dev.stairway.verifier.locks.MeasuredStatement;
import dev.stairway.verifier.locks.RevisionLocks;
import dev.stairway.verifier.locks.Rewrite;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.locks.Verdict;
import dev.stairway.verifier.locks.VerdictCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports made by hand for the report renderers' tests, with every outcome: revision {@code n} of a generated
 * history holds, unless {@code n % 10} makes it a finding (3), a notice (5), irreversible (7) or, on PostgreSQL,
 * the last revision walked before an up failed (the revisions after it are not walked).
 */
final class SampleReports {

    private SampleReports() {
    }

    /** A report of {@code revisions} revisions on both dialects, whose PostgreSQL walk stops at {@code stopAt}. */
    static VerificationReport generated(int revisions, int stopAt) {
        List<RevisionResult> results = new ArrayList<>();
        List<NotWalked> notWalked = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            for (int n = 1; n <= revisions; n++) {
                if (dialect == Dialect.POSTGRESQL && n > stopAt) {
                    notWalked.add(new NotWalked(RevisionVersion.from(Integer.toString(n)), "revision_" + n, dialect,
                            "the up of V" + stopAt + " revision_" + stopAt + " fails on empty tables too"));
                    continue;
                }
                results.add(result(n, dialect, dialect == Dialect.POSTGRESQL && n == stopAt));
            }
        }
        List<Finding> parity = List.of(Finding.onBoth("V4 revision_4", FindingKind.DIALECTS_DIVERGE,
                List.of("column note.title: type family text on sqlite, integer on postgresql")));
        return new VerificationReport("db/<migration> & \"friends\"", List.of(Dialect.SQLITE, Dialect.POSTGRESQL),
                results, notWalked, parity, false, Duration.ofMillis(1234));
    }

    private static RevisionResult result(int n, Dialect dialect, boolean upFails) {
        String label = "V" + n + " revision_" + n;
        List<Finding> findings = new ArrayList<>();
        List<StepTiming> timings = new ArrayList<>(List.of(new StepTiming(Step.SEED, Duration.ofMillis(3 + n % 4)),
                new StepTiming(Step.CHECK, Duration.ofMillis(5 + n % 7))));
        RevisionLocks locks = RevisionLocks.NONE;
        if (dialect == Dialect.POSTGRESQL) {
            timings.add(new StepTiming(Step.LOCKS, Duration.ofMillis(2 + n % 3)));
            locks = locks(n);
        }
        timings.add(new StepTiming(Step.UP, Duration.ofMillis(10 + n % 9)));
        if (upFails) {
            findings.add(Finding.on(label, dialect, FindingKind.UP_FAILED, List.of("Up migration V" + n
                    + " failed: ERROR: relation \"<gone>\" does not exist")));
        } else if (n % 10 == 7) {
            findings.add(Finding.on(label, dialect, FindingKind.IRREVERSIBLE, List.of("drops the audit trail")));
        } else {
            timings.add(new StepTiming(Step.DOWN, Duration.ofMillis(4 + n % 5)));
            timings.add(new StepTiming(Step.RE_UP, Duration.ofMillis(9 + n % 6)));
            if (n % 10 == 3) {
                findings.add(Finding.on(label, dialect, FindingKind.SCHEMA_NOT_RESTORED, List.of(
                        "index chat_user_idx is still present (expected absent, as at V" + (n - 1) + ")",
                        "table note is missing (expected present, as at V" + (n - 1) + ")",
                        "column chat.title: type text, expected character varying(255) (as at V" + (n - 1) + ")")));
            } else if (n % 10 == 5) {
                findings.add(Finding.on(label, dialect, FindingKind.SEEDING_INCOMPLETE,
                        List.of("table <odd> has no rows, its data is not checked: no value fits")));
            }
        }
        if (!locks.openVerdicts().isEmpty()) {
            findings.add(Finding.on(label, dialect, FindingKind.LOCK_VERDICT,
                    locks.openVerdicts().stream().map(Verdict::text).toList()));
        }
        return new RevisionResult(RevisionVersion.from(Integer.toString(n)), "revision_" + n, dialect, timings,
                findings, locks);
    }

    /** Locks measured at revision {@code n}: a rewrite with an open verdict every 6th, an accepted one every 9th. */
    private static RevisionLocks locks(int n) {
        List<LockTaken> taken = List.of(
                new LockTaken("chat", "table", "ACCESS EXCLUSIVE", true, Duration.ofMillis(4)),
                new LockTaken("chat_new_idx", "index", "ACCESS EXCLUSIVE", false, Duration.ofMillis(4)));
        List<Rewrite> rewrites = n % 6 == 0 ? List.of(new Rewrite("chat", "table", 3)) : List.of();
        MeasuredStatement statement = new MeasuredStatement(2, "ALTER TABLE chat ALTER COLUMN n TYPE bigint",
                Duration.ofMillis(3), -1, taken, rewrites);
        List<Verdict> verdicts = new ArrayList<>();
        if (n % 6 == 0) {
            verdicts.add(new Verdict(VerdictCode.TABLE_REWRITE, ScriptKind.UP, 2, "table chat (3 rows) rewritten"
                    + " under ACCESS EXCLUSIVE, which blocks reads and writes while every row is copied",
                    n % 9 == 0 ? Optional.of("chat is small") : Optional.empty()));
        }
        ScriptMeasurement up = new ScriptMeasurement(ScriptKind.UP, "postgresql/V" + n + "__revision_" + n + ".sql",
                true, List.of(statement), List.of(), verdicts);
        ScriptMeasurement undo = new ScriptMeasurement(ScriptKind.UNDO, "postgresql/U" + n + "__revision_" + n
                + ".sql", true, List.of(), List.of("not measured: line 1 (COMMIT) controls the transaction itself"),
                List.of());
        return RevisionLocks.NONE.with(up).with(undo);
    }
}
