package dev.pm.core;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the JVM's optimising compiler (HotSpot's C2) out of a short build, for as long as the build runs.
 *
 * <p>A build of a team's archive (10 to a few thousand postmortems) is over in seconds. In that time C2 compiles
 * hundreds of methods whose faster code never pays back the compiling, and on a 2-core runner it takes a core
 * away from the build: measured with JFR and {@code -XX:+CITime} at N = 100, C2 took more compile time than all the
 * rest, and a build used 4.6 s of CPU with it against 3.0 s without. The JVM's own switch,
 * {@code -XX:TieredStopAtLevel=1}, is a flag a user would have to set in {@code .mvn/jvm.config}; pm instead adds
 * a compiler directive ({@code c2: {Exclude: true}}) through the JVM's diagnostic command MBean, the documented
 * interface behind {@code jcmd Compiler.directives_add}, and removes it when the build ends, so Maven and later
 * plugins compile as before. Code already compiled stays as it is; methods compiled meanwhile get the quick
 * compiler (C1).
 *
 * <p>Where the JVM has no such command (not HotSpot, or management disabled), nothing changes and
 * {@link #applied()} says so. Runs may overlap ({@code mvn -T}): the directive is added by the first and removed
 * by the last. Long-running work, such as the preview server, should not use this.
 */
public final class ShortRunCompilation implements AutoCloseable {

    private static final String DIRECTIVE = "[{match: [\"*.*\"], c2: {Exclude: true}}]";
    private static final Object LOCK = new Object();
    private static int holders;
    /** Whether the directive is in place, once the thread adding it is done; empty between runs. */
    private static Optional<CompletableFuture<Boolean>> added = Optional.empty();

    private final Optional<CompletableFuture<Boolean>> applied;
    private boolean closed;

    private ShortRunCompilation(Optional<CompletableFuture<Boolean>> applied) {
        this.applied = applied;
    }

    /**
     * Starts a short run: from now until {@link #close()}, methods are compiled by C1 only, where the JVM can.
     * The directive is added on a thread of its own, because starting the JVM's MBean server takes about 170 ms,
     * which the build need not wait for: until then C1 compiles anyway.
     */
    public static ShortRunCompilation begin() {
        synchronized (LOCK) {
            if (holders == 0) {
                added = Optional.of(CompletableFuture.supplyAsync(ShortRunCompilation::addDirective, runnable -> {
                    Thread thread = new Thread(runnable, "pm-compiler-directive");
                    thread.setDaemon(true);
                    thread.start();
                }));
            }
            holders++;
            return new ShortRunCompilation(added);
        }
    }

    /** A run that leaves the JVM's compilers as they are. */
    public static ShortRunCompilation none() {
        return new ShortRunCompilation(Optional.empty());
    }

    /** Whether C2 is kept out while this run lasts; waits for the directive to be added. */
    public boolean applied() {
        return applied.map(CompletableFuture::join).orElse(false);
    }

    /** Ends the run; the last run to end gives the JVM its compilers back. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (closed || applied.isEmpty()) {
                closed = true;
                return;
            }
            closed = true;
            holders--;
            if (holders == 0) {
                if (added.map(CompletableFuture::join).orElse(false)) {
                    invoke("compilerDirectivesRemove", new String[0]);
                }
                added = Optional.empty();
            }
        }
    }

    private static boolean addDirective() {
        try {
            Path file = Files.createTempFile("pm-compiler-directive", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                return invoke("compilerDirectivesAdd", new String[] {file.toString()}).contains("1 compiler");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs one diagnostic command; its output, or empty where the JVM has no such command. */
    private static String invoke(String operation, String[] arguments) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object result = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
            return result == null ? "" : result.toString();
        } catch (JMException | RuntimeException e) {
            // No HotSpot diagnostic commands here (another JVM, or a security manager): compile as the JVM does.
            return "";
        }
    }
}
