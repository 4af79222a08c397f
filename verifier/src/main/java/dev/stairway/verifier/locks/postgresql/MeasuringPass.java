package dev.stairway.verifier.locks.postgresql;

import dev.stairway.verifier.sql.SqlStatement;
import dev.stairway.verifier.sql.TransactionRules;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a script's statements in one transaction on the walk's database, reads after each statement the relation
 * locks its own backend holds ({@code pg_locks} joined to {@code pg_class}), which relations got a new file
 * ({@code relfilenode}), which constraints it validated and which columns it made NOT NULL, then rolls everything
 * back. Statements PostgreSQL runs only outside a transaction are noted, not run.
 */
final class MeasuringPass {

    /** How long a statement of the measuring pass waits for a lock before the measurement gives up. */
    private static final String LOCK_TIMEOUT = "10s";

    /** The row locks of plain reads and writes, which change no table's constraints or columns. */
    private static final List<String> WEAK_MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock");

    /** The relation locks this backend holds. */
    private static final String LOCKS = "SELECT l.relation::bigint, l.mode, c.relname, n.nspname,"
            + " c.relkind::text, c.relfilenode::bigint, coalesce(i.indrelid::bigint, 0),"
            + " quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.oid IS NOT NULL AND "
            + CatalogBefore.USER_SCHEMA
            + " FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation"
            + " LEFT JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_index i ON i.indexrelid = l.relation"
            + " WHERE l.locktype = 'relation' AND l.pid = pg_backend_pid() AND l.granted";

    /**
     * The check and foreign key constraints and the NOT NULL columns of the tables {@code {known}} (an array literal
     * of oids) and of those this backend now holds in a mode stronger than the row locks: a superset of the tables
     * whose facts the pass reads, taken in the same round trip as the locks that tell which those are.
     */
    private static final String TABLE_FACTS = "WITH strong AS (SELECT s.relation FROM pg_locks s"
            + " WHERE s.locktype = 'relation' AND s.pid = pg_backend_pid() AND s.granted"
            + " AND s.mode NOT IN ('" + String.join("', '", WEAK_MODES) + "'))"
            + " SELECT 'c', co.oid::bigint, co.conname::text, co.convalidated, co.conrelid::bigint, 0"
            + " FROM pg_constraint co WHERE co.contype IN ('c', 'f')"
            + " AND (co.conrelid::bigint = ANY({known}::bigint[]) OR co.conrelid IN (SELECT relation FROM strong))"
            + " UNION ALL SELECT 'n', 0, a.attname::text, true, a.attrelid::bigint, a.attnum::int FROM pg_attribute a"
            + " WHERE a.attnotnull AND a.attnum > 0 AND NOT a.attisdropped"
            + " AND (a.attrelid::bigint = ANY({known}::bigint[]) OR a.attrelid IN (SELECT relation FROM strong))";

    private final Connection connection;
    private final boolean transactional;
    private final List<Observed> observed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private CatalogBefore before;
    /** Locks held so far, as {@code oid:mode}. */
    private final Set<String> held = new HashSet<>();
    /** The strongest mode held so far on each relation that existed before. */
    private final Map<Long, String> strongest = new HashMap<>();
    private final Map<Long, Long> filenodes = new HashMap<>();
    private final Set<String> nullable = new HashSet<>();
    /** Constraints new in this script, by oid: the index of the statement that added it. */
    private final Map<Long, Integer> newConstraints = new HashMap<>();
    private final Set<Long> validatedReported = new HashSet<>();
    private final Map<Long, Long> rows = new HashMap<>();
    private final Set<Long> dropped = new HashSet<>();
    private boolean completed;

    private MeasuringPass(Connection connection, boolean transactional) {
        this.connection = connection;
        this.transactional = transactional;
    }

    /** What one statement did, as observed right after it. */
    static final class Observed {
        final SqlStatement statement;
        Duration duration = Duration.ZERO;
        long rowsWritten = -1;
        final List<ObservedLock> locks = new ArrayList<>();
        final List<Relation> rewritten = new ArrayList<>();
        /** New indexes built on tables that existed before, with their table. */
        final Map<String, Relation> indexesBuilt = new LinkedHashMap<>();
        /** Constraints on tables that existed before, validated here, with their table. */
        final Map<String, Relation> validated = new LinkedHashMap<>();
        /** Whether each validated constraint was added by this same statement. */
        final Set<String> validatedWhereAdded = new HashSet<>();
        /** Columns of tables that existed before made NOT NULL here, as {@code table.column}, with their table. */
        final Map<String, Relation> notNullSet = new LinkedHashMap<>();

        Observed(SqlStatement statement) {
            this.statement = statement;
        }
    }

    /**
     * A lock a statement took.
     *
     * @param relation the relation (for one dropped meanwhile, as it was before)
     * @param mode     the mode as {@code pg_locks} names it, such as {@code AccessExclusiveLock}
     * @param existed  whether the relation existed before the script
     */
    record ObservedLock(Relation relation, String mode, boolean existed) {
    }

    /**
     * The result of a pass: what each statement did, the notes, the rows of the tables that matter, and the tables
     * that existed before and that the script drops (known only when the pass completed).
     */
    record Result(boolean transactional, List<Observed> statements, List<String> notes, CatalogBefore before,
            Map<Long, Long> rows, Set<Long> dropped, boolean completed) {

        /** The rows of the relation {@code oid} (of an index: of its table) after the script; -1 when unknown. */
        long rowsOf(Relation relation) {
            return rows.getOrDefault(tableOf(relation), -1L);
        }

        /** Whether the script drops {@code relation} (an index: its table), which existed before it. */
        boolean dropsTableOf(Relation relation) {
            return dropped.contains(tableOf(relation));
        }

        private static long tableOf(Relation relation) {
            return relation.isIndex() ? relation.table() : relation.oid();
        }
    }

    /**
     * Measures {@code statements} on {@code connection} (left in auto-commit afterwards, with nothing of the
     * script kept), with {@code schema} as the search path when Flyway is told one.
     */
    static Result run(Connection connection, List<SqlStatement> statements, Optional<String> schema)
            throws SQLException {
        boolean transactional = statements.stream().noneMatch(TransactionRules::runsOutsideTransactionOnPostgresql);
        MeasuringPass pass = new MeasuringPass(connection, transactional);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            pass.measure(statements, schema);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return new Result(transactional, pass.observed, pass.notes, pass.before, pass.rows, pass.dropped,
                pass.completed);
    }

    private void measure(List<SqlStatement> statements, Optional<String> schema) throws SQLException {
        // the settings, what exists before and the locks held before the script, in one round trip
        List<String> setup = new ArrayList<>();
        setup.add("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
        schema.ifPresent(name -> setup.add("SET LOCAL search_path TO " + quote(name)));
        setup.addAll(CatalogBefore.QUERIES);
        setup.add(LOCKS);
        try (Statement statement = connection.createStatement()) {
            statement.execute(String.join(";\n", setup));
            try (ResultSet relations = nextResultSet(statement); ResultSet constraints = nextResultSet(statement)) {
                before = CatalogBefore.read(relations, constraints);
            }
            before.relations.values().forEach(relation -> filenodes.put(relation.oid(), relation.filenode()));
            nullable.addAll(before.nullableColumns);
            try (ResultSet locks = nextResultSet(statement)) {
                observeLocks(new Observed(null), locks);
            }
        }
        for (SqlStatement statement : statements) {
            if (TransactionRules.runsOutsideTransactionOnPostgresql(statement)) {
                notes.add("line " + statement.line() + " not measured: " + statement.firstLine() + " runs outside a"
                        + " transaction (CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which blocks neither"
                        + " reads nor writes)");
                continue;
            }
            Observed step = new Observed(statement);
            if (!execute(step)) {
                return;
            }
            observed.add(step);
            observe(step);
        }
        completed = true;
        countRows();
    }

    private boolean execute(Observed step) {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            boolean result = statement.execute(step.statement.sql());
            step.rowsWritten = result ? -1 : statement.getUpdateCount();
            step.duration = Duration.ofNanos(System.nanoTime() - start);
            return true;
        } catch (SQLException e) {
            notes.add("not measured from line " + step.statement.line() + " on: " + step.statement.firstLine()
                    + " failed in the measuring transaction: " + firstLine(e.getMessage()));
            return false;
        }
    }

    /** The locks held after {@code step}, and the facts of the tables it may have changed, in one round trip. */
    private void observe(Observed step) throws SQLException {
        String known = strongTables().stream().map(String::valueOf).collect(Collectors.joining(",", "'{", "}'"));
        try (Statement statement = connection.createStatement()) {
            statement.execute(LOCKS + ";\n" + TABLE_FACTS.replace("{known}", known));
            try (ResultSet locks = nextResultSet(statement)) {
                observeLocks(step, locks);
            }
            try (ResultSet facts = nextResultSet(statement)) {
                observeTableFacts(step, facts);
            }
        }
    }

    /** The next result of {@code statement} that is a result set, past the update counts of settings. */
    private static ResultSet nextResultSet(Statement statement) throws SQLException {
        while (statement.getResultSet() == null) {
            if (!statement.getMoreResults() && statement.getUpdateCount() == -1) {
                throw new SQLException("Expected another result set from PostgreSQL in the measuring pass, found none");
            }
        }
        ResultSet result = statement.getResultSet();
        statement.getMoreResults(Statement.KEEP_CURRENT_RESULT);
        return result;
    }

    private void observeLocks(Observed step, ResultSet locks) throws SQLException {
        while (locks.next()) {
            long oid = locks.getLong(1);
            String mode = locks.getString(2);
            Relation relation;
            if (locks.getBoolean(9)) {
                relation = new Relation(oid, Relation.qualified(locks.getString(4), locks.getString(3)),
                        locks.getString(5), locks.getLong(6), locks.getLong(7), locks.getString(8));
            } else if (locks.getString(3) == null && before.existed(oid)) {
                relation = before.relations.get(oid); // dropped by the script: named as it was
            } else {
                continue; // PostgreSQL's own catalogs, or a relation both created and dropped by the script
            }
            if (step.statement != null && before.existed(oid) && locks.getBoolean(9)
                    && locks.getLong(6) != filenodes.get(oid)) {
                filenodes.put(oid, locks.getLong(6)); // a relation is rewritten only under a lock it keeps
                step.rewritten.add(before.relations.get(oid));
            }
            if (!held.add(oid + ":" + mode)) {
                continue;
            }
            boolean existed = before.existed(oid);
            if (existed) {
                strongest.merge(oid, mode, (one, other) -> strength(one) >= strength(other) ? one : other);
            }
            if (step.statement != null) {
                step.locks.add(new ObservedLock(existed ? before.relations.get(oid) : relation, mode, existed));
                if (!existed && relation.isIndex() && before.isExistingTable(relation.table())
                        && !step.indexesBuilt.containsKey(relation.name())) {
                    step.indexesBuilt.put(relation.name(), before.relations.get(relation.table()));
                }
            }
        }
    }

    /**
     * Constraints validated and columns made NOT NULL on tables that existed before, of the tables held in a mode
     * that can change them (stronger than the row locks of plain reads and writes); {@code facts} holds them for
     * those tables and perhaps others.
     */
    private void observeTableFacts(Observed step, ResultSet facts) throws SQLException {
        Set<Long> tables = strongTables();
        int index = observed.size() - 1;
        Map<String, Relation> madeNotNull = new LinkedHashMap<>();
        while (facts.next()) {
            if (!tables.contains(facts.getLong(5))) {
                continue;
            }
            Relation table = before.relations.get(facts.getLong(5));
            if (facts.getString(1).equals("c")) {
                constraint(step, index, facts.getLong(2), facts.getString(3), facts.getBoolean(4), table);
            } else if (nullable.remove(table.oid() + ":" + facts.getInt(6))) {
                madeNotNull.put(facts.getString(3), table);
            }
        }
        for (Map.Entry<String, Relation> column : madeNotNull.entrySet()) {
            if (!before.provesNotNull(connection, column.getValue(), column.getKey())) {
                step.notNullSet.put(column.getValue().name() + "." + column.getKey(), column.getValue());
            }
        }
    }

    /** The tables that existed before and are held in a mode stronger than the row locks, so far. */
    private Set<Long> strongTables() {
        return strongest.entrySet().stream()
                .filter(entry -> before.isExistingTable(entry.getKey()) && !WEAK_MODES.contains(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void constraint(Observed step, int index, long oid, String name, boolean validated, Relation table) {
        if (before.constraints.contains(oid)) {
            return;
        }
        int addedAt = newConstraints.computeIfAbsent(oid, key -> index);
        if (!validated || validatedReported.contains(oid)) {
            return;
        }
        validatedReported.add(oid);
        // run statement by statement, a constraint added NOT VALID and validated later holds no lock in between
        if (transactional || addedAt == index) {
            step.validated.put(name, table);
            if (addedAt == index) {
                step.validatedWhereAdded.add(name);
            }
        }
    }

    /**
     * Counts the rows of the tables that existed before and that the script locked, as they are after it; those no
     * longer there are the tables it dropped.
     */
    private void countRows() throws SQLException {
        Set<Long> tables = new LinkedHashSet<>();
        for (Long oid : strongest.keySet()) {
            Relation relation = before.relations.get(oid);
            if (relation.holdsRows()) {
                tables.add(oid);
            } else if (relation.isIndex() && before.isExistingTable(relation.table())) {
                tables.add(relation.table());
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        List<Long> present = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT oid::bigint FROM pg_class WHERE oid::bigint = ANY(?)")) {
            statement.setArray(1, array(new ArrayList<>(tables)));
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    present.add(found.getLong(1));
                }
            }
        }
        tables.stream().filter(oid -> !present.contains(oid)).forEach(dropped::add);
        if (present.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (Long oid : present) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT ").append(oid)
                    .append("::bigint, count(*) FROM ").append(before.relations.get(oid).quoted());
        }
        try (Statement statement = connection.createStatement(); ResultSet counts = statement.executeQuery(
                sql.toString())) {
            while (counts.next()) {
                rows.put(counts.getLong(1), counts.getLong(2));
            }
        }
    }

    private Array array(List<Long> oids) throws SQLException {
        return connection.createArrayOf("bigint", oids.toArray(Long[]::new));
    }

    /** The order of PostgreSQL's table lock modes, weakest first. */
    static int strength(String mode) {
        return switch (mode) {
            case "AccessShareLock" -> 1;
            case "RowShareLock" -> 2;
            case "RowExclusiveLock" -> 3;
            case "ShareUpdateExclusiveLock" -> 4;
            case "ShareLock" -> 5;
            case "ShareRowExclusiveLock" -> 6;
            case "ExclusiveLock" -> 7;
            case "AccessExclusiveLock" -> 8;
            default -> 0;
        };
    }

    /** The mode as PostgreSQL's documentation names it: {@code AccessExclusiveLock} is {@code ACCESS EXCLUSIVE}. */
    static String modeName(String mode) {
        String name = mode.endsWith("Lock") ? mode.substring(0, mode.length() - 4) : mode;
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("").strip();
    }
}
