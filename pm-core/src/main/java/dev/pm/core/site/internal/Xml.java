package dev.pm.core.site.internal;

/** Escapes text for XML 1.0, as the feeds write it. */
final class Xml {

    private Xml() {
    }

    /**
     * Appends {@code text} escaped: {@code &}, {@code <} and {@code >} always, quotes too in an attribute. A
     * character XML 1.0 cannot hold at all (a control character other than tab, line feed and carriage return, an
     * unpaired surrogate, U+FFFE or U+FFFF) becomes U+FFFD, so that a stray byte in a title never makes a feed
     * that readers reject whole.
     */
    static void escape(StringBuilder out, String text, boolean attribute) {
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
    }
}
