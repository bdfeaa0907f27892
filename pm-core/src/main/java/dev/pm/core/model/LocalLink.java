package dev.pm.core.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A relative link or image in a postmortem's body whose target exists beside it: a file published with its page,
 * or another postmortem's Markdown file. Reading writes {@link #placeholder(int)} in the HTML where its URL goes,
 * and the site writes the URL it decides on there.
 *
 * @param written the URL as the author wrote it, fragment included
 * @param fragment the fragment after {@code #}, without it; empty when there is none
 * @param file the target, absolute and normalised
 * @param bundlePath for a file, its path inside the postmortem's bundle ({@code /}-separated), where it is
 *        published; empty for a postmortem
 * @param line the 1-based source line where the URL is written: the link's, or a reference-style link's
 *        definition's
 * @param column the 1-based column there
 */
public record LocalLink(String written, String fragment, Path file, Optional<String> bundlePath, int line,
        int column) {

    /** The scheme of the URL reading writes for the {@code index}th local link of a postmortem. */
    public static final String SCHEME = "pm-local:";

    /** What stands in the HTML for the {@code index}th local link's URL. */
    public static String placeholder(int index) {
        return SCHEME + index;
    }

    /** Whether the target is another postmortem's Markdown file, whose page the link goes to. */
    public boolean toPostmortem() {
        return bundlePath.isEmpty();
    }
}
