/**
 * Engine, not API: the walk. {@link dev.stairway.verifier.walk.DialectWalk} takes one dialect's revisions up, down
 * and up again, comparing schema and rows after each step; {@link dev.stairway.verifier.walk.HistoryCheck} checks
 * Flyway's history table after each step; {@link dev.stairway.verifier.walk.ParityCheck} compares the dialects.
 */
package dev.stairway.verifier.walk;
