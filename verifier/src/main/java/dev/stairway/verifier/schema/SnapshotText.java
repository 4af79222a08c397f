package dev.stairway.verifier.schema;

import java.util.List;

/** Prints a {@link SchemaSnapshot} and its parts as stable text, one object per line. */
final class SnapshotText {

    private SnapshotText() {
    }

    static String render(SchemaSnapshot snapshot) {
        StringBuilder text = new StringBuilder(snapshot.dialect().id()).append(" schema\n");
        for (Table table : snapshot.tables()) {
            text.append("table ").append(table.name()).append('\n');
            for (Column column : table.columns()) {
                text.append("  column ").append(column(column)).append('\n');
            }
            if (table.primaryKey() != null) {
                text.append("  primary key ").append(key(table.primaryKey())).append('\n');
            }
            table.uniqueKeys().forEach(key -> text.append("  unique ").append(key(key)).append('\n'));
            table.foreignKeys().forEach(key -> text.append("  foreign key ").append(foreignKey(key)).append('\n'));
            table.checks().forEach(check -> text.append("  check ").append(check(check)).append('\n'));
            table.indexes().forEach(index -> text.append("  index ").append(index(index)).append('\n'));
        }
        snapshot.views().forEach(view -> text.append(view.materialized() ? "materialized view " : "view ")
                .append(view.name()).append(": ").append(view.definition()).append('\n'));
        snapshot.triggers().forEach(trigger -> text.append("trigger ").append(trigger.name()).append(" on ")
                .append(trigger.table()).append(": ").append(trigger.definition()).append('\n'));
        snapshot.sequences().forEach(sequence -> text.append("sequence ").append(sequence(sequence)).append('\n'));
        snapshot.enumTypes().forEach(type -> text.append("enum type ").append(type.name()).append(' ')
                .append(labels(type.labels())).append('\n'));
        snapshot.domainTypes().forEach(type -> text.append("domain type ").append(domain(type)).append('\n'));
        snapshot.functions().forEach(function -> text.append("function ").append(function.name()).append(": ")
                .append(function.definition()).append('\n'));
        snapshot.extensions().forEach(extension -> text.append("extension ").append(extension.name()).append('\n'));
        return text.toString();
    }

    static String column(Column column) {
        StringBuilder text = new StringBuilder(column.name());
        if (!column.type().isEmpty()) {
            text.append(' ').append(column.type());
        }
        text.append(column.nullable() ? " null" : " not null");
        if (column.defaultValue() != null) {
            text.append(" default ").append(column.defaultValue());
            if (column.volatileDefault()) {
                text.append(" (volatile)");
            }
        }
        if (column.identity() != null) {
            text.append(" identity ").append(column.identity());
        }
        if (column.generated() != null) {
            text.append(" generated ").append(column.generated());
        }
        return text.toString();
    }

    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    static String labels(List<String> labels) {
        return "(" + String.join(", ", labels.stream().map(label -> "'" + label.replace("'", "''") + "'").toList())
                + ")";
    }

    static String key(Key key) {
        return (key.name() == null ? "" : key.name() + " ") + columns(key.columns());
    }

    static String references(ForeignKey key) {
        return key.referencedTable() + " " + columns(key.referencedColumns());
    }

    static String foreignKey(ForeignKey key) {
        return (key.name() == null ? "" : key.name() + " ") + columns(key.columns()) + " references "
                + references(key) + " on update " + key.onUpdate() + " on delete " + key.onDelete();
    }

    static String check(Check check) {
        return (check.name() == null ? "" : check.name() + " ") + check.expression();
    }

    static String index(Index index) {
        return index.name() + (index.unique() ? " unique" : "") + (index.method() == null ? "" : " " + index.method())
                + " " + columns(index.columns()) + (index.predicate() == null ? "" : " where " + index.predicate());
    }

    static String sequence(Sequence sequence) {
        return sequence.name() + " " + sequence.type() + " start " + sequence.start() + " increment "
                + sequence.increment() + " minimum " + sequence.minimum() + " maximum " + sequence.maximum()
                + (sequence.cycle() ? " cycle" : " no cycle")
                + (sequence.ownedBy() == null ? "" : " owned by " + sequence.ownedBy());
    }

    static String domain(DomainType type) {
        StringBuilder text = new StringBuilder(type.name()).append(' ').append(type.baseType())
                .append(type.nullable() ? " null" : " not null");
        if (type.defaultValue() != null) {
            text.append(" default ").append(type.defaultValue());
        }
        type.checks().forEach(check -> text.append(" check ").append(check(check)));
        return text.toString();
    }
}
