package dev.stairway.verifier.history;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * A file's bytes decoded strictly in one character set, as Flyway reads migrations: a byte sequence that is not
 * valid there is an error naming the file, the byte offset and its line, never a replacement character.
 *
 * @param text    the decoded text, or null when the bytes are not valid in the character set
 * @param problem why they are not, or null when they are
 */
record FileText(String text, String problem) {

    /**
     * {@code text} without the byte-order mark it may start with, which Flyway leaves out of a migration too (a
     * decoder keeps it as U+FEFF).
     */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code bytes} of the file at {@code path} decoded with {@code charset}. */
    static FileText decode(String path, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return new FileText(out.flip().toString(), null);
        }
        int offset = in.position();
        int line = 1;
        for (int index = 0; index < offset; index++) {
            if (bytes[index] == '\n') {
                line++;
            }
        }
        String name = charset.name();
        return new FileText(null, path + ": not " + name + " text: byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF) + " at offset " + offset + " (line "
                + line + ") is not valid " + name + ". Save the file as " + name + ", or set flyway.encoding in "
                + MigrationHistory.FLYWAY_CONF + " to the encoding it is in.");
    }
}
