package dev.stairway.verifier.flyway;

import static dev.stairway.verifier.flyway.FlywayRunnerTest.HISTORIES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.Optional;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class HistoryResourcesTest {

    private static final String[] SQL = {".sql"};

    private final HistoryResources resources = HistoryResources.of(
            MigrationHistory.read(HISTORIES.resolve("good")), Dialect.SQLITE);

    @Test
    void a_step_hands_flyway_the_one_up_script_it_applies_and_every_other_file_but_undo_scripts() {
        // WHEN the database is at 1.1 and the step goes to 2
        ResourceProvider window = resources.window(Optional.of(RevisionVersion.from("1.1")),
                Optional.of(RevisionVersion.from("2")));

        // THEN Flyway sees V2 and the repeatable migration, relative to their location, nothing else
        assertThat(window.getResources("V", SQL)).extracting(LoadableResource::getRelativePath)
                .containsExactly("V2__audit_log.sql");
        assertThat(window.getResources("R", SQL)).extracting(LoadableResource::getRelativePath)
                .containsExactly("R__user_names.sql");
        assertThat(window.getResources("", SQL)).extracting(LoadableResource::getFilename)
                .containsExactlyInAnyOrder("V2__audit_log.sql", "R__user_names.sql");
        assertThat(window.getResource("R__user_names.sql").getAbsolutePath())
                .isEqualTo(HISTORIES.resolve("good") + "/sqlite/R__user_names.sql");
    }

    @Test
    void a_fresh_database_is_handed_every_up_script_to_the_target_in_version_order() {
        ResourceProvider window = resources.window(Optional.empty(), Optional.of(RevisionVersion.from("2")));

        assertThat(window.getResources("V", SQL)).extracting(LoadableResource::getFilename)
                .containsExactly("V1__create_users.sql", "V1_1__add_email.sql", "V2__audit_log.sql");
        assertThat(resources.all().getResources("V", SQL)).extracting(LoadableResource::getFilename)
                .containsExactly("V1__create_users.sql", "V1_1__add_email.sql", "V2__audit_log.sql",
                        "V10__index_user_names.sql");
    }

    @Test
    void counts_the_revisions_up_to_a_version() {
        assertThat(resources.versionsUpTo(Optional.empty())).isZero();
        assertThat(resources.versionsUpTo(Optional.of(RevisionVersion.from("1.1")))).isEqualTo(2);
        assertThat(resources.versionsUpTo(Optional.of(RevisionVersion.from("3")))).isEqualTo(3);
        assertThat(resources.versionsUpTo(Optional.of(RevisionVersion.from("10")))).isEqualTo(4);
    }
}
