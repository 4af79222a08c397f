package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.verifier.cli.StairwayCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code stairway plan} on the reference history: the SQL of an upgrade and of a downgrade, without a database. */
class ReferencePlanTest {

    /** The reference history's folder, relative to this module (Surefire's working directory). */
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static String plan(int expectedStatus, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = StairwayCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(err.toString()).isEmpty();
        assertThat(status).isEqualTo(expectedStatus);
        return out.toString();
    }

    private static String script(String path) throws IOException {
        return "\n-- " + path.replaceFirst("^\\w+/[VU](\\d+)__(\\w+)\\.sql$", "V$1 $2") + ": " + path + "\n"
                + Files.readString(MIGRATIONS.resolve(path));
    }

    @Test
    void the_upgrade_from_the_legacy_baseline_over_the_tag_move_prints_v15_and_v16_as_they_run() throws IOException {
        // WHEN planning the upgrade from V14 to V16 on PostgreSQL
        String plan = plan(StairwayCommand.HOLDS, "plan", "14", "16", MIGRATIONS.toString(), "--dialect",
                "postgresql");

        // THEN it is V15's script, then V16's, each after the line naming it
        assertThat(plan).isEqualTo("-- Upgrade from V14 to V16 on postgresql: 2 scripts\n"
                + script("postgresql/V15__hot_query_indexes.sql")
                + script("postgresql/V16__move_chat_tags_to_json.sql"));
    }

    @Test
    void the_downgrade_from_the_head_to_v29_prints_u32_and_u31_then_stops_at_the_irreversible_v30()
            throws IOException {
        // WHEN planning the downgrade from the head to V29 on SQLite
        String plan = plan(StairwayCommand.FINDINGS, "plan", "head", "29", MIGRATIONS.toString(), "--dialect",
                "sqlite");

        // THEN it is U32's script, then U31's, then why it cannot go below V30
        assertThat(plan).isEqualTo("-- Downgrade from V32 to V29 on sqlite: 2 scripts\n"
                + script("sqlite/U32__add_channel_member.sql")
                + script("sqlite/U31__model_access_control.sql")
                + "\n-- Stops here: V30 delete_orphaned_chats is irreversible (deletes the chats and memories of users"
                + " that no longer exist; the deleted rows cannot be brought back): a downgrade cannot go below V30\n");
    }
}
