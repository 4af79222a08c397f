package dev.stairway.verifier.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum a release records for a migration file: SHA-256 in hex over its lines, as Flyway reads a script
 * line by line. Line endings are normalised (each line counts as ending in {@code \n}, whether it ends in
 * {@code \r\n}, {@code \r}, {@code \n} or, the last one, in nothing) and a byte order mark is left out, so a file
 * checked out on Windows has the checksum it has on Linux, and a file with {@code \n} line endings has the checksum
 * {@code sha256sum} prints for it.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class FileChecksum {

    private FileChecksum() {
    }

    /** The checksum of {@code text}: 64 lower-case hex digits. */
    public static String of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder normalised = new StringBuilder(body.length() + 1);
        body.lines().forEach(line -> normalised.append(line).append('\n'));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first 12 hex digits, enough to tell two checksums apart in a message: {@code 3f2a9c1e0b7d…}. */
    static String shortForm(String checksum) {
        return checksum.substring(0, Math.min(12, checksum.length())) + "…";
    }
}
