package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.util.Locale;
import java.util.Set;

/**
 * The family of a column type, so {@link DialectParity} can tell that SQLite {@code INTEGER} and
 * PostgreSQL {@code bigint} hold the same kind of value.
 *
 * <p>SQLite: names first ({@code BOOL…} boolean, {@code JSON…} JSON, {@code DATE}, {@code TIME…},
 * {@code DATETIME} timestamp, {@code UUID} text), then SQLite's affinity rules ({@code INT} integer;
 * {@code CHAR}, {@code CLOB}, {@code TEXT} text; {@code BLOB} binary; {@code REAL}, {@code FLOA},
 * {@code DOUB} and any other name decimal; no type other). PostgreSQL: {@code smallint}, {@code integer},
 * {@code bigint} (serials too) integer; {@code text}, {@code character varying}, {@code character},
 * {@code uuid} text; {@code boolean}; {@code json}, {@code jsonb}; {@code timestamp…}, {@code date},
 * {@code time…} timestamp; {@code numeric}, {@code real}, {@code double precision}, {@code money} decimal;
 * {@code bytea} binary; arrays and anything else other. Enum types count as text and domains as their base
 * type (resolved by {@link DialectParity}).
 */
public enum TypeFamily {
    /** Whole numbers. */
    INTEGER,
    /** Character strings (and UUIDs, stored as text in SQLite). */
    TEXT,
    /** True or false. */
    BOOLEAN,
    /** JSON documents. */
    JSON,
    /** Dates, times and timestamps. */
    TIMESTAMP,
    /** Exact and floating-point non-integer numbers. */
    DECIMAL,
    /** Byte strings. */
    BINARY,
    /** Anything else. */
    OTHER;

    private static final Set<String> PG_INTEGER = Set.of("smallint", "integer", "bigint", "int", "int2", "int4",
            "int8", "smallserial", "serial", "bigserial");
    private static final Set<String> PG_TEXT = Set.of("text", "character varying", "varchar", "character", "char",
            "bpchar", "name", "citext", "uuid");
    private static final Set<String> PG_DECIMAL = Set.of("numeric", "decimal", "real", "double precision", "float4",
            "float8", "money");

    /** The family of {@code type} as the catalog of {@code dialect} spells it. */
    public static TypeFamily of(Dialect dialect, String type) {
        String name = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return dialect == Dialect.SQLITE ? sqlite(name) : postgresql(name);
    }

    private static TypeFamily sqlite(String type) {
        String name = type.toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return OTHER;
        }
        if (name.startsWith("BOOL")) {
            return BOOLEAN;
        }
        if (name.startsWith("JSON")) {
            return JSON;
        }
        if (name.startsWith("DATE") || name.startsWith("TIME")) {
            return TIMESTAMP;
        }
        if (name.startsWith("UUID")) {
            return TEXT;
        }
        if (name.contains("INT")) {
            return INTEGER;
        }
        if (name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT")) {
            return TEXT;
        }
        if (name.contains("BLOB")) {
            return BINARY;
        }
        return DECIMAL;
    }

    private static TypeFamily postgresql(String type) {
        if (type.endsWith("]")) {
            return OTHER;
        }
        String name = type.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
        if (name.startsWith("pg_catalog.")) {
            name = name.substring("pg_catalog.".length());
        }
        if (PG_INTEGER.contains(name)) {
            return INTEGER;
        }
        if (PG_TEXT.contains(name)) {
            return TEXT;
        }
        if (name.equals("boolean") || name.equals("bool")) {
            return BOOLEAN;
        }
        if (name.equals("json") || name.equals("jsonb")) {
            return JSON;
        }
        if (name.startsWith("timestamp") || name.equals("date") || name.startsWith("time")) {
            return TIMESTAMP;
        }
        if (PG_DECIMAL.contains(name)) {
            return DECIMAL;
        }
        if (name.equals("bytea")) {
            return BINARY;
        }
        return OTHER;
    }

    /** The lower-case name used in descriptions, such as {@code integer}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
