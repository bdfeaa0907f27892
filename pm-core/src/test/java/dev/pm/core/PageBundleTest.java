package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page bundle ({@code <folder>/index.md} with its files) next to a plain postmortem: the files are published
 * byte for byte beside the page, relative links and images point at them, a link to the other postmortem's
 * {@code .md} goes to its page, feeds carry absolute URLs, and a missing file and an SVG that runs script are
 * warnings (the SVG is not published). The page's {@code <main>} matches {@code golden-bundles} (regenerate with
 * {@code -Dpm.golden.update=true} and review).
 */
class PageBundleTest {

    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("pm.golden.update");
    private static final String BASE = "https://status.example.com";
    private static final String SLUG = "2025-05-20-chart-bundle";

    @TempDir
    Path dir;

    private static ReadResult read() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("bundles"));
    }

    private Path generate() throws IOException {
        Path out = dir.resolve("site");
        SiteResult result = new SiteGenerator(SiteGeneratorTest.settings().baseUrl(BASE).build())
                .generate(read().archive(), out);
        assertThat(result.problems()).isEmpty();
        return out;
    }

    @Test
    void theBundleTakesItsSlugFromItsFolder() throws IOException {
        assertThat(read().archive().postmortems()).extracting(p -> p.slug())
                .containsExactlyInAnyOrder(SLUG, "2025-05-01-sibling");
    }

    @Test
    void aMissingFileAndAnUnsafeSvgAreWarningsAtTheirPositions() throws IOException {
        Path page = Fixtures.file("bundles", SLUG + "/index.md");
        List<String> warnings = read().diagnostics().stream()
                .map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.rule() + " "
                        + d.level())
                .toList();

        assertThat(read().diagnostics()).allMatch(d -> d.file().equals(page));
        assertThat(warnings).containsExactly(
                "index.md:25:1 unsafe-svg WARNING",
                "index.md:27:30 missing-file WARNING");
        assertThat(read().diagnostics().get(0).message()).contains("unsafe.svg", "event attribute");
        assertThat(read().diagnostics().get(1).message()).contains("missing.png", "does not exist");
    }

    @Test
    void theBundleFilesArePublishedByteForByteBesideThePage() throws IOException {
        Path out = generate();
        Path source = Fixtures.folder("bundles").resolve(SLUG);
        Path published = out.resolve("postmortems").resolve(SLUG);

        for (String file : List.of("chart.svg", "notes.txt", "data/errors by minute.csv")) {
            assertThat(published.resolve(file)).as(file).exists();
            assertThat(Files.readAllBytes(published.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(source.resolve(file)));
        }
        assertThat(published.resolve("unsafe.svg")).doesNotExist();
        assertThat(published.resolve("index.md")).doesNotExist();
        try (var all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("unsafe.svg", "missing.png");
        }
    }

    @Test
    void thePageMatchesItsGoldenFile() throws IOException {
        Path out = generate();
        String text = Files.readString(out.resolve("postmortems/" + SLUG + ".html"));
        String main = text.substring(text.indexOf("<main"), text.indexOf("</main>") + "</main>".length()) + "\n";
        Path golden = Path.of("src/test/resources/dev/pm/core/golden-bundles/" + SLUG + ".html");
        if (UPDATE_GOLDEN) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, main);
        }

        assertThat(main).isEqualTo(Files.readString(golden));
        assertThat(main).contains("src=\"" + SLUG + "/chart.svg\"", "href=\"" + SLUG + "/notes.txt\"",
                "href=\"" + SLUG + "/data/errors%20by%20minute.csv\"", "href=\"2025-05-01-sibling.html#reason\"",
                "A picture that runs script", "href=\"missing.png\"");
        assertThat(main).doesNotContain("unsafe.svg", "pm-local:", ".md\"", ".md#");
    }

    @Test
    void feedsCarryAbsoluteUrls() throws IOException {
        Path out = generate();
        for (String feed : List.of("feed.xml", "atom.xml", "feed.json")) {
            String text = Files.readString(out.resolve(feed), StandardCharsets.UTF_8);
            assertThat(text).as(feed).contains(BASE + "/postmortems/" + SLUG + "/chart.svg",
                    BASE + "/postmortems/" + SLUG + "/notes.txt", BASE + "/postmortems/2025-05-01-sibling.html#reason")
                    .doesNotContain("pm-local:", "unsafe.svg");
        }
    }
}
