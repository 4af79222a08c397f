package dev.stairway.verifier.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeverRunNamesTest {

    @Test
    void names_flyway_runs_or_that_are_no_migrations_get_no_warning() {
        assertThat(NeverRunNames.warning("sqlite/V1__init.sql")).isEmpty();
        assertThat(NeverRunNames.warning("common/U1_2__add_email.sql")).isEmpty();
        assertThat(NeverRunNames.warning("sqlite/R__views.sql")).isEmpty();
        assertThat(NeverRunNames.warning("sqlite/views.sql")).isEmpty();
        assertThat(NeverRunNames.warning("sqlite/version_notes.sql")).isEmpty();
        assertThat(NeverRunNames.warning("sqlite/V1__init.txt")).isEmpty();
        assertThat(NeverRunNames.warning("sqlite/beforeMigrate.sql")).isEmpty();
    }

    @Test
    void every_near_miss_in_a_name_is_named_with_the_name_that_would_run() {
        assertThat(NeverRunNames.warning("common/u1_2_add_email.SQL")).contains("common/u1_2_add_email.SQL looks like"
                + " a migration but is never run: Flyway needs an upper-case U prefix and two underscores between"
                + " version and name and the suffix .sql in lower case. Rename it to U1_2__add_email.sql if it should"
                + " run, or move it out of the migration folders.");
        assertThat(NeverRunNames.warning("sqlite/r_views.sql")).contains("sqlite/r_views.sql looks like a migration"
                + " but is never run: Flyway needs an upper-case R prefix and two underscores between prefix and name."
                + " Rename it to R__views.sql if it should run, or move it out of the migration folders.");
    }

    @Test
    void a_version_with_no_name_is_a_near_miss_too() {
        assertThat(NeverRunNames.warning("sqlite/V7.sql")).contains("sqlite/V7.sql looks like a migration but is"
                + " never run: Flyway needs two underscores and a name after the version. Rename it to"
                + " V7__<name>.sql if it should run, or move it out of the migration folders.");
    }
}
