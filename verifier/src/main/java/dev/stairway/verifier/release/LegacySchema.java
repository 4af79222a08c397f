package dev.stairway.verifier.release;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import java.util.List;

/**
 * The scripts that made the schema of installs of a release without a migration tool: the {@code .sql} files
 * directly in {@code <legacy>/<dialect>/}, in name order, where {@code <legacy>} is the release's
 * {@link Release#legacy()} folder relative to the migration folder (the reference history's is {@code ../legacy}).
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class LegacySchema {

    private LegacySchema() {
    }

    /**
     * The legacy scripts of {@code release} for {@code dialect}, each named by its path relative to the migration
     * folder ({@code ../legacy/sqlite/schema.sql}); empty when the release has no legacy folder or it holds no
     * script for the dialect.
     */
    public static List<MigrationScript> scripts(MigrationHistory history, Release release, Dialect dialect) {
        if (release.legacy().isEmpty()) {
            return List.of();
        }
        String legacy = release.legacy().get().replaceAll("/+$", "");
        String location = HistoryFolder.resolve(history.location(), legacy);
        String prefix = dialect.id() + "/";
        return MigrationHistory.sqlFiles(location, history.classLoader()).entrySet().stream()
                .filter(file -> file.getKey().startsWith(prefix) && file.getKey().indexOf('/', prefix.length()) < 0)
                .map(file -> new MigrationScript(legacy + "/" + file.getKey(), file.getValue()))
                .toList();
    }
}
