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
        int length = text.length();
        // Most characters are written as they are: they are copied a run at a time, up to the next one to change.
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE && c != '&' && c != '<' && c != '>' && c != '"'
                    || c > Character.MAX_SURROGATE && c < '\uFFFE') {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(text.charAt(++i));
                        run = i + 1;
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        out.append(text, run, length);
    }
}
