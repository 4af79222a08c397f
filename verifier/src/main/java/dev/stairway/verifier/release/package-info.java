/**
 * Engine, not API: a history's releases. The {@code releases} file beside the migrations
 * ({@link dev.stairway.verifier.release.Releases}) records, per release, its last version and the SHA-256 of every
 * migration file it shipped ({@link dev.stairway.verifier.release.Release}); {@link dev.stairway.verifier.release.Drift}
 * compares them with the files as they are now.
 */
package dev.stairway.verifier.release;
