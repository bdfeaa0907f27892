package dev.pm.core.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /** pm's own placeholders number links from 0; nine digits at most, so that a number always parses. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(href|src)=\"" + Pattern.quote(LocalLink.SCHEME)
            + "(\\d{1,9})\"");

    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");
    /** An {@code <a>} start tag (group 1 empty) or end tag (group 1 {@code /}), as the renderer writes them. */
    private static final Pattern LINK_TAG = Pattern.compile("<(/?)a(?=[\\s>])");

    public Bundle {
        links = List.copyOf(links);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The indexes of the local links whose placeholder is in any of {@code html}: the links those show. */
    public Set<Integer> shownIn(List<String> html) {
        if (links.isEmpty()) {
            return Set.of();
        }
        Set<Integer> shown = new TreeSet<>();
        for (String piece : html) {
            if (piece.indexOf(LocalLink.SCHEME) >= 0) {
                Matcher m = PLACEHOLDER.matcher(piece);
                while (m.find()) {
                    shown.add(Integer.parseInt(m.group(2)));
                }
            }
        }
        return shown;
    }

    /** The files the links at {@code indexes} point at. */
    public Set<Path> targets(Set<Integer> indexes) {
        Set<Path> targets = new HashSet<>();
        for (int index : indexes) {
            if (index < links.size()) {
                targets.add(links.get(index).file());
            }
        }
        return targets;
    }

    /**
     * This bundle without the files that only content left out of a build points at: a file is withheld when no
     * link in {@code shown} (the links the build shows) points at it and it is in {@code leftOut} (the targets of
     * the links the build leaves out). A file that no link points at stays: a page bundle publishes its folder.
     * The links stay as they were, since placeholders are their indexes.
     */
    public Bundle withholding(Set<Integer> shown, Set<Path> leftOut) {
        if (leftOut.isEmpty() || files.isEmpty()) {
            return this;
        }
        Set<Path> needed = targets(shown);
        Map<String, Path> kept = new TreeMap<>();
        files.forEach((path, file) -> {
            if (needed.contains(file) || !leftOut.contains(file)) {
                kept.put(path, file);
            }
        });
        return kept.size() == files.size() ? this : new Bundle(links, kept);
    }

    /**
     * {@code html} with each local link's placeholder replaced by {@code url}'s answer (already a URL; it is
     * escaped for the attribute here).
     */
    public String resolve(String html, Function<LocalLink, String> url) {
        return resolveOrUnlink(html, link -> Optional.of(url.apply(link)));
    }

    /**
     * {@code html} with each local link's placeholder replaced by {@code url}'s answer (already a URL; it is
     * escaped for the attribute here); where the answer is empty, the element is taken away and its words kept:
     * a link becomes its content, an image its alt text.
     */
    public String resolveOrUnlink(String html, Function<LocalLink, Optional<String>> url) {
        if (html.indexOf(LocalLink.SCHEME) < 0) {
            return html;
        }
        // Edits of the original text, in order and never overlapping: an attribute's value, or a whole start tag
        // and its end tag. A link holds no other link, so what lies between them is edited on its own.
        TreeMap<Integer, Map.Entry<Integer, String>> edits = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(html);
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            Optional<String> target = index < links.size() ? url.apply(links.get(index)) : Optional.of("");
            int tagStart = html.lastIndexOf('<', m.start());
            int tagEnd = html.indexOf('>', m.end());
            if (target.isPresent() || tagStart < 0 || tagEnd < 0) {
                edits.put(m.start(), Map.entry(m.end(), m.group(1) + "=\"" + target.orElse("").replace("&", "&amp;")
                        .replace("\"", "&quot;").replace("<", "&lt;") + "\""));
            } else if (m.group(1).equals("src")) {
                Matcher alt = ALT.matcher(html.substring(tagStart, tagEnd));
                edits.put(tagStart, Map.entry(tagEnd + 1, alt.find() ? alt.group(1) : ""));
            } else {
                edits.put(tagStart, Map.entry(tagEnd + 1, ""));
                int close = closingTag(html, tagEnd + 1);
                if (close >= 0) {
                    edits.put(close, Map.entry(close + "</a>".length(), ""));
                }
            }
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (Map.Entry<Integer, Map.Entry<Integer, String>> edit : edits.entrySet()) {
            if (edit.getKey() < copied) {
                // Only HTML the renderer never writes (a '<' inside a tag) could make edits overlap.
                continue;
            }
            out.append(html, copied, edit.getKey()).append(edit.getValue().getValue());
            copied = edit.getValue().getKey();
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where the {@code </a>} that closes a link whose content starts at {@code from} is, or -1. */
    private static int closingTag(String html, int from) {
        Matcher tag = LINK_TAG.matcher(html);
        int depth = 1;
        int at = from;
        while (tag.find(at)) {
            depth += tag.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return tag.start();
            }
            at = tag.end();
        }
        return -1;
    }
}
