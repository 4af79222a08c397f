package dev.stairway.junit;

import dev.stairway.verifier.history.MigrationHistory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL files under one Flyway location ({@code classpath:...}, {@code filesystem:...}, or a bare path, which
 * Flyway reads as {@code classpath:}), found before Flyway runs so that an empty or misspelt location is reported
 * with what was expected.
 */
record MigrationScan(String location, List<String> migrations, List<String> otherSqlFiles) {

    /** Flyway's default naming: versioned {@code V1__name.sql}, {@code V1.2__name.sql}, repeatable {@code R__name.sql}. */
    private static final Pattern MIGRATION = Pattern.compile("(V[0-9][0-9._]*|R)__.+\\.sql");
    /** Stairway's undo scripts, which Flyway Community ignores. */
    private static final Pattern UNDO = Pattern.compile("U[0-9][0-9._]*__.+\\.sql");
    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    MigrationScan {
        migrations = List.copyOf(migrations);
        otherSqlFiles = List.copyOf(otherSqlFiles);
    }

    /** Whether {@code location} names an existing folder. */
    static boolean exists(String location, ClassLoader classLoader) {
        if (location.startsWith(FILESYSTEM)) {
            return Files.isDirectory(Paths.get(location.substring(FILESYSTEM.length())));
        }
        return classLoader.getResource(classpathFolder(location)) != null;
    }

    /** The SQL files under {@code location}, searched recursively, as Flyway does. */
    static MigrationScan of(String location, ClassLoader classLoader) {
        List<String> names = MigrationHistory.sqlFileNames(location, classLoader);
        List<String> migrations = names.stream().filter(name -> MIGRATION.matcher(name).matches()).toList();
        List<String> others = names.stream().filter(name -> !MIGRATION.matcher(name).matches()
                && !UNDO.matcher(name).matches()).toList();
        return new MigrationScan(location, migrations, others);
    }

    boolean isEmpty() {
        return migrations.isEmpty();
    }

    private static String classpathFolder(String location) {
        String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path : path + "/";
    }
}
