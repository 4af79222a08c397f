package dev.stairway.verifier.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a verification's or a release gate's report as {@code report.json} (for machines) and {@code report.md}
 * (for people); a verification's also as {@code report.html}, one self-contained page with a timeline of the
 * revisions across the dialects.
 */
public final class ReportFiles {

    /** The machine-readable report's file name. */
    public static final String JSON = "report.json";
    /** The human-readable report's file name. */
    public static final String MARKDOWN = "report.md";
    /** The self-contained HTML page's file name (verifications only). */
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /** The report as JSON text. */
    public static String json(VerificationReport report) {
        return JsonReport.render(report);
    }

    /** The report as Markdown text. */
    public static String markdown(VerificationReport report) {
        return MarkdownReport.render(report);
    }

    /** The release gate's report as JSON text. */
    public static String json(GateReport report) {
        return JsonReport.render(report);
    }

    /** The release gate's report as Markdown text. */
    public static String markdown(GateReport report) {
        return MarkdownReport.render(report);
    }

    /**
     * Writes both files into {@code directory}, creating it when absent, and replacing earlier reports.
     *
     * @throws UncheckedIOException naming the directory when it cannot be written
     */
    public static void write(VerificationReport report, Path directory) {
        write(directory, json(report), markdown(report));
        try {
            Files.writeString(directory.resolve(HTML), html(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report into " + directory
                    + ": " + e.getMessage() + ". Choose a writable --report directory.", e);
        }
    }

    /** The report as one self-contained HTML page. */
    public static String html(VerificationReport report) {
        return HtmlReport.render(report);
    }

    /**
     * Writes the release gate's report as both files into {@code directory}, as {@link #write(VerificationReport,
     * Path)} does.
     *
     * @throws UncheckedIOException naming the directory when it cannot be written
     */
    public static void write(GateReport report, Path directory) {
        write(directory, json(report), markdown(report));
    }

    private static void write(Path directory, String json, String markdown) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON), json, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report into " + directory
                    + ": " + e.getMessage() + ". Choose a writable --report directory.", e);
        }
    }
}
