package dev.stairway.verifier.locks.postgresql;

/**
 * A relation as the measurement sees it in {@code pg_class}.
 *
 * @param oid        its object id
 * @param name       its name, qualified with its schema outside {@code public}
 * @param relkind    {@code pg_class.relkind}: {@code r} table, {@code p} partitioned table, {@code i} index, ...
 * @param filenode   {@code pg_class.relfilenode}: changes when the relation is rewritten
 * @param table      for an index, the object id of its table; else 0
 * @param quoted     its name quoted for SQL, with its schema
 */
record Relation(long oid, String name, String relkind, long filenode, long table, String quoted) {

    /** Whether it is a table (plain, partitioned) or a materialized view: what holds rows. */
    boolean holdsRows() {
        return relkind.equals("r") || relkind.equals("p") || relkind.equals("m");
    }

    boolean isIndex() {
        return relkind.equals("i") || relkind.equals("I");
    }

    /** What reports call it: {@code table}, {@code index}, ... */
    String kind() {
        return switch (relkind) {
            case "r" -> "table";
            case "p" -> "partitioned table";
            case "i", "I" -> "index";
            case "S" -> "sequence";
            case "v" -> "view";
            case "m" -> "materialized view";
            case "c" -> "composite type";
            case "f" -> "foreign table";
            case "t" -> "toast table";
            default -> "relation";
        };
    }

    /** The name of a relation in schema {@code schema}: unqualified in {@code public}. */
    static String qualified(String schema, String name) {
        return schema.equals("public") ? name : schema + "." + name;
    }
}
