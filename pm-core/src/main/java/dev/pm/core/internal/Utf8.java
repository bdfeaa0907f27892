package dev.pm.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict UTF-8 decoding for the files authors write (postmortems, a theme's messages), so that every reader
 * points at a bad byte the same way instead of replacing it with U+FFFD and losing the author's character.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Where a file stops being UTF-8.
     *
     * @param line the 1-based line of the bad byte, lines ending at LF, CRLF or CR
     * @param column the 1-based column of the bad byte, counted in UTF-16 code units from the start of its line
     *     as every column pm reports (a character such as an emoji counts two; a byte-order mark counts none)
     * @param value the bad byte, 0 to 255
     */
    public record Malformed(int line, int column, int value) {

        /** "byte 0xE9 is not UTF-8". */
        public String describe() {
            return "byte 0x" + String.format(Locale.ROOT, "%02X", value) + " is not UTF-8";
        }
    }

    /**
     * What decoding gave: the text, or where the bytes stop being UTF-8.
     *
     * @param text the decoded text, empty when the bytes are not UTF-8
     * @param malformed the first byte that is not UTF-8, if any
     */
    public record Decoded(Optional<String> text, Optional<Malformed> malformed) {
    }

    /** Decodes {@code bytes}, without the byte-order mark they may start with. */
    public static Decoded decode(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(Optional.empty(), Optional.of(malformedAt(bytes, from, in.position())));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(Optional.of(out.toString()), Optional.empty());
    }

    private static Malformed malformedAt(byte[] bytes, int from, int bad) {
        int line = 1;
        int column = 1;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (bytes[i] != '\r' && (bytes[i] & 0xC0) != 0x80) {
                // a byte that starts a character: continuation bytes (10xxxxxx) belong to the one before, and
                // a four-byte character (11110xxx) is one outside the BMP, two UTF-16 code units
                column += (bytes[i] & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return new Malformed(line, column, bytes[bad] & 0xFF);
    }
}
