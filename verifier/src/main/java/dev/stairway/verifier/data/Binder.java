package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

/** Binds a generated value as a statement parameter, the way each dialect reads it best. */
final class Binder {

    private Binder() {
    }

    static void bind(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            // Sent untyped, as a literal would be: PostgreSQL reads it with the column's own type.
            if (value == null) {
                statement.setNull(index, Types.OTHER);
            } else {
                statement.setObject(index, text(value), Types.OTHER);
            }
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof BigDecimal number) {
            statement.setString(index, number.toPlainString());
        } else {
            statement.setObject(index, value);
        }
    }

    /** {@code value} as PostgreSQL's text input for it: {@code \x...} for bytes, plain digits for decimals. */
    static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        } else if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
