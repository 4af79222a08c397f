package dev.stairway.verifier.data;

import dev.stairway.verifier.catalog.TableRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which tables hold at least one row, asked in one query for many tables rather than one per table:
 * {@code SELECT 0 WHERE EXISTS (SELECT 1 FROM "chat") UNION ALL SELECT 1 WHERE EXISTS (SELECT 1 FROM "tag")}
 * answers with the positions of the tables that have rows. Both dialects accept it.
 */
final class FilledTables {

    /** Tables per query, well under SQLite's limit of 500 terms in a compound SELECT. */
    private static final int TABLES_PER_QUERY = 200;

    private FilledTables() {
    }

    /** The tables of {@code tables} that have at least one row, in their given order. */
    static Set<TableRef> among(Connection connection, List<TableRef> tables) throws SQLException {
        Set<Integer> filled = new HashSet<>();
        for (int from = 0; from < tables.size(); from += TABLES_PER_QUERY) {
            int to = Math.min(tables.size(), from + TABLES_PER_QUERY);
            String sql = IntStream.range(from, to)
                    .mapToObj(i -> "SELECT " + i + " WHERE EXISTS (SELECT 1 FROM " + tables.get(i).sql() + ")")
                    .collect(Collectors.joining(" UNION ALL "));
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    filled.add(rows.getInt(1));
                }
            }
        }
        return IntStream.range(0, tables.size()).filter(filled::contains).mapToObj(tables::get)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
