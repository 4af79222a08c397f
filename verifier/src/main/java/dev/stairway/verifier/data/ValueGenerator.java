package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.schema.TypeFamily;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes column values for generated rows, a pure function of table, column and row number, so the
 * same schema gets the same rows on every run. Values are Java objects ({@code Long}, {@code BigDecimal},
 * {@code Double}, {@code Boolean}, {@code String}, {@code byte[]}, or {@code null}) that
 * {@link RowSeeder} binds for the dialect.
 *
 * <p>Whole numbers, and the numbers in texts, are far above the small ids migrations insert themselves
 * ({@code INSERT INTO roles VALUES (1, 'admin')}) and differ from table to table, so that rows copied from one table
 * into another do not collide: each table has its own thousand from 1,000,000 up (from 10,000 for
 * {@code smallint}). A text column named like a JSON document ({@code settings}, {@code notifyprops},
 * {@code metadata}, ...) holds a JSON object, as the application would store there.
 */
final class ValueGenerator {

    private static final int MAX_CANDIDATES = 12;
    private static final Pattern JSON_NAME = Pattern.compile(
            "(?i).*(json|props|properties|settings|preferences|prefs|config|configuration|options|metadata|meta"
                    + "|attributes|attrs|params|parameters|payload|extra|extras)");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final Dialect dialect;

    ValueGenerator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The first value tried for {@code column} in row {@code row} (0-based): distinct per row where the type allows. */
    Object initial(TableInfo table, ColumnInfo column, int row) {
        int n = row + 1;
        return switch (column.family()) {
            case INTEGER -> serial(table, column, row);
            case DECIMAL -> decimal(column, n);
            case REAL -> n + 0.5;
            case BOOLEAN -> bool(row % 2 == 0);
            case TEXT, OTHER -> {
                List<String> labels = CheckClauses.strings(dialect, column.checks());
                yield !labels.isEmpty() ? labels.get(row % labels.size())
                        : JSON_NAME.matcher(column.name()).matches() ? "{\"n\": " + serial(table, column, row) + "}"
                        : text(column, serial(table, column, row));
            }
            case ENUM -> column.labels().isEmpty() ? null : column.labels().get(row % column.labels().size());
            case DATE -> FIRST_DAY.plusDays(row).toString();
            case TIME -> String.format("10:%02d:00", (30 + row) % 60);
            case TIMESTAMP -> FIRST_DAY.plusDays(row) + " 10:30:00";
            case TIMESTAMPTZ -> FIRST_DAY.plusDays(row) + " 10:30:00+00:00";
            case INTERVAL -> n + " days";
            case JSON -> "{\"n\": " + n + "}";
            case UUID -> UUID.nameUUIDFromBytes((table.name() + "." + column.name() + "#" + n)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            case BINARY -> new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) n};
            case ARRAY -> "{}";
            case INET -> "10.0.0." + n;
            case XML -> "<n>" + n + "</n>";
        };
    }

    /**
     * Other values worth trying for a column that a check constraint mentions: the labels and numbers
     * of its checks and their neighbours, then small common values. Empty for a column without checks.
     */
    List<Object> candidates(TableInfo table, ColumnInfo column, int row) {
        if (column.checks().isEmpty()) {
            return List.of();
        }
        List<BigDecimal> numbers = CheckClauses.numbers(dialect, column.checks());
        Set<Object> candidates = new LinkedHashSet<>();
        switch (column.family()) {
            case INTEGER, DECIMAL, REAL -> {
                List<BigDecimal> values = new ArrayList<>();
                for (BigDecimal number : numbers) {
                    values.add(number);
                    values.add(number.add(BigDecimal.ONE));
                    values.add(number.subtract(BigDecimal.ONE));
                }
                for (long common : new long[] {0, 1, 2, 10, 100, -1}) {
                    values.add(BigDecimal.valueOf(common));
                }
                for (BigDecimal value : values) {
                    candidates.add(switch (column.family()) {
                        case INTEGER -> value.setScale(0, RoundingMode.CEILING).longValueExact();
                        case REAL -> value.doubleValue();
                        default -> value;
                    });
                }
            }
            case BOOLEAN -> {
                candidates.add(bool(true));
                candidates.add(bool(false));
            }
            case TEXT, OTHER -> {
                candidates.addAll(CheckClauses.strings(dialect, column.checks()));
                char letter = (char) ('a' + row % 26);
                for (BigDecimal number : numbers) {
                    if (number.signum() > 0 && number.compareTo(BigDecimal.valueOf(64)) <= 0
                            && number.stripTrailingZeros().scale() <= 0) {
                        candidates.add(String.valueOf(letter).repeat(number.intValue()));
                    }
                }
                candidates.add(text(column, serial(table, column, row)));
                candidates.add(String.valueOf(letter));
                candidates.add(String.valueOf(Character.toUpperCase(letter)));
                candidates.addAll(List.of("x", "yes", "1", "A"));
            }
            case DATE -> candidates.addAll(List.of("2000-01-01", "2100-12-31"));
            case TIMESTAMP -> candidates.addAll(List.of("2000-01-01 00:00:00", "2100-12-31 23:59:59"));
            case TIMESTAMPTZ -> candidates.addAll(List.of("2000-01-01 00:00:00+00:00", "2100-12-31 23:59:59+00:00"));
            default -> {
                // no better guesses for the other types: the nullable fallback may still help
            }
        }
        return candidates.stream().limit(MAX_CANDIDATES).toList();
    }

    private Object bool(boolean value) {
        return dialect == Dialect.SQLITE ? (Object) (value ? 1L : 0L) : (Object) value;
    }

    /**
     * The number of row {@code row} of {@code table}: {@code 1,000,000 + 1,000 * t + row + 1}, with {@code t} in
     * 0..999 a stable hash of the table's name; {@code 10,000 + 10 * t + row + 1} for a {@code smallint} column.
     */
    static long serial(TableInfo table, ColumnInfo column, int row) {
        int t = Math.floorMod(table.name().toLowerCase(Locale.ROOT).hashCode(), 1000);
        String type = column.type().toLowerCase(Locale.ROOT);
        boolean small = type.contains("smallint") || type.equals("int2") || type.contains("smallserial");
        return small ? 10_000L + 10L * t + row + 1 : 1_000_000L + 1_000L * t + row + 1;
    }

    private static String text(ColumnInfo column, long n) {
        String text = column.name() + "-" + n;
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
            text = String.valueOf(n);
            if (text.length() > column.maxLength()) {
                text = String.valueOf((char) ('a' + (n - 1) % 26));
            }
        }
        return text;
    }

    private static BigDecimal decimal(ColumnInfo column, int n) {
        int scale = column.scale() >= 0 ? column.scale() : 2;
        int integerDigits = column.precision() > 0 ? column.precision() - scale : 10;
        BigDecimal whole = BigDecimal.valueOf(n);
        BigDecimal value;
        if (integerDigits >= whole.precision()) {
            value = scale > 0 ? whole.add(new BigDecimal("0.5")) : whole;
        } else if (scale > 0) {
            value = whole.movePointLeft(whole.precision());
        } else {
            value = BigDecimal.ZERO;
        }
        return value.setScale(Math.max(scale, 0), RoundingMode.DOWN);
    }
}
