package dev.stairway.verifier.gate;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.data.DataComparison;
import dev.stairway.verifier.data.TableDifference;
import dev.stairway.verifier.data.TableRows;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.TypeFamily;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the rows of an earlier state are still there in a later one, on the way up: every row present before is
 * present after in the columns that survive unchanged, that is, a column of the same table and name in both
 * schemas, of the same type or type family. Dropped tables and columns, new ones, rows added, and the columns the
 * caller leaves out (declared lossy, or set by an up on purpose) are left out: a migration may change the schema,
 * and it may add rows, but it keeps what it keeps.
 *
 * <p>When rows are missing, the column whose values went is named if it can be told ({@code customers.email: 3
 * values at V1 are not at V2: ...}); when every column lost values, the rows went, and the rows are shown.
 */
final class DataKept {

    private DataKept() {
    }

    /**
     * What of {@code before}'s rows is not in {@code after}, one line per column or table; empty when every row is
     * kept.
     *
     * @param lossy    columns left out ({@code table.column}): declared lossy, or set by an up on purpose
     * @param from     how the earlier state is named, such as {@code V1}
     * @param to       how the later state is named, such as {@code V3}
     * @param examples whether to show example rows and values; without, the lines only count them
     */
    static List<String> lost(DatabaseState before, DatabaseState after, Set<String> lossy, String from, String to,
            boolean examples) {
        Set<String> ignored = new HashSet<>();
        lossy.forEach(column -> ignored.add(column.toLowerCase(Locale.ROOT)));
        for (TableRows table : before.data().tables()) {
            ignoreChanged(table, before.schema(), after.schema(), ignored);
        }
        for (TableRows table : after.data().tables()) {
            ignoreChanged(table, after.schema(), before.schema(), ignored);
        }
        DataComparison rows = DataComparison.between(before.data(), after.data(), ignored);
        List<String> lines = new ArrayList<>();
        for (TableDifference table : rows.tables()) {
            if (table.rowsMissing() == 0) {
                continue;
            }
            List<String> compared = before.data().table(table.table()).orElseThrow().columns().stream()
                    .filter(column -> !ignored.contains(key(table.table(), column))).toList();
            List<String> columnLines = new ArrayList<>();
            for (String column : compared) {
                missingValues(before, after, table.table(), column).ifPresent(values -> columnLines.add("column "
                        + table.table() + "." + column + ": " + count(values.rowsMissing(), "value") + " at " + from
                        + " " + (values.rowsMissing() == 1 ? "is" : "are") + " not at " + to
                        + (examples ? examples(values) : "")));
            }
            if (columnLines.isEmpty() || columnLines.size() == compared.size()) {
                lines.add("table " + table.table() + ": " + count(table.rowsMissing(), "row") + " at " + from + " "
                        + (table.rowsMissing() == 1 ? "is" : "are") + " not at " + to + " ("
                        + (compared.isEmpty() ? "counted: no column survives unchanged"
                                : "compared on " + String.join(", ", compared)) + ")"
                        + (examples ? examples(table) : ""));
            } else {
                lines.addAll(columnLines);
            }
        }
        return lines;
    }

    /** Ignores the columns of {@code table} that do not survive unchanged from {@code schema} into {@code other}. */
    private static void ignoreChanged(TableRows table, SchemaSnapshot schema, SchemaSnapshot other,
            Set<String> ignored) {
        Optional<Table> mine = schema.table(table.name());
        Optional<Table> theirs = other.table(table.name());
        for (String name : table.columns()) {
            Column column = mine.map(found -> found.column(name)).orElse(null);
            Column counterpart = theirs.map(found -> found.column(name)).orElse(null);
            if (column == null || counterpart == null || !sameKind(schema.dialect(), column, counterpart)) {
                ignored.add(key(table.name(), name));
            }
        }
    }

    private static boolean sameKind(Dialect dialect, Column column, Column counterpart) {
        if (column.type().equalsIgnoreCase(counterpart.type())) {
            return true;
        }
        TypeFamily family = TypeFamily.of(dialect, column.type());
        return family != TypeFamily.OTHER && family == TypeFamily.of(dialect, counterpart.type());
    }

    /** How many values of {@code table.column} alone at {@code before} are not at {@code after}. */
    static int valuesMissing(DatabaseState before, DatabaseState after, String table, String column) {
        return missingValues(before, after, table, column).map(TableDifference::rowsMissing).orElse(0);
    }

    /** The values of {@code table.column} alone at {@code before} that are not at {@code after}, if any. */
    private static Optional<TableDifference> missingValues(DatabaseState before, DatabaseState after, String table,
            String column) {
        Set<String> others = new HashSet<>();
        for (TableRows rows : before.data().tables()) {
            rows.columns().forEach(name -> others.add(key(rows.name(), name)));
        }
        for (TableRows rows : after.data().tables()) {
            rows.columns().forEach(name -> others.add(key(rows.name(), name)));
        }
        others.remove(key(table, column));
        return DataComparison.between(before.data(), after.data(), others).tables().stream()
                .filter(difference -> difference.table().equals(table) && difference.rowsMissing() > 0)
                .findFirst();
    }

    private static String examples(TableDifference difference) {
        List<String> shown = difference.missingExamples();
        return (shown.size() < difference.rowsMissing() ? ", first " + shown.size() : "") + ": "
                + String.join("; ", shown);
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
