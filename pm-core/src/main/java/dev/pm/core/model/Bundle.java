package dev.pm.core.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files that belong to a postmortem: its local links, in the order of their placeholders, and the files
 * published with its page, by their path inside the bundle.
 *
 * @param links the relative links and images whose target exists, {@code links.get(i)} standing for
 *        {@link LocalLink#placeholder(int) placeholder(i)}
 * @param files the files published byte for byte with the page, by {@code /}-separated path inside the bundle
 */
public record Bundle(List<LocalLink> links, Map<String, Path> files) {

    /** No local links and no files. */
    public static final Bundle NONE = new Bundle(List.of(), Map.of());

    private static final Pattern PLACEHOLDER = Pattern.compile("(href|src)=\"" + Pattern.quote(LocalLink.SCHEME)
            + "(\\d+)\"");

    public Bundle {
        links = List.copyOf(links);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * {@code html} with each local link's placeholder replaced by {@code url}'s answer (already a URL; it is
     * escaped for the attribute here).
     */
    public String resolve(String html, Function<LocalLink, String> url) {
        if (html.indexOf(LocalLink.SCHEME) < 0) {
            return html;
        }
        return PLACEHOLDER.matcher(html).replaceAll(m -> {
            int index = Integer.parseInt(m.group(2));
            String target = index < links.size() ? url.apply(links.get(index)) : "";
            return Matcher.quoteReplacement(m.group(1) + "=\"" + target.replace("&", "&amp;")
                    .replace("\"", "&quot;").replace("<", "&lt;") + "\"");
        });
    }
}
