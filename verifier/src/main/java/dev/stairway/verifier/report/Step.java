package dev.stairway.verifier.report;

/** A step of the walk at one revision, as timings and reports name it. */
public enum Step {
    /** Generating rows in empty tables before the revision. */
    SEED("seed"),
    /** Reading schema and rows to compare them. */
    CHECK("check"),
    /** Measuring the locks and rewrites of the up and the undo on PostgreSQL, in a transaction rolled back. */
    LOCKS("locks"),
    /** Applying the revision's up script. */
    UP("up"),
    /** Running the revision's undo script. */
    DOWN("down"),
    /** Applying the up script again after the undo. */
    RE_UP("re-up"),
    /** Building a fresh database at the revision after a step left the walked one in doubt. */
    REBUILD("rebuild");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    /** The name reports print, such as {@code re-up}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
