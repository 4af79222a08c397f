package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of one table at one moment, as canonical text (see {@link DataSnapshot}): an immutable
 * value whose row order does not matter and whose columns are matched by name.
 *
 * <p>{@link #rows()} are sorted by their canonical text in table order, each a map from column name
 * to canonical value in table order; {@link #fingerprint()} is a SHA-256 over the column names and
 * the rows as text with columns in name order, sorted, so two tables with the same rows in another
 * order, or with the same columns at other positions, have the same fingerprint.
 */
public final class TableRows {

    private final Dialect dialect;
    private final String name;
    private final List<String> columns;
    private final List<Map<String, String>> rows;
    private final String fingerprint;

    TableRows(Dialect dialect, String name, List<String> columns, List<Map<String, String>> rows) {
        this.dialect = dialect;
        this.name = name;
        this.columns = List.copyOf(columns);
        List<String> keyOrder = keyOrder(columns);
        List<Map<String, String>> sorted = new ArrayList<>();
        for (Map<String, String> row : rows) {
            sorted.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        sorted.sort(Comparator.comparing(row -> canonical(row, this.columns)));
        this.rows = List.copyOf(sorted);
        StringBuilder text = new StringBuilder("columns: ");
        text.append(keyOrder.stream().map(column -> Identifiers.key(dialect, column)).collect(Collectors.joining(", ")));
        this.rows.stream().map(row -> canonical(row, keyOrder)).sorted()
                .forEach(row -> text.append('\n').append(row));
        this.fingerprint = sha256(text.toString());
    }

    /** The table's name, as the catalog spells it ({@code audit.log} outside PostgreSQL's {@code public}). */
    public String name() {
        return name;
    }

    /** The column names in table order. */
    public List<String> columns() {
        return columns;
    }

    /** The rows sorted canonically; each maps column name to canonical value, in table order. */
    public List<Map<String, String>> rows() {
        return rows;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** A SHA-256 in hex over the column names and the sorted rows; equal rows give equal fingerprints. */
    public String fingerprint() {
        return fingerprint;
    }

    /** {@code row} as a user reads it: {@code chat(id=1, title='hello', share_id=NULL)}, in table order. */
    public String render(Map<String, String> row) {
        return name + row.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    Dialect dialect() {
        return dialect;
    }

    String key() {
        return Identifiers.key(dialect, name);
    }

    /** The columns sorted by their comparison key. */
    List<String> keyOrder(List<String> names) {
        return names.stream().sorted(Comparator.comparing((String column) -> Identifiers.key(dialect, column))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** {@code row} restricted to {@code columns} (in that order) as one line, keys as the dialect compares them. */
    String canonical(Map<String, String> row, List<String> columns) {
        return columns.stream().map(column -> Identifiers.key(dialect, column) + "=" + row.get(column))
                .collect(Collectors.joining(", "));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Equal when the dialect, the name (as the dialect compares names) and the fingerprint are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TableRows that && dialect == that.dialect && key().equals(that.key())
                && fingerprint.equals(that.fingerprint);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    /** For example {@code chat: 3 rows, 5f1c0a9e…}. */
    @Override
    public String toString() {
        return name + ": " + rows.size() + (rows.size() == 1 ? " row, " : " rows, ") + fingerprint.substring(0, 8);
    }
}
