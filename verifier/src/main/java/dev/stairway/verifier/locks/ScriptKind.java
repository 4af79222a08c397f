package dev.stairway.verifier.locks;

/** Which of a revision's scripts was measured. */
public enum ScriptKind {
    /** The {@code V} script, applied by Flyway. */
    UP("up"),
    /** The {@code U} script, run by Stairway to undo it. */
    UNDO("undo");

    private final String label;

    ScriptKind(String label) {
        this.label = label;
    }

    /** The word reports use: {@code up} or {@code undo}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
