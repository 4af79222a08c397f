package dev.stairway.verifier.report;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.RevisionVersion;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the release gate found for one release on one dialect: the drift of the files it shipped, and its upgrade,
 * downgrade and (where there are legacy installs) legacy adoption paths.
 *
 * @param release  the release's label, such as {@code release 0.5.0 (V5)}
 * @param version  the last version the release shipped
 * @param dialect  the dialect checked
 * @param elapsed  how long its paths took
 * @param findings the findings, failures and notices, in the order found
 */
public record ReleaseResult(String release, RevisionVersion version, Dialect dialect, Duration elapsed,
        List<Finding> findings) {

    /** Checks the parts are present and copies the list. */
    public ReleaseResult {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(elapsed, "elapsed");
        findings = List.copyOf(findings);
    }

    /** How tests and progress lines name it: {@code release 0.5.0 (V5) [sqlite]}. */
    public String displayName() {
        return release + " [" + dialect.id() + "]";
    }

    /** Whether no finding fails the gate. */
    public boolean holds() {
        return findings.stream().noneMatch(Finding::isFailure);
    }
}
