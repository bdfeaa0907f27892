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
 * Serves a rendered site for previewing, with the JDK's HTTP server, on the loopback interface unless told
 * otherwise. Files are looked up on every request, so a rebuilt site is served as soon as it is swapped in.
 * Nothing outside the site folder is ever served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String HTML = "text/html; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("rss", "application/rss+xml"), Map.entry("atom", "application/atom+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"));

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
        return start(siteFolder, InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Starts serving {@code siteFolder} on {@code address:port}; port 0 picks a free one. Any address other than
     * a loopback one makes the preview, drafts included, readable by every machine that can reach this one.
     *
     * @throws IOException when the port cannot be bound, for example because it is in use
     */
    public static PreviewServer start(Path siteFolder, InetAddress address, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
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

    /** The address a browser on this machine opens: localhost for loopback and wildcard addresses. */
    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isLoopbackAddress() || address.isAnyLocalAddress() ? "localhost"
                : address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        return "http://" + host + ":" + port() + "/";
    }

    /** Whether the server answers machines other than this one. */
    public boolean reachableFromOtherMachines() {
        return !server.getAddress().getAddress().isLoopbackAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            Path file = resolve(uri);
            if (file != null && Files.isDirectory(file)) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                if (!path.endsWith("/")) {
                    // Relative links in a folder's index.html resolve against the folder only with the slash.
                    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                    exchange.getResponseHeaders().set("Location", path + "/" + query);
                    send(exchange, 301, "text/plain; charset=utf-8",
                            ("moved to " + path + "/\n").getBytes(StandardCharsets.UTF_8));
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, HTML, body);
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

    /** The media type of a file, by its extension; {@code application/octet-stream} for unknown ones. */
    static String type(Path file) {
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
