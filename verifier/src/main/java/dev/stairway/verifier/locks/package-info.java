/**
 * API: what a revision costs a running application on PostgreSQL, measured in the walk: the relation locks each
 * statement of its up and undo took ({@link dev.stairway.verifier.locks.LockTaken}), the tables and indexes it
 * rewrote ({@link dev.stairway.verifier.locks.Rewrite}), and {@link dev.stairway.verifier.locks.Verdict}s with
 * stable {@link dev.stairway.verifier.locks.VerdictCode}s. {@link dev.stairway.verifier.locks.LockPolicy} chooses
 * whether verdicts are notices or findings. The measuring itself is engine, in
 * {@code dev.stairway.verifier.locks.postgresql}.
 */
package dev.stairway.verifier.locks;
