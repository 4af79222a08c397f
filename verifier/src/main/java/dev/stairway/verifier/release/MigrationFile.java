package dev.stairway.verifier.release;

import dev.stairway.verifier.history.RevisionVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned file of a history, as a release records it: an up ({@code V}), undo ({@code U}) or seed
 * ({@code S}) script of one version, in a dialect's folder or {@code common/}.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param path     the path under the history root, such as {@code sqlite/V3__chat_share_id.sql} or
 *                 {@code sqlite/seed/S3__chats.sql}
 * @param folder   the top folder: {@code sqlite}, {@code postgresql} or {@code common}
 * @param prefix   {@code V}, {@code U} or {@code S}
 * @param version  the version in the file name
 * @param checksum the {@link FileChecksum} of its text
 */
public record MigrationFile(String path, String folder, char prefix, RevisionVersion version, String checksum) {

    private static final Pattern NAME = Pattern.compile("([VUS])(\\d+(?:[._]\\d+)*)__.+\\.sql");

    /** The file at {@code path} with {@code text}, if its name is {@code V}, {@code U} or {@code S<version>__<name>.sql}. */
    static Optional<MigrationFile> of(String path, String text) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (!name.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationFile(path, path.substring(0, slash), name.group(1).charAt(0),
                RevisionVersion.from(name.group(2)), FileChecksum.of(text)));
    }

    /** Whether this is an up migration, which Flyway applies. */
    boolean isUp() {
        return prefix == 'V';
    }
}
