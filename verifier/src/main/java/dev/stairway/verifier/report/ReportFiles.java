package dev.stairway.verifier.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report as {@code report.json} (for machines) and {@code report.md} (for people). */
public final class ReportFiles {

    /** The machine-readable report's file name. */
    public static final String JSON = "report.json";
    /** The human-readable report's file name. */
    public static final String MARKDOWN = "report.md";

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

    /**
     * Writes both files into {@code directory}, creating it when absent, and replacing earlier reports.
     *
     * @throws UncheckedIOException naming the directory when it cannot be written
     */
    public static void write(VerificationReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON), json(report), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN), markdown(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report into " + directory
                    + ": " + e.getMessage() + ". Choose a writable --report directory.", e);
        }
    }
}
