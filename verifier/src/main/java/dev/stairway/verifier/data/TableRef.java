package dev.stairway.verifier.data;

/**
 * A user table: {@code name} as Stairway prints it ({@code chat}, or {@code audit.log} for a
 * PostgreSQL table outside {@code public}) and {@code sql}, the quoted name to put in a statement.
 */
record TableRef(String name, String sql) {
}
