package dev.stairway.verifier.data;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.catalog.CatalogReader;
import dev.stairway.verifier.catalog.TableRef;
import dev.stairway.verifier.schema.ForeignKey;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes sure every user table of a database has rows, so that an undo that loses or moves data is
 * caught. Tables that already have rows are left alone; {@code flyway_schema_history} and SQLite's
 * {@code sqlite_*} tables are never touched.
 *
 * <p>Each empty table gets up to {@value #ROWS_PER_TABLE} generated rows, parents before children.
 * Generated values follow the column types (PostgreSQL enum labels and domains included), NOT NULL,
 * primary and unique keys (values differ from row to row), and foreign keys (a child row references an
 * existing parent row; a self-reference starts NULL and then points at an earlier row; a cycle is
 * broken by NULL where a column allows it). Check constraints are met by trying other candidates when
 * the database rejects a row: the check's labels ({@code status IN ('a', 'b')}) and numbers, small
 * common values, and finally NULL for nullable columns and the database default for columns that have
 * one. Identity, serial, generated and SQLite {@code INTEGER PRIMARY KEY} columns are left to the
 * database. The same schema gets the same rows on every run.
 *
 * <p>Every attempt runs in a savepoint, so a rejected row leaves nothing behind; each table is
 * committed on its own. A table that takes no row at all is reported in
 * {@link SeedingResult#failures()} with the database's message, and seeding goes on with the others. A foreign
 * key to a table that no longer exists (SQLite lets an earlier revision drop it) finds no parent row: the column
 * gets NULL where it may, else the database's refusal is that table's failure.
 *
 * <p>Tables are described from the schema snapshot (see {@link SchemaSnapshot}): the walk passes the one it has
 * already read, so seeding asks the catalog only which tables hold rows.
 *
 * <pre>{@code
 * SeedingResult result = RowSeeder.seed(database);
 * result.failures().forEach(System.out::println);
 * }</pre>
 */
public final class RowSeeder {

    /** How many rows an empty table is given: {@value}. */
    public static final int ROWS_PER_TABLE = 3;

    private static final int MAX_ATTEMPTS = 40;

    private final Connection connection;
    private final Dialect dialect;
    private final ValueGenerator values;
    private final CheckProbe probe;

    private final String historyTable;
    private final Map<String, TableRef> tables = new HashMap<>();
    private final Set<String> userSeeded = new HashSet<>();
    /** The rows inserted into the table being seeded, not yet committed. */
    private final List<SeededRow> seededRows = new ArrayList<>();

    private RowSeeder(Connection connection, Dialect dialect, String historyTable) {
        this.connection = connection;
        this.dialect = dialect;
        this.historyTable = historyTable;
        this.values = new ValueGenerator(dialect);
        this.probe = new CheckProbe(connection, dialect);
    }

    /** Seeds every empty user table of {@code database}. */
    public static SeedingResult seed(TestDatabase database) {
        try (Connection connection = database.connection()) {
            return seed(connection, database.dialect());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Seeds every empty user table through {@code connection}, a database of {@code dialect}. The
     * connection's auto-commit setting is restored afterwards; the caller closes it.
     *
     * @throws SQLException when the catalog cannot be read (a rejected row is not an exception)
     */
    public static SeedingResult seed(Connection connection, Dialect dialect) throws SQLException {
        return seed(connection, dialect, SchemaSnapshot.FLYWAY_HISTORY_TABLE);
    }

    /**
     * Seeds like {@link #seed(Connection, Dialect)}, leaving out {@code historyTable}: Flyway's history table
     * under its configured name (Flyway's {@code table} setting).
     */
    public static SeedingResult seed(Connection connection, Dialect dialect, String historyTable)
            throws SQLException {
        return seed(connection, CatalogReader.of(dialect, historyTable).schema(connection), historyTable);
    }

    /**
     * Seeds like {@link #seed(Connection, Dialect, String)}, describing the tables from {@code schema}, a snapshot
     * of the database as it is now, rather than reading it again.
     */
    public static SeedingResult seed(Connection connection, SchemaSnapshot schema, String historyTable)
            throws SQLException {
        return seed(connection, schema, historyTable, Set.of());
    }

    /**
     * Seeds like {@link #seed(Connection, SchemaSnapshot, String)}, leaving {@code userSeeded} alone: the tables the
     * history's own seed scripts fill (names as the snapshot spells them; SQLite's compared ignoring case).
     */
    public static SeedingResult seed(Connection connection, SchemaSnapshot schema, String historyTable,
            Set<String> userSeeded) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            RowSeeder seeder = new RowSeeder(connection, schema.dialect(), historyTable);
            userSeeded.forEach(table -> seeder.userSeeded.add(seeder.key(table)));
            return seeder.seedAll(schema);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private SeedingResult seedAll(SchemaSnapshot schema) throws SQLException {
        List<String> alreadyFilled = new ArrayList<>();
        Map<String, TableInfo> empty = new TreeMap<>();
        List<TableRef> refs = CatalogReader.of(dialect, historyTable).dataTables(connection);
        refs.forEach(table -> tables.put(key(table.name()), table));
        Set<TableRef> filled = FilledTables.among(connection, refs);
        for (TableRef table : refs) {
            Optional<Table> described = schema.table(table.name());
            if (filled.contains(table)) {
                alreadyFilled.add(table.name());
            } else if (described.isPresent() && !userSeeded.contains(key(table.name()))) {
                empty.put(key(table.name()), SeedTables.describe(schema, described.get(), table));
            }
        }
        connection.commit();
        Map<String, Integer> inserted = new TreeMap<>();
        List<SeededRow> insertedRows = new ArrayList<>();
        List<SeedingFailure> failures = new ArrayList<>();
        // a column may reference the same missing table twice (inline and as a table constraint): told once
        Set<String> notices = new LinkedHashSet<>();
        for (TableInfo table : dependencyOrder(empty)) {
            String message = null;
            int rows = 0;
            seededRows.clear();
            List<ForeignKey> dangling = dialect == Dialect.SQLITE ? dangling(table) : List.of();
            boolean foreignKeysWereOn = !dangling.isEmpty() && foreignKeys(false);
            try {
                for (int row = 0; row < ROWS_PER_TABLE; row++) {
                    String rejected = insertRow(table, row);
                    if (rejected != null) {
                        message = rejected;
                        break;
                    }
                    rows++;
                }
                try {
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    rows = 0;
                    message = oneLine(e);
                }
            } finally {
                if (foreignKeysWereOn) {
                    foreignKeys(true);
                }
            }
            if (rows > 0) {
                dangling.forEach(key -> notices.add(danglingNotice(table, key)));
                inserted.put(table.name(), rows);
                insertedRows.addAll(seededRows);
            } else {
                failures.add(new SeedingFailure(table.name(), message));
            }
        }
        failures.sort(Comparator.comparing(SeedingFailure::table));
        return new SeedingResult(new TreeMap<>(inserted), alreadyFilled, failures, insertedRows,
                List.copyOf(notices));
    }

    /** The foreign keys of {@code table} whose parent table does not exist (SQLite lets one be dropped or be late). */
    private List<ForeignKey> dangling(TableInfo table) {
        return table.foreignKeys().stream().filter(key -> !tables.containsKey(key(key.referencedTable()))).toList();
    }

    private String danglingNotice(TableInfo table, ForeignKey key) {
        return "table " + table.name() + ": " + String.join(", ", key.columns()) + " references "
                + key.referencedTable() + ", which does not exist; its rows were generated with foreign keys off, "
                + (nullable(table, key) ? "the reference left NULL" : "the reference pointing nowhere");
    }

    /**
     * Switches SQLite's foreign keys {@code on} or off between transactions (SQLite ignores the pragma inside one),
     * and tells whether they were on before.
     */
    private boolean foreignKeys(boolean on) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            boolean wasOn;
            try (ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
                wasOn = result.next() && result.getInt(1) == 1;
            }
            statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            return wasOn;
        } finally {
            connection.setAutoCommit(false);
        }
    }

    /**
     * Parents before children, ties by name. When only tables in a cycle are left, the first by name
     * whose references to them are all nullable goes next (they get NULL), else simply the first.
     */
    private List<TableInfo> dependencyOrder(Map<String, TableInfo> tables) {
        List<TableInfo> order = new ArrayList<>();
        Map<String, TableInfo> left = new TreeMap<>(tables);
        while (!left.isEmpty()) {
            TableInfo next = null;
            TableInfo waitsOnlyForInferred = null;
            TableInfo breaksCycle = null;
            for (TableInfo table : left.values()) {
                List<ForeignKey> waiting = waiting(table, table.foreignKeys(), left);
                boolean inferredWaiting = !waiting(table, table.inferredKeys(), left).isEmpty();
                if (waiting.isEmpty() && !inferredWaiting) {
                    next = table;
                    break;
                }
                if (waitsOnlyForInferred == null && waiting.isEmpty()) {
                    waitsOnlyForInferred = table;
                }
                if (breaksCycle == null && waiting.stream().allMatch(key -> nullable(table, key))) {
                    breaksCycle = table;
                }
            }
            if (next == null) {
                next = waitsOnlyForInferred != null ? waitsOnlyForInferred
                        : breaksCycle != null ? breaksCycle : left.values().iterator().next();
            }
            order.add(next);
            left.remove(key(next.name()));
        }
        return order;
    }

    /** The keys among {@code keys} to another table still {@code left} to seed. */
    private List<ForeignKey> waiting(TableInfo table, List<ForeignKey> keys, Map<String, TableInfo> left) {
        return keys.stream().filter(key -> !key(key.referencedTable()).equals(key(table.name())))
                .filter(key -> left.containsKey(key(key.referencedTable()))).toList();
    }

    private static boolean nullable(TableInfo table, ForeignKey key) {
        return key.columns().stream().allMatch(name -> table.columns().stream()
                .anyMatch(column -> column.name().equals(name) && !column.notNull()));
    }

    /** Inserts row {@code row} of {@code table}, trying candidates in turn; null on success, else the first message. */
    private String insertRow(TableInfo table, int row) throws SQLException {
        String firstMessage = null;
        for (Map<String, Object> attempt : attempts(table, row)) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                insert(table, attempt);
                connection.releaseSavepoint(savepoint);
                seededRows.add(new SeededRow(table.name(), table.ref().sql(), attempt));
                return null;
            } catch (SQLException e) {
                connection.rollback(savepoint);
                if (firstMessage == null) {
                    firstMessage = oneLine(e);
                }
            }
        }
        return firstMessage;
    }

    /** The rows to try, best first, each mapping the columns given a value to that value. */
    private List<Map<String, Object>> attempts(TableInfo table, int row) throws SQLException {
        Map<String, Object> references = references(table, row);
        List<ColumnInfo> insertable = table.columns().stream().filter(column -> !column.databaseAssigned()).toList();
        Map<String, Object> first = new LinkedHashMap<>();
        Map<String, List<Object>> candidates = new LinkedHashMap<>();
        for (ColumnInfo column : insertable) {
            if (references.containsKey(column.name())) {
                first.put(column.name(), references.get(column.name()));
                continue;
            }
            Object initial = values.initial(table, column, row);
            first.put(column.name(), initial);
            if (column.checks().isEmpty()) {
                continue;
            }
            List<Object> options = new ArrayList<>(new LinkedHashSet<>(concat(initial,
                    values.candidates(table, column, row))));
            List<String> own = CheckProbe.ownChecks(dialect, table, column);
            List<Object> passing = new ArrayList<>();
            for (Object option : options) {
                if (probe.passes(column, own, option)) {
                    passing.add(option);
                }
            }
            if (!passing.isEmpty()) {
                options = passing;
                first.put(column.name(), passing.contains(initial) ? initial : passing.get(0));
            }
            candidates.put(column.name(), options);
        }
        List<Map<String, Object>> attempts = new ArrayList<>();
        attempts.add(first);
        // all checked columns moving together, then each on its own
        int longest = candidates.values().stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < longest; k++) {
            Map<String, Object> attempt = new LinkedHashMap<>(first);
            for (Map.Entry<String, List<Object>> entry : candidates.entrySet()) {
                attempt.put(entry.getKey(), pick(entry.getValue(), k + row));
            }
            attempts.add(attempt);
        }
        if (candidates.size() > 1) {
            for (Map.Entry<String, List<Object>> entry : candidates.entrySet()) {
                for (int k = 0; k < entry.getValue().size(); k++) {
                    Map<String, Object> attempt = new LinkedHashMap<>(first);
                    attempt.put(entry.getKey(), pick(entry.getValue(), k + row));
                    attempts.add(attempt);
                }
            }
        }
        Map<String, Object> fallback = new LinkedHashMap<>();
        for (ColumnInfo column : insertable) {
            if (references.containsKey(column.name())) {
                fallback.put(column.name(), references.get(column.name()));
            } else if (!column.hasDefault()) {
                fallback.put(column.name(), column.notNull() ? first.get(column.name()) : null);
            }
        }
        attempts.add(fallback);

        Set<String> seen = new HashSet<>();
        return attempts.stream().filter(attempt -> seen.add(signature(attempt))).limit(MAX_ATTEMPTS).toList();
    }

    private static List<Object> concat(Object first, List<Object> more) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(more);
        return all;
    }

    private static Object pick(List<Object> values, int index) {
        return values.get(index % values.size());
    }

    /**
     * Values of foreign-key columns: the referenced columns of an existing parent row (row number
     * modulo the parent rows found), or NULL when there is no parent row yet and the columns allow it.
     */
    private Map<String, Object> references(TableInfo table, int row) throws SQLException {
        Map<String, Object> references = new HashMap<>();
        for (ForeignKey key : table.foreignKeys()) {
            List<List<Object>> parents = parentRows(key);
            if (!parents.isEmpty()) {
                List<Object> parent = parents.get(row % parents.size());
                for (int i = 0; i < key.columns().size(); i++) {
                    references.putIfAbsent(key.columns().get(i), parent.get(i));
                }
            } else if (nullable(table, key)) {
                key.columns().forEach(column -> references.putIfAbsent(column, null));
            }
        }
        // a reference only the names suggest: a later revision may declare it, so point at a parent row if any
        for (ForeignKey key : table.inferredKeys()) {
            List<List<Object>> parents = parentRows(key);
            if (!parents.isEmpty()) {
                references.putIfAbsent(key.columns().get(0), parents.get(row % parents.size()).get(0));
            }
        }
        return references;
    }

    /** Rows of the parent of {@code key}; none when the parent table is gone or its key is unknown. */
    private List<List<Object>> parentRows(ForeignKey key) throws SQLException {
        TableRef table = tables.get(key(key.referencedTable()));
        List<List<Object>> parents = new ArrayList<>();
        if (table == null || key.referencedColumns().size() != key.columns().size()) {
            return parents;
        }
        String columns = key.referencedColumns().stream().map(Identifiers::quote).collect(Collectors.joining(", "));
        String present = key.referencedColumns().stream().map(column -> Identifiers.quote(column) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT DISTINCT " + columns + " FROM " + table.sql()
                        + " WHERE " + present + " ORDER BY " + columns + " LIMIT " + ROWS_PER_TABLE * 4)) {
            while (rows.next()) {
                List<Object> parent = new ArrayList<>();
                for (int i = 1; i <= key.referencedColumns().size(); i++) {
                    parent.add(dialect == Dialect.POSTGRESQL ? rows.getString(i) : rows.getObject(i));
                }
                parents.add(parent);
            }
        }
        return parents;
    }

    private void insert(TableInfo table, Map<String, Object> attempt) throws SQLException {
        boolean overriding = table.columns().stream()
                .anyMatch(column -> column.identityAlways() && attempt.containsKey(column.name()));
        String sql = attempt.isEmpty()
                ? "INSERT INTO " + table.ref().sql() + " DEFAULT VALUES"
                : "INSERT INTO " + table.ref().sql()
                        + attempt.keySet().stream().map(Identifiers::quote).collect(Collectors.joining(", ", " (", ")"))
                        + (overriding ? " OVERRIDING SYSTEM VALUE" : "")
                        + attempt.keySet().stream().map(column -> "?").collect(Collectors.joining(", ", " VALUES (", ")"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : attempt.values()) {
                Binder.bind(dialect, statement, index++, value);
            }
            statement.executeUpdate();
        }
    }

    private static String signature(Map<String, Object> attempt) {
        return attempt.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + (entry.getValue() == null ? "NULL" : Binder.text(entry.getValue())))
                .collect(Collectors.joining(", "));
    }

    private String key(String name) {
        return Identifiers.key(dialect, name);
    }

    /** The database's message of {@code e} on one line (its class name when it has none). */
    static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
