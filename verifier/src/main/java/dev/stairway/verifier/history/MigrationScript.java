package dev.stairway.verifier.history;

import java.util.Objects;

/**
 * One SQL file of a history: where it is, relative to the history's root folder with {@code /} separators
 * (such as {@code postgresql/V7__add_chat_index.sql} or {@code common/V1__init.sql}), and its text.
 *
 * @param path the file's path under the history root, used in every message about it
 * @param sql  the file's text, as read (UTF-8)
 */
public record MigrationScript(String path, String sql) {

    /** Checks both parts are present. */
    public MigrationScript {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sql, "sql");
    }

    /** The file name alone, such as {@code V7__add_chat_index.sql}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return path;
    }
}
