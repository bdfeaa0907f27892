package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Bundle;
import dev.pm.core.model.LocalLink;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files beside a postmortem. A postmortem written as {@code <folder>/index.md} is a page bundle: every
 * non-Markdown file in its folder and below is published with its page. Any postmortem publishes the files its
 * relative links and images point at inside its folder, inline or reference-style (the definition
 * {@code [ref]: chart.svg} is where such a target is written, so it is where its URL is replaced and where its
 * warnings point). Reading records each relative target that exists, so that the site can decide its URL; a
 * missing target, a target outside the folder and an SVG that could run script are warnings, and such an SVG is
 * never published.
 */
final class LocalLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    /** What makes an SVG able to run script when opened: each with the words a warning uses. */
    private static final List<Map.Entry<Pattern, String>> UNSAFE_SVG = List.of(
            Map.entry(Pattern.compile("<script", Pattern.CASE_INSENSITIVE), "a <script> element"),
            Map.entry(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE), "an event attribute (on...=)"),
            Map.entry(Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE), "a javascript: URL"),
            Map.entry(Pattern.compile("<foreignObject", Pattern.CASE_INSENSITIVE), "a <foreignObject> element"));

    /**
     * What was found.
     *
     * @param bundle the local links and the files to publish
     * @param placeholders the link, image or reference definition nodes whose URL becomes a placeholder, with
     *        its index
     * @param unsafe the image and link nodes that point at an unsafe SVG: they are left as their words
     */
    record Found(Bundle bundle, Map<Node, Integer> placeholders, List<Node> unsafe) {
    }

    private LocalLinks() {
    }

    /**
     * Whether {@code file} is a page bundle's page: an {@code index.md} (or {@code .markdown}) in a folder below the
     * source folder {@code root}. An {@code index.md} directly in the source folder is an ordinary postmortem:
     * the source folder holds every postmortem and is nobody's bundle.
     */
    static boolean isBundle(Path root, Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().normalize().getParent();
        return (lower.equals("index.md") || lower.equals("index.markdown")) && parent != null
                && parent.getFileName() != null && !parent.equals(root.toAbsolutePath().normalize());
    }

    static Found read(Document document, LineIndex lines, Path source, boolean bundle, Problems problems) {
        Path page = source.toAbsolutePath().normalize();
        Path folder = page.getParent();
        Map<String, Path> files = new TreeMap<>();
        Map<Path, Optional<String>> verdicts = new TreeMap<>();
        Set<Path> outsideLinks = new TreeSet<>();
        if (bundle) {
            files.putAll(bundleFiles(folder, verdicts, outsideLinks, problems));
        }
        Map<Reference, List<RefNode>> uses = referenceUses(document);
        List<LocalLink> links = new ArrayList<>();
        Map<Node, Integer> placeholders = new IdentityHashMap<>();
        List<Node> unsafe = new ArrayList<>();
        Set<Path> linked = new HashSet<>();
        for (Node node : document.getDescendants()) {
            String url;
            String kind;
            if (node instanceof Link link) {
                url = link.getUrl().unescape();
                kind = "link";
            } else if (node instanceof Image image) {
                url = image.getUrl().unescape();
                kind = "image";
            } else if (node instanceof Reference reference && uses.containsKey(reference)) {
                // A definition no link or image uses shows nothing, so it publishes nothing and warns of nothing.
                url = reference.getUrl().unescape();
                kind = "reference";
            } else {
                continue;
            }
            Position at = lines.at(node.getStartOffset());
            String what = node instanceof Reference reference
                    ? "the reference [" + reference.getReference().unescape() + "] to '" + url + "'"
                    : "the " + kind + " '" + url + "'";
            if (url.isBlank() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).matches()
                    || url.startsWith("?")) {
                continue;
            }
            if (url.startsWith("/") || url.startsWith("\\")) {
                problems.warning(at, ReadRule.FILE_OUTSIDE, what + " is an absolute path:"
                        + " write it relative to this file, with the file in this postmortem's folder");
                continue;
            }
            int hash = url.indexOf('#');
            String fragment = hash < 0 ? "" : url.substring(hash + 1);
            String pathPart = hash < 0 ? url : url.substring(0, hash);
            int query = pathPart.indexOf('?');
            if (query >= 0) {
                pathPart = pathPart.substring(0, query);
            }
            Path target;
            try {
                target = folder.resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8))
                        .normalize();
            } catch (IllegalArgumentException e) {
                problems.warning(at, ReadRule.MISSING_FILE, what + " is not a file name this system can read:"
                        + " correct it");
                continue;
            }
            if (isMarkdown(target)) {
                if (!Files.isRegularFile(target)) {
                    problems.warning(at, ReadRule.MISSING_FILE, what + " points at " + target.getFileName()
                            + ", which does not exist: correct the path or remove the " + kind);
                    continue;
                }
                placeholders.put(node, links.size());
                links.add(new LocalLink(url, fragment, target, Optional.empty(), at.line(), at.column()));
                continue;
            }
            if (!target.startsWith(folder) || target.equals(folder)) {
                problems.warning(at, ReadRule.FILE_OUTSIDE, what + " points outside this postmortem's folder, so it"
                        + " is not published: move the file next to the postmortem");
                continue;
            }
            if (!Files.isRegularFile(target)) {
                problems.warning(at, ReadRule.MISSING_FILE, what + " points at "
                        + folder.relativize(target).toString().replace('\\', '/') + ", which does not exist:"
                        + " correct the path, add the file, or remove the " + kind);
                continue;
            }
            if (!reallyInside(folder, target)) {
                outsideLinks.remove(target);
                problems.warning(at, ReadRule.FILE_OUTSIDE, what + " is a symbolic link to a file outside this"
                        + " postmortem's folder, so it is not published: copy the file into the folder");
                continue;
            }
            linked.add(target);
            Optional<String> danger = verdicts.computeIfAbsent(target, LocalLinks::unsafeSvg);
            if (danger.isPresent()) {
                problems.warning(at, ReadRule.UNSAFE_SVG, what + " is an SVG with " + danger.get() + ", which could"
                        + " run script on the site, so it is not published and " + (node instanceof Reference
                                ? "the links and images that use it show their words" : "the " + kind
                                        + " shows its words")
                        + ": remove the script from the SVG or export it as PNG");
                if (node instanceof Reference reference) {
                    unsafe.addAll(uses.get(reference));
                } else {
                    unsafe.add(node);
                }
                continue;
            }
            String bundlePath = bundlePath(folder, target);
            files.put(bundlePath, target);
            placeholders.put(node, links.size());
            links.add(new LocalLink(url, fragment, target, Optional.of(bundlePath), at.line(), at.column()));
        }
        // So is a symbolic link to a file outside the folder that nothing links to.
        outsideLinks.forEach(file -> problems.warning(Position.START, ReadRule.FILE_OUTSIDE, "the page bundle's file "
                + bundlePath(folder, file) + " is a symbolic link to a file outside the folder, so it is not"
                + " published with the page: copy the file into the folder, or delete the link"));
        // A bundle's unsafe SVG that nothing links to is left out all the same, and said so: nothing is dropped
        // without a word. It concerns the whole file, so it is reported where file-wide problems are.
        verdicts.forEach((file, danger) -> danger.filter(d -> !linked.contains(file)).ifPresent(d -> problems.warning(
                Position.START, ReadRule.UNSAFE_SVG, "the page bundle's file " + bundlePath(folder, file)
                        + " is an SVG with " + d + ", which could run script on the site, so it is not published"
                        + " with the page: remove the script from the SVG, export it as PNG, or delete it")));
        return new Found(new Bundle(links, files), placeholders, unsafe);
    }

    /**
     * Each reference definition that a reference-style link or image ({@code [text][ref]}, {@code ![alt][ref]},
     * {@code [ref]}) uses, with those uses in document order. Flexmark keeps the first of two definitions with
     * one label, so a later one is used by nothing.
     */
    private static Map<Reference, List<RefNode>> referenceUses(Document document) {
        Map<Reference, List<RefNode>> uses = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof RefNode use && use.isDefined()) {
                Reference reference = use.getReferenceNode(document);
                if (reference != null) {
                    uses.computeIfAbsent(reference, r -> new ArrayList<>()).add(use);
                }
            }
        }
        return uses;
    }

    /**
     * Every file of a page bundle but Markdown, dot-files, unsafe SVGs and symbolic links that lead out of the
     * folder, by its path in the bundle; each SVG's verdict goes into {@code verdicts}, each such link into
     * {@code outsideLinks}.
     */
    private static Map<String, Path> bundleFiles(Path folder, Map<Path, Optional<String>> verdicts,
            Set<Path> outsideLinks, Problems problems) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).map(f -> f.toAbsolutePath().normalize())
                    .filter(f -> !isMarkdown(f) && !hidden(folder, f)).toList()) {
                if (!reallyInside(folder, f)) {
                    outsideLinks.add(f);
                } else if (verdicts.computeIfAbsent(f, LocalLinks::unsafeSvg).isEmpty()) {
                    files.put(bundlePath(folder, f), f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The files its links point at are still checked one by one and published.
            problems.warning(Position.START, ReadRule.MISSING_FILE, "the page bundle's folder could not be read"
                    + " whole (" + e.getMessage() + "), so only the files the page links to are published with it:"
                    + " check the folder's permissions");
        }
        return files;
    }

    /**
     * Whether {@code file} really lies in {@code folder}: its path may, and a symbolic link there still point
     * anywhere on the machine, which pm must never publish.
     */
    private static boolean reallyInside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String bundlePath(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static boolean isMarkdown(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** Why an SVG file could run script, or empty when it is no SVG or cannot. */
    static Optional<String> unsafeSvg(Path file) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of("content that cannot be read");
        }
        for (Map.Entry<Pattern, String> test : UNSAFE_SVG) {
            if (test.getKey().matcher(text).find()) {
                return Optional.of(test.getValue());
            }
        }
        return Optional.empty();
    }
}
