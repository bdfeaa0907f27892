package dev.pm.sample;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.FidelityCheck;
import dev.pm.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the sample's authors wrote is lost: pm-core's {@link FidelityCheck}, from its test-jar, over the sample
 * archive, as pm-core's FidelityTest runs it over the fixtures and the real corpus. The folder comes from the POM
 * ({@code pm.sample.sources}); run from an IDE, the module's folder is the working directory.
 */
class SampleFidelityTest {

    private static final Path SOURCES = Path.of(System.getProperty("pm.sample.sources", "src/postmortems"));
    private static final String CHECKOUT = "2026-03-12-checkout-outage";

    @TempDir
    Path dir;

    @Test
    void everyProseLineOfEverySamplePostmortemAppearsOnItsPage() throws IOException {
        Path site = dir.resolve("site");
        ReadResult read = FidelityCheck.render(SOURCES, site);

        // Every Markdown file was read into a postmortem, so no page escapes the check (drafts and internal ones
        // included).
        assertThat(read.archive().postmortems()).hasSize(markdownFiles());
        assertThat(FidelityCheck.lostLines(read, site)).as("sample text missing from its page").isEmpty();
    }

    @Test
    void aSampleLineDroppedFromItsPageIsReported() throws IOException {
        Path site = dir.resolve("site");
        ReadResult read = FidelityCheck.render(SOURCES, site);
        Path page = site.resolve("postmortems/" + CHECKOUT + ".html");
        List<String> source = FidelityCheck.proseLines(Files.readString(SOURCES.resolve(CHECKOUT + "/index.md")));
        String apology = source.get(source.indexOf("Regret") + 1);

        // What a renderer that lost the Regret's first paragraph would have written.
        Matcher regret = Pattern.compile("(<section class=\"part part-regret\">.*?)<p>.*?</p>", Pattern.DOTALL)
                .matcher(Files.readString(page));
        assertThat(regret.find()).isTrue();
        Files.writeString(page, regret.replaceFirst("$1"));

        assertThat(FidelityCheck.lostLines(read, site)).containsExactly("index.md: " + apology);
    }

    private static int markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".md")).count();
        }
    }
}
