package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.util.Locale;
import java.util.Set;

/**
 * The family of a column type: what kind of value it holds, as finely as a generator of values needs it, with
 * the coarser view {@link #parity()} by which {@link DialectParity} tells that SQLite {@code INTEGER} and
 * PostgreSQL {@code bigint} hold the same kind of value.
 *
 * <p>SQLite ({@link #of}): names first ({@code BOOL…} boolean; {@code TIMESTAMPTZ} or {@code TIMESTAMP WITH TIME
 * ZONE}; {@code DATETIME}, {@code TIMESTAMP…}; {@code DATE…}; {@code TIME…}; {@code JSON…}; {@code UUID…}), then
 * SQLite's affinity rules ({@code INT} integer; {@code CHAR}, {@code CLOB}, {@code TEXT} text; {@code BLOB},
 * {@code BYTEA}, {@code BINARY} binary; {@code REAL}, {@code FLOA}, {@code DOUB} real; any other name decimal, the
 * NUMERIC affinity; no type other). PostgreSQL, as {@code format_type} spells a type: {@code smallint},
 * {@code integer}, {@code bigint} (serials too) integer; {@code numeric}, {@code money} decimal; {@code real},
 * {@code double precision} real; {@code text}, {@code character varying}, {@code character}, {@code name},
 * {@code citext} text; {@code uuid}; {@code date}; {@code time…}; {@code timestamp…} with or without time zone;
 * {@code interval}; {@code json}, {@code jsonb}; {@code bytea} binary; {@code inet}, {@code cidr}; {@code xml};
 * arrays; anything else other. Enum and domain types are resolved by {@link SchemaSnapshot#typeOf(Column)}.
 */
public enum TypeFamily {
    /** Whole numbers. */
    INTEGER,
    /** Exact non-integer numbers ({@code numeric}), and SQLite's NUMERIC affinity. */
    DECIMAL,
    /** Floating-point numbers. */
    REAL,
    /** True or false. */
    BOOLEAN,
    /** Character strings. */
    TEXT,
    /** Dates. */
    DATE,
    /** Times of day. */
    TIME,
    /** Timestamps without time zone. */
    TIMESTAMP,
    /** Timestamps with time zone. */
    TIMESTAMPTZ,
    /** PostgreSQL intervals. */
    INTERVAL,
    /** JSON documents. */
    JSON,
    /** UUIDs. */
    UUID,
    /** Byte strings. */
    BINARY,
    /** PostgreSQL enum types. */
    ENUM,
    /** PostgreSQL arrays. */
    ARRAY,
    /** PostgreSQL network addresses ({@code inet}, {@code cidr}). */
    INET,
    /** XML documents. */
    XML,
    /** Anything else, and SQLite columns without a type. */
    OTHER;

    private static final Set<String> PG_INTEGER = Set.of("smallint", "integer", "bigint", "int", "int2", "int4",
            "int8", "smallserial", "serial", "bigserial", "oid");
    private static final Set<String> PG_TEXT = Set.of("text", "character varying", "varchar", "character", "char",
            "bpchar", "name", "citext", "\"char\"");

    /** The family of a base type {@code type} as the catalog of {@code dialect} spells it. */
    public static TypeFamily of(Dialect dialect, String type) {
        String name = type == null ? "" : type.strip();
        return dialect == Dialect.SQLITE ? sqlite(name.toUpperCase(Locale.ROOT)) : postgresql(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The coarse family {@link DialectParity} compares: {@code INTEGER}, {@code DECIMAL} (real numbers too),
     * {@code BOOLEAN}, {@code TEXT} (UUIDs and enums too), {@code TIMESTAMP} (dates and times too), {@code JSON},
     * {@code BINARY} or {@code OTHER}.
     */
    public TypeFamily parity() {
        return switch (this) {
            case REAL -> DECIMAL;
            case UUID, ENUM -> TEXT;
            case DATE, TIME, TIMESTAMPTZ -> TIMESTAMP;
            case INTERVAL, ARRAY, INET, XML -> OTHER;
            default -> this;
        };
    }

    private static TypeFamily sqlite(String type) {
        if (type.isEmpty()) {
            return OTHER;
        } else if (type.startsWith("BOOL")) {
            return BOOLEAN;
        } else if (type.contains("TIMESTAMPTZ")
                || type.contains("TIMESTAMP") && type.contains("TIME ZONE") && !type.contains("WITHOUT")) {
            return TIMESTAMPTZ;
        } else if (type.contains("DATETIME") || type.startsWith("TIMESTAMP")) {
            return TIMESTAMP;
        } else if (type.startsWith("DATE")) {
            return DATE;
        } else if (type.startsWith("TIME")) {
            return TIME;
        } else if (type.startsWith("JSON")) {
            return JSON;
        } else if (type.startsWith("UUID")) {
            return UUID;
        } else if (type.contains("INT")) {
            return INTEGER;
        } else if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TEXT;
        } else if (type.contains("BLOB") || type.contains("BYTEA") || type.contains("BINARY")) {
            return BINARY;
        } else if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return REAL;
        }
        return DECIMAL;
    }

    private static TypeFamily postgresql(String type) {
        if (type.endsWith("]")) {
            return ARRAY;
        }
        String name = type.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
        if (name.startsWith("pg_catalog.")) {
            name = name.substring("pg_catalog.".length());
        }
        if (PG_INTEGER.contains(name)) {
            return INTEGER;
        } else if (PG_TEXT.contains(name)) {
            return TEXT;
        }
        return switch (name) {
            case "numeric", "decimal", "money" -> DECIMAL;
            case "real", "double precision", "float4", "float8" -> REAL;
            case "boolean", "bool" -> BOOLEAN;
            case "uuid" -> UUID;
            case "date" -> DATE;
            case "json", "jsonb" -> JSON;
            case "bytea" -> BINARY;
            case "inet", "cidr" -> INET;
            case "xml" -> XML;
            case "timestamptz" -> TIMESTAMPTZ;
            case "timetz" -> TIME;
            default -> name.startsWith("timestamp") ? name.contains("with time zone") ? TIMESTAMPTZ : TIMESTAMP
                    : name.startsWith("time") ? TIME
                    : name.startsWith("interval") ? INTERVAL
                    : OTHER;
        };
    }

    /** The lower-case name used in descriptions, such as {@code integer}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
