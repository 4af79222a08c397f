package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;

/**
 * Turns a column value into the canonical text a {@link DataSnapshot} holds: a SQL-like literal that
 * prints the same on every run. {@code NULL} for SQL NULL; numbers bare and normalised ({@code 12.50}
 * and {@code 12.5} both print {@code 12.5}); text quoted with {@code '} doubled ({@code 'NULL'} is the
 * string); bytes as {@code X'cafe'}; PostgreSQL booleans {@code true}/{@code false} (SQLite stores
 * 1/0); PostgreSQL {@code timestamptz} in UTC ({@code '2024-01-01 10:30:00Z'}); everything else, json
 * included, as the database prints it, quoted.
 */
final class CanonicalValues {

    private static final DateTimeFormatter UTC = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendLiteral('Z')
            .toFormatter();

    private CanonicalValues() {
    }

    /**
     * The canonical text of column {@code index} of the current row, whose JDBC type is {@code type}
     * and whose type the driver names {@code typeName}.
     */
    static String read(ResultSet row, int index, Dialect dialect, int type, String typeName) throws SQLException {
        return dialect == Dialect.SQLITE ? sqlite(row, index) : postgres(row, index, type, typeName);
    }

    private static String sqlite(ResultSet row, int index) throws SQLException {
        Object value = row.getObject(index);
        if (value == null) {
            return "NULL";
        } else if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        } else if (value instanceof Double number) {
            return Double.isFinite(number) ? number(BigDecimal.valueOf(number)) : number.toString();
        } else if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        return quoted(value.toString());
    }

    private static String postgres(ResultSet row, int index, int type, String typeName) throws SQLException {
        String text = row.getString(index);
        if (text == null) {
            return "NULL";
        }
        switch (type) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT,
                    Types.DOUBLE:
                try {
                    return number(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return text; // NaN, Infinity, money's $1.50
                }
            default:
                break;
        }
        switch (typeName) {
            case "bool":
                return text.equals("t") || text.equals("true") ? "true" : "false";
            case "bytea":
                return bytes(row.getBytes(index));
            case "timestamptz":
                if (text.endsWith("infinity")) {
                    return quoted(text);
                }
                return quoted(UTC.format(row.getObject(index, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
            default:
                return quoted(text);
        }
    }

    private static String number(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** {@code text} as a SQL string literal. */
    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code bytes} as a SQL hex literal, {@code X'cafe'}. */
    static String bytes(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }
}
