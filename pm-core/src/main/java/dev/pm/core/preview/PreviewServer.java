package dev.pm.core.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a rendered site on the loopback interface for previewing, with the JDK's HTTP server. Files are
 * looked up on every request, so a rebuilt site is served as soon as it is swapped in. Nothing outside the
 * site folder is ever served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;

    private PreviewServer(HttpServer server, ExecutorService threads, Path root) {
        this.server = server;
        this.threads = threads;
        this.root = root;
    }

    /**
     * Starts serving {@code siteFolder} on {@code 127.0.0.1:port}; port 0 picks a free one.
     *
     * @throws IOException when the port cannot be bound, for example because it is in use
     */
    public static PreviewServer start(Path siteFolder, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "pm-preview");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, threads, siteFolder.toAbsolutePath().normalize());
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(exchange.getRequestURI());
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            send(exchange, 200, type(file), Files.readAllBytes(file));
        }
    }

    /** The file a request names, or null when the path leaves the site folder. */
    private Path resolve(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
