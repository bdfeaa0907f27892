package dev.pm.core.site.internal;

import dev.pm.core.internal.Slugs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The site's URL paths, relative to its root. Every segment made from a name (slug, tag, service, severity)
 * goes through {@link #segment}, so no name can climb out of the output folder; {@link #resolve} checks it
 * again before a file is written.
 */
final class SitePaths {

    private SitePaths() {
    }

    /** A URL-safe file-name segment for {@code name}; names with nothing URL-safe get a stable hashed one. */
    static String segment(String name) {
        String slug = Slugs.slugify(name);
        return slug.isEmpty() ? "x-" + hash(name) : slug;
    }

    static String home(int page) {
        return page <= 1 ? "index.html" : "page/" + page + ".html";
    }

    static String postmortem(String slug) {
        return "postmortems/" + segment(slug) + ".html";
    }

    /**
     * Where a file of a postmortem's bundle is published: in a folder named as its page, at its path in the bundle,
     * each segment percent-encoded when {@code url}. Reading keeps only paths inside the bundle, and {@link #resolve}
     * checks again.
     */
    static String bundleFile(String slug, String bundlePath, boolean url) {
        StringBuilder path = new StringBuilder("postmortems/").append(segment(slug));
        for (String part : bundlePath.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalStateException("not a path inside a bundle: " + bundlePath);
            }
            path.append('/').append(url ? java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20")
                    : part);
        }
        return path.toString();
    }

    /** The URL of {@code to} from the page at {@code from}, both relative to the site root. */
    static String relative(String from, String to) {
        int slash = from.lastIndexOf('/');
        String folder = slash < 0 ? "" : from.substring(0, slash + 1);
        return to.startsWith(folder) ? to.substring(folder.length()) : root(from) + to;
    }

    static String tag(String tag) {
        return "tags/" + segment(tag) + ".html";
    }

    static String service(String service) {
        return "services/" + segment(service) + ".html";
    }

    static String severity(String label) {
        return "severity/" + segment(label) + ".html";
    }

    static String year(int year) {
        return "years/" + year + ".html";
    }

    /** The prefix that leads from {@code path} back to the site root: "" or a number of "../". */
    static String root(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * The file for a site path inside {@code root}.
     *
     * @throws IllegalStateException when the path would leave the root (a bug: segments are made safe first)
     */
    static Path resolve(Path root, String path) {
        Path normalRoot = root.toAbsolutePath().normalize();
        Path file = normalRoot.resolve(path).normalize();
        if (!file.startsWith(normalRoot) || file.equals(normalRoot)) {
            throw new IllegalStateException("refusing to write outside the output folder: " + path);
        }
        return file;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
