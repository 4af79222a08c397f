/**
 * API: what a verification found: a {@link dev.stairway.verifier.report.VerificationReport} of
 * {@link dev.stairway.verifier.report.RevisionResult}s with their {@link dev.stairway.verifier.report.Finding}s and
 * {@link dev.stairway.verifier.report.StepTiming}s, and its JSON and Markdown files
 * ({@link dev.stairway.verifier.report.ReportFiles}).
 */
package dev.stairway.verifier.report;
