package dev.stairway.migrations;

import dev.stairway.junit.RevisionWalk;
import dev.stairway.junit.VerifyRevisions;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole reference history walked by Stairway: every revision up, down and up again on SQLite and
 * PostgreSQL, schema and data compared from each database's catalog, and the dialects' parity after every
 * revision. V30 is irreversible: it is walked up and never below. The walk runs on the PostgreSQL server this
 * test run shares with the {@code @MigratedDatabase} classes.
 */
@VerifyRevisions
class MigrationHistoryWalkTest {

    @TestFactory
    Stream<DynamicTest> every_revision_goes_up_down_and_up_again_on_both_dialects(RevisionWalk walk) {
        return walk.tests("classpath:db/migration");
    }
}
