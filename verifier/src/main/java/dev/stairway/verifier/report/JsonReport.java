package dev.stairway.verifier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stairway.fixtures.Dialect;
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
        return text(root);
    }

    /** The release gate's report: every release on every dialect, with its findings. */
    static String render(GateReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", "gate");
        root.put("migrations", report.migrations());
        root.put("holds", report.holds());
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
