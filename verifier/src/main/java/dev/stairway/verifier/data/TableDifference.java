package dev.stairway.verifier.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How one table's rows differ between two {@link DataSnapshot}s present in both.
 *
 * @param table the table's name
 * @param columnsMissing columns expected but absent (declared lossy columns left out)
 * @param columnsAdded columns present but not expected (declared lossy columns left out)
 * @param rowsMissing how many expected rows were not found, compared on the columns both sides have
 * @param missingExamples at most {@link DataComparison#EXAMPLES} of them, rendered like
 *     {@code chat(id=1, title='hello', share_id=NULL)} with only the compared columns
 * @param rowsUnexpected how many rows were found that were not expected
 * @param unexpectedExamples at most {@link DataComparison#EXAMPLES} of them, rendered the same way
 * @param changedColumns the columns whose values changed in rows found on both sides by the table's key, in table
 *     order (those rows are not counted as missing or unexpected); empty when rows were not matched by key
 */
public record TableDifference(String table, List<String> columnsMissing, List<String> columnsAdded, int rowsMissing,
        List<String> missingExamples, int rowsUnexpected, List<String> unexpectedExamples,
        List<ChangedColumn> changedColumns) {

    /** Copies every list. */
    public TableDifference {
        columnsMissing = List.copyOf(columnsMissing);
        columnsAdded = List.copyOf(columnsAdded);
        missingExamples = List.copyOf(missingExamples);
        unexpectedExamples = List.copyOf(unexpectedExamples);
        changedColumns = List.copyOf(changedColumns);
    }

    /**
     * One line per difference, for example {@code chat: column share_id is missing},
     * {@code chat: column archived was added}, {@code chat.title: 2 rows changed, e.g. id=1: 'hello' → 'hi'},
     * {@code chat: 1 row missing: chat(id=1, title='hello')} or
     * {@code chat: 5 rows unexpected, first 3: chat(id=1); chat(id=2); chat(id=3)}.
     */
    public List<String> lines() {
        return lines(column -> false, true);
    }

    /**
     * The {@link #lines()} but those saying that a column {@code told} accepts is missing or was added; the rows
     * missing or unexpected only counted, as {@code chat: 5 rows missing}, unless {@code examples}.
     */
    List<String> lines(Predicate<String> told, boolean examples) {
        List<String> lines = new ArrayList<>();
        columnsMissing.stream().filter(told.negate())
                .forEach(column -> lines.add(table + ": column " + column + " is missing"));
        columnsAdded.stream().filter(told.negate())
                .forEach(column -> lines.add(table + ": column " + column + " was added"));
        changedColumns.forEach(change -> lines.add(change.line()));
        if (rowsMissing > 0) {
            lines.add(rows(rowsMissing, "missing", examples ? missingExamples : List.of()));
        }
        if (rowsUnexpected > 0) {
            lines.add(rows(rowsUnexpected, "unexpected", examples ? unexpectedExamples : List.of()));
        }
        return lines;
    }

    private String rows(int count, String what, List<String> examples) {
        if (examples.isEmpty()) {
            return table + ": " + count + (count == 1 ? " row " : " rows ") + what;
        }
        String shown = String.join("; ", examples);
        if (count == 1) {
            return table + ": 1 row " + what + ": " + shown;
        }
        return table + ": " + count + " rows " + what + (examples.size() < count ? ", first " + examples.size() : "")
                + ": " + shown;
    }
}
