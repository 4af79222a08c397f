package dev.stairway.verifier.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pairs the rows one side misses with the rows the other has unexpectedly by the table's key, so that a row whose
 * other values changed reads as a change of those columns rather than a row missing and a row unexpected.
 */
final class RowsByKey {

    private final TableRows expected;
    private final List<String> expectedCompared;
    private final List<String> actualCompared;
    /** Positions of the key columns in the compared columns; empty when rows cannot be matched by key. */
    private final List<Integer> key = new ArrayList<>();

    /**
     * A matcher for {@code expected}'s rows, compared on {@code expectedCompared} (each matched with the column of
     * {@code actualCompared} at the same position), by the columns {@code keyColumns} of the expected schema.
     */
    RowsByKey(TableRows expected, List<String> expectedCompared, List<String> actualCompared,
            List<String> keyColumns) {
        this.expected = expected;
        this.expectedCompared = expectedCompared;
        this.actualCompared = actualCompared;
        for (String column : keyColumns) {
            int position = position(column);
            if (position < 0) {
                key.clear();
                return;
            }
            key.add(position);
        }
    }

    /**
     * Takes the rows of {@code missing} and {@code unexpected} that share a key (unique on each side) out of both
     * lists; the columns whose values differ between them, in table order.
     */
    List<ChangedColumn> changes(List<Map<String, String>> missing, List<Map<String, String>> unexpected) {
        if (key.isEmpty() || missing.isEmpty() || unexpected.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> unexpectedByKey = new HashMap<>();
        for (int i = 0; i < unexpected.size(); i++) {
            // a key found twice tells no row apart: such rows stay unexpected
            unexpectedByKey.merge(keyOf(unexpected.get(i), actualCompared), i, (one, other) -> -1);
        }
        Map<String, Integer> missingKeys = new HashMap<>();
        missing.forEach(row -> missingKeys.merge(keyOf(row, expectedCompared), 1, Integer::sum));
        Map<Integer, Change> changes = new LinkedHashMap<>();
        List<Map<String, String>> pairedMissing = new ArrayList<>();
        List<Map<String, String>> pairedUnexpected = new ArrayList<>();
        for (Map<String, String> row : missing) {
            String rowKey = keyOf(row, expectedCompared);
            Integer match = unexpectedByKey.get(rowKey);
            if (match == null || match < 0 || missingKeys.get(rowKey) > 1) {
                continue;
            }
            Map<String, String> found = unexpected.get(match);
            for (int i = 0; i < expectedCompared.size(); i++) {
                String before = row.get(expectedCompared.get(i));
                String after = found.get(actualCompared.get(i));
                if (!before.equals(after)) {
                    changes.computeIfAbsent(i, column -> new Change(shownKey(row), before, after)).add(after);
                }
            }
            pairedMissing.add(row);
            pairedUnexpected.add(found);
        }
        missing.removeAll(pairedMissing);
        unexpected.removeAll(pairedUnexpected);
        List<Integer> inTableOrder = new ArrayList<>(changes.keySet());
        inTableOrder.sort((one, other) -> Integer.compare(expected.columns().indexOf(expectedCompared.get(one)),
                expected.columns().indexOf(expectedCompared.get(other))));
        return inTableOrder.stream().map(i -> changes.get(i).of(expected.name(), expectedCompared.get(i))).toList();
    }

    /** Where {@code column} of the schema is among the compared columns, as the dialect compares names; -1 if not. */
    private int position(String column) {
        String wanted = Identifiers.key(expected.dialect(), column);
        for (int i = 0; i < expectedCompared.size(); i++) {
            if (Identifiers.key(expected.dialect(), expectedCompared.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private String keyOf(Map<String, String> row, List<String> columns) {
        return key.stream().map(i -> row.get(columns.get(i))).collect(Collectors.joining("\u0000"));
    }

    /** {@code id='id-1'} for a key of one column, {@code (a=1, b=2)} for more. */
    private String shownKey(Map<String, String> row) {
        String shown = key.stream().map(i -> expectedCompared.get(i) + "=" + row.get(expectedCompared.get(i)))
                .collect(Collectors.joining(", "));
        return key.size() == 1 ? shown : "(" + shown + ")";
    }

    /** One column's changes so far: how many, whether all became NULL, and the first. */
    private static final class Change {
        private final String exampleKey;
        private final String before;
        private final String after;
        private int rows;
        private boolean lost = true;

        Change(String exampleKey, String before, String after) {
            this.exampleKey = exampleKey;
            this.before = before;
            this.after = after;
        }

        void add(String value) {
            rows++;
            lost &= "NULL".equals(value);
        }

        ChangedColumn of(String table, String column) {
            return new ChangedColumn(table, column, rows, lost, exampleKey, before, after);
        }
    }
}
