package dev.stairway.verifier.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.catalog.CatalogReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The schema of one database, read from its own catalog: an immutable, sorted value that prints the same
 * text on every run, serialises to JSON and back, and compares with {@link #equals}.
 *
 * <p>Read it with {@link #read(TestDatabase)}; compare two with {@link SchemaDiff#between}. Tables, views,
 * triggers and types are sorted by name; columns keep their catalog order; keys, checks and indexes within a
 * table are sorted. Flyway's history table is left out, as are SQLite's own {@code sqlite_} tables and
 * PostgreSQL's system schemas and objects owned by extensions.
 *
 * <p>Names: PostgreSQL names as stored (qualified with their schema outside {@code public}); SQLite names
 * as declared. Two SQLite snapshots are equal when they differ only in the case of names, as SQLite itself
 * does not tell them apart. A change of column order makes snapshots unequal; {@link SchemaDiff} reports it
 * as a notice, not a difference.
 *
 * <pre>{@code
 * SchemaSnapshot before = SchemaSnapshot.read(database);
 * // run an up and its undo
 * SchemaDiff diff = SchemaDiff.between(before, SchemaSnapshot.read(database));
 * }</pre>
 */
public final class SchemaSnapshot {

    /** The name of Flyway's history table, left out of every snapshot unless another name is given. */
    public static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Dialect dialect;
    private final List<Table> tables;
    private final List<View> views;
    private final List<Trigger> triggers;
    private final List<Sequence> sequences;
    private final List<EnumType> enumTypes;
    private final List<DomainType> domainTypes;
    private final List<Routine> functions;
    private final List<Extension> extensions;
    private final Folded folded;
    private final ColumnTypes columnTypes;

    SchemaSnapshot(Dialect dialect, List<Table> tables, List<View> views, List<Trigger> triggers,
            List<Sequence> sequences, List<EnumType> enumTypes, List<DomainType> domainTypes, List<Routine> functions,
            List<Extension> extensions) {
        if (dialect == null) {
            throw new IllegalArgumentException("A schema snapshot needs a dialect (sqlite or postgresql), but it was"
                    + " missing");
        }
        this.dialect = dialect;
        this.tables = sorted(Values.list(tables).stream().map(Names::sortedParts).toList(), Table::name);
        this.views = sorted(views, View::name);
        this.triggers = sorted(triggers, trigger -> trigger.table() + " " + trigger.name());
        this.sequences = sorted(sequences, Sequence::name);
        this.enumTypes = sorted(enumTypes, EnumType::name);
        this.domainTypes = sorted(domainTypes.stream().map(Names::sortedParts).toList(), DomainType::name);
        this.functions = sorted(functions, Routine::name);
        this.extensions = sorted(extensions, Extension::name);
        this.folded = Folded.of(this);
        this.columnTypes = new ColumnTypes(dialect, this.enumTypes, this.domainTypes);
    }

    /**
     * A snapshot of the given parts of a {@code dialect} schema, each sorted as documented above; for catalog
     * readers and tests.
     */
    public static SchemaSnapshot of(Dialect dialect, List<Table> tables, List<View> views, List<Trigger> triggers,
            List<Sequence> sequences, List<EnumType> enumTypes, List<DomainType> domainTypes, List<Routine> functions,
            List<Extension> extensions) {
        return new SchemaSnapshot(dialect, tables, views, triggers, sequences, enumTypes, domainTypes, functions,
                extensions);
    }

    private static <T> List<T> sorted(List<T> values, java.util.function.Function<T, String> name) {
        return Values.list(values).stream().sorted(Names.byName(name)).toList();
    }

    /**
     * Reads the schema of {@code database}, leaving out {@value #FLYWAY_HISTORY_TABLE}.
     *
     * @throws SchemaReadException when the catalog cannot be read, naming the database
     */
    public static SchemaSnapshot read(TestDatabase database) {
        try (Connection connection = database.connection()) {
            return read(connection, database.dialect(), FLYWAY_HISTORY_TABLE);
        } catch (SQLException e) {
            throw new SchemaReadException("Could not read the schema of " + database + " from its catalog: "
                    + e.getMessage() + ". Check that the database is reachable and not in a failed transaction.", e);
        }
    }

    /**
     * Reads the schema visible on {@code connection}, leaving out {@value #FLYWAY_HISTORY_TABLE}. The
     * connection is only queried, never changed or closed.
     *
     * @throws SchemaReadException when the catalog cannot be read
     */
    public static SchemaSnapshot read(Connection connection, Dialect dialect) {
        return read(connection, dialect, FLYWAY_HISTORY_TABLE);
    }

    /**
     * Reads the schema visible on {@code connection}, leaving out the table {@code historyTable} (Flyway's
     * {@code table} setting) and what belongs to it.
     *
     * @throws SchemaReadException when the catalog cannot be read
     */
    public static SchemaSnapshot read(Connection connection, Dialect dialect, String historyTable) {
        try {
            return CatalogReader.of(dialect, historyTable).schema(connection);
        } catch (SQLException e) {
            throw new SchemaReadException("Could not read the " + dialect + " schema from its catalog: "
                    + e.getMessage() + ". Check that the connection is to a " + dialect
                    + " database and not in a failed transaction.", e);
        }
    }

    /**
     * Reads a snapshot back from {@link #toJson()}.
     *
     * @throws IllegalArgumentException when {@code json} is not a snapshot
     */
    public static SchemaSnapshot fromJson(String json) {
        try {
            Document document = JSON.readValue(json, Document.class);
            return new SchemaSnapshot(Dialect.from(document.dialect()), document.tables(), document.views(),
                    document.triggers(), document.sequences(), document.enumTypes(), document.domainTypes(),
                    document.functions(), document.extensions());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a schema snapshot in JSON (as written by SchemaSnapshot.toJson()): "
                    + e.getOriginalMessage(), e);
        }
    }

    /** This snapshot as indented JSON: {@code dialect}, then one array per kind of object; absent values left out. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(new Document(dialect.id(), tables, views, triggers, sequences, enumTypes,
                    domainTypes, functions, extensions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a schema snapshot as JSON: " + e.getMessage(), e);
        }
    }

    /** The dialect this snapshot was read from. */
    public Dialect dialect() {
        return dialect;
    }

    /** The tables, sorted by name. */
    public List<Table> tables() {
        return tables;
    }

    /** The table called {@code name} (SQLite: ignoring case). */
    public Optional<Table> table(String name) {
        return tables.stream().filter(table -> Names.same(dialect, table.name(), name)).findFirst();
    }

    /**
     * The table a script names as {@code name}, unquoted, as this snapshot spells it: on PostgreSQL, {@code public.}
     * left out and an unquoted name folded to lower case, as PostgreSQL folds it.
     */
    public Optional<Table> tableAsWritten(String name) {
        Optional<Table> found = table(name);
        if (found.isEmpty() && dialect == Dialect.POSTGRESQL && name.startsWith("public.")) {
            found = table(name.substring("public.".length()));
        }
        if (found.isEmpty() && dialect == Dialect.POSTGRESQL) {
            found = table(name.toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /**
     * What the type of {@code column} (of a table of this snapshot) means: its family and size, with PostgreSQL
     * enums and domains resolved through this snapshot's types.
     */
    public ColumnType typeOf(Column column) {
        return columnTypes.resolve(column.type());
    }

    /** The views, sorted by name. */
    public List<View> views() {
        return views;
    }

    /** The triggers, sorted by table and name. */
    public List<Trigger> triggers() {
        return triggers;
    }

    /** The sequences (PostgreSQL), sorted by name. */
    public List<Sequence> sequences() {
        return sequences;
    }

    /** The enum types (PostgreSQL), sorted by name. */
    public List<EnumType> enumTypes() {
        return enumTypes;
    }

    /** The domain types (PostgreSQL), sorted by name. */
    public List<DomainType> domainTypes() {
        return domainTypes;
    }

    /** The functions and procedures (PostgreSQL), sorted by name and arguments. */
    public List<Routine> functions() {
        return functions;
    }

    /** The extensions (PostgreSQL), sorted by name. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** This snapshot as stable multi-line text, one object per line, the same on every run. */
    public String render() {
        return SnapshotText.render(this);
    }

    /** Same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }

    /** Equal when both come from the same dialect and describe the same schema (SQLite: names ignoring case). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaSnapshot snapshot && snapshot.dialect == dialect
                && snapshot.folded.equals(folded);
    }

    @Override
    public int hashCode() {
        return 31 * dialect.hashCode() + folded.hashCode();
    }

    Folded folded() {
        return folded;
    }

    /** The snapshot with every SQLite name in lower case, so comparisons ignore the case of names. */
    record Folded(List<Table> tables, List<View> views, List<Trigger> triggers, List<Sequence> sequences,
            List<EnumType> enumTypes, List<DomainType> domainTypes, List<Routine> functions,
            List<Extension> extensions) {

        static Folded of(SchemaSnapshot snapshot) {
            Dialect dialect = snapshot.dialect;
            return new Folded(snapshot.tables.stream().map(table -> Names.fold(dialect, table)).toList(),
                    snapshot.views.stream().map(view -> Names.fold(dialect, view)).toList(),
                    snapshot.triggers.stream().map(trigger -> Names.fold(dialect, trigger)).toList(),
                    snapshot.sequences, snapshot.enumTypes, snapshot.domainTypes, snapshot.functions,
                    snapshot.extensions);
        }
    }

    private record Document(String dialect, List<Table> tables, List<View> views, List<Trigger> triggers,
            List<Sequence> sequences, List<EnumType> enumTypes, List<DomainType> domainTypes, List<Routine> functions,
            List<Extension> extensions) {
    }
}
