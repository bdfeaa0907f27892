package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.RandomText;
import org.junit.jupiter.api.Test;

/** Xml copies plain runs of text at once; what it escapes must not depend on where the runs end. */
class XmlTest {

    @Test
    void textEscapesMarkupAndReplacesWhatXmlCannotHold() {
        StringBuilder out = new StringBuilder();
        Xml.escape(out, "a&b<c>d\"e\tf\ng\rh\u0001i\uFFFEj\uFFFFk\uD800l\uDC00m\uD83D\uDE00n\uFFFDé", false);
        assertThat(out).hasToString(
                "a&amp;b&lt;c&gt;d\"e\tf\ng\rh\uFFFDi\uFFFDj\uFFFDk\uFFFDl\uFFFDm\uD83D\uDE00n\uFFFDé");
    }

    @Test
    void attributesAlsoEscapeQuotesTabsAndLineBreaks() {
        StringBuilder out = new StringBuilder();
        Xml.escape(out, "\"a\tb\nc\rd\"", true);
        assertThat(out).hasToString("&quot;a&#9;b&#10;c&#13;d&quot;");
    }

    @Test
    void textIsEscapedAsOneCharacterAtATimeEscapedIt() {
        for (String text : RandomText.of(20_000, 12, "a", "é", "&", "<", ">", "\"", "\t", "\n", "\r", "\u0000",
                "\u001f", " ", "\uD7FF", "\uD83D", "\uDE00", "\uE000", "\uFFFD", "\uFFFE", "\uFFFF")) {
            for (boolean attribute : new boolean[] {false, true}) {
                StringBuilder out = new StringBuilder();
                Xml.escape(out, text, attribute);
                assertThat(out.toString()).as(text).isEqualTo(escapedOneAtATime(text, attribute));
            }
        }
    }

    private static String escapedOneAtATime(CharSequence text, boolean attribute) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
