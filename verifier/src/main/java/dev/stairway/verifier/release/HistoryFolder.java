package dev.stairway.verifier.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files beside a history, found from its location as the history reader takes it: {@code classpath:db/migration},
 * {@code filesystem:/path} or a plain path.
 */
final class HistoryFolder {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private HistoryFolder() {
    }

    /**
     * The location of {@code relative} (such as {@code releases} or {@code ../legacy}) under the history at
     * {@code location}, in the same form: {@code classpath:db/migration} and {@code ../legacy} give
     * {@code classpath:db/legacy}.
     */
    static String resolve(String location, String relative) {
        if (location.startsWith(CLASSPATH)) {
            String base = location.substring(CLASSPATH.length());
            String resolved = Path.of("/" + base).resolve(relative).normalize().toString().replace('\\', '/');
            return CLASSPATH + resolved.substring(1);
        }
        return fileSystemPath(location).resolve(relative).normalize().toString();
    }

    /** The text of {@code relative} under the history at {@code location}, if that file exists. */
    static Optional<String> read(String location, ClassLoader classLoader, String relative) {
        String file = resolve(location, relative);
        try {
            if (file.startsWith(CLASSPATH)) {
                URL resource = classLoader.getResource(file.substring(CLASSPATH.length()));
                if (resource == null) {
                    return Optional.empty();
                }
                try (InputStream in = resource.openStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path path = Path.of(file);
            return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file system path of {@code relative} under the history at {@code location}.
     *
     * @throws IllegalArgumentException for a {@code classpath:} location, which cannot be written
     */
    static Path writable(String location, String relative) {
        if (location.startsWith(CLASSPATH)) {
            throw new IllegalArgumentException("Cannot write " + relative + " beside the history at " + location
                    + ": a class path location is read-only. Give the migration folder's path, such as"
                    + " src/main/resources/db/migration.");
        }
        return fileSystemPath(location).resolve(relative).normalize();
    }

    private static Path fileSystemPath(String location) {
        return Path.of(location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location);
    }
}
