package dev.stairway.verifier.data;

/**
 * A column whose values changed in rows that are still there, matched by the table's key:
 * {@code oauthapps.mattermostappid: 3 rows changed, e.g. id='id-1097001': NULL → ''}.
 *
 * @param table the table's name
 * @param column the column's name
 * @param rows in how many rows its value changed
 * @param lost whether every changed value became NULL: the values were lost rather than changed
 * @param exampleKey the key of the first such row, such as {@code id='id-1097001'} or {@code (a=1, b=2)}
 * @param expected that row's value as expected, canonical text (see {@link DataSnapshot})
 * @param actual that row's value as found
 */
public record ChangedColumn(String table, String column, int rows, boolean lost, String exampleKey, String expected,
        String actual) {

    /** The most characters of a value a line shows. */
    private static final int SHOWN = 80;

    /**
     * The change on one line: {@code posts.parentid: 3 values lost, e.g. id='id-1': 'parentid-1' → NULL} or
     * {@code oauthapps.mattermostappid: 1 row changed, id='id-1': NULL → ''}.
     */
    public String line() {
        String what = lost ? (rows == 1 ? "1 value lost" : rows + " values lost")
                : (rows == 1 ? "1 row changed" : rows + " rows changed");
        return table + "." + column + ": " + what + (rows == 1 ? ", " : ", e.g. ") + exampleKey + ": "
                + shortened(expected) + " → " + shortened(actual);
    }

    private static String shortened(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN - 3) + "..." : value;
    }
}
