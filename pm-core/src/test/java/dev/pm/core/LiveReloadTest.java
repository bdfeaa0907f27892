package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.preview.PreviewServer;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's live reload and its page of problems, with a real site rebuilt in between. */
class LiveReloadTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private SitePublisher publisher(Path sources, Path output) throws IOException {
        return new SitePublisher(new SitePublisher.Request(sources, ReaderOptions.defaults(), Optional.empty(),
                SiteSettings.builder().themeDirectory(dir.resolve("no-theme")).build(), CheckVerdict.Threshold.ERROR,
                -1, output, dir, List.of()));
    }

    /** Publishes, and tells the server what came of it, as pm:serve does. */
    private static void rebuild(SitePublisher publisher, PreviewServer server, Path base) throws IOException {
        SitePublisher.Outcome outcome = publisher.publish();
        if (outcome.published()) {
            server.siteRebuilt();
        } else {
            server.showProblems(outcome.read().diagnostics().stream().map(d -> d.format(base)).toList());
        }
    }

    @Test
    void anOpenPageHearsOfEveryRebuildAndTheFilesOnDiskStayAsRendered() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Files.copy(Fixtures.file("valid", "2026-03-12-checkout-outage.md"),
                sources.resolve("2026-03-12-checkout-outage.md"));
        Path output = dir.resolve("site");
        SitePublisher publisher = publisher(sources, output);
        try (PreviewServer server = PreviewServer.start(output, 0)) {
            rebuild(publisher, server, dir);
            HttpResponse<String> home = get(server, "");
            assertThat(home.body()).contains("new EventSource('" + PreviewServer.EVENTS + "')");
            assertThat(home.body().indexOf("EventSource")).isLessThan(home.body().lastIndexOf("</body>"));
            assertThat(get(server, "assets/pm.css").body()).doesNotContain("EventSource");

            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + PreviewServer.EVENTS.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            Thread lines = new Thread(() -> {
                try (var body = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                        StandardCharsets.UTF_8))) {
                    for (String line = body.readLine(); line != null; line = body.readLine()) {
                        if (line.startsWith("data: ")) {
                            events.add(line.substring(6));
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            lines.setDaemon(true);
            lines.start();
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("the counter on connecting").isEqualTo("1");

            Files.writeString(sources.resolve("2026-03-12-checkout-outage.md"), Files.readString(
                    sources.resolve("2026-03-12-checkout-outage.md")).replace("title: ", "title: Edited "));
            rebuild(publisher, server, dir);

            assertThat(events.poll(10, TimeUnit.SECONDS)).as("an event within 10 s of the rebuild").isEqualTo("2");
            try (Stream<Path> files = Files.walk(output)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain("EventSource");
                }
            }
        }
    }

    @Test
    void aBrokenArchiveShowsItsProblemsOnEveryPageUntilTheNextGoodRebuild() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path broken = sources.resolve("2026-03-12-checkout-outage.md");
        String good = Files.readString(Fixtures.file("valid", "2026-03-12-checkout-outage.md"));
        Files.writeString(broken, good.replaceFirst("severity: \\S+", "severity: <b>&bad</b>"));
        Path output = dir.resolve("site");
        SitePublisher publisher = publisher(sources, output);
        try (PreviewServer server = PreviewServer.start(output, 0)) {
            rebuild(publisher, server, dir);

            for (String path : List.of("", "postmortems/", "no-such-page.html")) {
                HttpResponse<String> page = get(server, path);
                assertThat(page.body()).as(path).contains("The archive has errors")
                        .contains("src/2026-03-12-checkout-outage.md:").contains(": error [")
                        .contains("&lt;b&gt;&amp;bad&lt;/b&gt;").doesNotContain("<b>&bad")
                        .contains("EventSource");
            }

            Files.writeString(broken, good);
            rebuild(publisher, server, dir);

            HttpResponse<String> home = get(server, "");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).doesNotContain("The archive has errors");
        }
    }
}
