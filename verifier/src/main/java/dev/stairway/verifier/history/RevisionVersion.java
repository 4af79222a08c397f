package dev.stairway.verifier.history;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The version of one revision, as Flyway reads it from a file name: {@code 7} from {@code V7__add_chat.sql},
 * {@code 1.2} from {@code V1.2__x.sql} or {@code V1_2__x.sql}. Versions order numerically part by part
 * ({@code 1.2 < 1.10 < 2}) and compare as Flyway does, so {@code 1} and {@code 1.0} are the same version.
 *
 * <p>Example: {@code RevisionVersion.from("2_1").toString()} is {@code "2.1"}.
 */
public final class RevisionVersion implements Comparable<RevisionVersion> {

    private static final Pattern SHAPE = Pattern.compile("\\d+([._]\\d+)*");

    private final MigrationVersion version;
    /**
     * The parts as numbers without trailing zero parts ({@code 1.0} and {@code 01} are {@code 1}), equal exactly when
     * Flyway's versions are: compared as text, since the walk compares whole lists of versions after every step.
     */
    private final String key;

    private RevisionVersion(MigrationVersion version, String key) {
        this.version = version;
        this.key = key;
    }

    /**
     * The version written as {@code text}: digits separated by {@code .} or {@code _}, such as {@code 7},
     * {@code 1.2} or {@code 2_1}.
     *
     * @throws IllegalArgumentException saying what a version looks like when {@code text} is not one
     */
    public static RevisionVersion from(String text) {
        if (!isVersion(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a revision version: expected digits separated"
                    + " by '.' or '_', such as 7, 1.2 or 2_1");
        }
        String dotted = text.replace('_', '.');
        List<String> parts = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            parts.add(new BigInteger(part).toString());
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return new RevisionVersion(MigrationVersion.fromVersion(dotted), String.join(".", parts));
    }

    /** Whether {@code text} is a version {@link #from(String)} accepts. */
    public static boolean isVersion(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** This version as Flyway's own value, for its {@code target} setting and history table. */
    public MigrationVersion toFlyway() {
        return version;
    }

    @Override
    public int compareTo(RevisionVersion other) {
        return version.compareTo(other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionVersion that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The version with {@code .} between parts, as Flyway writes it in its history table: {@code 2.1}. */
    @Override
    public String toString() {
        return version.getVersion();
    }
}
