package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing the author wrote is lost ({@link FidelityCheck}): over every fixture folder and every file of the real
 * corpus. The sample archive is checked the same way in every build by sample-site's {@code SampleFidelityTest};
 * core tests never read ../sample-site. Another folder can be checked on demand with
 * {@code -Dpm.fidelity.folder=...}.
 */
class FidelityTest {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern IN_PAGE_LINK = Pattern.compile("\\shref=\"#([^\"]+)\"");

    @TempDir
    Path dir;

    static Stream<String> folders() throws IOException {
        List<String> folders = new ArrayList<>(List.of("site", "valid", "faithful", "bundles"));
        try (Stream<Path> real = Files.list(Fixtures.folder("real"))) {
            real.filter(Files::isDirectory).map(p -> "real/" + p.getFileName()).sorted().forEach(folders::add);
        }
        String extra = System.getProperty("pm.fidelity.folder", "");
        if (!extra.isBlank()) {
            folders.add("file:" + extra);
        }
        return folders.stream();
    }

    @ParameterizedTest
    @MethodSource("folders")
    void everyProseLineOfEverySourceAppearsOnItsPage(String folder) throws IOException {
        Path out = dir.resolve("site");
        ReadResult read = FidelityCheck.render(sources(folder), out);

        assertThat(read.archive().postmortems()).as("postmortems read from %s", folder).isNotEmpty();
        assertThat(FidelityCheck.lostLines(read, out)).as("source text missing from its page").isEmpty();
    }

    /**
     * A link the author wrote to a heading of the same file ({@code [see](#analysis)}) reaches it on the page, and
     * no id is there twice.
     */
    @ParameterizedTest
    @MethodSource("folders")
    void everyLinkWithinAPageReachesTheOneElementWithItsId(String folder) throws IOException {
        Path out = dir.resolve("site");
        FidelityCheck.render(sources(folder), out);

        try (Stream<Path> pages = Files.list(out.resolve("postmortems"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                List<String> ids = new ArrayList<>();
                Matcher id = ID.matcher(html);
                while (id.find()) {
                    ids.add(id.group(1));
                }
                assertThat(ids).as("the ids of %s", page.getFileName()).doesNotHaveDuplicates();
                Matcher link = IN_PAGE_LINK.matcher(html);
                while (link.find()) {
                    assertThat(ids).as("the target of href=\"#%s\" on %s", link.group(1), page.getFileName())
                            .contains(link.group(1));
                }
            }
        }
    }

    @Test
    void theCheckNoticesALostLine() {
        String source = "---\ntitle: t\n---\n## Reason\n\nKept line.\n\n- Dropped item.\n";
        String page = "<article><h2>Reason</h2><p>Kept   line.</p></article>";

        assertThat(FidelityCheck.proseLines(source)).containsExactly("Reason", "Kept line.", "Dropped item.");
        assertThat(FidelityCheck.pageText(page)).contains("Kept line.").doesNotContain("Dropped item.");
    }

    /** The folder of postmortems that {@code folder}, one of {@link #folders()}, names. */
    private Path sources(String folder) throws IOException {
        return folder.startsWith("file:") ? Path.of(folder.substring(5))
                : folder.startsWith("real/") ? realSources(folder) : Fixtures.folder(folder);
    }

    /** A real document's folder holds its original and licence too: only its converted file is a postmortem. */
    private Path realSources(String folder) throws IOException {
        Path from = Fixtures.folder(folder);
        Path to = dir.resolve("sources");
        Files.createDirectories(to);
        String id = from.getFileName().toString();
        Files.copy(from.resolve(id + ".md"), to.resolve(id + ".md"));
        return to;
    }
}
