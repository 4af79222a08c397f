package dev.stairway.verifier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.locks.LockTaken;
import dev.stairway.verifier.locks.MeasuredStatement;
import dev.stairway.verifier.locks.RevisionLocks;
import dev.stairway.verifier.locks.Rewrite;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.locks.Verdict;
import java.util.List;

/**
 * Renders a report as machine-readable JSON: every revision, dialect, step timing and finding; or, for the release
 * gate, every release, dialect and finding.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(VerificationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("migrations", report.migrations());
        root.put("holds", report.holds());
        root.put("interrupted", report.interrupted());
        root.put("walked", report.results().size());
        root.put("revisionCount", report.results().size() + report.notWalked().size());
        root.put("elapsedMillis", report.elapsed().toMillis());
        ArrayNode dialects = root.putArray("dialects");
        report.dialects().forEach(dialect -> dialects.add(dialect.id()));
        root.put("failures", report.failures().size());
        ArrayNode revisions = root.putArray("revisions");
        for (RevisionResult result : report.results()) {
            ObjectNode node = revisions.addObject();
            node.put("version", result.version().toString());
            node.put("description", result.description());
            node.put("dialect", result.dialect().id());
            node.put("holds", result.holds());
            ObjectNode steps = node.putObject("stepMillis");
            result.timings().forEach(timing -> steps.put(timing.step().label(), timing.duration().toMillis()));
            addFindings(node.putArray("findings"), result.findings());
            if (result.locks().isMeasured()) {
                addLocks(node.putObject("locks"), result.locks());
            }
        }
        ArrayNode notWalked = root.putArray("notWalked");
        for (NotWalked revision : report.notWalked()) {
            ObjectNode node = notWalked.addObject();
            node.put("version", revision.version().toString());
            node.put("description", revision.description());
            node.put("dialect", revision.dialect().id());
            node.put("reason", revision.reason());
        }
        addFindings(root.putArray("parityFindings"), report.parityFindings());
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return text(root);
    }

    /** The release gate's report: every release on every dialect, with its findings. */
    static String render(GateReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", "gate");
        root.put("migrations", report.migrations());
        root.put("holds", report.holds());
        root.put("interrupted", report.interrupted());
        root.put("elapsedMillis", report.elapsed().toMillis());
        ArrayNode dialects = root.putArray("dialects");
        report.dialects().forEach(dialect -> dialects.add(dialect.id()));
        root.put("failures", report.failures().size());
        ArrayNode releases = root.putArray("releases");
        for (ReleaseResult result : report.results()) {
            ObjectNode node = releases.addObject();
            node.put("release", result.release());
            node.put("version", result.version().toString());
            node.put("dialect", result.dialect().id());
            node.put("holds", result.holds());
            node.put("elapsedMillis", result.elapsed().toMillis());
            addFindings(node.putArray("findings"), result.findings());
        }
        return text(root);
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not render the report as JSON: " + e.getMessage(), e);
        }
    }

    /** The measured scripts, statement by statement, and their verdicts, accepted ones included. */
    private static void addLocks(ObjectNode node, RevisionLocks locks) {
        for (ScriptMeasurement script : locks.scripts()) {
            ObjectNode measured = node.putObject(script.script().label());
            measured.put("script", script.path());
            measured.put("transactional", script.transactional());
            ArrayNode statements = measured.putArray("statements");
            for (MeasuredStatement statement : script.statements()) {
                ObjectNode item = statements.addObject();
                item.put("line", statement.line());
                item.put("statement", statement.statement());
                item.put("millis", millis(statement.duration()));
                if (statement.rowsWritten() >= 0) {
                    item.put("rowsWritten", statement.rowsWritten());
                }
                ArrayNode taken = item.putArray("locks");
                for (LockTaken lock : statement.locks()) {
                    ObjectNode entry = taken.addObject();
                    entry.put("relation", lock.relation());
                    entry.put("kind", lock.kind());
                    entry.put("mode", lock.mode());
                    entry.put("existedBefore", lock.existedBefore());
                    entry.put("heldMillis", millis(lock.held()));
                }
                ArrayNode rewrites = item.putArray("rewrites");
                for (Rewrite rewrite : statement.rewrites()) {
                    ObjectNode entry = rewrites.addObject();
                    entry.put("relation", rewrite.relation());
                    entry.put("kind", rewrite.kind());
                    if (rewrite.rows() >= 0) {
                        entry.put("rows", rewrite.rows());
                    }
                }
            }
            script.notes().forEach(measured.putArray("notes")::add);
            ArrayNode verdicts = measured.putArray("verdicts");
            for (Verdict verdict : script.verdicts()) {
                ObjectNode entry = verdicts.addObject();
                entry.put("code", verdict.code().code());
                entry.put("line", verdict.line());
                entry.put("message", verdict.message());
                verdict.accepted().ifPresent(reason -> entry.put("accepted", reason));
            }
        }
    }

    /** Milliseconds with a tenth, as statements of a small table take well under one. */
    private static double millis(java.time.Duration duration) {
        return Math.round(duration.toNanos() / 100_000.0) / 10.0;
    }

    private static void addFindings(ArrayNode array, List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("revision", finding.revision());
            node.put("dialect", finding.dialect().map(Dialect::id).orElse("both"));
            node.put("kind", finding.kind().label());
            node.put("failure", finding.isFailure());
            ArrayNode details = node.putArray("details");
            finding.details().forEach(details::add);
            node.put("message", finding.message());
        }
    }
}
