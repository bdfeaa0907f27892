package dev.pm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad byte is shown where an editor shows it, whatever stands before it on its line. */
class Utf8Test {

    private static byte[] withBadByte(String before) {
        byte[] text = before.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        return bytes;
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                Arguments.of("at the start", "", 1, 1),
                Arguments.of("after ASCII", "abc", 1, 4),
                Arguments.of("after a byte-order mark, which is no character", "\uFEFF", 1, 1),
                Arguments.of("after letters of two and four bytes, an emoji two code units", "caf\u00e9 \ud83d\ude00 ", 1,
                        9),
                Arguments.of("after LF", "one\ntwo\n", 3, 1),
                Arguments.of("after CRLF", "one\r\ntwo\r\nx", 3, 2),
                Arguments.of("after CR alone", "one\rtwo\r", 3, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void aBadByteIsAtItsLineAndColumnInUtf16CodeUnits(String where, String before, int line, int column) {
        Utf8.Decoded decoded = Utf8.decode(withBadByte(before));

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.malformed()).hasValueSatisfying(bad -> {
            assertThat(bad.line()).as("line").isEqualTo(line);
            assertThat(bad.column()).as("column").isEqualTo(column);
            assertThat(bad.describe()).isEqualTo("byte 0xFF is not UTF-8");
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        assertThat(Utf8.decode("\uFEFFtitle: x".getBytes(StandardCharsets.UTF_8)).text()).hasValue("title: x");
        assertThat(Utf8.decode("title: \uFEFF".getBytes(StandardCharsets.UTF_8)).text()).hasValue("title: \uFEFF");
    }
}
