package dev.stairway.verifier.gate;

import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.sql.ColumnWrites;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns whose values the ups on a path change on purpose: {@code UPDATE t SET c = ...} in an up script
 * ({@link ColumnWrites#updates}). Their values at the start of the path are not expected at its end, so the
 * data-kept check leaves them out, and a notice says so once per column where values did change. Rows are still
 * compared on their other columns, so rows deleted are still lost data.
 */
final class ColumnsSetByUps {

    private static final int SHOWN_STATEMENT = 80;

    /** The columns told already on this path, {@code table.column} in lower case. */
    private final Set<String> told = new HashSet<>();

    /**
     * The columns of tables in {@code schema} (the schema before the ups) that the up scripts of {@code applied}
     * update, as {@code table.column} in the snapshot's spelling, each with what sets it, such as
     * {@code V3 capitalise_names sets it (UPDATE customers SET name = upper(name))}; in the order the ups write
     * them.
     */
    static Map<String, String> of(List<Revision> applied, SchemaSnapshot schema) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Revision revision : applied) {
            for (ColumnWrites.Write write : ColumnWrites.updates(revision.up().sql(), revision.dialect())) {
                Optional<Table> table = schema.tableAsWritten(write.table());
                Column column = table.map(found -> found.column(write.column())).orElse(null);
                if (column != null) {
                    columns.putIfAbsent(table.get().name() + "." + column.name(), revision.label() + " sets it ("
                            + shortened("UPDATE " + write.table() + " SET " + write.column() + " = "
                                    + write.expression()) + ")");
                }
            }
        }
        return columns;
    }

    /**
     * One notice line for each column of {@code set} (as {@link #of} gives them) whose values at {@code from} are
     * not all at {@code to}, told once per path: {@code column customers.name: 2 values at V2 are not at V3, as V3
     * capitalise_names sets it (UPDATE customers SET name = upper(name)); left out of the data kept check}.
     */
    List<String> changed(DatabaseState before, DatabaseState after, Map<String, String> set, String from,
            String to) {
        List<String> notices = new ArrayList<>();
        set.forEach((name, why) -> {
            int dot = name.lastIndexOf('.');
            int missing = DataKept.valuesMissing(before, after, name.substring(0, dot), name.substring(dot + 1));
            if (missing > 0 && told.add(name.toLowerCase(Locale.ROOT))) {
                notices.add("column " + name + ": " + missing + (missing == 1 ? " value" : " values") + " at " + from
                        + (missing == 1 ? " is" : " are") + " not at " + to + ", as " + why + "; a change on"
                        + " purpose, left out of the data kept check");
            }
        });
        return notices;
    }

    private static String shortened(String statement) {
        String line = statement.strip().replaceAll("\\s+", " ");
        return line.length() > SHOWN_STATEMENT ? line.substring(0, SHOWN_STATEMENT - 3) + "..." : line;
    }
}
