package dev.stairway.verifier.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The files under a history's root, read once: from a folder ({@code filesystem:/path} or a plain path) or
 * from the class path ({@code classpath:db/migration}, in folders or in jars). Paths are relative to the root,
 * with {@code /} separators; contents are kept as bytes, for the reader to decode with the history's encoding.
 *
 * <p>Symbolic links are followed, as Flyway follows them, the root's included. A link that leads nowhere, a loop
 * of links, and a named pipe, socket or device named like a migration are problems, found before anything
 * reads them (a named pipe would block the reader forever).
 */
final class HistoryFiles {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final int FILE_TYPE = 0170000;
    private static final int NAMED_PIPE = 0010000;
    private static final int SOCKET = 0140000;

    private final String location;
    private final String flywayPrefix;
    private final Set<String> folders;
    private final Set<String> topFiles;
    private final Set<String> paths;
    private final Map<String, byte[]> files;
    private final List<String> problems;

    private HistoryFiles(String location, String flywayPrefix, Set<String> folders, Set<String> topFiles,
            Set<String> paths, Map<String, byte[]> files, List<String> problems) {
        this.location = location;
        this.flywayPrefix = flywayPrefix;
        this.folders = Collections.unmodifiableSet(folders);
        this.topFiles = Collections.unmodifiableSet(topFiles);
        this.paths = Collections.unmodifiableSet(paths);
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
        Listing listing = new Listing();
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            listing.problems.add((Files.isSymbolicLink(root) ? "a symbolic link to " + target(root)
                    + ", which does not exist" : "no such folder (looked at " + absolute + ")")
                    + "; expected a folder holding sqlite/ and postgresql/ (and optionally common/). Check the path.");
        } else if (!Files.isDirectory(root)) {
            listing.problems.add("a file, not a folder (" + absolute + "): expected the folder holding sqlite/ and"
                    + " postgresql/ (and optionally common/). Pass that folder.");
        } else {
            listing.readFolder(root);
        }
        return listing.toFiles(location, FILESYSTEM + absolute + "/");
    }

    /** What a listing found so far. */
    private static final class Listing {
        private final Set<String> folders = new TreeSet<>();
        private final Set<String> topFiles = new TreeSet<>();
        private final Set<String> paths = new TreeSet<>();
        private final Map<String, byte[]> files = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();

        HistoryFiles toFiles(String location, String flywayPrefix) {
            return new HistoryFiles(location, flywayPrefix, folders, topFiles, paths, files, problems);
        }

        /** Reads the wanted files under {@code root}, following links, noting what cannot be read as a problem. */
        void readFolder(Path root) {
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                                String relative = relative(root, dir);
                                if (!relative.isEmpty() && !relative.contains("/")) {
                                    folders.add(relative);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                visit(relative(root, file), file, attributes);
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                String relative = relative(root, file);
                                if (e instanceof FileSystemLoopException) {
                                    problems.add(relative + ": a symbolic link to " + target(file) + ", a folder it"
                                            + " is itself inside (a loop): expected folders and files. Remove the"
                                            + " link.");
                                } else {
                                    problems.add(relative + ": could not be read (" + e.getMessage() + ").");
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.add("could not list " + root.toAbsolutePath() + " (" + e.getMessage() + ").");
            }
        }

        private void visit(String relative, Path file, BasicFileAttributes attributes) {
            paths.add(relative);
            if (!relative.contains("/")) {
                topFiles.add(relative);
            }
            String name = file.getFileName().toString();
            if (!isWanted(name)) {
                return;
            }
            if (attributes.isSymbolicLink()) {
                problems.add(relative + ": a symbolic link to " + target(file) + ", which does not exist. Fix the link"
                        + " or remove it.");
            } else if (!attributes.isRegularFile()) {
                problems.add(relative + ": " + kind(file) + ", not a file: expected a file of SQL"
                        + (name.equals(MigrationHistory.FLYWAY_CONF) ? " settings" : "") + ". Replace it with the"
                        + " file or remove it.");
            } else {
                try {
                    files.put(relative, Files.readAllBytes(file));
                } catch (IOException e) {
                    problems.add(relative + ": could not be read (" + e.getMessage() + ").");
                }
            }
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    /** What a file that is not a regular file is: a named pipe, a socket or a device. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE;
            return type == NAMED_PIPE ? "a named pipe" : type == SOCKET ? "a socket" : "a device";
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static HistoryFiles fromClassPath(String location, String base, ClassLoader classLoader) {
        Listing listing = new Listing();
        Set<String> folders = listing.folders;
        Map<String, byte[]> files = listing.files;
        List<String> problems = listing.problems;
        try {
            Enumeration<URL> roots = classLoader.getResources(base);
            if (!roots.hasMoreElements()) {
                problems.add("not on the class path; expected a resource folder " + base
                        + " holding sqlite/ and postgresql/ (and optionally common/). Check the location and that"
                        + " the folder is packaged.");
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                Listing found = new Listing();
                switch (root.getProtocol()) {
                    case "file" -> found.readFolder(Path.of(root.toURI()));
                    case "jar" -> readJar(root, found);
                    default -> problems.add("found at " + root + ", which Stairway cannot list"
                            + " (expected a file: or jar: URL). Copy the folder to the file system and give its"
                            + " path instead.");
                }
                folders.addAll(found.folders);
                listing.topFiles.addAll(found.topFiles);
                listing.paths.addAll(found.paths);
                problems.addAll(found.problems);
                found.files.forEach((path, bytes) -> {
                    if (files.putIfAbsent(path, bytes) != null) {
                        problems.add(path + ": on the class path twice (again in " + root + "); expected one copy."
                                + " Remove the duplicate from the class path.");
                    }
                });
            }
        } catch (IOException | URISyntaxException e) {
            problems.add("could not be listed on the class path (" + e.getMessage() + ").");
        }
        return listing.toFiles(location, CLASSPATH + base + "/");
    }

    private static void readJar(URL root, Listing listing) throws IOException {
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
                    listing.folders.add(relative.substring(0, slash));
                } else if (entry.isDirectory()) {
                    listing.folders.add(relative);
                } else {
                    listing.topFiles.add(relative);
                }
                if (!entry.isDirectory()) {
                    listing.paths.add(relative);
                }
                if (!entry.isDirectory() && isWanted(relative.substring(relative.lastIndexOf('/') + 1))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        listing.files.put(relative, in.readAllBytes());
                    }
                }
            }
        }
    }

    /** Whether a file of this name is read: SQL scripts and Flyway's settings, not hidden files. */
    private static boolean isWanted(String name) {
        return !name.startsWith(".") && (name.endsWith(".sql") || name.equals(MigrationHistory.FLYWAY_CONF));
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

    /** The names of the files (not folders) directly under the root. */
    Set<String> topFiles() {
        return topFiles;
    }

    /** The paths of every file under the root, read or not, sorted. */
    Set<String> paths() {
        return paths;
    }

    /** Relative path to content, sorted by path: every {@code .sql} file and {@code flyway.conf}. */
    Map<String, byte[]> files() {
        return files;
    }

    /** What stopped the listing, such as a missing root; empty when it went well. */
    List<String> problems() {
        return problems;
    }
}
