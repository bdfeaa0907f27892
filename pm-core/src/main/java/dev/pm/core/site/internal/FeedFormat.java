package dev.pm.core.site.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The feed formats the site writes, each with the file names it takes and its media type: the one place that
 * names them, for the feed writer and, through the data model, for the templates that link to the feeds.
 */
enum FeedFormat {

    RSS("feed.xml", ".rss.xml", "application/rss+xml"),
    ATOM("atom.xml", ".atom.xml", "application/atom+xml"),
    /** Written for the whole archive only. */
    JSON("feed.json", null, "application/feed+json");

    private final String archiveFile;
    private final String groupSuffix;
    private final String mediaType;

    FeedFormat(String archiveFile, String groupSuffix, String mediaType) {
        this.archiveFile = archiveFile;
        this.groupSuffix = groupSuffix;
        this.mediaType = mediaType;
    }

    /** The whole archive's feed, at the site root. */
    String archiveFile() {
        return archiveFile;
    }

    /** A tag's or service's feed, next to its page: {@code tags/db.html} has {@code tags/db.rss.xml}. */
    String groupFile(String pagePath) {
        if (groupSuffix == null) {
            throw new IllegalStateException(this + " feeds are written for the whole archive only");
        }
        return pagePath.substring(0, pagePath.length() - ".html".length()) + groupSuffix;
    }

    /** The endings of the feeds written next to tag and service pages. */
    static Stream<String> groupSuffixes() {
        return Arrays.stream(values()).map(format -> format.groupSuffix).filter(Objects::nonNull);
    }

    String mediaType() {
        return mediaType;
    }
}
