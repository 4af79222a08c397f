package dev.stairway.verifier.data;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link RowSeeder#seed} did to each user table.
 *
 * @param insertedRows the tables that were empty and now have rows, with how many were inserted (at
 *     most {@link RowSeeder#ROWS_PER_TABLE}), sorted by name
 * @param alreadyFilled the tables left alone because they had rows, sorted by name
 * @param failures the tables that were empty and still are, with the database's message, sorted by name
 * @param rows every row inserted, in insertion order, as the seeder gave it: what the walk takes out again when
 *     an up migration fails on generated rows
 * @param notices what a user should know of rows that were generated all the same, one sentence each, such as a
 *     foreign key to a table that does not exist (SQLite), whose rows were generated with foreign keys off
 */
public record SeedingResult(SortedMap<String, Integer> insertedRows, List<String> alreadyFilled,
        List<SeedingFailure> failures, List<SeededRow> rows, List<String> notices) {

    /** Copies every collection. */
    public SeedingResult {
        insertedRows = Collections.unmodifiableSortedMap(new TreeMap<>(insertedRows));
        alreadyFilled = List.copyOf(alreadyFilled);
        failures = List.copyOf(failures);
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
    }

    /** Whether every user table has rows now. */
    public boolean isComplete() {
        return failures.isEmpty();
    }
}
