package dev.stairway.verifier.walk;

import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.TableRows;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns whose default gives a new value on each insert (as the catalog reader marks them), which the
 * "reproduced" check compares by presence and nullness alone; remembers which were told already, so each is told
 * once per walk of a dialect.
 */
final class VolatileColumns {

    private final Set<String> told = new HashSet<>();

    /** The {@code table.column} names with a volatile default, of the tables of {@code schema} that hold rows. */
    static Set<String> of(SchemaSnapshot schema, DataSnapshot data) {
        Set<String> columns = new TreeSet<>();
        for (Table table : schema.tables()) {
            if (data.table(table.name()).map(TableRows::size).orElse(0) == 0) {
                continue;
            }
            table.columns().stream().filter(Column::volatileDefault)
                    .forEach(column -> columns.add(table.name() + "." + column.name()));
        }
        return columns;
    }

    /** One line for each of {@code columns} not told before, such as {@code column event.at defaults to now(): ...}. */
    List<String> firstSeen(SchemaSnapshot schema, Set<String> columns) {
        List<String> lines = new ArrayList<>();
        for (String name : columns) {
            if (!told.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int dot = name.lastIndexOf('.');
            String defaultValue = schema.table(name.substring(0, dot)).map(table -> table.column(name.substring(dot + 1)))
                    .map(Column::defaultValue).orElse("?");
            lines.add("column " + name + " defaults to " + defaultValue + ": after the second up, compared by"
                    + " presence and nullness, not value");
        }
        return lines;
    }
}
