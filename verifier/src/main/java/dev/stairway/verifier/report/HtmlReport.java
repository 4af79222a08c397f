package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.RevisionVersion;
import dev.stairway.verifier.locks.LockTaken;
import dev.stairway.verifier.locks.MeasuredStatement;
import dev.stairway.verifier.locks.Rewrite;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.locks.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a report as one self-contained HTML page (no network, no external script, style or font): a timeline
 * with a cell per revision and dialect coloured by outcome, then a section per revision with its step timings as
 * bars, its findings (schema differences as a diff) and, on PostgreSQL, its measured locks and rewrites.
 */
final class HtmlReport {

    private final VerificationReport report;
    private final Map<RevisionVersion, String> labels = new TreeMap<>();
    private final Map<RevisionVersion, Map<Dialect, RevisionResult>> byVersion = new TreeMap<>();
    private final Map<String, List<Finding>> parity = new TreeMap<>();
    /** Why a revision was not walked on a dialect, by {@code displayName}. */
    private final Map<String, String> notWalked = new TreeMap<>();
    private final long slowest;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(VerificationReport report) {
        this.report = report;
        for (RevisionResult result : report.results()) {
            labels.put(result.version(), result.revision());
            byVersion.computeIfAbsent(result.version(), v -> new EnumMap<>(Dialect.class)).put(result.dialect(), result);
        }
        for (NotWalked revision : report.notWalked()) {
            labels.put(revision.version(), revision.revision());
            byVersion.computeIfAbsent(revision.version(), v -> new EnumMap<>(Dialect.class));
            notWalked.put(revision.displayName(), revision.reason());
        }
        report.parityFindings().forEach(finding ->
                parity.computeIfAbsent(finding.revision(), revision -> new ArrayList<>()).add(finding));
        this.slowest = Math.max(1, report.results().stream().mapToLong(result -> result.totalTime().toMillis())
                .max().orElse(1));
    }

    static String render(VerificationReport report) {
        return new HtmlReport(report).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Stairway verification: ").append(escape(report.migrations())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
        header();
        timeline();
        out.append("<nav class=\"filters\" aria-label=\"Filter revisions\">Show ")
                .append("<button type=\"button\" data-filter=\"all\" class=\"active\">all revisions</button>")
                .append("<button type=\"button\" data-filter=\"telling\">findings and notices</button>")
                .append("<button type=\"button\" data-filter=\"finding\">findings</button>")
                .append("<button type=\"button\" data-filter=\"locks\">lock verdicts</button>")
                .append("<button type=\"button\" data-toggle=\"open\">expand all</button>")
                .append("<button type=\"button\" data-toggle=\"close\">collapse all</button></nav>\n");
        out.append("<main id=\"revisions\">\n");
        byVersion.forEach(this::revision);
        out.append("</main>\n<footer>Written by Stairway. This page loads nothing from the network.</footer>\n");
        out.append("<script>\n").append(HtmlStyle.SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header>\n<h1>Stairway verification</h1>\n<p class=\"verdict ")
                .append(report.interrupted() ? "fails\">Interrupted, " + report.failures().size() + " finding"
                        + (report.failures().size() == 1 ? "" : "s") + " so far"
                        : report.holds() ? "holds\">Every revision " + (report.walkedAll() ? "holds" : "walked holds")
                        : "fails\">" + report.failures().size() + " finding" + (report.failures().size() == 1 ? "" : "s"))
                .append("</p>\n<dl class=\"facts\"><dt>Migrations</dt><dd><code>").append(escape(report.migrations()))
                .append("</code></dd><dt>Dialects</dt><dd>")
                .append(report.dialects().stream().map(Dialect::id).collect(Collectors.joining(", ")))
                .append("</dd><dt>Walked</dt><dd>").append(escape(report.walkedText()))
                .append("</dd><dt>Elapsed</dt><dd>").append(report.elapsed().toMillis()).append(" ms</dd></dl>\n");
        out.append("<table class=\"counts\"><thead><tr><th>dialect</th>");
        for (Outcome outcome : Outcome.values()) {
            out.append("<th><span class=\"swatch ").append(outcome.css()).append("\"></span>")
                    .append(outcome.label()).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (Dialect dialect : report.dialects()) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            byVersion.values().forEach(results -> counts.merge(outcome(results.get(dialect)), 1, Integer::sum));
            out.append("<tr><th>").append(dialect.id()).append("</th>");
            for (Outcome outcome : Outcome.values()) {
                out.append("<td>").append(counts.getOrDefault(outcome, 0)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>\n</header>\n");
    }

    private static Outcome outcome(RevisionResult result) {
        return result == null ? Outcome.NOT_WALKED : Outcome.of(result);
    }

    private void timeline() {
        int count = byVersion.size();
        int every = Math.max(1, (int) Math.ceil(count / 25.0));
        out.append("<section class=\"timeline-box\" aria-label=\"Timeline\"><h2>Timeline</h2>\n")
                .append("<div class=\"timeline\" style=\"--revisions:").append(count).append("\">\n")
                .append("<span class=\"row-label\"></span>");
        int index = 0;
        for (RevisionVersion version : byVersion.keySet()) {
            out.append("<span class=\"tick\">").append(index % every == 0 ? "V" + escape(version.toString()) : "")
                    .append("</span>");
            index++;
        }
        out.append('\n');
        for (Dialect dialect : report.dialects()) {
            out.append("<span class=\"row-label\">").append(dialect.id()).append("</span>");
            byVersion.forEach((version, results) -> cell(version, dialect.id(), outcome(results.get(dialect))));
            out.append('\n');
        }
        if (report.dialects().size() > 1) {
            String both = report.dialects().stream().map(Dialect::id).collect(Collectors.joining(" = "));
            out.append("<span class=\"row-label\">").append(both).append("</span>");
            byVersion.forEach((version, results) -> cell(version, both,
                    parity.containsKey(labels.get(version)) ? Outcome.FINDING
                            : results.size() < report.dialects().size() ? Outcome.NOT_WALKED : Outcome.HELD));
            out.append('\n');
        }
        out.append("</div>\n<p class=\"legend\">");
        for (Outcome outcome : Outcome.values()) {
            out.append("<span><span class=\"swatch ").append(outcome.css()).append("\"></span>")
                    .append(outcome.label()).append("</span>");
        }
        out.append("</p>\n</section>\n");
    }

    private void cell(RevisionVersion version, String row, Outcome outcome) {
        out.append("<a class=\"cell ").append(outcome.css()).append("\" href=\"#").append(anchor(version))
                .append("\" data-outcome=\"").append(outcome.css()).append("\" title=\"")
                .append(escape(labels.get(version) + " [" + row + "]: " + outcome.label())).append("\"></a>");
    }

    private void revision(RevisionVersion version, Map<Dialect, RevisionResult> results) {
        String label = labels.get(version);
        List<Finding> parityFindings = parity.getOrDefault(label, List.of());
        List<String> outcomes = new ArrayList<>();
        boolean locks = false;
        for (Dialect dialect : report.dialects()) {
            Outcome outcome = outcome(results.get(dialect));
            outcomes.add(outcome.css());
            RevisionResult result = results.get(dialect);
            locks |= result != null && !result.locks().verdicts().isEmpty();
        }
        if (!parityFindings.isEmpty()) {
            outcomes.add(Outcome.FINDING.css());
        }
        boolean telling = outcomes.stream().anyMatch(css -> !css.equals(Outcome.HELD.css()));
        out.append("<section class=\"revision\" id=\"").append(anchor(version)).append("\" data-outcomes=\"")
                .append(String.join(" ", outcomes)).append(locks ? " locks" : "").append("\">\n<details")
                .append(outcomes.contains(Outcome.FINDING.css()) ? " open" : "").append("><summary><span class=\"name\">")
                .append(escape(label)).append("</span>");
        for (Dialect dialect : report.dialects()) {
            Outcome outcome = outcome(results.get(dialect));
            out.append(" <span class=\"badge ").append(outcome.css()).append("\">").append(dialect.id()).append(": ")
                    .append(outcome.label()).append("</span>");
        }
        if (!parityFindings.isEmpty()) {
            out.append(" <span class=\"badge finding\">dialects diverge</span>");
        }
        out.append(telling ? "" : " <span class=\"quiet\">nothing to tell</span>").append("</summary>\n");
        for (Dialect dialect : report.dialects()) {
            RevisionResult result = results.get(dialect);
            out.append("<div class=\"dialect\"><h3>").append(dialect.id()).append("</h3>\n");
            if (result == null) {
                String reason = notWalked.get(label + " [" + dialect.id() + "]");
                out.append("<p class=\"quiet\">Not walked on ").append(dialect.id())
                        .append(reason == null ? " (not in its history)" : ": " + escape(reason)).append(".</p></div>\n");
                continue;
            }
            timings(result);
            findings(result.findings());
            result.locks().scripts().forEach(this::locks);
            out.append("</div>\n");
        }
        if (!parityFindings.isEmpty()) {
            out.append("<div class=\"dialect\"><h3>both dialects</h3>\n");
            findings(parityFindings);
            out.append("</div>\n");
        }
        out.append("</details>\n</section>\n");
    }

    private void timings(RevisionResult result) {
        long total = result.totalTime().toMillis();
        out.append("<div class=\"timing\"><div class=\"bar\" role=\"img\" aria-label=\"")
                .append(escape(result.timings().stream().map(t -> t.step().label() + " " + t.duration().toMillis()
                        + " ms").collect(Collectors.joining(", ")))).append("\">");
        for (StepTiming timing : result.timings()) {
            double width = 100.0 * timing.duration().toMillis() / slowest;
            out.append("<span class=\"step ").append(timing.step().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.2f", width)).append("%\" title=\"")
                    .append(timing.step().label()).append(' ').append(timing.duration().toMillis())
                    .append(" ms\"></span>");
        }
        out.append("</div><span class=\"total\">").append(total).append(" ms</span><span class=\"steps\">")
                .append(escape(result.timings().stream().map(t -> t.step().label() + " " + t.duration().toMillis())
                        .collect(Collectors.joining(" · ")))).append("</span></div>\n");
    }

    private void findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("<ul class=\"findings\">\n");
        for (Finding finding : findings) {
            out.append("<li class=\"").append(finding.isFailure() ? "finding" : "notice").append("\"><b>")
                    .append(finding.isFailure() ? "finding" : "notice").append(": ")
                    .append(escape(finding.kind().label())).append("</b>");
            if (HtmlDiff.isSchemaKind(finding.kind())) {
                HtmlDiff.render(finding.details(), out);
            } else if (!finding.details().isEmpty()) {
                out.append("<ul>");
                finding.details().forEach(detail -> out.append("<li>").append(escape(detail)).append("</li>"));
                out.append("</ul>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void locks(ScriptMeasurement script) {
        out.append("<div class=\"locks\"><h4>Locks and rewrites of the ").append(script.script().label())
                .append(" <code>").append(escape(script.path())).append("</code>")
                .append(script.transactional() ? "" : " <span class=\"quiet\">(run statement by statement)</span>")
                .append("</h4>\n");
        if (!script.statements().isEmpty()) {
            out.append("<table><thead><tr><th>line</th><th>statement</th><th>ms</th><th>locks taken</th>")
                    .append("<th>rewrites</th></tr></thead><tbody>\n");
            for (MeasuredStatement statement : script.statements()) {
                out.append("<tr><td>").append(statement.line()).append("</td><td><code>")
                        .append(escape(statement.statement())).append("</code>")
                        .append(statement.rowsWritten() > 0 ? " <span class=\"quiet\">(" + statement.rowsWritten()
                                + " rows written)</span>" : "")
                        .append("</td><td class=\"num\">").append(millis(statement.duration())).append("</td><td>");
                for (LockTaken lock : statement.locks()) {
                    out.append("<span class=\"lock").append(lock.existedBefore() ? " existing" : " new")
                            .append(lock.isExclusiveOnExistingTable() ? " exclusive" : "").append("\" title=\"")
                            .append(escape(lock.kind() + ", " + (lock.existedBefore() ? "existed before" : "new")
                                    + ", held " + millis(lock.held()) + " ms")).append("\">")
                            .append(escape(lock.mode())).append(" <b>").append(escape(lock.relation())).append("</b>")
                            .append(lock.existedBefore() ? "" : " (new)").append(" · ").append(millis(lock.held()))
                            .append(" ms</span> ");
                }
                out.append("</td><td>");
                for (Rewrite rewrite : statement.rewrites()) {
                    out.append("<span class=\"rewrite\">").append(escape(rewrite.kind())).append(" <b>")
                            .append(escape(rewrite.relation())).append("</b>")
                            .append(rewrite.rows() >= 0 ? " (" + rewrite.rows() + " rows)" : "").append("</span> ");
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!script.verdicts().isEmpty()) {
            out.append("<ul class=\"verdicts\">");
            for (Verdict verdict : script.verdicts()) {
                out.append("<li class=\"").append(verdict.isAccepted() ? "accepted" : "open").append("\"><code>")
                        .append(verdict.code().code()).append("</code> line ").append(verdict.line()).append(": ")
                        .append(escape(verdict.message()))
                        .append(verdict.accepted().map(reason -> " <i>accepted: " + escape(reason) + "</i>").orElse(""))
                        .append("</li>");
            }
            out.append("</ul>\n");
        }
        script.notes().forEach(note -> out.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        out.append("</div>\n");
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1_000_000.0);
    }

    private static String anchor(RevisionVersion version) {
        return "V" + version.toString().replaceAll("[^0-9A-Za-z_.-]", "_");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
