package dev.stairway.verifier.flyway;

import java.util.List;

/**
 * The rows of Flyway's history table above one installed rank, and a summary of the rows at or below it, read
 * together so that a caller who knew those rows can tell whether they are still the same without reading them again.
 *
 * <p>Engine: not part of Stairway's API; read by the walk's history checks.
 *
 * @param rowsUpTo    how many rows have an installed rank at or below the one asked for
 * @param rankSumUpTo the sum of those rows' installed ranks
 * @param failedUpTo  how many of those rows failed
 * @param rowsAbove   the rows above it, in the order Flyway applied them
 */
public record HistoryTail(int rowsUpTo, long rankSumUpTo, int failedUpTo, List<AppliedMigration> rowsAbove) {

    public HistoryTail {
        rowsAbove = List.copyOf(rowsAbove);
    }
}
