package dev.stairway.verifier.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under a history's root, read once: from a folder ({@code filesystem:/path} or a plain path) or
 * from the class path ({@code classpath:db/migration}, in folders or in jars). Paths are relative to the root,
 * with {@code /} separators.
 */
final class HistoryFiles {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private final String location;
    private final String flywayPrefix;
    private final Set<String> folders;
    private final Map<String, String> files;
    private final List<String> problems;

    private HistoryFiles(String location, String flywayPrefix, Set<String> folders, Map<String, String> files,
            List<String> problems) {
        this.location = location;
        this.flywayPrefix = flywayPrefix;
        this.folders = Collections.unmodifiableSet(folders);
        this.files = Collections.unmodifiableMap(files);
        this.problems = List.copyOf(problems);
    }

    /** Lists the files at {@code location}, resolving {@code classpath:} locations with {@code classLoader}. */
    static HistoryFiles list(String location, ClassLoader classLoader) {
        if (location.startsWith(CLASSPATH)) {
            return fromClassPath(location, trimSlashes(location.substring(CLASSPATH.length())), classLoader);
        }
        String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
        return fromFolder(location, Path.of(path));
    }

    private static HistoryFiles fromFolder(String location, Path root) {
        Set<String> folders = new TreeSet<>();
        Map<String, String> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(location + ": no such folder (looked at " + root.toAbsolutePath() + "); expected a folder"
                    + " holding sqlite/ and postgresql/ (and optionally common/). Check the path.");
        } else {
            readFolder(root, folders, files);
        }
        return new HistoryFiles(location, FILESYSTEM + root.toAbsolutePath().normalize() + "/", folders, files,
                problems);
    }

    private static void readFolder(Path root, Set<String> folders, Map<String, String> files) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    if (!relative.contains("/")) {
                        folders.add(relative);
                    }
                } else if (isWanted(relative)) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read migration folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static HistoryFiles fromClassPath(String location, String base, ClassLoader classLoader) {
        Set<String> folders = new TreeSet<>();
        Map<String, String> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(base);
            if (!roots.hasMoreElements()) {
                problems.add(location + ": not on the class path; expected a resource folder " + base
                        + " holding sqlite/ and postgresql/ (and optionally common/). Check the location and that"
                        + " the folder is packaged.");
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                Map<String, String> found = new TreeMap<>();
                switch (root.getProtocol()) {
                    case "file" -> readFolder(Path.of(root.toURI()), folders, found);
                    case "jar" -> readJar(root, folders, found);
                    default -> problems.add(location + ": found at " + root + ", which Stairway cannot list"
                            + " (expected a file: or jar: URL). Copy the folder to the file system and give its"
                            + " path instead.");
                }
                found.forEach((path, sql) -> {
                    if (files.putIfAbsent(path, sql) != null) {
                        problems.add(path + ": on the class path twice (again in " + root + "); expected one copy."
                                + " Remove the duplicate from the class path.");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + location + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Could not list " + location + ": " + e.getMessage(), e);
        }
        return new HistoryFiles(location, CLASSPATH + base + "/", folders, files, problems);
    }

    private static void readJar(URL root, Set<String> folders, Map<String, String> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = trimSlashes(connection.getEntryName()) + "/";
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(prefix) || entry.getName().equals(prefix)) {
                    continue;
                }
                String relative = trimSlashes(entry.getName().substring(prefix.length()));
                int slash = relative.indexOf('/');
                if (slash > 0) {
                    folders.add(relative.substring(0, slash));
                } else if (entry.isDirectory()) {
                    folders.add(relative);
                }
                if (!entry.isDirectory() && isWanted(relative)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private static boolean isWanted(String relative) {
        return relative.endsWith(".sql") || relative.equals(MigrationHistory.FLYWAY_CONF);
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    String location() {
        return location;
    }

    /** The Flyway location of a folder under the root, such as {@code classpath:db/migration/sqlite}. */
    String flywayLocation(String folder) {
        return flywayPrefix + folder;
    }

    /** The names of the folders directly under the root. */
    Set<String> folders() {
        return folders;
    }

    /** Relative path to text, sorted by path: every {@code .sql} file and {@code flyway.conf}. */
    Map<String, String> files() {
        return files;
    }

    /** What stopped the listing, such as a missing root; empty when it went well. */
    List<String> problems() {
        return problems;
    }
}
