package dev.stairway.verifier.walk;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.ScriptFailedException;
import dev.stairway.verifier.data.DataSnapshot;
import dev.stairway.verifier.data.SeededRow;
import dev.stairway.verifier.data.SeededRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Tells an up that fails on the walk's generated rows from one that fails on its own. When an up fails on the
 * database as seeded, the generated rows are taken out, a few at a time, and the up is tried again on the same
 * database: first one row, then the rest, of each table the failing statement names, then each other seeded
 * table. Whatever was taken out last is the blocking row. When rows cannot be taken out (a later migration changed
 * them) or the failed up left the database in doubt, the up is tried once more on a fresh database without any
 * generated row. Only an up that fails there too is a real failure.
 *
 * <p>Engine: not part of Stairway's API; public for the release gate, whose upgrade paths retry ups the same way.
 */
public final class UpRetry {

    /** How many times the up is tried again on the seeded database before a fresh one is taken. */
    private static final int MAX_ATTEMPTS = 12;
    /** How many blocking rows a finding shows. */
    private static final int SHOWN = 3;

    /** Applies the revision's up to a database, within the walk's step limits; the failure if it failed. */
    public interface Up {
        /** Applies the up to {@code database}; the failure, if it failed. */
        Optional<ScriptFailedException> apply(TestDatabase database);
    }

    /** How the retry ended: the up passes on {@code database}, or it fails on empty tables too. */
    public sealed interface Outcome {
    }

    /**
     * The up passed after the blocking rows were taken out; the walk goes on with {@code database}, whose rows
     * before the up were {@code dataBefore} and which still holds the generated rows {@code generated}.
     */
    public record Passed(TestDatabase database, DataSnapshot dataBefore, List<SeededRow> generated, List<String> details)
            implements Outcome {
    }

    /** The up fails without generated rows too: {@code failure} is its own. */
    public record Failed(ScriptFailedException failure) implements Outcome {
    }

    private final Up up;
    private final Function<TestDatabase, DataSnapshot> data;
    private final Supplier<TestDatabase> freshBefore;
    private final Predicate<TestDatabase> asBefore;

    /**
     * A retry applying the up with {@code up}, reading rows with {@code data}, taking a fresh database at the
     * revision before with {@code freshBefore}, and telling with {@code asBefore} whether a failed up left a
     * database as it was before it (history and schema).
     */
    public UpRetry(Up up, Function<TestDatabase, DataSnapshot> data, Supplier<TestDatabase> freshBefore,
            Predicate<TestDatabase> asBefore) {
        this.up = up;
        this.data = data;
        this.freshBefore = freshBefore;
        this.asBefore = asBefore;
    }

    /**
     * Tries the up again after it failed with {@code failure} on {@code database}, which holds the generated rows
     * {@code generated}. On {@link Passed} with another database, {@code database} is closed; on {@link Failed},
     * it is left to the caller.
     */
    public Outcome retry(TestDatabase database, List<SeededRow> generated, ScriptFailedException failure) {
        if (generated.isEmpty()) {
            return new Failed(failure);
        }
        String fails = FailedStatement.describe(failure) + " fails on the generated rows"
                + failure.databaseMessage().map(message -> ": " + message).orElse("");
        if (asBefore.test(database)) {
            Optional<Passed> passed = removingRows(database, generated, failure, fails);
            if (passed.isPresent()) {
                return passed.get();
            }
        }
        TestDatabase fresh = freshBefore.get();
        boolean keep = false;
        try {
            DataSnapshot dataBefore = data.apply(fresh);
            Optional<ScriptFailedException> again = up.apply(fresh);
            if (again.isPresent()) {
                return new Failed(again.get());
            }
            keep = true;
            database.close();
            return new Passed(fresh, dataBefore, List.of(), List.of(fails,
                    "it passes on tables without generated rows; the walk goes on without them"));
        } finally {
            if (!keep) {
                fresh.close();
            }
        }
    }

    /** Takes generated rows out of {@code database} group by group, trying the up after each. */
    private Optional<Passed> removingRows(TestDatabase database, List<SeededRow> generated,
            ScriptFailedException failure, String fails) {
        List<SeededRow> left = new ArrayList<>(generated);
        List<List<SeededRow>> groups = new ArrayList<>(groups(generated, failure.statement().orElse("")));
        // at last every row still left, such as a parent row a child's foreign key kept in place until then
        groups.add(generated);
        int attempts = 0;
        int takenBefore = 0;
        for (List<SeededRow> group : groups) {
            List<String> taken = remove(database, attempts == MAX_ATTEMPTS - 1 ? generated : group, left);
            if (taken.isEmpty()) {
                continue;
            }
            attempts++;
            DataSnapshot dataBefore = data.apply(database);
            if (up.apply(database).isEmpty()) {
                return Optional.of(new Passed(database, dataBefore, left,
                        List.of(fails, blocking(taken, takenBefore))));
            }
            takenBefore += taken.size();
            if (attempts == MAX_ATTEMPTS || left.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The rows to take out together, in turn: for each table the statement names (in the order it names them),
     * its first generated row, then the rest; then each other table's rows.
     */
    private static List<List<SeededRow>> groups(List<SeededRow> generated, String statement) {
        Map<String, List<SeededRow>> byTable = new LinkedHashMap<>();
        generated.forEach(row -> byTable.computeIfAbsent(row.table(), table -> new ArrayList<>()).add(row));
        List<String> tables = new ArrayList<>(byTable.keySet());
        tables.sort(Comparator.comparingInt(table -> position(statement, table)));
        List<List<SeededRow>> groups = new ArrayList<>();
        for (String table : tables) {
            List<SeededRow> rows = byTable.get(table);
            if (position(statement, table) < Integer.MAX_VALUE && rows.size() > 1) {
                groups.add(rows.subList(0, 1));
                groups.add(rows.subList(1, rows.size()));
            } else {
                groups.add(rows);
            }
        }
        return groups;
    }

    /** Where {@code statement} first names {@code table} as a word, ignoring case; MAX_VALUE when it does not. */
    private static int position(String statement, String table) {
        String name = table.substring(table.lastIndexOf('.') + 1);
        var matcher = Pattern.compile("(?<![\\w$])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\w$])")
                .matcher(statement.toLowerCase(Locale.ROOT));
        return matcher.find() ? matcher.start() : Integer.MAX_VALUE;
    }

    /** Takes the rows of {@code group} still in {@code left} out of {@code database}; what was taken out. */
    private static List<String> remove(TestDatabase database, List<SeededRow> group, List<SeededRow> left) {
        List<String> taken = new ArrayList<>();
        try (Connection connection = database.connection()) {
            for (SeededRow row : group) {
                if (left.contains(row)) {
                    List<String> gone = SeededRows.remove(connection, database.dialect(), row);
                    if (!gone.isEmpty()) {
                        left.remove(row);
                        taken.addAll(gone);
                    }
                }
            }
        } catch (SQLException e) {
            // no connection: nothing more is taken out, and the fresh database will tell
        }
        return taken;
    }

    /** The rows whose removal let the up pass, and how many were taken out before them. */
    private static String blocking(List<String> rows, int takenBefore) {
        String shown = String.join("; ", rows.subList(0, Math.min(SHOWN, rows.size())));
        String more = rows.size() > SHOWN ? " and " + (rows.size() - SHOWN) + " more" : "";
        String before = takenBefore == 0 ? "" : ", with " + takenBefore + " other generated "
                + (takenBefore == 1 ? "row" : "rows") + " taken out before";
        return (rows.size() == 1 ? "blocking row: " : "blocking rows: ") + shown + more + " (taken out" + before
                + ", and the walk goes on without " + (rows.size() + takenBefore == 1 ? "it)" : "them)");
    }
}
