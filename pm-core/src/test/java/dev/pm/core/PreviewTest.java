package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.preview.PreviewServer;
import dev.pm.core.preview.SourceWatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServerServesTheSiteWithItsTypesAndTheNotFoundPage() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/tags"));
        Files.writeString(site.getParent().resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("index.html"), "<p>tags</p>");
        Files.writeString(site.getParent().resolve("feed.xml"), "<rss/>");
        Files.writeString(site.getParent().resolve("404.html"), "<p>lost</p>");
        Files.writeString(dir.resolve("secret.txt"), "outside");

        try (PreviewServer server = PreviewServer.start(site.getParent(), 0)) {
            assertThat(server.url()).startsWith("http://localhost:");
            HttpResponse<String> home = get(server, "");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).startsWith("<p>home</p>");
            assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(get(server, "tags/").body()).startsWith("<p>tags</p>");
            assertThat(get(server, "feed.xml").headers().firstValue("Content-Type")).contains("application/xml");
            HttpResponse<String> missing = get(server, "nope.html");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).startsWith("<p>lost</p>");
            assertThat(get(server, "%2e%2e/secret.txt").statusCode()).isEqualTo(404);
            assertThat(get(server, "..%2fsecret.txt").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theWatcherRunsItsActionOnceAfterABurstOfChangesAlsoInNewFolders() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Path sources = Files.createDirectories(dir.resolve("src"));
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        try (SourceWatcher watcher = SourceWatcher.start(List.of(sources, dir.resolve("no-theme")), dir, 100, () -> {
            first.countDown();
            second.countDown();
        }, failures::add)) {
            Path nested = Files.createDirectories(sources.resolve("2026"));
            Files.writeString(sources.resolve("a.md"), "one");
            Files.writeString(sources.resolve("a.md"), "two");
            assertThat(first.await(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            Files.writeString(nested.resolve("b.md"), "three");
            assertThat(second.await(20, TimeUnit.SECONDS)).as("a change in a folder created while watching").isTrue();
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void headAnswersWithoutABodyAndOtherMethodsAreRefused() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>home</p>");
        HttpClient client = HttpClient.newHttpClient();
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void aPortInUseIsReportedAsAnIoError() throws Exception {
        try (PreviewServer first = PreviewServer.start(dir, 0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreviewServer.start(dir, first.port()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void commonImagesFontsAndTextGetTheirMediaTypes() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a.png", "image/png");
        expected.put("a.jpg", "image/jpeg");
        expected.put("a.JPEG", "image/jpeg");
        expected.put("a.gif", "image/gif");
        expected.put("a.svg", "image/svg+xml");
        expected.put("a.webp", "image/webp");
        expected.put("a.avif", "image/avif");
        expected.put("favicon.ico", "image/x-icon");
        expected.put("a.woff2", "font/woff2");
        expected.put("a.woff", "font/woff");
        expected.put("a.ttf", "font/ttf");
        expected.put("a.otf", "font/otf");
        expected.put("a.css", "text/css; charset=utf-8");
        expected.put("a.js", "text/javascript; charset=utf-8");
        expected.put("a.json", "application/json");
        expected.put("a.xml", "application/xml");
        expected.put("a.unknown", "application/octet-stream");
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            for (Map.Entry<String, String> entry : expected.entrySet()) {
                Files.writeString(dir.resolve(entry.getKey()), "x");
                assertThat(get(server, entry.getKey()).headers().firstValue("Content-Type")).as(entry.getKey())
                        .contains(entry.getValue());
            }
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndServedWithItsIndex() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("tags/db")).resolve("index.html"), "<p>db</p>");
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            HttpResponse<String> moved = get(server, "tags/db?x=1");
            assertThat(moved.statusCode()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).contains("/tags/db/?x=1");
            assertThat(get(server, "tags").headers().firstValue("Location")).contains("/tags/");
            HttpResponse<String> folder = get(server, "tags/db/");
            assertThat(folder.statusCode()).isEqualTo(200);
            assertThat(folder.body()).startsWith("<p>db</p>");
            assertThat(get(server, "tags/").statusCode()).as("a folder without index.html").isEqualTo(404);
        }
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() throws Exception {
        try (PreviewServer loopback = PreviewServer.start(dir, 0);
                PreviewServer everywhere = PreviewServer.start(dir, InetAddress.getByName("0.0.0.0"), 0)) {
            assertThat(loopback.reachableFromOtherMachines()).isFalse();
            assertThat(everywhere.reachableFromOtherMachines()).isTrue();
            assertThat(everywhere.url()).startsWith("http://localhost:");
        }
    }
}
