package dev.stairway.junit;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.StairwayConfiguration;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.GateReport;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.RevisionResult;
import dev.stairway.verifier.report.VerificationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Puts Stairway's walk into a test class: one dynamic test per revision per dialect, named like
 * {@code V7 add_chat_index [postgresql]}, failing with the findings' messages, plus one test per version both
 * dialects have, named {@code V7 add_chat_index [sqlite = postgresql]}, for the dialects' parity when both are
 * walked. Revisions the walk did not reach are aborted tests that say why, never missing ones. The lock verdicts
 * measured on PostgreSQL are notices, printed to the test's output, unless {@code stairway.locks=finding} makes them
 * fail the revision's test.
 *
 * <pre>{@code
 * class MigrationHistoryTest {
 *
 *     @TestFactory
 *     Stream<DynamicTest> every_revision_goes_up_down_and_up_again() {
 *         return RevisionTests.walk("classpath:db/migration");
 *     }
 * }
 * }</pre>
 *
 * <p>The walk runs when the factory is called, on databases of its own: a PostgreSQL server of its own, started
 * and stopped around the walk. To share the test run's server with {@link MigratedDatabase @MigratedDatabase}
 * classes, annotate the class {@link VerifyRevisions @VerifyRevisions} and take a {@link RevisionWalk} parameter
 * instead. Settings come from system properties ({@code -Dstairway.dialects=sqlite}) and else from the environment
 * ({@code STAIRWAY_DIALECTS}), the same keys as {@link MigratedDatabase}'s; {@code stairway.dialects} chooses the
 * dialects walked.
 *
 * <p>{@link #gate(String)} does the same for the release gate: one test per release per dialect.
 */
public final class RevisionTests {

    private RevisionTests() {
    }

    /** The walk of the migration folder {@code migrations} (a path or {@code classpath:...}) as dynamic tests. */
    public static Stream<DynamicTest> walk(String migrations) {
        return walk(migrations, UnaryOperator.identity());
    }

    /**
     * The walk as dynamic tests, with the configuration adjusted by {@code customizer} after Stairway has set the
     * folder, the settings and the dialects, for example {@code c -> c.flywaySetting("table", "history")}.
     */
    public static Stream<DynamicTest> walk(String migrations, UnaryOperator<StairwayConfiguration> customizer) {
        return tests(customizer.apply(configuration(migrations)).load().verify());
    }

    /**
     * The release gate of the migration folder {@code migrations} as dynamic tests: one per release the folder's
     * {@code releases} file declares, per dialect, named like {@code release 0.5.0 (V5) [postgresql]}, failing with
     * the drift of the files the release shipped and what its upgrade, downgrade and legacy adoption paths found.
     */
    public static Stream<DynamicTest> gate(String migrations) {
        return gate(migrations, UnaryOperator.identity());
    }

    /** The release gate as dynamic tests, with the configuration adjusted by {@code customizer}; see {@link #walk}. */
    public static Stream<DynamicTest> gate(String migrations, UnaryOperator<StairwayConfiguration> customizer) {
        return tests(customizer.apply(configuration(migrations)).load().gate());
    }

    /** Settings from system properties, else the environment, as {@code @MigratedDatabase} reads them. */
    private static StairwayConfiguration configuration(String migrations) {
        Function<String, Optional<String>> systemProperties = key -> Optional.ofNullable(System.getProperty(key));
        StairwaySettings settings = StairwaySettings.from(systemProperties);
        return Stairway.configure()
                .migrations(migrations)
                .settings(settings)
                .dialects(settings.dialects())
                .locks(LockPolicy.configured(systemProperties));
    }

    /** The dynamic tests of a release gate's report that has been made already: one per release per dialect. */
    public static Stream<DynamicTest> tests(GateReport report) {
        return report.results().stream()
                .map(result -> DynamicTest.dynamicTest(result.displayName(), () -> holds(result.findings())));
    }

    /**
     * The dynamic tests of a report that has been made already: one per revision per dialect, failing with its
     * findings; a revision the walk did not reach (after an up that fails on its own, or an interrupted run) is an
     * aborted test that says why, never a missing one. With both dialects, one parity test per revision, aborted
     * where either dialect did not reach it.
     */
    public static Stream<DynamicTest> tests(VerificationReport report) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Dialect dialect : report.dialects()) {
            for (RevisionResult result : report.resultsOf(dialect)) {
                tests.add(DynamicTest.dynamicTest(result.displayName(), () -> holds(result.findings())));
            }
            for (NotWalked revision : report.notWalkedOf(dialect)) {
                tests.add(DynamicTest.dynamicTest(revision.displayName(), () -> notWalked(revision.message())));
            }
        }
        if (report.dialects().size() > 1) {
            Map<String, List<Finding>> parity = new LinkedHashMap<>();
            Map<String, String> unreached = new LinkedHashMap<>();
            Map<RevisionVersion, String> common = revisionsOfEveryDialect(report);
            common.values().forEach(revision -> parity.put(revision, new ArrayList<>()));
            report.notWalked().stream().filter(revision -> common.containsKey(revision.version()))
                    .forEach(revision -> unreached.putIfAbsent(common.get(revision.version()), revision.message()));
            // a divergence at the heads of dialects whose versions differ is a test of its own
            report.parityFindings().stream()
                    .filter(finding -> parity.containsKey(finding.revision()) || finding.isFailure())
                    .forEach(finding -> parity.computeIfAbsent(finding.revision(), revision -> new ArrayList<>())
                            .add(finding));
            String dialects = report.dialects().stream().map(Dialect::id).collect(Collectors.joining(" = "));
            parity.forEach((revision, findings) -> tests.add(DynamicTest.dynamicTest(
                    revision + " [" + dialects + "]", () -> {
                        if (unreached.containsKey(revision)) {
                            notWalked(unreached.get(revision));
                        }
                        // where an up did not pass, the dialects were not compared: nothing to pass or fail
                        findings.stream().filter(finding -> finding.kind() == FindingKind.NOT_CHECKED).findFirst()
                                .ifPresent(finding -> notWalked(finding.message()));
                        holds(findings);
                    })));
        }
        return tests.stream();
    }

    /** The versions every dialect has, walked or not, with the first dialect's label, in its order. */
    private static Map<RevisionVersion, String> revisionsOfEveryDialect(VerificationReport report) {
        Map<RevisionVersion, String> common = null;
        for (Dialect dialect : report.dialects()) {
            Map<RevisionVersion, String> revisions = new LinkedHashMap<>();
            report.resultsOf(dialect).forEach(result -> revisions.put(result.version(), result.revision()));
            report.notWalkedOf(dialect).forEach(revision -> revisions.put(revision.version(), revision.revision()));
            if (common == null) {
                common = revisions;
            } else {
                common.keySet().retainAll(revisions.keySet());
            }
        }
        return common == null ? Map.of() : common;
    }

    private static void notWalked(String message) {
        throw new TestAbortedException(message);
    }

    /**
     * Passes when no finding fails; notices (lock verdicts, irreversible revisions, ...) are printed to the test's
     * output, where IDEs and Surefire's reports show them beside the test.
     */
    private static void holds(List<Finding> findings) {
        findings.stream().filter(finding -> !finding.isFailure())
                .forEach(notice -> System.out.println("notice: " + notice.message()));
        List<String> failures = findings.stream().filter(Finding::isFailure).map(Finding::message).toList();
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(String.join(System.lineSeparator(), failures));
        }
    }
}
