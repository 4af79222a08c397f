package dev.stairway.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        List<String> names = new ArrayList<>();
        if (location.startsWith(FILESYSTEM)) {
            names.addAll(sqlFilesUnder(Paths.get(location.substring(FILESYSTEM.length()))));
        } else {
            String folder = classpathFolder(location);
            try {
                Enumeration<URL> roots = classLoader.getResources(folder);
                for (URL root : Collections.list(roots)) {
                    names.addAll(sqlFilesUnder(root, folder));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list " + location + ": " + e.getMessage(), e);
            }
        }
        List<String> migrations = names.stream().filter(name -> MIGRATION.matcher(name).matches()).sorted().toList();
        List<String> others = names.stream().filter(name -> !MIGRATION.matcher(name).matches()
                && !UNDO.matcher(name).matches()).sorted().toList();
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

    private static List<String> sqlFilesUnder(URL root, String folder) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try {
                return sqlFilesUnder(Paths.get(root.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if ("jar".equals(root.getProtocol())) {
            URLConnection connection = root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                return jar.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(folder) && name.endsWith(".sql"))
                        .map(name -> name.substring(name.lastIndexOf('/') + 1))
                        .toList();
            }
        }
        return List.of();
    }

    private static List<String> sqlFilesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder + ": " + e.getMessage(), e);
        }
    }
}
