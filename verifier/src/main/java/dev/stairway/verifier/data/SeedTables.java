package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.Check;
import dev.stairway.verifier.schema.Column;
import dev.stairway.verifier.schema.ColumnType;
import dev.stairway.verifier.schema.ForeignKey;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import dev.stairway.verifier.schema.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seeder's description of a table, taken from the schema snapshot the one catalog reader made: which
 * columns the database fills itself (generated columns; identity, serial and SQLite rowid alias columns are given
 * values far above the ids migrations insert themselves), which must not be NULL or have a default (domains
 * included), the family, size and enum labels of each type, the checks that mention each column (a domain's own
 * checks first), and the references that column names suggest where no foreign key is declared yet.
 */
final class SeedTables {

    /** What an inferred reference is called, as it has no constraint name. */
    static final String INFERRED = "inferred";

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
            boolean keyFilledByDatabase = column.identity() != null
                    || column.defaultValue() != null && column.defaultValue().startsWith("nextval(");
            boolean assigned = column.generated() != null || keyFilledByDatabase && type.family() != TypeFamily.INTEGER;
            List<String> checks = new ArrayList<>(type.checks().stream().map(Check::expression).toList());
            tableChecks.stream().filter(check -> CheckClauses.mentions(dialect, check, column.name()))
                    .forEach(checks::add);
            columns.add(new ColumnInfo(column.name(), column.type(), type.family(),
                    !column.nullable() || primaryKey.contains(lower(column.name())) || type.notNull(),
                    column.defaultValue() != null || type.hasDefault(), assigned, "always".equals(column.identity()),
                    type.maxLength(), type.precision(), type.scale(), type.labels(), checks));
        }
        return new TableInfo(ref, columns, table.foreignKeys(), inferredKeys(schema, table));
    }

    /**
     * References the names suggest: a column {@code <name>_id} in no declared foreign key, of the same family as
     * the one-column primary key of a table called {@code <name>}, {@code <name>s}, {@code <name>es} or
     * ({@code y} to {@code ies}) {@code <name>ies}.
     */
    private static List<ForeignKey> inferredKeys(SchemaSnapshot schema, Table table) {
        Set<String> declared = table.foreignKeys().stream().flatMap(key -> key.columns().stream())
                .map(SeedTables::lower).collect(Collectors.toSet());
        List<ForeignKey> inferred = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = lower(column.name());
            if (!name.endsWith("_id") || name.length() <= 3 || declared.contains(name) || column.generated() != null) {
                continue;
            }
            String stem = name.substring(0, name.length() - 3);
            TypeFamily family = schema.typeOf(column).family().parity();
            parent(schema, stem).filter(parent -> {
                Column key = parent.column(parent.primaryKey().columns().get(0));
                return key != null && schema.typeOf(key).family().parity() == family;
            }).ifPresent(parent -> inferred.add(new ForeignKey(INFERRED, List.of(column.name()), parent.name(),
                    parent.primaryKey().columns(), "no action", "no action")));
        }
        return inferred;
    }

    private static Optional<Table> parent(SchemaSnapshot schema, String stem) {
        List<String> names = new ArrayList<>(List.of(stem, stem + "s", stem + "es"));
        if (stem.endsWith("y")) {
            names.add(stem.substring(0, stem.length() - 1) + "ies");
        }
        return schema.tables().stream()
                .filter(table -> table.primaryKey() != null && table.primaryKey().columns().size() == 1)
                .filter(table -> names.contains(lower(table.name().substring(table.name().lastIndexOf('.') + 1))))
                .findFirst();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
