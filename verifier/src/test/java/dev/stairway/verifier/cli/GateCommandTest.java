package dev.stairway.verifier.cli;

import static dev.stairway.verifier.cli.CommandRun.stairway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stairway.verifier.gate.GateCases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stairway gate}: exit status, a line per release per dialect, the summary and the report files. */
class GateCommandTest {

    @TempDir
    Path directory;

    @Test
    void gate_on_releases_that_hold_exits_0_with_a_line_per_release_per_dialect() {
        // GIVEN the shop's history with two releases, the second one with legacy installs
        Path shop = GateCases.copy("shop", directory).resolve("migrations");
        GateCases.release(shop, "1.0", "1");
        GateCases.release(shop, "2.0", "2", "../legacy");

        // WHEN gating it on both dialects
        CommandRun run = stairway("gate", shop.toString());

        // THEN it exits 0, each release holding on each dialect
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly(
                "sqlite: checking 2 releases: drift, upgrade, downgrade, legacy adoption",
                "  release 1.0 (V1) [sqlite] holds (N ms)",
                "  release 2.0 (V2) [sqlite] holds (N ms)",
                "postgresql: checking 2 releases: drift, upgrade, downgrade, legacy adoption",
                "  release 1.0 (V1) [postgresql] holds (N ms)",
                "  release 2.0 (V2) [postgresql] holds (N ms)",
                "",
                "All 2 releases hold on sqlite and postgresql (N ms).");
        assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
    }

    @Test
    void gate_with_findings_exits_1_lists_them_and_writes_them_in_the_report_files() throws IOException {
        // GIVEN a history whose V2 loses the customers' e-mail addresses, released at V1
        Path history = GateCases.copy("lost-email", directory);
        GateCases.release(history, "1.0", "1");
        Path reports = directory.resolve("reports");

        // WHEN gating it on SQLite with --report
        CommandRun run = stairway("gate", history.toString(), "--dialect", "sqlite", "--report", reports.toString());

        // THEN it exits 1, showing the findings under the release and in the summary
        String lost = "upgrade lost data: column customers.email: 3 values at V1 are not at V2:"
                + " customers(email='email-1069001'); customers(email='email-1069002'); customers(email='email-1069003')";
        String notBack = "downgrade lost data: customers.email: 3 values lost, e.g. id=1069001: 'email-1069001' → NULL;"
                + " compared with the rows as at V1 on the way up";
        assertThat(run.lines()).containsExactly(
                "sqlite: checking 1 release: drift, upgrade, downgrade, legacy adoption",
                "  release 1.0 (V1) [sqlite] FAILS (N ms)",
                "    FINDING " + lost,
                "    FINDING " + notBack,
                "",
                "2 finding(s) over 1 release on sqlite (N ms):",
                "  release 1.0 (V1) [sqlite]: " + lost,
                "  release 1.0 (V1) [sqlite]: " + notBack,
                "Report written to " + reports.resolve("report.json") + " and " + reports.resolve("report.md"));
        assertThat(run.status()).isEqualTo(StairwayCommand.FINDINGS);

        // AND report.json holds each release with its findings
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.get("report").asText()).isEqualTo("gate");
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(json.get("failures").asInt()).isEqualTo(2);
        JsonNode release = json.get("releases").get(0);
        assertThat(release.get("release").asText()).isEqualTo("release 1.0 (V1)");
        assertThat(release.get("version").asText()).isEqualTo("1");
        assertThat(release.get("dialect").asText()).isEqualTo("sqlite");
        List<String> kinds = new ArrayList<>();
        release.get("findings").forEach(finding -> kinds.add(finding.get("kind").asText()));
        assertThat(kinds).containsExactly("upgrade lost data", "downgrade lost data");
        assertThat(release.get("findings").get(0).get("message").asText())
                .isEqualTo("release 1.0 (V1) [sqlite]: " + lost);

        // AND report.md has a row per release and every finding
        List<String> markdown = Files.readAllLines(reports.resolve("report.md"));
        assertThat(markdown.get(0)).isEqualTo("# Stairway release gate");
        assertThat(markdown).contains("| release 1.0 (V1) | sqlite | " + release.get("elapsedMillis").asLong()
                + " | upgrade lost data, downgrade lost data |",
                "- **upgrade lost data** at release 1.0 (V1) [sqlite]",
                "  - column customers.email: 3 values at V1 are not at V2: customers(email='email-1069001');"
                        + " customers(email='email-1069002'); customers(email='email-1069003')");
    }

    @Test
    void gate_on_a_folder_without_releases_exits_2_saying_how_to_record_one() {
        // GIVEN the shop's history with no releases file
        Path shop = GateCases.copy("shop", directory).resolve("migrations");

        // WHEN gating it
        CommandRun run = stairway("gate", shop.toString());

        // THEN nothing is checked
        assertThat(run.err()).isEqualTo("stairway gate: Invalid migration history at " + shop + ":"
                + " no releases declared: expected a file " + shop.resolve("releases") + " listing them. Record one"
                + " with 'stairway release <name> " + shop + "'.\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
    }

    @Test
    void sigterm_ends_the_gate_with_a_report_marked_interrupted_exit_143_and_no_invented_finding()
            throws IOException, InterruptedException {
        // GIVEN a stairway process gating a history whose V2 runs an endless query once its table holds rows,
        // released at V1, with the default time limit
        Path history = GateCases.copy("slow-upgrade", directory);
        GateCases.release(history, "1.0", "1");
        Path reports = directory.resolve("reports");
        Process stairway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StairwayCommand.class.getName(), "gate",
                history.toString(), "--report", reports.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stairway.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line.replaceAll("\\d+ ms", "N ms"));
                if (line.startsWith("sqlite: checking")) {
                    // WHEN it is sent SIGTERM while the upgrade from 1.0 runs V2's endless query
                    Thread.sleep(4000);
                    stairway.toHandle().destroy(); // SIGTERM, leaving our end of its output open
                }
            }
        } finally {
            if (!stairway.waitFor(60, TimeUnit.SECONDS)) {
                stairway.destroyForcibly();
            }
        }

        // THEN it ends with status 143 and a summary that says so, without a finding
        assertThat(stairway.exitValue()).isEqualTo(143);
        assertThat(lines).containsExactly(
                "sqlite: checking 1 release: drift, upgrade, downgrade, legacy adoption",
                "",
                "Interrupted after 0 release check(s) on sqlite and postgresql (N ms); 0 finding(s) so far.",
                "Report written to " + reports.resolve("report.json") + " and " + reports.resolve("report.md"));

        // AND the reports are marked interrupted and hold no finding
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.get("interrupted").asBoolean()).isTrue();
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(json.get("failures").asInt()).isZero();
        assertThat(json.get("releases")).isEmpty();
        assertThat(Files.readAllLines(reports.resolve("report.md"))).contains(
                "Verdict: interrupted, 0 finding(s) so far  ");
    }
}
