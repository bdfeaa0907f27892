package dev.pm.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.FidelityCheck;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SectionHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing the author wrote is lost in a JBake site either: JBake bakes jbake-sample's postmortems and this module's
 * fixtures (a table timeline, a timeline with lead-in and closing prose and date sub-headings, prose between action
 * items) with pm-jbake's own templates, and pm-core's {@link FidelityCheck} (its test-jar) finds every prose line of
 * each source, internal sections aside, as text on its page, and in the {@code body} JBake's own templates show.
 * The folders come from the POM; run from an IDE, the module's folder is the working directory. The bake stays in
 * {@code target/jbake-fidelity/} for a look.
 */
class JBakeFidelityTest {

    private static final Path SAMPLE = Path.of(System.getProperty("pm.jbake.sample.postmortems",
            "../jbake-sample/src/main/jbake/content/postmortems"));
    private static final Path FIXTURES = Path.of(System.getProperty("pm.jbake.fixtures",
            "src/test/resources/dev/pm/jbake/fidelity"));
    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    private static final Pattern INTERNAL_HEADING = Pattern.compile("^(#{1,6})\\s.*\\{[^}]*\\.internal[^}]*}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");

    /** The bake, kept for a look after the test: {@code source/} (what JBake read) and {@code site/}. */
    private static final Path DIR = Path.of(System.getProperty("pm.jbake.fidelity.output", "target/jbake-fidelity"));

    private static Path site;
    private static final List<Path> SOURCES = new ArrayList<>();

    @BeforeAll
    static void bake() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> old = Files.walk(DIR)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path source = DIR.resolve("source");
        Path content = source.resolve("content/postmortems");
        Files.createDirectories(content);
        Files.createDirectories(source.resolve("templates"));
        Files.createDirectories(source.resolve("assets"));
        for (Path folder : List.of(SAMPLE, FIXTURES)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pmd")).sorted().toList()) {
                    SOURCES.add(Files.copy(file, content.resolve(file.getFileName())));
                }
            }
        }
        Files.writeString(source.resolve("jbake.properties"), """
                site.host=https://engineering.example
                db.store=memory
                render.index=false
                render.feed=false
                render.archive=false
                render.tags=false
                render.sitemap=false
                render.error404=false
                template.postmortem.file=pm/postmortem.pmftl
                pm.timezone=Europe/Lisbon
                """);
        site = DIR.resolve("site");
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), site.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        assertThat(oven.getErrors()).as("the bake's errors").isEmpty();
    }

    @Test
    void theBakeReadEveryFixture() {
        assertThat(SOURCES).hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(f -> f.getFileName().toString().equals("2026-06-16-duplicate-invitations.pmd"));
    }

    @Test
    void everyProseLineOfEveryPublishedPostmortemIsOnItsPage() throws IOException {
        List<String> lost = new ArrayList<>();
        int pages = 0;
        for (Path source : SOURCES) {
            Postmortem p = read(source);
            Path page = site.resolve("postmortems/" + name(source) + ".html");
            if (p.isDraft() || p.isInternal()) {
                assertThat(page).as("a page for " + source.getFileName()).doesNotExist();
                continue;
            }
            pages++;
            lost.addAll(lostLines(source, Files.readString(page)));
        }
        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(lost).as("lines missing from their JBake page").isEmpty();
    }

    @Test
    void everyProseLineIsInTheBodyJBakesOwnTemplatesShow() throws IOException {
        List<String> lost = new ArrayList<>();
        for (Path source : SOURCES) {
            Postmortem p = read(source);
            if (p.isDraft() || p.isInternal()) {
                continue;
            }
            DocumentModel doc = PostmortemModel.of(p, ZONE, SectionHtml.inLanguage("en"));
            lost.addAll(lostLines(source, "<article>" + doc.getBody() + "</article>"));
        }
        assertThat(lost).as("lines missing from the body").isEmpty();
    }

    @Test
    void internalSectionsStayOffThePage() throws IOException {
        Path source = FIXTURES.resolve("2026-06-16-duplicate-invitations.pmd");
        String page = Files.readString(site.resolve("postmortems/2026-06-16-duplicate-invitations.html"));
        assertThat(internalLines(Files.readString(source))).isNotEmpty()
                .allSatisfy(line -> assertThat(FidelityCheck.pageText(page)).doesNotContain(line));
    }

    @Test
    void aLineDroppedFromAPageIsReported() throws IOException {
        Path source = FIXTURES.resolve("2026-06-16-duplicate-invitations.pmd");
        String page = Files.readString(site.resolve("postmortems/2026-06-16-duplicate-invitations.html"));
        String closing = "We will add the design to this postmortem when it is done.";
        assertThat(page).contains("<p>" + closing + "</p>");

        assertThat(lostLines(source, page.replace("<p>" + closing + "</p>", "")))
                .containsExactly(source.getFileName() + ": lost: " + closing);
    }

    @Test
    void aLineMovedOnAPageIsReported() throws IOException {
        Path source = FIXTURES.resolve("2026-06-16-duplicate-invitations.pmd");
        String page = Files.readString(site.resolve("postmortems/2026-06-16-duplicate-invitations.html"));
        String leadIn = "<p>Work is split across the following items:</p>";
        String closing = "<p>We will add the design to this postmortem when it is done.</p>";
        assertThat(page).contains(leadIn, closing);

        // What a renderer that moved the Remedy's lead-in below its last paragraph would have written.
        assertThat(lostLines(source, page.replace(leadIn, "").replace(closing, closing + leadIn)))
                .containsExactly(source.getFileName() + ": moved: Work is split across the following items:");
    }

    @Test
    void eachActionItemIsShownOnceWhereItWasWritten() throws IOException {
        for (Path source : SOURCES) {
            Postmortem p = read(source);
            if (p.isDraft() || p.isInternal() || p.remedy().isEmpty()) {
                continue;
            }
            String text = FidelityCheck.pageText(Files.readString(site.resolve("postmortems/" + name(source) + ".html")));
            for (var action : p.remedy().get().actions()) {
                String words = FidelityCheck.normalise(action.text());
                assertThat(text.split(Pattern.quote(words), -1)).as(source.getFileName() + ": " + words).hasSize(2);
            }
        }
    }

    /**
     * The prose lines of {@code source}, internal sections aside, that {@code html}'s article does not show in the
     * author's order: {@code lost: line} when it is not there at all, {@code moved: line} when it is only before
     * the lines written before it, or only after the line written after it. Each line is looked for from the
     * earliest place the lines before it fit, so a page that shows every line in order never reports one, whatever
     * else it shows around them.
     */
    private static List<String> lostLines(Path source, String html) throws IOException {
        String text = FidelityCheck.pageText(html);
        String written = Files.readString(source);
        List<String> internal = internalLines(written);
        List<String> lines = FidelityCheck.proseLines(written).stream().filter(l -> !internal.contains(l)).toList();
        List<String> lost = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = text.indexOf(line, from);
            boolean movedDown = false;
            if (at >= 0 && i + 1 < lines.size()) {
                // shown, but where only text written after it comes before it
                String next = lines.get(i + 1);
                int nextAt = text.indexOf(next, from);
                movedDown = nextAt >= 0 && nextAt < at && text.indexOf(next, at + line.length()) < 0;
            }
            if (at >= 0 && !movedDown) {
                from = at + line.length();
            } else {
                lost.add(source.getFileName() + ": " + (text.contains(line) ? "moved: " : "lost: ") + line);
            }
        }
        return lost;
    }

    /** The prose lines of the sections marked {@code {.internal}}, headings included, which JBake never shows. */
    private static List<String> internalLines(String source) {
        StringBuilder internal = new StringBuilder();
        int level = 0;
        boolean fenced = false;
        for (String line : source.split("\n", -1)) {
            if (line.startsWith("```") || line.startsWith("~~~") && !line.startsWith("~~~~~~")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.find()) {
                int depth = heading.group(1).length();
                if (level > 0 && depth <= level) {
                    level = 0;
                }
                if (level == 0 && INTERNAL_HEADING.matcher(line).matches()) {
                    level = depth;
                }
            }
            if (level > 0) {
                internal.append(line).append('\n');
            }
        }
        // proseLines skips a source's front matter: here an empty one
        return internal.isEmpty() ? List.of() : FidelityCheck.proseLines("---\n---\n" + internal);
    }

    private static Postmortem read(Path source) throws IOException {
        ParsedFile parsed = new PostmortemReader(ReaderOptions.defaults()).parse(source, Files.readAllBytes(source));
        assertThat(parsed.postmortem()).as(source.toString()).isPresent();
        return parsed.postmortem().get();
    }

    private static String name(Path source) {
        String file = source.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.'));
    }
}
