package dev.stairway.verifier.walk;

import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.TableRows;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.sql.ColumnWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The columns that get a new value each time, which the "reproduced" check compares by presence and nullness
 * alone: those whose default is volatile (as the catalog reader marks them) and those the up itself fills from the
 * clock or random numbers ({@code UPDATE t SET touched = now()}). Remembers which were told already, so each is told
 * once per walk of a dialect.
 */
final class VolatileColumns {

    private static final int SHOWN_EXPRESSION = 60;

    /** Asked which expressions are volatile. */
    private final CatalogReader catalog;
    private final Set<String> told = new HashSet<>();

    /** Columns whose volatile expressions {@code catalog} tells. */
    VolatileColumns(CatalogReader catalog) {
        this.catalog = catalog;
    }

    /**
     * The {@code table.column} names {@code revision}'s up script writes from a volatile expression, with that
     * expression, as the script names them.
     */
    Map<String, String> writtenBy(Revision revision, Connection connection) throws SQLException {
        List<ColumnWrites.Write> writes = ColumnWrites.of(revision.up().sql(), revision.dialect());
        Set<String> volatileExpressions = catalog.volatileAmong(connection,
                writes.stream().map(ColumnWrites.Write::expression).toList());
        Map<String, String> written = new LinkedHashMap<>();
        writes.stream().filter(write -> volatileExpressions.contains(write.expression()))
                .forEach(write -> written.putIfAbsent(write.table() + "." + write.column(), write.expression()));
        return written;
    }

    /**
     * Of the tables of {@code schema} that hold rows, the columns with a volatile default or {@code written} from
     * a volatile expression, as {@code table.column} in the snapshot's spelling, each with why, such as
     * {@code defaults to now()}.
     */
    static Map<String, String> of(SchemaSnapshot schema, DataSnapshot data, Map<String, String> written) {
        Map<String, String> columns = new TreeMap<>();
        for (Table table : schema.tables()) {
            if (data.table(table.name()).map(TableRows::size).orElse(0) == 0) {
                continue;
            }
            table.columns().stream().filter(Column::volatileDefault).forEach(column ->
                    columns.put(table.name() + "." + column.name(), "defaults to " + column.defaultValue()));
        }
        written.forEach((name, expression) -> {
            int dot = name.lastIndexOf('.');
            Optional<Table> table = schema.tableAsWritten(name.substring(0, dot));
            Column column = table.map(found -> found.column(name.substring(dot + 1))).orElse(null);
            if (column != null && data.table(table.get().name()).map(TableRows::size).orElse(0) > 0) {
                columns.putIfAbsent(table.get().name() + "." + column.name(), "is set by the up from "
                        + shortened(expression));
            }
        });
        return columns;
    }

    private static String shortened(String expression) {
        String line = expression.strip().replaceAll("\\s+", " ");
        return line.length() > SHOWN_EXPRESSION ? line.substring(0, SHOWN_EXPRESSION - 3) + "..." : line;
    }

    /** One line for each of {@code columns} not told before, such as {@code column event.at defaults to now(): ...}. */
    List<String> firstSeen(Map<String, String> columns) {
        List<String> lines = new ArrayList<>();
        columns.forEach((name, why) -> {
            if (told.add(name.toLowerCase(Locale.ROOT))) {
                lines.add("column " + name + " " + why + ": after the second up, compared by presence and nullness,"
                        + " not value");
            }
        });
        return lines;
    }
}
