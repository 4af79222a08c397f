package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.locks.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a report as Markdown for people: a verdict, a table of revisions (or of releases, for the release gate),
 * then every finding.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(VerificationReport report) {
        StringBuilder out = header("Stairway verification", report.migrations(), report.dialects(), verdict(report));
        out.append("Walked: ").append(report.walkedText()).append("  \n");
        out.append("Elapsed: ").append(report.elapsed().toMillis()).append(" ms\n\n");
        out.append("| revision | dialect | up ms | down ms | re-up ms | verdict |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Dialect dialect : report.dialects()) {
            for (RevisionResult result : report.resultsOf(dialect)) {
                out.append("| ").append(escape(result.revision()))
                        .append(" | ").append(result.dialect().id())
                        .append(" | ").append(millis(result, Step.UP))
                        .append(" | ").append(millis(result, Step.DOWN))
                        .append(" | ").append(millis(result, Step.RE_UP))
                        .append(" | ").append(verdict(result.findings()))
                        .append(" |\n");
            }
            for (NotWalked revision : report.notWalkedOf(dialect)) {
                out.append("| ").append(escape(revision.revision()))
                        .append(" | ").append(revision.dialect().id())
                        .append(" | – | – | – | not walked: ").append(escape(revision.reason()))
                        .append(" |\n");
            }
        }
        appendLocks(report, out);
        if (!report.warnings().isEmpty()) {
            out.append("\n## Warnings\n\n");
            report.warnings().forEach(warning -> out.append("- ").append(escape(warning)).append('\n'));
        }
        appendFindings(out, report.findings());
        return out.toString();
    }

    /** The release gate's report: a verdict, a table of releases per dialect, then every finding. */
    static String render(GateReport report) {
        StringBuilder out = header("Stairway release gate", report.migrations(), report.dialects(),
                report.interrupted() ? "interrupted, " + report.failures().size() + " finding(s) so far"
                        : report.holds() ? "every release upgrades to a fresh install's schema with its data, and comes"
                                + " back down"
                        : report.failures().size() + " finding(s)");
        out.append("Elapsed: ").append(report.elapsed().toMillis()).append(" ms\n\n");
        out.append("| release | dialect | ms | verdict |\n");
        out.append("|---|---|---:|---|\n");
        for (ReleaseResult result : report.results()) {
            out.append("| ").append(escape(result.release()))
                    .append(" | ").append(result.dialect().id())
                    .append(" | ").append(result.elapsed().toMillis())
                    .append(" | ").append(verdict(result.findings()))
                    .append(" |\n");
        }
        appendFindings(out, report.findings());
        return out.toString();
    }

    /** The title, then the migrations, dialects and verdict lines. */
    private static StringBuilder header(String title, String migrations, List<Dialect> dialects, String verdict) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        out.append("Migrations: `").append(migrations).append("`  \n");
        out.append("Dialects: ").append(dialects.stream().map(Dialect::id).collect(Collectors.joining(", ")))
                .append("  \n");
        out.append("Verdict: ").append(verdict).append("  \n");
        return out;
    }

    /**
     * The locks and rewrites of each PostgreSQL revision that has verdicts or rewrote a table: a row per verdict, and
     * the statements' locks on tables that existed before.
     */
    private static void appendLocks(VerificationReport report, StringBuilder out) {
        List<RevisionResult> measured = report.results().stream().filter(result -> result.locks().isMeasured())
                .toList();
        if (measured.isEmpty()) {
            return;
        }
        out.append("\n## Locks and rewrites (PostgreSQL)\n\n");
        List<RevisionResult> telling = measured.stream().filter(result -> !result.locks().verdicts().isEmpty())
                .toList();
        if (telling.isEmpty()) {
            out.append("No verdict: no revision locked, rewrote or scanned a table that existed before it for"
                    + " longer than its own statement.\n");
            return;
        }
        out.append("| revision | script | line | verdict | what was measured |\n|---|---|---:|---|---|\n");
        for (RevisionResult result : telling) {
            for (Verdict verdict : result.locks().verdicts()) {
                out.append("| ").append(escape(result.revision()))
                        .append(" | ").append(verdict.script().label())
                        .append(" | ").append(verdict.line())
                        .append(" | `").append(verdict.code().code()).append('`')
                        .append(verdict.accepted().map(reason -> " (accepted: " + escape(reason) + ")").orElse(""))
                        .append(" | ").append(escape(verdict.message()))
                        .append(" |\n");
            }
        }
    }

    private static void appendFindings(StringBuilder out, List<Finding> findings) {
        out.append("\n## Findings\n\n");
        if (findings.isEmpty()) {
            out.append("None.\n");
        }
        for (Finding finding : findings) {
            out.append("- ").append(finding.isFailure() ? "**" + finding.kind().label() + "**" : finding.kind().label())
                    .append(" at ").append(escape(finding.where())).append('\n');
            finding.details().forEach(detail -> out.append("  - ").append(escape(detail)).append('\n'));
        }
    }

    private static String verdict(VerificationReport report) {
        if (report.interrupted()) {
            return "interrupted, " + report.failures().size() + " finding(s) so far";
        }
        return report.holds() ? "every revision goes up, down and up again with schema and data intact"
                : report.failures().size() + " finding(s)";
    }

    private static String verdict(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "holds";
        }
        return findings.stream().map(f -> f.kind().label()).distinct().collect(Collectors.joining(", "));
    }

    private static String millis(RevisionResult result, Step step) {
        return result.timings().stream().filter(timing -> timing.step() == step).findFirst()
                .map(timing -> Long.toString(timing.duration().toMillis())).orElse("–");
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
