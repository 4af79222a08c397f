/**
 * Engine, not API: measuring locks and rewrites on PostgreSQL. {@link dev.stairway.verifier.locks.postgresql.LockProbe}
 * runs a script's statements in a transaction it rolls back, reading {@code pg_locks} and {@code pg_class} after each.
 */
package dev.stairway.verifier.locks.postgresql;
