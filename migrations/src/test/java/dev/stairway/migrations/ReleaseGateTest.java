package dev.stairway.migrations;

import dev.stairway.junit.RevisionWalk;
import dev.stairway.junit.VerifyRevisions;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference history's release gate: for each release its {@code releases} file declares (0.1.0 at V5 in the
 * early era, 0.3.0 at the legacy baseline V14 with its legacy installs, 0.5.0 at V25 and 0.6.0 at V31 in the later
 * era), on SQLite and PostgreSQL, the released files are as released, a database built at the release and holding
 * rows upgrades to the schema of a fresh install of V32 with its rows kept, and comes back down with the undo
 * scripts (as far as V30, which is irreversible); a legacy install of 0.3.0 is adopted by a baseline at 14 as well.
 */
@VerifyRevisions
class ReleaseGateTest {

    @TestFactory
    Stream<DynamicTest> every_release_upgrades_to_a_fresh_install_and_comes_back_down_on_both_dialects(
            RevisionWalk walk) {
        return walk.gate("classpath:db/migration");
    }
}
