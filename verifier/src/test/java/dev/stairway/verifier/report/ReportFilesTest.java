package dev.stairway.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.RevisionVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and Markdown renderings of a small hand-made report, and the files they are written to. */
class ReportFilesTest {

    private static StepTiming step(Step step, long millis) {
        return new StepTiming(step, Duration.ofMillis(millis));
    }

    /**
     * Two revisions on two dialects: V1 holds everywhere, V2 is irreversible on SQLite and its undo leaves a
     * column on PostgreSQL (whose re-up was never reached), and the dialects diverge at V2.
     */
    private static VerificationReport report() {
        Finding irreversible = Finding.on("V2 add_flags", Dialect.SQLITE, FindingKind.IRREVERSIBLE,
                List.of("drops the old flags"));
        Finding leftover = Finding.on("V2 add_flags", Dialect.POSTGRESQL, FindingKind.SCHEMA_NOT_RESTORED,
                List.of("column flags.a|b is still present (expected absent, as at V1)"));
        Finding diverge = Finding.onBoth("V2 add_flags", FindingKind.DIALECTS_DIVERGE,
                List.of("column flags.note exists in postgresql but not in sqlite"));
        List<RevisionResult> results = List.of(
                new RevisionResult(RevisionVersion.from("1"), "create_flags", Dialect.SQLITE,
                        List.of(step(Step.SEED, 1), step(Step.CHECK, 2), step(Step.UP, 3), step(Step.DOWN, 4), step(Step.RE_UP, 5)),
                        List.of()),
                new RevisionResult(RevisionVersion.from("2"), "add_flags", Dialect.SQLITE,
                        List.of(step(Step.SEED, 1), step(Step.CHECK, 2), step(Step.UP, 6)), List.of(irreversible)),
                new RevisionResult(RevisionVersion.from("1"), "create_flags", Dialect.POSTGRESQL,
                        List.of(step(Step.SEED, 7), step(Step.CHECK, 8), step(Step.UP, 9), step(Step.DOWN, 10), step(Step.RE_UP, 11)),
                        List.of()),
                new RevisionResult(RevisionVersion.from("2"), "add_flags", Dialect.POSTGRESQL,
                        List.of(step(Step.SEED, 12), step(Step.CHECK, 13), step(Step.UP, 14), step(Step.DOWN, 15)),
                        List.of(leftover)));
        return new VerificationReport("db/migration", List.of(Dialect.SQLITE, Dialect.POSTGRESQL), results,
                List.of(diverge), Duration.ofMillis(1234));
    }

    @Test
    void markdown_has_the_verdict_a_row_per_revision_per_dialect_and_every_finding() {
        // GIVEN a report with a notice, a failure and a parity finding

        // WHEN rendering it as Markdown
        String markdown = ReportFiles.markdown(report());

        // THEN people read the verdict, the timings per step (– for steps not run), and each finding
        assertThat(markdown.lines()).containsExactly(
                "# Stairway verification",
                "",
                "Migrations: `db/migration`  ",
                "Dialects: sqlite, postgresql  ",
                "Verdict: 2 finding(s)  ",
                "Walked: 2 of 2 revisions on sqlite and postgresql  ",
                "Elapsed: 1234 ms",
                "",
                "| revision | dialect | up ms | down ms | re-up ms | verdict |",
                "|---|---|---:|---:|---:|---|",
                "| V1 create_flags | sqlite | 3 | 4 | 5 | holds |",
                "| V2 add_flags | sqlite | 6 | – | – | irreversible |",
                "| V1 create_flags | postgresql | 9 | 10 | 11 | holds |",
                "| V2 add_flags | postgresql | 14 | 15 | – | schema not restored |",
                "",
                "## Findings",
                "",
                "- irreversible at V2 add_flags [sqlite]",
                "  - drops the old flags",
                "- **schema not restored** at V2 add_flags [postgresql]",
                "  - column flags.a\\|b is still present (expected absent, as at V1)",
                "- **dialects diverge** at V2 add_flags [sqlite, postgresql]",
                "  - column flags.note exists in postgresql but not in sqlite");
    }

    @Test
    void markdown_of_a_report_that_holds_says_so_and_lists_no_findings() {
        // GIVEN a report of one revision that holds
        VerificationReport holds = new VerificationReport("classpath:db/migration", List.of(Dialect.SQLITE),
                List.of(report().results().get(0)), List.of(), Duration.ofMillis(40));

        // WHEN rendering it as Markdown
        List<String> lines = ReportFiles.markdown(holds).lines().toList();

        // THEN the verdict says everything holds
        assertThat(lines).contains(
                "Verdict: every revision goes up, down and up again with schema and data intact  ",
                "| V1 create_flags | sqlite | 3 | 4 | 5 | holds |");
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly("## Findings", "", "None.");
    }

    @Test
    void json_holds_every_revision_dialect_step_timing_and_finding() throws IOException {
        // GIVEN the same report

        // WHEN rendering it as JSON
        JsonNode json = new ObjectMapper().readTree(ReportFiles.json(report()));

        // THEN machines read all of it
        JsonNode expected = new ObjectMapper().readTree("""
                {
                  "migrations": "db/migration",
                  "holds": false,
                  "interrupted": false,
                  "walked": 4,
                  "revisionCount": 4,
                  "elapsedMillis": 1234,
                  "dialects": ["sqlite", "postgresql"],
                  "failures": 2,
                  "revisions": [
                    {"version": "1", "description": "create_flags", "dialect": "sqlite", "holds": true,
                     "stepMillis": {"seed": 1, "check": 2, "up": 3, "down": 4, "re-up": 5}, "findings": []},
                    {"version": "2", "description": "add_flags", "dialect": "sqlite", "holds": true,
                     "stepMillis": {"seed": 1, "check": 2, "up": 6},
                     "findings": [{"revision": "V2 add_flags", "dialect": "sqlite", "kind": "irreversible",
                                   "failure": false, "details": ["drops the old flags"],
                                   "message": "V2 add_flags [sqlite]: irreversible: drops the old flags"}]},
                    {"version": "1", "description": "create_flags", "dialect": "postgresql", "holds": true,
                     "stepMillis": {"seed": 7, "check": 8, "up": 9, "down": 10, "re-up": 11}, "findings": []},
                    {"version": "2", "description": "add_flags", "dialect": "postgresql", "holds": false,
                     "stepMillis": {"seed": 12, "check": 13, "up": 14, "down": 15},
                     "findings": [{"revision": "V2 add_flags", "dialect": "postgresql",
                                   "kind": "schema not restored", "failure": true,
                                   "details": ["column flags.a|b is still present (expected absent, as at V1)"],
                                   "message": "V2 add_flags [postgresql]: schema not restored: column flags.a|b is still present (expected absent, as at V1)"}]}
                  ],
                  "notWalked": [],
                  "parityFindings": [
                    {"revision": "V2 add_flags", "dialect": "both", "kind": "dialects diverge", "failure": true,
                     "details": ["column flags.note exists in postgresql but not in sqlite"],
                     "message": "V2 add_flags [sqlite, postgresql]: dialects diverge: column flags.note exists in postgresql but not in sqlite"}
                  ],
                  "warnings": []
                }
                """);
        assertThat(json).isEqualTo(expected);
        List<String> steps = iterable(json.get("revisions").get(0).get("stepMillis").fieldNames());
        assertThat(steps).containsExactly("seed", "check", "up", "down", "re-up");
    }

    @Test
    void an_interrupted_report_says_so_and_lists_every_revision_not_walked_on_each_dialect() throws IOException {
        // GIVEN a run interrupted after SQLite's V1: SQLite's V2 and both PostgreSQL revisions were not reached
        RevisionResult walked = report().results().get(0);
        VerificationReport interrupted = new VerificationReport("db/migration",
                List.of(Dialect.SQLITE, Dialect.POSTGRESQL), List.of(walked), List.of(
                        new NotWalked(RevisionVersion.from("2"), "add_flags", Dialect.SQLITE, "the run was interrupted"),
                        new NotWalked(RevisionVersion.from("1"), "create_flags", Dialect.POSTGRESQL,
                                "the run was interrupted"),
                        new NotWalked(RevisionVersion.from("2"), "add_flags", Dialect.POSTGRESQL,
                                "the run was interrupted")),
                List.of(), true, Duration.ofMillis(50));

        // WHEN rendering it
        List<String> markdown = ReportFiles.markdown(interrupted).lines().toList();
        JsonNode json = new ObjectMapper().readTree(ReportFiles.json(interrupted));

        // THEN both say it was interrupted, count what was walked, and list each revision not walked, none missing
        assertThat(interrupted.holds()).isFalse();
        assertThat(markdown).contains(
                "Verdict: interrupted, 0 finding(s) so far  ",
                "Walked: 1 of 2 revisions on sqlite and 0 of 2 on postgresql  ",
                "| V1 create_flags | sqlite | 3 | 4 | 5 | holds |",
                "| V2 add_flags | sqlite | – | – | – | not walked: the run was interrupted |",
                "| V1 create_flags | postgresql | – | – | – | not walked: the run was interrupted |",
                "| V2 add_flags | postgresql | – | – | – | not walked: the run was interrupted |");
        assertThat(json.get("interrupted").asBoolean()).isTrue();
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(json.get("walked").asInt()).isEqualTo(1);
        assertThat(json.get("revisionCount").asInt()).isEqualTo(4);
        assertThat(json.get("notWalked").get(0)).isEqualTo(new ObjectMapper().readTree("""
                {"version": "2", "description": "add_flags", "dialect": "sqlite", "reason": "the run was interrupted"}
                """));
        assertThat(json.get("notWalked")).hasSize(3);
    }

    @Test
    void write_creates_the_directory_and_both_files(@TempDir Path directory) throws IOException {
        // GIVEN a report folder that does not exist yet
        Path reports = directory.resolve("build/stairway");

        // WHEN writing the report there
        ReportFiles.write(report(), reports);

        // THEN it holds report.json and report.md, the same as their renderings
        assertThat(Files.readString(reports.resolve(ReportFiles.JSON))).isEqualTo(ReportFiles.json(report()));
        assertThat(Files.readString(reports.resolve(ReportFiles.MARKDOWN))).isEqualTo(ReportFiles.markdown(report()));
    }

    @Test
    void write_into_a_place_that_is_a_file_says_which_and_how_to_fix(@TempDir Path directory) throws IOException {
        // GIVEN a path that is a file, not a folder
        Path file = Files.writeString(directory.resolve("taken"), "not a folder");

        // WHEN writing the report there
        // THEN the error names the place and the fix
        assertThatThrownBy(() -> ReportFiles.write(report(), file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Could not write the report into " + file + ": ")
                .hasMessageEndingWith(". Choose a writable --report directory.");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
