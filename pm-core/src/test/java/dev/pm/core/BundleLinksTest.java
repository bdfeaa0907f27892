package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.model.Bundle;
import dev.pm.core.model.LocalLink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the site writes local links into a page's HTML: a URL where it has one, and where a link leads nowhere in
 * this build, the element goes and every word of it stays.
 */
class BundleLinksTest {

    private static final Path FOLDER = Path.of("/archive/2025-06-01-cache").toAbsolutePath();
    private static final LocalLink DRAFT = new LocalLink("draft.md", "", FOLDER.resolve("draft.md"),
            Optional.empty(), 3, 1);
    private static final LocalLink CHART = new LocalLink("chart.png", "", FOLDER.resolve("chart.png"),
            Optional.of("chart.png"), 4, 1);
    private static final Bundle BUNDLE = new Bundle(List.of(DRAFT, CHART), Map.of("chart.png", CHART.file()));

    private static String resolve(String html) {
        return BUNDLE.resolveOrUnlink(html, link -> link == DRAFT ? Optional.empty()
                : Optional.of("cache/" + link.written()));
    }

    @Test
    void aLinkThatLeadsNowhereBecomesItsWords() {
        assertThat(resolve("<p>See <a href=\"pm-local:0\" title=\"The draft\">the <em>draft</em> notes</a>.</p>"))
                .isEqualTo("<p>See the <em>draft</em> notes.</p>");
    }

    @Test
    void anImageInsideALinkThatLeadsNowhereKeepsItsOwnUrl() {
        assertThat(resolve("<a href=\"pm-local:0\"><img src=\"pm-local:1\" alt=\"chart\" /> more</a> after"))
                .isEqualTo("<img src=\"cache/chart.png\" alt=\"chart\" /> more after");
    }

    @Test
    void anImageThatLeadsNowhereBecomesItsAltText() {
        assertThat(resolve("<p><img src=\"pm-local:0\" alt=\"a &quot;draft&quot; view\" /> and text</p>"))
                .isEqualTo("<p>a &quot;draft&quot; view and text</p>");
    }

    @Test
    void otherLinksAroundItKeepTheirUrls() {
        assertThat(resolve("<a href=\"pm-local:1\">chart</a> <a href=\"pm-local:0\">draft</a> <a href=\"x\">x</a>"))
                .isEqualTo("<a href=\"cache/chart.png\">chart</a> draft <a href=\"x\">x</a>");
    }
}
