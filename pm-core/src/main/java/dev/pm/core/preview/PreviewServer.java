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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a rendered site for previewing, with the JDK's HTTP server, on the loopback interface unless told
 * otherwise. Files are looked up on every request, so a rebuilt site is served as soon as it is swapped in.
 * Nothing outside the site folder is ever served.
 *
 * <p>Live reload: every HTML page is served with a small script (added to the response only, never to the file
 * on disk) that listens to {@value #EVENTS}, a stream of Server-Sent Events carrying a build counter, and reloads
 * the page when the counter changes; {@link #siteRebuilt()} and {@link #showProblems(List)} advance it. While
 * problems are shown, every page is answered with them instead of the site.
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

    /** The Server-Sent Events stream of build counters. */
    public static final String EVENTS = "/__pm/events";

    /**
     * Listens to {@value #EVENTS} and reloads the page when the build counter differs from the first one it saw;
     * reconnects after the server went away (as when pm:serve restarts).
     */
    static final String RELOAD_SCRIPT = "<script>/* pm:serve live reload, added by the preview server only */"
            + "(function(){var seen=null;function connect(){var events=new EventSource('" + EVENTS + "');"
            + "events.onmessage=function(e){if(seen!==null&&e.data!==seen){location.reload();}seen=e.data;};"
            + "events.onerror=function(){events.close();setTimeout(connect,1000);};}connect();})();</script>";

    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final Object lock = new Object();
    /** Advanced by every rebuild, good or bad; guarded by {@link #lock}. */
    private long build;
    /** The lines shown instead of the site, empty when the last build succeeded; guarded by {@link #lock}. */
    private List<String> problems = List.of();
    private boolean closed;

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
        server.createContext(EVENTS, preview::events);
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

    /** The build counter: how many times {@link #siteRebuilt()} and {@link #showProblems(List)} were called. */
    public long build() {
        synchronized (lock) {
            return build;
        }
    }

    /** The site was rebuilt: problems shown so far disappear, and open pages reload. */
    public void siteRebuilt() {
        advance(List.of());
    }

    /**
     * The archive has errors: until the next {@link #siteRebuilt()}, every page is answered with these lines
     * (such as {@code file:line:col: level [rule] message}), and open pages reload to show them.
     */
    public void showProblems(List<String> lines) {
        advance(List.copyOf(lines));
    }

    private void advance(List<String> shown) {
        synchronized (lock) {
            problems = shown;
            build++;
            lock.notifyAll();
        }
    }

    /** Streams the build counter as Server-Sent Events until the browser goes away or the server stops. */
    private void events(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long sent;
            synchronized (lock) {
                sent = build;
            }
            out.write(("retry: 1000\ndata: " + sent + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                long now;
                synchronized (lock) {
                    long deadline = System.currentTimeMillis() + KEEP_ALIVE_MILLIS;
                    while (build == sent && !closed && System.currentTimeMillis() < deadline) {
                        lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
                    }
                    if (closed) {
                        return;
                    }
                    now = build;
                }
                // A comment line when nothing changed: writing is how a closed connection is noticed.
                out.write((now == sent ? ": keep-alive\n\n" : "data: " + now + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The browser closed the page.
        }
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
            List<String> shown;
            synchronized (lock) {
                shown = problems;
            }
            if (!shown.isEmpty() && (file == null || !Files.isRegularFile(file) || type(file).equals(HTML))) {
                send(exchange, 500, HTML, withReload(problemsPage(shown)));
                return;
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, HTML, withReload(body));
                return;
            }
            String type = type(file);
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, type, type.equals(HTML) ? withReload(body) : body);
        }
    }

    /** The page with the live-reload script before its last {@code </body>}, or at its end when it has none. */
    static byte[] withReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String reloading = end < 0 ? html + RELOAD_SCRIPT
                : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
        return reloading.getBytes(StandardCharsets.UTF_8);
    }

    /** The page shown while the archive has errors: every line, escaped. */
    static byte[] problemsPage(List<String> lines) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>pm: the archive has errors</title><style>body{font-family:system-ui,sans-serif;"
                + "margin:2rem;max-width:70rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid"
                + " #c00;padding:1rem}</style></head><body>\n<h1>The archive has errors</h1>\n<p>The site was not"
                + " rebuilt. Fix these, save, and this page reloads by itself.</p>\n<pre>");
        for (String line : lines) {
            page.append(escape(line)).append('\n');
        }
        page.append("</pre>\n</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
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
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
