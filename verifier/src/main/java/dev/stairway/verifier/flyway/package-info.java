/**
 * Engine, not API: running scripts. {@link dev.stairway.verifier.flyway.FlywayRunner} applies up migrations with
 * Flyway and reads its history table; {@link dev.stairway.verifier.flyway.UndoRunner} runs Stairway's undo scripts
 * and keeps that table consistent; placeholders and the wording of script failures stay package-private (the
 * latter the only class that reads Flyway's internal exceptions).
 */
package dev.stairway.verifier.flyway;
