package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSafetyTest {

    private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg"
            + " onload=alert(3)>";

    @TempDir
    Path dir;

    @Test
    void payloadsInEveryFieldAndInTheBodyRenderInert() throws IOException {
        String quoted = "\"" + PAYLOAD.replace("\"", "\\\"") + "\"";
        write("xss.md", """
                ---
                title: %1$s
                date: 2026-03-14
                incident: {start: 2026-03-12T09:14:00Z, resolved: 2026-03-12T10:00:00Z}
                severity: SEV2
                services: [%1$s]
                tags: [%1$s]
                authors: [%1$s]
                summary: %1$s
                impact: %1$s
                extra: {note: %1$s}
                ---
                ## Regret
                We are sorry. %2$s
                ## Reason
                ### %2$s
                <script>alert(4)</script> [x](javascript:alert(5)) {onclick="alert(6)"}
                ### Timeline
                - 09:20 %2$s
                ## Remedy
                - [ ] %2$s {owner=%1$s ticket=%1$s}
                - [ ] Ticket link {owner="SRE" ticket="javascript:alert(7)"}
                - [ ] Add a stage {onclick="alert(8)"} now {owner="SRE"}
                - [ ] Style {style="color:red" onmouseover="alert(9)"} it {owner="SRE"}
                """.formatted(quoted, PAYLOAD));

        Path out = render(SiteSettings.builder().ticketUrlPattern("https://t.example.com/{id}").build());

        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file)
                        .replaceAll("<script src=\"(\\.\\./)*assets/search\\.js\" defer></script>", "")
                        .replaceAll("(?s)<script>\n\\(function \\(\\) \\{\n  var dirs = location\\.pathname.*?</script>", "")
                        .replace("<svg viewBox=\"0 0 ", "<theme-chart ");
                assertThat(html).as(file.toString() + " (the theme's own script and charts left out)")
                        .doesNotContain("<script", "<img", "<svg")
                        .doesNotContainPattern("<[a-zA-Z][^>]*\\son[a-z]+\\s*=")
                        .doesNotContainPattern("<[a-zA-Z][^>]*\\sstyle\\s*=")
                        .doesNotContainIgnoringCase("href=\"javascript:");
            }
        }
        String page = Files.readString(out.resolve("postmortems/xss.html"));
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../escape", "/etc/passwd", "%2e%2e%2f%2e%2e%2fout", "..\\\\..\\\\win", "東京",
            "Ünïcödé ñame", "a-very-long-name-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on"})
    void noSlugTagOrServiceNameWritesOutsideTheOutputFolder(String name) throws IOException {
        String yamlName = "\"" + name.replace("\\", "\\\\") + "\"";
        write("p.md", """
                ---
                title: Paths
                slug: %1$s
                date: 2026-03-14
                incident: {start: 2026-03-12T09:14:00Z, resolved: 2026-03-12T10:00:00Z}
                severity: SEV2
                services: [%1$s]
                tags: [%1$s]
                ---
                ## Regret
                We are sorry.
                ## Reason
                It broke.
                ## Remedy
                - [ ] Fix {owner="SRE"}
                """.formatted(yamlName));

        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(dir.resolve("src"));
        Path out = dir.resolve("sandbox/site");
        if (read.hasErrors()) {
            assertThat(read.diagnostics()).extracting(Diagnostic::rule).containsOnly("bad-slug");
            return;
        }
        new SiteGenerator(SiteSettings.builder().build()).generate(read.archive(), out);

        try (Stream<Path> all = Files.walk(dir.resolve("sandbox"))) {
            assertThat(all.filter(Files::isRegularFile)).allSatisfy(f -> {
                assertThat(f.normalize()).startsWith(out);
                assertThat(out.relativize(f).toString()).matches("[a-z0-9./_-]+").hasSizeLessThan(120);
            });
        }
        Map<String, String> files = SiteGeneratorTest.files(out);
        assertThat(files.keySet()).anyMatch(k -> k.startsWith("tags/") && !k.equals("tags/index.html"));
        assertThat(files.keySet()).anyMatch(k -> k.startsWith("services/") && !k.equals("services/index.html"));
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src").resolve(name), text);
    }

    private Path render(SiteSettings settings) throws IOException {
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(dir.resolve("src"));
        assertThat(read.errorCount()).isZero();
        Path out = dir.resolve("site");
        assertThat(new SiteGenerator(settings).generate(read.archive(), out).problems()).isEmpty();
        return out;
    }
}
