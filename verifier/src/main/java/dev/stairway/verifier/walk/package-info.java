/**
 * Engine, not API: the walk. {@link dev.stairway.verifier.walk.DialectWalk} takes one dialect's revisions up, down
 * and up again, comparing schema and rows after each step; {@link dev.stairway.verifier.walk.HistoryCheck} checks
 * Flyway's history table after each step; {@link dev.stairway.verifier.walk.ParityCheck} compares the dialects at
 * the versions both have and at their heads. Each further concern is a class the walk calls: {@code UpRetry} (an
 * up that fails on the generated rows is tried again without them), {@code StepGuard} (the time limit per step and
 * interruption), {@code ForeignKeyCheck} (SQLite references a step left broken), {@code WalkProgress} (revisions
 * walked and not walked).
 */
package dev.stairway.verifier.walk;
