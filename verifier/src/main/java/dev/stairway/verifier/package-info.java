/**
 * Stairway's verifier, API: the entry points. {@link dev.stairway.verifier.Stairway} walks a migration history
 * up, down and up again on each dialect ({@link dev.stairway.verifier.StairwayConfiguration}, a
 * {@link dev.stairway.verifier.WalkListener} to hear of progress, an {@link dev.stairway.verifier.Interruption} to
 * stop it early); {@link dev.stairway.verifier.FlywayMigrations}
 * migrates a database from Flyway locations, for fixtures; the script failures they throw.
 *
 * <p>The other API packages: {@code history} (revisions), {@code report} (results and findings), {@code schema}
 * (schema snapshots). Everything else ({@code flyway}, {@code walk}, {@code sql}, {@code data}, {@code catalog},
 * {@code cli}) is engine: public classes there are public for another engine package, not for users.
 */
package dev.stairway.verifier;
