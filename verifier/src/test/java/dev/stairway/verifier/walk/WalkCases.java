package dev.stairway.verifier.walk;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The small migration folders under {@code src/test/resources/walk}, one per kind of finding, and what the
 * tests need to read their reports.
 */
final class WalkCases {

    /** Where the cases live, relative to the module (Surefire's working directory). */
    static final Path ROOT = Path.of("src/test/resources/walk");

    /**
     * A database as script failures name it, such as {@code on sqlite database stairway_0f71613bb8ab.db
     * (jdbc:sqlite:/tmp/...)}: its name and URL change on every run.
     */
    private static final Pattern DATABASE =
            Pattern.compile("on (sqlite|postgresql) database stairway_[0-9a-z_]+(?:\\.db)? \\([^)]*\\)");

    private WalkCases() {
    }

    /** The folder of a case, as a user would pass it. */
    static String folder(String name) {
        return ROOT.resolve(name).toString();
    }

    /**
     * Walks a case on both dialects with the shared databases, without measuring locks: these cases are about
     * reversibility (the lock verdicts of histories are tested in {@code LockMeasurementTest}).
     */
    static VerificationReport verify(String name, Databases databases) {
        return Stairway.configure().migrations(folder(name)).databases(databases).locks(LockPolicy.OFF).load()
                .verify();
    }

    /** Walks a case on the given dialects with the shared databases, without measuring locks. */
    static VerificationReport verify(String name, Databases databases, Dialect... dialects) {
        return Stairway.configure().migrations(folder(name)).dialects(dialects).databases(databases)
                .locks(LockPolicy.OFF).load().verify();
    }

    /** Every finding of a report, with database names and URLs replaced by {@code <database>}. */
    static List<Finding> findings(VerificationReport report) {
        return report.findings().stream().map(WalkCases::withoutDatabaseNames).toList();
    }

    /** The finding with database names and URLs in its details replaced by {@code <database>}. */
    static Finding withoutDatabaseNames(Finding finding) {
        return new Finding(finding.revision(), finding.dialect(), finding.kind(),
                finding.details().stream().map(WalkCases::withoutDatabaseNames).toList());
    }

    static String withoutDatabaseNames(String text) {
        return DATABASE.matcher(text).replaceAll("on $1 database <database>");
    }

    /** A finding on one dialect, as the test expects it. */
    static Finding finding(String revision, Dialect dialect, FindingKind kind, String... details) {
        return Finding.on(revision, dialect, kind, List.of(details));
    }

    /** The names of the steps a result ran, in order, such as {@code [seed, check, up, down, re-up]}. */
    static List<String> steps(RevisionResult result) {
        return result.timings().stream().map(timing -> timing.step().label()).toList();
    }

    /** The revisions walked on one dialect, such as {@code [V1 create_people, V2 create_pets]}. */
    static List<String> revisionsWalked(VerificationReport report, Dialect dialect) {
        return report.resultsOf(dialect).stream().map(RevisionResult::revision).toList();
    }
}
