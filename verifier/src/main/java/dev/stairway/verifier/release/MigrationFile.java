package dev.stairway.verifier.release;

import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned file of a history, as a release records it: an up ({@code V}) or undo ({@code U}) script of one
 * version in a dialect's folder or {@code common/}, or a seed script ({@code S}) in {@code seed/<dialect>/} or
 * {@code seed/common/}.
 *
 * <p>Engine: not part of Stairway's API.
 *
 * @param path     the path under the history root, such as {@code sqlite/V3__chat_share_id.sql} or
 *                 {@code seed/sqlite/S3__chats.sql}
 * @param folder   the folder naming the dialects it concerns: {@code sqlite}, {@code postgresql} or {@code common}
 *                 (for a seed script, the folder under {@code seed/})
 * @param prefix   {@code V}, {@code U} or {@code S}
 * @param version  the version in the file name
 * @param checksum the {@link FileChecksum} of its text
 */
public record MigrationFile(String path, String folder, char prefix, RevisionVersion version, String checksum) {

    private static final Pattern NAME = Pattern.compile("([VUS])(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final String SEED = MigrationHistory.SEED_FOLDER + "/";

    /** The file at {@code path} with {@code text}, if its name is {@code V}, {@code U} or {@code S<version>__<name>.sql}. */
    static Optional<MigrationFile> of(String path, String text) {
        if (path.indexOf('/') < 0) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (!name.matches() || (name.group(1).equals("S") != path.startsWith(SEED))) {
            return Optional.empty();
        }
        return Optional.of(new MigrationFile(path, folderOf(path), name.group(1).charAt(0),
                RevisionVersion.from(name.group(2)), FileChecksum.of(text)));
    }

    /**
     * The folder of {@code path} that names the dialects it concerns: its top folder ({@code sqlite/V1__a.sql}
     * gives {@code sqlite}), or for a seed script the folder under {@code seed/} ({@code seed/common/S2__b.sql}
     * gives {@code common}); empty for a file at the root.
     */
    static String folderOf(String path) {
        String under = path.startsWith(SEED) ? path.substring(SEED.length()) : path;
        int slash = under.indexOf('/');
        return slash < 0 ? "" : under.substring(0, slash);
    }

    /** Whether this is a seed script of the history's own, which the gate runs when it builds a database. */
    boolean isSeed() {
        return prefix == 'S';
    }

    /** Whether this is an up migration, which Flyway applies. */
    boolean isUp() {
        return prefix == 'V';
    }
}
