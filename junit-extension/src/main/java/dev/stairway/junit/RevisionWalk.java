package dev.stairway.junit;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.Stairway;
import dev.stairway.verifier.StairwayConfiguration;
import dev.stairway.verifier.locks.LockPolicy;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Stairway's walk for a {@code @TestFactory}, on the databases this test run shares with every
 * {@link MigratedDatabase @MigratedDatabase} class: one PostgreSQL server for the whole run. Injected into a
 * factory method of a class annotated {@link VerifyRevisions @VerifyRevisions}:
 *
 * <pre>{@code
 * @VerifyRevisions
 * class MigrationHistoryTest {
 *
 *     @TestFactory
 *     Stream<DynamicTest> every_revision_goes_up_down_and_up_again(RevisionWalk walk) {
 *         return walk.tests("classpath:db/migration"); // V7 add_chat_index [postgresql], ...
 *     }
 * }
 * }</pre>
 *
 * <p>Settings come from JUnit configuration parameters, else the environment, as for {@code @MigratedDatabase};
 * {@code stairway.dialects} chooses the dialects walked, {@code stairway.step.timeout} how long one step may run and
 * {@code stairway.locks} what lock verdicts are.
 * The tests are those of {@link RevisionTests#tests}; the release gate's, one per release per dialect, come from
 * {@link #gate(String)}.
 */
public final class RevisionWalk {

    private final Databases databases;
    private final StairwaySettings settings;
    private final LockPolicy lockPolicy;

    RevisionWalk(Databases databases, StairwaySettings settings, LockPolicy lockPolicy) {
        this.databases = databases;
        this.settings = settings;
        this.lockPolicy = lockPolicy;
    }

    /** The walk of the migration folder {@code migrations} (a path or {@code classpath:...}) as dynamic tests. */
    public Stream<DynamicTest> tests(String migrations) {
        return tests(migrations, UnaryOperator.identity());
    }

    /**
     * The walk as dynamic tests, with the configuration adjusted by {@code customizer} after Stairway has set the
     * folder, the databases and the dialects, for example {@code c -> c.flywaySetting("table", "history")}.
     */
    public Stream<DynamicTest> tests(String migrations, UnaryOperator<StairwayConfiguration> customizer) {
        return RevisionTests.tests(customizer.apply(configuration(migrations)).load().verify());
    }

    /**
     * The release gate of the migration folder {@code migrations} as dynamic tests: one per release its
     * {@code releases} file declares, per dialect, named like {@code release 0.5.0 (V5) [postgresql]}, failing with
     * the drift of the files the release shipped and what its upgrade, downgrade and legacy adoption paths found.
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> every_release_upgrades_to_the_latest_version(RevisionWalk walk) {
     *     return walk.gate("classpath:db/migration");
     * }
     * }</pre>
     */
    public Stream<DynamicTest> gate(String migrations) {
        return gate(migrations, UnaryOperator.identity());
    }

    /** The release gate as dynamic tests, with the configuration adjusted by {@code customizer}; see {@link #tests}. */
    public Stream<DynamicTest> gate(String migrations, UnaryOperator<StairwayConfiguration> customizer) {
        return RevisionTests.tests(customizer.apply(configuration(migrations)).load().gate());
    }

    private StairwayConfiguration configuration(String migrations) {
        return Stairway.configure()
                .migrations(migrations)
                .databases(databases)
                .settings(settings)
                .dialects(settings.dialects())
                .locks(lockPolicy);
    }
}
