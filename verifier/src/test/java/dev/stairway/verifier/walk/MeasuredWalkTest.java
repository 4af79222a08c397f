package dev.stairway.verifier.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.locks.LockPolicy;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import dev.stairway.verifier.report.VerificationReport;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Measuring locks changes nothing else a walk finds: the broken cases, walked on PostgreSQL with the measuring pass
 * before every up and undo, report exactly what they report without it, lock verdicts aside.
 */
class MeasuredWalkTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken-up", "broken-undo", "leftover-index", "leftover-enum", "lost-rows",
        "history-tampered", "unseedable", "renamed-away"})
    void the_measuring_pass_leaves_every_other_finding_as_it_is(String name) {
        VerificationReport measured = walk(name, LockPolicy.NOTICE);
        VerificationReport unmeasured = walk(name, LockPolicy.OFF);

        assertThat(otherThanLocks(measured)).isEqualTo(otherThanLocks(unmeasured)).isNotEmpty();
        assertThat(measured.results()).hasSameSizeAs(unmeasured.results());
    }

    private static VerificationReport walk(String name, LockPolicy policy) {
        return Stairway.configure().migrations(WalkCases.folder(name)).dialects(Dialect.POSTGRESQL)
                .databases(databases).locks(policy).load().verify();
    }

    private static List<Finding> otherThanLocks(VerificationReport report) {
        return WalkCases.findings(report).stream().filter(finding -> finding.kind() != FindingKind.LOCK_VERDICT)
                .toList();
    }
}
