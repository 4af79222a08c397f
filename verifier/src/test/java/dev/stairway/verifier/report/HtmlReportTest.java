package dev.stairway.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report as text: self-contained, escaped, a cell per revision and dialect, diffs and locks. */
class HtmlReportTest {

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void the_page_loads_nothing_from_elsewhere() {
        String html = ReportFiles.html(SampleReports.generated(30, 25));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<script>")
                .doesNotContain("http://", "https://", "<link", " src=", "@import", "url(", "@font-face");
    }

    @Test
    void every_revision_and_dialect_has_a_cell_coloured_by_its_outcome() {
        // GIVEN 30 revisions on both dialects, PostgreSQL's walk stopping at V25 on a failed up
        String html = ReportFiles.html(SampleReports.generated(30, 25));

        // THEN 30 cells per row: sqlite, postgresql, and their parity
        assertThat(count(html, "<a class=\"cell ")).isEqualTo(90);
        // sqlite: V3, 13, 23 findings; V5, 15, 25 notices; V7, 17, 27 irreversible; 21 held
        assertThat(count(html, "title=\"V\\d+ revision_\\d+ \\[sqlite\\]: finding\"")).isEqualTo(3);
        assertThat(count(html, "title=\"V\\d+ revision_\\d+ \\[sqlite\\]: notice\"")).isEqualTo(3);
        assertThat(count(html, "title=\"V\\d+ revision_\\d+ \\[sqlite\\]: irreversible\"")).isEqualTo(3);
        assertThat(count(html, "title=\"V\\d+ revision_\\d+ \\[sqlite\\]: held\"")).isEqualTo(21);
        // postgresql: V26 to V30 not walked, V25's up failed, V6 and V12 (open rewrite verdicts) notices, V18 accepts its own
        assertThat(count(html, "title=\"V\\d+ revision_\\d+ \\[postgresql\\]: not walked\"")).isEqualTo(5);
        assertThat(html).contains("title=\"V25 revision_25 [postgresql]: finding\"",
                "title=\"V12 revision_12 [postgresql]: notice\"", "title=\"V18 revision_18 [postgresql]: held\"",
                "title=\"V4 revision_4 [sqlite = postgresql]: finding\"",
                "title=\"V27 revision_27 [sqlite = postgresql]: not walked\"");
        assertThat(count(html, "<section class=\"revision\"")).isEqualTo(30);
        assertThat(html).contains("<p class=\"quiet\">Not walked on postgresql: the up of V25 revision_25 fails on"
                + " empty tables too.</p>", "<dt>Walked</dt><dd>30 of 30 revisions on sqlite and 25 of 30 on"
                + " postgresql</dd>");
    }

    @Test
    void text_from_the_history_is_escaped() {
        String html = ReportFiles.html(SampleReports.generated(10, 10));

        assertThat(html).contains("<code>db/&lt;migration&gt; &amp; &quot;friends&quot;</code>",
                "relation &quot;&lt;gone&gt;&quot; does not exist").doesNotContain("<gone>", "<odd>");
    }

    @Test
    void schema_differences_are_shown_as_a_diff() {
        String html = ReportFiles.html(SampleReports.generated(3, 3));

        assertThat(html).contains(
                "<div class=\"add\"><code>+ index chat_user_idx</code> <span class=\"quiet\">as at V2</span></div>",
                "<div class=\"del\"><code>− table note</code> <span class=\"quiet\">as at V2</span></div>",
                "<div class=\"del\"><code>− column chat.title: character varying(255)</code> <span class=\"quiet\">as"
                        + " at V2</span></div><div class=\"add\"><code>+ column chat.title: type text</code></div>");
    }

    @Test
    void the_locks_of_each_postgresql_revision_are_tabled_with_their_verdicts() {
        String html = ReportFiles.html(SampleReports.generated(9, 9));

        assertThat(html).contains("<h4>Locks and rewrites of the up <code>postgresql/V6__revision_6.sql</code></h4>",
                "<span class=\"lock existing exclusive\" title=\"table, existed before, held 4.0 ms\">ACCESS EXCLUSIVE"
                        + " <b>chat</b> · 4.0 ms</span>",
                "<span class=\"lock new\" title=\"index, new, held 4.0 ms\">ACCESS EXCLUSIVE <b>chat_new_idx</b> (new)"
                        + " · 4.0 ms</span>",
                "<span class=\"rewrite\">table <b>chat</b> (3 rows)</span>",
                "<li class=\"open\"><code>table-rewrite</code> line 2: table chat (3 rows) rewritten",
                "<p class=\"note\">not measured: line 1 (COMMIT) controls the transaction itself</p>");
    }

    @Test
    void step_timings_are_bars_scaled_to_the_slowest_revision() {
        String html = ReportFiles.html(SampleReports.generated(3, 3));

        assertThat(html).contains("<span class=\"step up\" style=\"width:").contains("title=\"re-up ");
        assertThat(count(html, "<div class=\"bar\"")).isEqualTo(6);
    }
}
