package dev.pm.core.site.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which paths a site written by pm can hold: how pm recognises its own output written before it marked its
 * folders. Generous within pm's own layout, strict outside it, so that a folder of someone else's files is
 * never taken for a site.
 */
public final class SiteLayout {

    private static final Set<String> ROOT_FILES = Stream.concat(Stream.of("index.html", "404.html", "stats.html",
            "actions.html", "robots.txt", "sitemap.xml", "search.html"),
            Arrays.stream(FeedFormat.values()).map(FeedFormat::archiveFile)).collect(Collectors.toUnmodifiableSet());

    /** Pages (and, for tags and services, their feeds) in pm's folders. */
    private static final Pattern FOLDER_FILES = Pattern.compile("(page|postmortems|severity|years)/[^/]+\\.html"
            + "|search/(meta|t-[0-9a-f-]+|d/[0-9]+)\\.js"
            + "|(tags|services)/[^/]+(\\.html|" + FeedFormat.groupSuffixes().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")");

    private final Set<String> assets;

    private SiteLayout(Set<String> assets) {
        this.assets = assets;
    }

    /** The layout of a site with the bundled theme's static files and {@code themeDirectory}'s. */
    public static SiteLayout of(Optional<Path> themeDirectory) throws IOException {
        return new SiteLayout(Assets.names(themeDirectory));
    }

    /** Whether pm can write {@code sitePath} (relative, with {@code /}). */
    public boolean mightBeGenerated(String sitePath) {
        return ROOT_FILES.contains(sitePath) || FOLDER_FILES.matcher(sitePath).matches() || assets.contains(sitePath);
    }
}
