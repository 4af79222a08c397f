package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.schema.Key;
import dev.stairway.verifier.schema.ObjectKind;
import dev.stairway.verifier.schema.SchemaDifference;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The difference between two {@link DataSnapshot}s of one dialect: tables missing or added, and per
 * table the columns missing or added and the rows missing or unexpected, with at most
 * {@value #EXAMPLES} example rows each. Rows are compared as multisets, so their order does not
 * matter; columns are matched by name (ignoring case for SQLite), so their position does not either.
 *
 * <p>Declared lossy columns ({@code "table.column"}, matched ignoring case) are left out of the
 * comparison of exactly those columns: the rest of each row is still compared. Presence-only columns (such as
 * those with a volatile default like {@code now()}) are compared by nullness alone: any value matches any other
 * value, NULL matches only NULL; example rows show such a value as {@code (volatile)}, so they read the same on
 * every run.
 *
 * <p>Given the expected schema, rows of a table with a primary key (or a unique key of NOT NULL columns) are matched
 * by that key: a row found on both sides whose other values differ is a changed row, told per column
 * ({@code oauthapps.mattermostappid: 3 rows changed, e.g. id='id-1': NULL → ''}, or {@code values lost} when they
 * all became NULL); only rows whose key is on one side alone are missing or unexpected.
 *
 * <pre>{@code
 * DataComparison comparison = DataComparison.between(beforeUp, afterDown, Set.of("chat.legacy_title"));
 * if (!comparison.isEmpty()) {
 *     comparison.lines().forEach(System.out::println); // chat: 1 row missing: chat(id=1, title='hello')
 * }
 * }</pre>
 */
public final class DataComparison {

    /** The most example rows shown for the rows missing, and for the rows unexpected, of one table: {@value}. */
    public static final int EXAMPLES = 3;

    /**
     * The most tables whose missing or unexpected rows are shown as examples, {@value}: beyond them (an undo that
     * lost rows in twenty tables through one cascade) a table's rows are only counted, so the finding stays readable.
     */
    public static final int TABLES_WITH_EXAMPLES = 3;

    private final Dialect dialect;
    private final Map<String, Integer> tablesMissing;
    private final Map<String, Integer> tablesAdded;
    private final List<TableDifference> tables;
    private final List<String> lines;

    /** Tables missing and added map to their row counts, in order. */
    private DataComparison(Dialect dialect, Map<String, Integer> tablesMissing, Map<String, Integer> tablesAdded,
            List<TableDifference> tables) {
        this.dialect = dialect;
        this.tablesMissing = tablesMissing;
        this.tablesAdded = tablesAdded;
        this.tables = List.copyOf(tables);
        this.lines = linesBeyond(List.of());
    }

    /**
     * Compares {@code actual} with {@code expected}, skipping {@code lossyColumns}.
     *
     * @param lossyColumns {@code "table.column"} names whose values are not compared (for a PostgreSQL
     *     table outside {@code public}, {@code "schema.table.column"}); empty when none
     * @throws IllegalArgumentException when the snapshots come from different dialects
     */
    public static DataComparison between(DataSnapshot expected, DataSnapshot actual, Set<String> lossyColumns) {
        return between(expected, actual, lossyColumns, Set.of());
    }

    /**
     * Compares {@code actual} with {@code expected}, skipping {@code lossyColumns} and comparing
     * {@code presenceOnlyColumns} by nullness alone.
     *
     * @param lossyColumns {@code "table.column"} names whose values are not compared; empty when none
     * @param presenceOnlyColumns {@code "table.column"} names whose values are compared only as NULL or not NULL
     * @throws IllegalArgumentException when the snapshots come from different dialects
     */
    public static DataComparison between(DataSnapshot expected, DataSnapshot actual, Set<String> lossyColumns,
            Set<String> presenceOnlyColumns) {
        return between(expected, actual, lossyColumns, presenceOnlyColumns, null);
    }

    /**
     * Compares like {@link #between(DataSnapshot, DataSnapshot, Set, Set)}, matching the rows of each table by the
     * key {@code expectedSchema} gives it, so a row whose values changed is told as such, per column.
     *
     * @param expectedSchema the schema of the expected rows' database; null to match rows as wholes only
     * @throws IllegalArgumentException when the snapshots come from different dialects
     */
    public static DataComparison between(DataSnapshot expected, DataSnapshot actual, Set<String> lossyColumns,
            Set<String> presenceOnlyColumns, SchemaSnapshot expectedSchema) {
        if (expected.dialect() != actual.dialect()) {
            throw new IllegalArgumentException("Cannot compare " + expected.dialect() + " data with "
                    + actual.dialect() + " data: compare snapshots of one dialect.");
        }
        Set<String> lossy = lossyColumns.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> presenceOnly = presenceOnlyColumns.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Integer> missing = new LinkedHashMap<>();
        Map<String, Integer> added = new LinkedHashMap<>();
        List<TableDifference> differences = new ArrayList<>();
        for (TableRows table : expected.tables()) {
            Optional<TableRows> found = actual.table(table.name());
            if (found.isEmpty()) {
                missing.put(table.name(), table.size());
            } else {
                List<String> key = expectedSchema == null ? List.of()
                        : expectedSchema.table(table.name()).map(DataComparison::rowKey).orElse(List.of());
                compare(table, found.get(), lossy, presenceOnly, key).ifPresent(differences::add);
            }
        }
        for (TableRows table : actual.tables()) {
            if (expected.table(table.name()).isEmpty()) {
                added.put(table.name(), table.size());
            }
        }
        return new DataComparison(expected.dialect(), missing, added, differences);
    }

    /** The columns that tell {@code table}'s rows apart: its primary key, else a unique key of NOT NULL columns. */
    private static List<String> rowKey(Table table) {
        if (table.primaryKey() != null) {
            return table.primaryKey().columns();
        }
        return table.uniqueKeys().stream().map(Key::columns)
                .filter(columns -> columns.stream().map(table::column)
                        .allMatch(column -> column != null && !column.nullable()))
                .findFirst().orElse(List.of());
    }

    private static Optional<TableDifference> compare(TableRows expected, TableRows actual, Set<String> lossy,
            Set<String> presenceOnly, List<String> key) {
        Map<String, String> actualByKey = new LinkedHashMap<>();
        actual.columns().forEach(column -> actualByKey.put(Identifiers.key(actual.dialect(), column), column));
        List<String> expectedCompared = new ArrayList<>();
        List<String> actualCompared = new ArrayList<>();
        List<String> columnsMissing = new ArrayList<>();
        for (String column : expected.keyOrder(expected.columns())) {
            if (isLossy(lossy, expected.name(), column)) {
                continue;
            }
            String match = actualByKey.remove(Identifiers.key(expected.dialect(), column));
            if (match == null) {
                columnsMissing.add(column);
            } else {
                expectedCompared.add(column);
                actualCompared.add(match);
            }
        }
        List<String> columnsAdded = actual.columns().stream()
                .filter(actualByKey::containsValue)
                .filter(column -> !isLossy(lossy, actual.name(), column))
                .toList();

        Map<String, Integer> remaining = new HashMap<>();
        for (Map<String, String> row : actual.rows()) {
            remaining.merge(actual.canonical(presence(actual, row, presenceOnly), actualCompared), 1, Integer::sum);
        }
        List<Map<String, String>> missingRows = new ArrayList<>();
        for (Map<String, String> row : expected.rows()) {
            Map<String, String> masked = presence(expected, row, presenceOnly);
            String text = expected.canonical(masked, expectedCompared);
            Integer left = remaining.get(text);
            if (left == null || left == 0) {
                missingRows.add(masked);
            } else {
                remaining.put(text, left - 1);
            }
        }
        List<Map<String, String>> unexpectedRows = new ArrayList<>();
        for (Map<String, String> row : actual.rows()) {
            Map<String, String> masked = presence(actual, row, presenceOnly);
            String text = actual.canonical(masked, actualCompared);
            Integer left = remaining.get(text);
            if (left != null && left > 0) {
                unexpectedRows.add(masked);
                remaining.put(text, left - 1);
            }
        }
        if (columnsMissing.isEmpty() && columnsAdded.isEmpty() && missingRows.isEmpty() && unexpectedRows.isEmpty()) {
            return Optional.empty();
        }
        List<ChangedColumn> changed = new RowsByKey(expected, expectedCompared, actualCompared, key)
                .changes(missingRows, unexpectedRows);
        return Optional.of(new TableDifference(expected.name(), columnsMissing, columnsAdded, missingRows.size(),
                examples(expected, missingRows, expectedCompared), unexpectedRows.size(),
                examples(actual, unexpectedRows, actualCompared), changed));
    }

    private static List<String> examples(TableRows table, List<Map<String, String>> rows, List<String> compared) {
        return rows.stream().limit(EXAMPLES).map(row -> {
            Map<String, String> shown = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                if (compared.contains(column)) {
                    shown.put(column, value);
                }
            });
            return table.render(shown);
        }).toList();
    }

    /** What a presence-only column's value that is not NULL reads as, in comparisons and example rows. */
    private static final String PRESENT = "(volatile)";

    /** {@code row} with the value of each presence-only column replaced by whether it is NULL. */
    private static Map<String, String> presence(TableRows table, Map<String, String> row, Set<String> presenceOnly) {
        if (presenceOnly.isEmpty()) {
            return row;
        }
        Map<String, String> masked = new LinkedHashMap<>(row);
        masked.replaceAll((column, value) -> isLossy(presenceOnly, table.name(), column) && !"NULL".equals(value)
                ? PRESENT : value);
        return masked;
    }

    private static boolean isLossy(Set<String> lossy, String table, String column) {
        return lossy.contains((table + "." + column).toLowerCase(Locale.ROOT));
    }

    private static String count(int rows) {
        return rows == 1 ? "1 row" : rows + " rows";
    }

    /** Whether the two snapshots hold the same data (lossy columns aside). */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The tables expected but absent, by name. */
    public List<String> tablesMissing() {
        return List.copyOf(tablesMissing.keySet());
    }

    /** The tables present but not expected, by name. */
    public List<String> tablesAdded() {
        return List.copyOf(tablesAdded.keySet());
    }

    /** The tables present on both sides whose columns or rows differ, sorted by name. */
    public List<TableDifference> tables() {
        return tables;
    }

    /**
     * This comparison without the rows of {@code tables} (names as {@link TableDifference#table()} gives them):
     * tables whose differences are known and told otherwise, such as those whose generated rows were taken out to
     * let an up pass. The tables missing or added stay.
     */
    public DataComparison withoutTables(Set<String> tables) {
        return new DataComparison(dialect, tablesMissing, tablesAdded,
                this.tables.stream().filter(table -> !tables.contains(table.table())).toList());
    }

    /**
     * One line per difference: {@code table chat is missing (it had 3 rows)},
     * {@code table chat_copy was added (it has 0 rows)}, then each table's {@link TableDifference#lines()}.
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * The {@link #lines()} but those a schema comparison of the same databases already tells through {@code told}: a
     * table missing or added, a column missing or added. What it does not tell stays, such as rows lost from a table
     * found on both sides.
     */
    public List<String> linesBeyond(List<SchemaDifference> told) {
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (SchemaDifference difference : told) {
            if (difference instanceof SchemaDifference.Added || difference instanceof SchemaDifference.Removed) {
                if (difference.kind() == ObjectKind.TABLE) {
                    tables.add(Identifiers.key(dialect, difference.object()));
                } else if (difference.kind() == ObjectKind.COLUMN) {
                    columns.add(Identifiers.key(dialect, difference.object()));
                }
            }
        }
        List<String> all = new ArrayList<>();
        tablesMissing.forEach((table, rows) -> {
            if (!tables.contains(Identifiers.key(dialect, table))) {
                all.add("table " + table + " is missing (it had " + count(rows) + ")");
            }
        });
        tablesAdded.forEach((table, rows) -> {
            if (!tables.contains(Identifiers.key(dialect, table))) {
                all.add("table " + table + " was added (it has " + count(rows) + ")");
            }
        });
        int withExamples = 0;
        for (TableDifference table : tables()) {
            boolean examples = withExamples < TABLES_WITH_EXAMPLES;
            if (table.rowsMissing() > 0 || table.rowsUnexpected() > 0) {
                withExamples++;
            }
            all.addAll(table.lines(column -> columns.contains(Identifiers.key(dialect, table.table() + "." + column)),
                    examples));
        }
        return List.copyOf(all);
    }

    /** The {@link #lines()}, one per line, or {@code no data differences}. */
    @Override
    public String toString() {
        return lines.isEmpty() ? "no data differences" : String.join("\n", lines);
    }
}
