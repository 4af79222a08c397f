package dev.stairway.verifier;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.report.NotWalked;
import dev.stairway.verifier.report.ReleaseResult;
import dev.stairway.verifier.report.RevisionResult;

/**
 * Hears of a walk's (or a release gate's) progress as it goes, for example to print a line per revision. Does
 * nothing by default.
 */
public interface WalkListener {

    /** A listener that ignores everything. */
    WalkListener NONE = new WalkListener() {
    };

    /**
     * The history holds something worth telling that does not stop the walk, such as a file named almost like a
     * migration that never runs; heard before any dialect starts.
     */
    default void warning(String warning) {
    }

    /** The walk on {@code dialect} starts, over {@code revisions} revisions. */
    default void dialectStarted(Dialect dialect, int revisions) {
    }

    /** One revision was walked on one dialect. */
    default void revisionWalked(RevisionResult result) {
    }

    /** One revision is not walked on one dialect: an earlier up failed on its own, or the run was interrupted. */
    default void revisionNotWalked(NotWalked revision) {
    }

    /** The release gate on {@code dialect} starts, over {@code releases} releases. */
    default void gateStarted(Dialect dialect, int releases) {
    }

    /** The release gate checked one release's paths on one dialect. */
    default void releaseChecked(ReleaseResult result) {
    }
}
