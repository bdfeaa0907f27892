package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every generated HTML page passes the Nu HTML checker (the engine behind validator.w3.org/nu) with no error. The
 * core fixtures under {@code site} render every page type the sample archive has, paging included, so this runs on
 * them rather than reaching into the sample-site module.
 */
class HtmlConformanceTest {

    private static final List<String> errors = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUpChecker() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
    }

    @Test
    void everyPageTypeInEveryAudiencePassesTheNuHtmlChecker() throws Exception {
        Archive archive = new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("site")).archive();

        assertValid(render(archive, SiteSettings.builder().pageSize(2).build(), "public"));
        assertValid(render(archive, SiteSettings.builder().audience(Audience.INTERNAL).includeDrafts(true)
                .context(RunContext.defaults().withToday(java.time.LocalDate.of(2026, 11, 20))).baseUrl("https://status.example.com").build(),
                "internal"));
    }

    @Test
    void theFaithfulFixturesPassTheNuHtmlChecker() throws Exception {
        Archive archive = new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("faithful")).archive();

        assertValid(render(archive, SiteSettings.builder().baseUrl("https://status.example.com").build(), "faithful"));
    }

    @Test
    void thePageBundleFixturesPassTheNuHtmlChecker() throws Exception {
        Archive archive = new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("bundles")).archive();

        assertValid(render(archive, SiteSettings.builder().baseUrl("https://status.example.com").build(), "bundles"));
    }

    @Test
    void theRealPostmortemsPassTheNuHtmlChecker() throws Exception {
        // Each real folder holds the original, its source and licence beside the converted postmortem and its images.
        Path sources = dir.resolve("real-sources");
        try (Stream<Path> files = Files.walk(Fixtures.folder("real"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("original.md") || name.equals("SOURCE.md") || name.startsWith("LICENSE")
                        || file.getParent().equals(Fixtures.folder("real"))) {
                    continue;
                }
                Path to = sources.resolve(Fixtures.folder("real").relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        Archive archive = new PostmortemReader(ReaderOptions.defaults()).read(sources).archive();

        assertThat(archive.postmortems()).hasSize(27);
        assertValid(render(archive, SiteSettings.builder().baseUrl("https://status.example.com").build(), "real"));
    }

    @Test
    void theCheckerItselfRejectsInvalidHtml() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><body><span><div>no title</div></span></body></html>");

        synchronized (errors) {
            errors.clear();
            validator.checkHtmlFile(bad.toFile(), true);
            assertThat(errors).anyMatch(e -> e.contains("title")).anyMatch(e -> e.contains("div"));
        }
    }

    private Path render(Archive archive, SiteSettings settings, String name) throws IOException {
        Path out = dir.resolve(name);
        assertThat(new SiteGenerator(settings).generate(archive, out).problems()).isEmpty();
        return out;
    }

    private static void assertValid(Path site) throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        synchronized (errors) {
            errors.clear();
            for (Path page : pages) {
                validator.checkHtmlFile(page.toFile(), true);
            }
            assertThat(errors).isEmpty();
        }
    }
}
