package dev.pm.jbake.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads what the build baked: the sample site with pm-jbake (target/jbake), the same site baked by plain
 * jbake-maven-plugin without pm-jbake (the invoker's plain-jbake), and the bad postmortem's build log.
 */
class SampleSiteIT {

    private static final Path SITE = Path.of(System.getProperty("jbake.output"));
    private static final Path PLAIN = Path.of(System.getProperty("plain.output"));
    private static final Path BAD_LOG = Path.of(System.getProperty("bad.log"));

    @Test
    void postmortemPagesHaveTheThreeRsAsWritten() throws IOException {
        for (String name : List.of("2026-01-19-outbound-mail-stalled", "2026-05-07-webmail-login-failures",
                "2026-08-30-spam-filter-false-positives")) {
            String page = read(SITE.resolve("postmortems/" + name + ".html"));
            assertThat(page).as(name).contains("<h2 id=\"regret\">Regret</h2>", "<h2 id=\"reason\">Reason</h2>",
                    "<h2 id=\"remedy\">Remedy</h2>",
                    "<section class=\"part part-timeline\">\n<h3 id=\"timeline\">Timeline</h3>\n<ul>\n<li><time"
                            + " datetime=\"",
                    "<li class=\"action done\"><span class=\"status\">Done</span> ",
                    "<li class=\"action open\"><span class=\"status\">Open</span> ", "<span class=\"action-meta\">",
                    "Time to resolve", "pm.css")
                    // no list rebuilt from the model, no placeholder of pm's reader left
                    .doesNotContain("<ol class=\"timeline\">", "<ul class=\"actions\">", "<!--pm-");
        }
        String page = read(SITE.resolve("postmortems/2026-01-19-outbound-mail-stalled.html"));
        assertThat(page).contains("We are sorry. On Monday 19 January",
                // the time as written, marked up; the action item where it was written, once, with its owner
                "<li><time datetime=\"2026-01-19T08:05:00Z\">2026-01-19T08:05Z</time> The queue cluster starts",
                "<p>We have changed how workers report trouble and how certificates reach them.</p>\n<ul>\n"
                        + "<li class=\"action done\"><span class=\"status\">Done</span> Add the new intermediate",
                "Owner: Delivery team", "2 h 7 min");
        assertThat(page.split("Fail the worker health check after three failed queue connections", -1)).hasSize(2);
    }

    @Test
    void listingsAndFeedNameEveryPublishedPostmortem() throws IOException {
        String index = read(SITE.resolve("postmortems/index.html"));
        assertThat(index).contains("Outbound mail held for 2 hours", "Webmail sign-in failing",
                "Legitimate mail marked as spam", "<h2 id=\"y2026\">2026</h2>", "tags/queues.html",
                "services/webmail.html");
        assertThat(read(SITE.resolve("postmortems/tags/spam.html"))).contains("Legitimate mail marked as spam")
                .doesNotContain("Webmail sign-in failing");
        assertThat(read(SITE.resolve("postmortems/services/delivery.html"))).contains("Outbound mail held");
        String feed = read(SITE.resolve("postmortems/feed.xml"));
        assertThat(feed).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("https://engineering.quillfeather.example/postmortems/2026-08-30-spam-filter-false-positives.html");
        assertThat(SITE.resolve("postmortems/pm.css")).exists();
    }

    @Test
    void jbakesOwnPostsAndPagesAreByteForByteAsWithoutPm() throws IOException {
        for (String page : List.of("blog/2026-02-03-moving-to-quorum-queues.html",
                "blog/2026-04-21-greylisting-lessons.html", "about.html", "index.html", "feed.xml")) {
            assertThat(SITE.resolve(page)).as(page).exists();
            assertThat(Files.readAllBytes(SITE.resolve(page))).as(page)
                    .isEqualTo(Files.readAllBytes(PLAIN.resolve(page)));
        }
        assertThat(read(SITE.resolve("blog/2026-02-03-moving-to-quorum-queues.html")) + read(SITE.resolve("blog/2026-04-21-greylisting-lessons.html")))
                .contains("<h2>Why</h2>", "<strong>quorum queues</strong>", "<blockquote>");
    }

    @Test
    void noDraftOrInternalTextInAnyOutputFile() throws IOException {
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(read(file)).as(file.toString())
                        .doesNotContain("DRAFT-SECRET", "Calendar sync delays", "INTERNAL-ONLY", "Billing export",
                                "Secret-rotation", "Responder notes");
            }
        }
        try (Stream<Path> files = Files.walk(SITE)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("calendar") || n.contains("billing") || n.endsWith(".pmd"));
        }
    }

    @Test
    void aBadPostmortemFailsTheBuildWithItsLocation() throws IOException {
        String log = read(BAD_LOG);
        assertThat(log).contains("BUILD FAILURE").containsPattern("no-remedy\\.pmd:\\d+:\\d+: error \\[");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
