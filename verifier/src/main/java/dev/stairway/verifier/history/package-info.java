/**
 * API: a migration history read strictly from its folder: {@link dev.stairway.verifier.history.MigrationHistory}
 * (configured by {@link dev.stairway.verifier.history.MigrationHistoryConfiguration}), its
 * {@link dev.stairway.verifier.history.Revision}s with their {@link dev.stairway.verifier.history.RevisionVersion}
 * and {@link dev.stairway.verifier.history.MigrationScript}s, and
 * {@link dev.stairway.verifier.history.InvalidHistoryException} listing every problem. The reader and the file
 * listing are package-private engine.
 */
package dev.stairway.verifier.history;
