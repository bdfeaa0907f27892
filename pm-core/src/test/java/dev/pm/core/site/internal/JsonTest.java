package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.RandomText;
import org.junit.jupiter.api.Test;

/** Json copies plain runs of a string at once; what it escapes must not depend on where the runs end. */
class JsonTest {

    @Test
    void stringsEscapeQuotesBackslashesControlsLineSeparatorsAndTheSlashOfAClosingTag() {
        StringBuilder out = new StringBuilder();
        Json.string(out, "\"a\\b\nc\rd\te\u0001f</g>/h\u2028i\u2029\u007fé</");
        assertThat(out).hasToString("\"\\\"a\\\\b\\nc\\rd\\te\\u0001f<\\/g>/h\\u2028i\\u2029\u007fé<\\/\"");
    }

    @Test
    void stringsWithNothingToEscapeAreCopiedAsTheyAre() {
        StringBuilder out = new StringBuilder("x");
        Json.string(out, "plain text, 東京 / a<b");
        Json.string(out, "");
        assertThat(out).hasToString("x\"plain text, 東京 / a<b\"\"\"");
    }

    @Test
    void stringsAreEscapedAsOneCharacterAtATimeEscapedThem() {
        for (String text : RandomText.of(20_000, 12, "a", "é", "\"", "\\", "/", "<", "\n", "\r", "\t", "\u0000",
                "\u001f", " ", "\u2028", "\u2029", "\u2027", "\u202a", "\uD83D", "\uDE00")) {
            StringBuilder out = new StringBuilder();
            Json.string(out, text);
            assertThat(out.toString()).as(text).isEqualTo(escapedOneAtATime(text));
        }
    }

    private static String escapedOneAtATime(CharSequence text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> out.append(c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c)
                        : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
