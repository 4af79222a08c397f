package dev.stairway.verifier.catalog;

/**
 * A user table whose rows are data: {@code name} as Stairway prints it ({@code chat}, or {@code audit.log} for a
 * PostgreSQL table outside {@code public}) and {@code sql}, the quoted name to put in a statement.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param name the table's name as snapshots and reports print it
 * @param sql  the table's name quoted for a statement, such as {@code "audit"."log"}
 */
public record TableRef(String name, String sql) {

    /**
     * The table {@code name} in {@code schema}: qualified by its schema unless that is none (SQLite) or PostgreSQL's
     * {@code public}.
     */
    public static TableRef of(String schema, String name) {
        return schema == null || schema.equals("public") ? new TableRef(name, quote(name))
                : new TableRef(schema + "." + name, quote(schema) + "." + quote(name));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
