package dev.stairway.verifier.cli;

import static dev.stairway.verifier.cli.CommandRun.stairway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stairway verify}: exit status, progress lines, summary, reports and usage errors, on real databases. */
class VerifyCommandTest {

    private static final String WALK = "src/test/resources/walk/";

    private static String walked(String revision) {
        return "  " + revision + " seed N ms, check N ms, up N ms, down N ms, re-up N ms schema ok, data ok";
    }

    /** A revision walked on PostgreSQL, its locks measured before the up and the undo: {@code locks} in brief. */
    private static String walkedMeasured(String revision, String locks) {
        return "  " + revision + " seed N ms, check N ms, locks N ms, up N ms, down N ms, re-up N ms schema ok,"
                + " data ok, " + locks;
    }

    @Test
    void verify_on_a_clean_history_exits_0_with_a_line_per_revision_per_dialect_and_a_summary() {
        // GIVEN the clean history

        // WHEN verifying it on both dialects
        CommandRun run = stairway("verify", WALK + "clean");

        // THEN it exits 0, printing each revision as walked and the verdict
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly(
                "sqlite: walking 3 revisions up, down and up again",
                walked("V1 create_authors [sqlite]"),
                walked("V2 create_books [sqlite]"),
                walked("V3 copy_author_names [sqlite]"),
                "postgresql: walking 3 revisions up, down and up again",
                walkedMeasured("V1 create_authors [postgresql]", "locks ok"),
                walkedMeasured("V2 create_books [postgresql]", "locks ok"),
                walkedMeasured("V3 copy_author_names [postgresql]", "locks ok (1 accepted)"),
                "",
                "All 3 revisions hold on sqlite and postgresql (N ms).");
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
    }

    @Test
    void dialect_option_walks_only_that_dialect() {
        // GIVEN the clean history

        // WHEN verifying it on SQLite only
        CommandRun run = stairway("verify", WALK + "clean", "--dialect", "sqlite");

        // THEN nothing is walked on PostgreSQL
        assertThat(run.lines()).containsExactly(
                "sqlite: walking 3 revisions up, down and up again",
                walked("V1 create_authors [sqlite]"),
                walked("V2 create_books [sqlite]"),
                walked("V3 copy_author_names [sqlite]"),
                "",
                "All 3 revisions hold on sqlite (N ms).");
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
    }

    @Test
    void verify_on_a_broken_history_exits_1_listing_the_findings_and_writes_both_reports(@TempDir Path directory)
            throws IOException {
        // GIVEN a history whose V2 undo leaves an index, and a report folder that does not exist yet
        Path reports = directory.resolve("reports");

        // WHEN verifying it on both dialects with --report
        CommandRun run = stairway("verify", WALK + "leftover-index", "--report", reports.toString());

        // THEN it exits 1, shows the finding under its revision as it goes and lists all in the summary
        String finding = "schema not restored: index books_isbn_idx is still present (expected absent, as at V1)";
        assertThat(run.lines()).containsExactly(
                "sqlite: walking 2 revisions up, down and up again",
                walked("V1 create_books [sqlite]"),
                "  V2 index_books [sqlite] seed N ms, check N ms, up N ms, down N ms, re-up N ms schema DIFFERS,"
                        + " data ok",
                "    FINDING " + finding,
                "postgresql: walking 2 revisions up, down and up again",
                walkedMeasured("V1 create_books [postgresql]", "locks ok"),
                "  V2 index_books [postgresql] seed N ms, check N ms, locks N ms, up N ms, down N ms, re-up N ms"
                        + " schema DIFFERS, data ok, locks: index-without-concurrently",
                "    FINDING " + finding,
                "    notice locks:",
                "      index-without-concurrently at up line 1: index books_title_idx built on existing table books"
                        + " (3 rows) holding SHARE, which blocks writes while it builds",
                "      index-without-concurrently at up line 2: index books_isbn_idx built on existing table books"
                        + " (3 rows) holding SHARE, which blocks writes while it builds",
                "",
                "2 finding(s); walked 2 of 2 revisions on sqlite and postgresql (N ms):",
                "  V2 index_books [sqlite]: " + finding,
                "  V2 index_books [postgresql]: " + finding,
                "  notice: V2 index_books [postgresql]: locks: index-without-concurrently at up line 1: index"
                        + " books_title_idx built on existing table books (3 rows) holding SHARE, which blocks writes"
                        + " while it builds; index-without-concurrently at up line 2: index books_isbn_idx built on"
                        + " existing table books (3 rows) holding SHARE, which blocks writes while it builds",
                "Report written to " + reports.resolve("report.json") + ", " + reports.resolve("report.md") + " and "
                        + reports.resolve("report.html"));
        assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);

        // AND report.json holds every revision, dialect, step timing and finding
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.get("migrations").asText()).isEqualTo(WALK + "leftover-index");
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(json.get("failures").asInt()).isEqualTo(2);
        assertThat(texts(json.get("dialects"))).containsExactly("sqlite", "postgresql");
        JsonNode revisions = json.get("revisions");
        assertThat(revisions).hasSize(4);
        List<String> walkedRevisions = new ArrayList<>();
        for (JsonNode revision : revisions) {
            walkedRevisions.add("V" + revision.get("version").asText() + " " + revision.get("description").asText()
                    + " [" + revision.get("dialect").asText() + "] holds " + revision.get("holds").asBoolean());
            boolean postgresql = revision.get("dialect").asText().equals("postgresql");
            assertThat(names(revision.get("stepMillis"))).containsExactlyElementsOf(postgresql
                    ? List.of("seed", "check", "locks", "up", "down", "re-up")
                    : List.of("seed", "check", "up", "down", "re-up"));
            assertThat(revision.get("stepMillis").get("up").isIntegralNumber()).isTrue();
            assertThat(revision.has("locks")).isEqualTo(postgresql);
        }
        JsonNode measured = revisions.get(3).get("locks").get("up");
        assertThat(measured.get("script").asText()).isEqualTo("postgresql/V2__index_books.sql");
        assertThat(measured.get("transactional").asBoolean()).isTrue();
        assertThat(measured.get("statements").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(measured.get("statements").get(0).get("locks")).anySatisfy(lock -> {
            assertThat(lock.get("relation").asText()).isEqualTo("books");
            assertThat(lock.get("mode").asText()).isEqualTo("SHARE");
            assertThat(lock.get("existedBefore").asBoolean()).isTrue();
            assertThat(lock.get("heldMillis").isNumber()).isTrue();
        });
        assertThat(measured.get("verdicts")).extracting(verdict -> verdict.get("code").asText() + " line "
                + verdict.get("line").asInt()).containsExactly("index-without-concurrently line 1",
                        "index-without-concurrently line 2");
        assertThat(walkedRevisions).containsExactly("V1 create_books [sqlite] holds true",
                "V2 index_books [sqlite] holds false", "V1 create_books [postgresql] holds true",
                "V2 index_books [postgresql] holds false");
        JsonNode sqliteFinding = revisions.get(1).get("findings").get(0);
        assertThat(revisions.get(1).get("findings")).hasSize(1);
        assertThat(sqliteFinding.get("revision").asText()).isEqualTo("V2 index_books");
        assertThat(sqliteFinding.get("dialect").asText()).isEqualTo("sqlite");
        assertThat(sqliteFinding.get("kind").asText()).isEqualTo("schema not restored");
        assertThat(sqliteFinding.get("failure").asBoolean()).isTrue();
        assertThat(texts(sqliteFinding.get("details")))
                .containsExactly("index books_isbn_idx is still present (expected absent, as at V1)");
        assertThat(sqliteFinding.get("message").asText()).isEqualTo("V2 index_books [sqlite]: " + finding);
        assertThat(revisions.get(3).get("findings").get(0).get("message").asText())
                .isEqualTo("V2 index_books [postgresql]: " + finding);
        assertThat(json.get("parityFindings")).isEmpty();

        // AND report.md has the verdict, a table row per revision per dialect and the findings
        List<String> markdown = Files.readAllLines(reports.resolve("report.md")).stream()
                .map(line -> line.replaceAll("\\| \\d+ (?=\\|)", "| N ").replaceAll("\\d+ ms", "N ms")).toList();
        assertThat(markdown).containsExactly(
                "# Stairway verification",
                "",
                "Migrations: `" + WALK + "leftover-index`  ",
                "Dialects: sqlite, postgresql  ",
                "Verdict: 2 finding(s)  ",
                "Walked: 2 of 2 revisions on sqlite and postgresql  ",
                "Elapsed: N ms",
                "",
                "| revision | dialect | up ms | down ms | re-up ms | verdict |",
                "|---|---|---:|---:|---:|---|",
                "| V1 create_books | sqlite | N | N | N | holds |",
                "| V2 index_books | sqlite | N | N | N | schema not restored |",
                "| V1 create_books | postgresql | N | N | N | holds |",
                "| V2 index_books | postgresql | N | N | N | schema not restored, locks |",
                "",
                "## Locks and rewrites (PostgreSQL)",
                "",
                "| revision | script | line | verdict | what was measured |",
                "|---|---|---:|---|---|",
                "| V2 index_books | up | N | `index-without-concurrently` | index books_title_idx built on existing"
                        + " table books (3 rows) holding SHARE, which blocks writes while it builds |",
                "| V2 index_books | up | N | `index-without-concurrently` | index books_isbn_idx built on existing"
                        + " table books (3 rows) holding SHARE, which blocks writes while it builds |",
                "",
                "## Findings",
                "",
                "- **schema not restored** at V2 index_books [sqlite]",
                "  - index books_isbn_idx is still present (expected absent, as at V1)",
                "- **schema not restored** at V2 index_books [postgresql]",
                "  - index books_isbn_idx is still present (expected absent, as at V1)",
                "- locks at V2 index_books [postgresql]",
                "  - index-without-concurrently at up line 1: index books_title_idx built on existing table books"
                        + " (3 rows) holding SHARE, which blocks writes while it builds",
                "  - index-without-concurrently at up line 2: index books_isbn_idx built on existing table books"
                        + " (3 rows) holding SHARE, which blocks writes while it builds");
    }

    @Test
    void locks_finding_makes_the_verdicts_a_revision_does_not_accept_fail() {
        // GIVEN a history whose V3 sets NOT NULL on a column of a table with rows, and accepts nothing

        // WHEN verifying it on PostgreSQL with --locks finding
        CommandRun run = stairway("verify", "src/test/resources/locks/measured", "--dialect", "postgresql", "--locks",
                "finding");

        // THEN it exits 1, and the summary lists the verdicts as findings
        assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);
        assertThat(run.lines()).contains("  V3 email_not_null [postgresql]: locks: not-null-by-scan at up line 1: SET"
                + " NOT NULL on account.email scans existing table account (3 rows) holding ACCESS EXCLUSIVE, which"
                + " blocks reads and writes");
        assertThat(run.out()).doesNotContain("  V7 email_length [postgresql]: locks");
    }

    @Test
    void an_unknown_lock_policy_is_refused_naming_the_accepted_ones() {
        CommandRun run = stairway("verify", WALK + "clean", "--locks", "strict");

        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err()).isEqualTo("stairway verify: Unknown lock policy 'strict' in --locks: expected one of off,"
                + " notice, finding. Fix --locks." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_folder_is_required() {
        // WHEN verify is given no folder
        CommandRun run = stairway("verify");

        // THEN it exits 2 and says what is missing, with the usage
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("Missing required parameter: '<folder>'")
                .contains("Usage: stairway verify [-hV] [--locks=notice|finding|off]");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_dialect_is_refused_naming_the_accepted_ones() {
        // WHEN verify is asked for --dialect oracle
        CommandRun run = stairway("verify", WALK + "clean", "--dialect", "oracle");

        // THEN it exits 2 and names the dialects it accepts
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err()).isEqualTo("stairway verify: Unknown dialect 'oracle': expected one of sqlite,"
                + " postgresql. Fix the dialect name where it is configured." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_postgresql_version_that_is_not_a_major_version_is_refused() {
        // WHEN verify is asked for --postgresql-version seventeen
        CommandRun run = stairway("verify", WALK + "clean", "--postgresql-version", "seventeen");

        // THEN it exits 2 before walking, saying what a version looks like
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("stairway verify: PostgreSQL version 'seventeen' in --postgresql-version")
                .contains(" is not a major version: expected a number such as 16, 17 or 18.")
                .doesNotContain("stairway.postgresql.version");
    }

    @Test
    void a_history_with_bad_file_names_exits_2_with_every_problem_on_err() {
        // GIVEN a history with sqlite/V1_init.sql and an undo with no up

        // WHEN verifying it
        CommandRun run = stairway("verify", WALK + "bad-names");

        // THEN it exits 2 before walking anything, and err names each problem
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "stairway verify: Invalid migration history at " + WALK + "bad-names: 2 problems",
                " - sqlite/U3__gone.sql: undo of version 3, but there is no V3__<name>.sql in sqlite/ or common/:"
                        + " expected an up migration for every undo. Add the up migration or remove the undo.",
                " - sqlite/V1_init.sql looks like a migration but is never run: Flyway needs two underscores between"
                        + " version and name. Rename it to V1__init.sql if it should run, or move it out of the"
                        + " migration folders.");
    }

    @Test
    void a_folder_that_does_not_exist_exits_2_saying_where_it_looked() {
        // WHEN verifying a folder that is not there
        CommandRun run = stairway("verify", WALK + "no-such-history", "--dialect", "sqlite");

        // THEN it exits 2 and says what it expected
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err()).isEqualTo("stairway verify: Invalid migration history at " + WALK + "no-such-history:"
                + " no such folder (looked at " + Path.of(WALK + "no-such-history").toAbsolutePath() + "); expected a"
                + " folder holding sqlite/ and postgresql/ (and optionally common/). Check the path."
                + System.lineSeparator());
    }

    @Test
    void postgresql_url_walks_on_that_server_and_never_prints_its_password() throws IOException {
        // GIVEN a PostgreSQL server the user runs, known to Stairway only by its URL with a password
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String password = "s3cret-Pa55";
            String url = "postgres://postgres:" + password + "@localhost:" + server.getPort() + "/postgres";

            // WHEN verifying a history whose V2 up fails, on PostgreSQL at that URL
            CommandRun run = stairway("verify", WALK + "broken-up", "--dialect", "postgresql", "--postgresql-url", url);

            // THEN the walk ran on that server (the failure names a database there), and the password shows nowhere
            assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);
            assertThat(run.lines()).contains("postgresql: walking 3 revisions up, down and up again",
                    walkedMeasured("V1 create_people [postgresql]", "locks ok"));
            assertThat(run.out()).containsPattern("Up migration postgresql/V2__create_pets.sql failed on postgresql"
                    + " database stairway_\\w+ \\(jdbc:postgresql://localhost:" + server.getPort()
                    + "/stairway_\\w+\\?[^)]*password=\\*\\*\\*\\*[^)]*\\) at line 4");
            assertThat(run.out() + run.err()).doesNotContain(password);
        }
    }

    @Test
    void a_postgresql_url_that_refuses_exits_2_naming_host_and_port_but_not_the_password() throws IOException {
        // GIVEN a URL with a password, on a port where no server listens
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String password = "s3cret-Pa55";
        String url = "postgres://postgres:" + password + "@localhost:" + port + "/postgres";

        // WHEN verifying on PostgreSQL at that URL
        CommandRun run = stairway("verify", WALK + "clean", "--dialect", "postgresql", "--postgresql-url", url);

        // THEN nothing was verified: exit 2, the host and port named, the option named, the password nowhere
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.err()).isEqualTo("stairway verify: could not verify: Could not connect to the external"
                + " PostgreSQL server at localhost:" + port + " (database postgres, user postgres, from --postgresql-url):"
                + " Connection to localhost:" + port + " refused. Check that the hostname and port are correct and that"
                + " the postmaster is accepting TCP/IP connections. Start the server, or fix --postgresql-url."
                + System.lineSeparator());
        assertThat(run.out() + run.err()).doesNotContain(password);
    }

    @Test
    void a_postgresql_url_from_the_environment_that_refuses_names_the_variable_but_not_the_password()
            throws Exception {
        // GIVEN a URL with a password in STAIRWAY_POSTGRESQL_URL, on a port where no server listens
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String password = "s3cret-Pa55";
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StairwayCommand.class.getName(), "verify",
                WALK + "clean", "--dialect", "postgresql");
        command.environment().put("STAIRWAY_POSTGRESQL_URL", "postgres://postgres:" + password + "@localhost:" + port
                + "/postgres");
        command.environment().put("STAIRWAY_POSTGRESQL_PROVIDER", "external");

        // WHEN the command line verifies on PostgreSQL, the URL coming from the environment
        Process process = command.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // THEN it exits 2 naming the environment variable, not an option or a property, and not the password
        assertThat(process.exitValue()).as(out + err).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(err.lines()).contains("stairway verify: could not verify: Could not connect to the external"
                + " PostgreSQL server at localhost:" + port + " (database postgres, user postgres, from environment"
                + " variable STAIRWAY_POSTGRESQL_URL): Connection to localhost:" + port + " refused. Check that the"
                + " hostname and port are correct and that the postmaster is accepting TCP/IP connections. Start the"
                + " server, or fix STAIRWAY_POSTGRESQL_URL.");
        assertThat(out + err).doesNotContain(password);
    }

    @Test
    void a_file_named_almost_like_a_migration_is_warned_about_first_and_in_the_reports(@TempDir Path directory)
            throws IOException {
        // GIVEN the clean history with sqlite/v4__lower.sql, which Flyway never runs
        Path history = BadInputTest.cleanHistory(directory.resolve("history"));
        Files.writeString(history.resolve("sqlite/v4__lower.sql"), "DROP TABLE authors;\n");
        Path reports = directory.resolve("reports");

        // WHEN verifying it on SQLite
        CommandRun run = stairway("verify", history.toString(), "--dialect", "sqlite", "--report",
                reports.toString());

        // THEN the warning comes first, the walk goes on over the three revisions, and it holds
        String warning = "sqlite/v4__lower.sql looks like a migration but is never run: Flyway needs an upper-case V"
                + " prefix. Rename it to V4__lower.sql if it should run, or move it out of the migration folders.";
        assertThat(run.lines()).containsExactly(
                "warning: " + warning,
                "sqlite: walking 3 revisions up, down and up again",
                walked("V1 create_authors [sqlite]"),
                walked("V2 create_books [sqlite]"),
                walked("V3 copy_author_names [sqlite]"),
                "",
                "All 3 revisions hold on sqlite (N ms).",
                "Report written to " + reports.resolve("report.json") + ", " + reports.resolve("report.md") + " and "
                        + reports.resolve("report.html"));
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);

        // AND the JSON and Markdown reports carry it
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(texts(json.get("warnings"))).containsExactly(warning);
        assertThat(Files.readString(reports.resolve("report.md"))).contains("\n## Warnings\n\n- " + warning + "\n");
    }

    @Test
    void a_step_timeout_that_is_not_a_duration_is_refused_naming_the_option() {
        // WHEN verify is asked for --step-timeout soon
        CommandRun run = stairway("verify", WALK + "clean", "--step-timeout", "soon");

        // THEN it exits 2 before walking, naming the option and what a duration looks like
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("stairway verify: Step timeout 'soon' in --step-timeout is not a duration:"
                + " expected a number with ms, s, m or h, such as 120s or 5m (a bare number is seconds). Fix"
                + " --step-timeout." + System.lineSeparator());
    }

    @Test
    void sigterm_ends_the_run_with_a_report_marked_interrupted_and_no_invented_finding(@TempDir Path directory)
            throws IOException, InterruptedException {
        // GIVEN a stairway process walking a history whose U2 runs an endless query, with the default time limit
        Path reports = directory.resolve("reports");
        Process stairway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StairwayCommand.class.getName(), "verify",
                WALK + "slow-steps", "--report", reports.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stairway.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line.replaceAll("\\d+ ms", "N ms").replaceAll("(?<=\\S) {2,}", " "));
                if (line.startsWith("  V1 create_t [sqlite]")) {
                    // WHEN it is sent SIGTERM while V2's undo runs
                    Thread.sleep(2000);
                    stairway.toHandle().destroy(); // SIGTERM, leaving our end of its output open
                }
            }
        } finally {
            if (!stairway.waitFor(60, TimeUnit.SECONDS)) {
                stairway.destroyForcibly();
            }
        }

        // THEN it ends with status 143, V2 onwards listed as not walked, a summary that says so, and no finding
        assertThat(stairway.exitValue()).isEqualTo(143);
        String interrupted = " NOT WALKED: the run was interrupted";
        assertThat(lines).containsExactly(
                "sqlite: walking 4 revisions up, down and up again",
                walked("V1 create_t [sqlite]"),
                "  V2 index_names [sqlite]" + interrupted,
                "  V3 wait_forever [sqlite]" + interrupted,
                "  V4 create_tags [sqlite]" + interrupted,
                "postgresql: walking 4 revisions up, down and up again",
                "  V1 create_t [postgresql]" + interrupted,
                "  V2 index_names [postgresql]" + interrupted,
                "  V3 wait_forever [postgresql]" + interrupted,
                "  V4 create_tags [postgresql]" + interrupted,
                "",
                "Interrupted: walked 1 of 4 revisions on sqlite and 0 of 4 on postgresql (N ms); 0 finding(s) so far.",
                "Report written to " + reports.resolve("report.json") + ", " + reports.resolve("report.md") + " and "
                        + reports.resolve("report.html"));

        // AND the reports are marked interrupted, list every revision not reached, and hold no finding
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.get("interrupted").asBoolean()).isTrue();
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(json.get("failures").asInt()).isZero();
        assertThat(json.get("walked").asInt()).isEqualTo(1);
        assertThat(json.get("notWalked")).hasSize(7);
        assertThat(json.get("revisions").get(0).get("findings")).isEmpty();
        assertThat(Files.readAllLines(reports.resolve("report.md"))).contains(
                "Verdict: interrupted, 0 finding(s) so far  ",
                "| V2 index_names | sqlite | – | – | – | not walked: the run was interrupted |");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = object.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }
}
