package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.Check;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.ColumnType;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seeder's description of a table, taken from the schema snapshot the one catalog reader made: which
 * columns the database fills itself (identity, serial, generated, SQLite rowid alias), which must not be NULL
 * or have a default (domains included), the family, size and enum labels of each type, and the checks that
 * mention each column (a domain's own checks first).
 */
final class SeedTables {

    private SeedTables() {
    }

    /** {@code table} of {@code schema}, whose rows go to {@code ref}. */
    static TableInfo describe(SchemaSnapshot schema, Table table, TableRef ref) {
        Dialect dialect = schema.dialect();
        Set<String> primaryKey = table.primaryKey() == null ? Set.of()
                : table.primaryKey().columns().stream().map(SeedTables::lower).collect(Collectors.toSet());
        List<String> tableChecks = table.checks().stream().map(Check::expression)
                .filter(check -> dialect == Dialect.SQLITE || check.startsWith("CHECK")).toList();
        List<ColumnInfo> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            ColumnType type = schema.typeOf(column);
            boolean assigned = column.identity() != null || column.generated() != null
                    || column.defaultValue() != null && column.defaultValue().startsWith("nextval(");
            List<String> checks = new ArrayList<>(type.checks().stream().map(Check::expression).toList());
            tableChecks.stream().filter(check -> CheckClauses.mentions(dialect, check, column.name()))
                    .forEach(checks::add);
            columns.add(new ColumnInfo(column.name(), column.type(), type.family(),
                    !column.nullable() || primaryKey.contains(lower(column.name())) || type.notNull(),
                    column.defaultValue() != null || type.hasDefault(), assigned, type.maxLength(), type.precision(),
                    type.scale(), type.labels(), checks));
        }
        return new TableInfo(ref, columns, table.foreignKeys());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
