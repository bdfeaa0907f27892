package dev.pm.core.read.internal;

import dev.pm.core.internal.Problems;
import dev.pm.core.read.ReadRule;
import java.util.Optional;

/** Splits a source file into its header (YAML or JBake) and its Markdown body. */
final class SourceSplitter {

    enum HeaderSyntax { YAML, JBAKE }

    /**
     * A split file.
     *
     * @param syntax the header's syntax
     * @param header the header's text, without its delimiters
     * @param headerFirstLine the 1-based line the header's text starts on
     * @param body the Markdown body
     * @param bodyFirstLine the 1-based line the body starts on
     */
    record Split(HeaderSyntax syntax, String header, int headerFirstLine, String body, int bodyFirstLine) {
    }

    private static final String JBAKE_END = "~~~~~~";

    private SourceSplitter() {
    }

    /** Splits {@code text} (LF line endings); reports a missing or unclosed header. */
    static Optional<Split> split(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        if (lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals("---") || line.equals("...")) {
                    return Optional.of(new Split(HeaderSyntax.YAML, join(lines, 1, i), 2, join(lines, i + 1,
                            lines.length), i + 2));
                }
            }
            problems.error(1, 1, ReadRule.FRONT_MATTER, "the front matter opened on line 1 is never closed: add a line"
                    + " '---' after the last front-matter key");
            return Optional.empty();
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(JBAKE_END)) {
                return Optional.of(new Split(HeaderSyntax.JBAKE, join(lines, 0, i), 1, join(lines, i + 1,
                        lines.length), i + 2));
            }
        }
        problems.error(1, 1, ReadRule.FRONT_MATTER, "no front matter: start the file with a line '---', then keys"
                + " such as"
                + " 'title:', 'date:', 'incident:' and 'severity:', then a closing '---'");
        return Optional.empty();
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(lines[i]);
            if (i < to - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
