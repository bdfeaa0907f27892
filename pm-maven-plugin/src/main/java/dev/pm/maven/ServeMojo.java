package dev.pm.maven;

import dev.pm.core.preview.PreviewServer;
import dev.pm.core.preview.SourceWatcher;
import dev.pm.core.OutputRefusedException;
import dev.pm.core.site.IncrementalPublisher;
import dev.pm.core.site.SitePublisher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the site with drafts, serves it on {@code http://localhost:<port>/}, and renders it again whenever a
 * postmortem or theme file changes, until Ctrl-C; open pages reload by themselves after each rebuild. While a
 * rebuild has errors, or fails unexpectedly, the browser shows every diagnostic instead of the site, until the next
 * good rebuild; the last good site stays on disk. The source and theme folders are watched also when they are
 * created after the start. Takes every parameter of {@code pm:site}.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteMojo {

    /**
     * How long the folders must stay unchanged before a rebuild: long enough to take an editor's save (a write and
     * a rename, milliseconds apart) or a checkout as one change, short enough to add little to the wait for the
     * page; a rebuild started in the middle of a longer burst is simply followed by another.
     */
    private static final long QUIET_MILLIS = 100;

    /** The port to serve on. */
    @Parameter(property = "pm.port", defaultValue = "8080")
    private int port;

    /**
     * The address to serve on: the loopback interface by default, so only this machine sees the preview.
     * {@code 0.0.0.0} (every interface) lets other machines, a phone or a container's host, open it, but also
     * everyone on the same network: the preview shows drafts and whatever audience is configured, without any
     * authentication. Use it only on a network you trust.
     */
    @Parameter(property = "pm.bind", defaultValue = "127.0.0.1")
    private String bind;

    /** Skips {@code pm:serve}. */
    @Parameter(property = "pm.serve.skip", defaultValue = "false")
    private boolean serveSkip;

    @Override
    protected boolean runsShort() {
        return false;
    }

    @Override
    protected boolean skipGoal() {
        return serveSkip;
    }

    /** Drafts are shown, marked, unless {@code drafts} says otherwise. */
    @Override
    protected boolean draftsByDefault() {
        return true;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        InetAddress address = bindAddress();
        IncrementalPublisher publisher = incrementalPublisher();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = PreviewServer.start(outputDirectory().toPath(), address, port)) {
            // Started first, so that an archive broken from the start shows its problems in the browser.
            rebuild(publisher, server, false);
            try (SourceWatcher watcher = SourceWatcher.start(List.of(sourceDirectory().toPath(),
                    themeDirectory().toPath()), baseDirectory().toPath(), QUIET_MILLIS,
                    () -> warmUp(publisher, server), () -> rebuild(publisher, server, true),
                    this::reportWatchFailure)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "pm-serve-stop"));
                if (server.reachableFromOtherMachines()) {
                    getLog().warn("pm: serving on " + bind + ", so every machine that can reach this one sees the"
                            + " preview, drafts included; use -Dpm.bind=127.0.0.1 unless that is what you want");
                }
                getLog().info("pm: serving " + server.url() + " and rebuilding on changes; open pages reload by"
                        + " themselves; press Ctrl-C to stop");
                stopped.await();
            }
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot serve on " + bind + " port " + port + ": "
                    + e.getMessage() + " (choose another port with -Dpm.port=8081)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rebuilds do only the work a change needs; see {@link IncrementalPublisher}. */
    private IncrementalPublisher incrementalPublisher() throws MojoExecutionException {
        try {
            return new IncrementalPublisher(request());
        } catch (OutputRefusedException e) {
            throw refused(e);
        } catch (IllegalArgumentException e) {
            throw badConfiguration(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot read the theme in " + themeDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The address {@code bind} names. */
    private InetAddress bindAddress() throws MojoExecutionException {
        String host = bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip();
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw badConfiguration("<bind> (pm.bind) '" + host + "' is no address of this machine: use 127.0.0.1"
                    + " (the default), or 0.0.0.0 to serve on every interface");
        }
    }

    /**
     * Before the first change: a rebuild that says nothing unless a source changed since the first build (or
     * cannot be read), when it is reported as any rebuild is.
     */
    private void warmUp(IncrementalPublisher publisher, PreviewServer server) {
        long started = System.nanoTime();
        Optional<SitePublisher.Outcome> changed;
        try {
            changed = publisher.warmUp();
        } catch (IOException | RuntimeException | Error e) {
            // Reported as a rebuild's failure is, without building again: a failure that repeats (a bug, a heap too
            // small) would only cost a second full build; the next change rebuilds anyway.
            rebuild(publisher, server, false, started, progress -> rethrow(e));
            return;
        }
        changed.ifPresent(outcome -> rebuild(publisher, server, true, started, progress -> outcome));
    }

    /** Every rebuild prints its findings again. */
    @Override
    protected java.util.Map<dev.pm.core.Diagnostic, Boolean> printedInThisModule() {
        return new java.util.HashMap<>();
    }

    /**
     * Publishes once and tells the server: open pages reload, showing the new site, or, while the archive has
     * errors, every diagnostic instead of the site.
     */
    private void rebuild(IncrementalPublisher publisher, PreviewServer server, boolean changed) {
        rebuild(publisher, server, changed, System.nanoTime(), publisher::publish);
    }

    /** Reports {@code how}'s rebuild, begun at {@code started} ({@link System#nanoTime()}). */
    private void rebuild(IncrementalPublisher publisher, PreviewServer server, boolean changed, long started,
            Publishing how) {
        if (changed) {
            getLog().info("pm: a source changed; rebuilding");
        }
        try {
            SitePublisher.Outcome outcome = publish(how, true);
            if (outcome.published()) {
                server.siteRebuilt();
                getLog().info(String.format(Locale.ROOT, "pm: rebuilt in %.2f s (%s)",
                        (System.nanoTime() - started) / 1e9, publisher.lastBuild().summary()));
                return;
            }
            getLog().warn("pm: the site was not rebuilt; the browser shows why until the next good rebuild");
            List<String> lines = new ArrayList<>();
            Path base = baseDirectory().toPath();
            if (outcome.verdict().failed()) {
                lines.add(outcome.verdict().summary() + ": " + outcome.verdict().reason());
                outcome.read().diagnostics().forEach(d -> lines.add(d.format(base)));
            }
            outcome.site().ifPresent(site -> site.problems().forEach(d -> lines.add(d.format(base))));
            server.showProblems(lines);
        } catch (MojoExecutionException e) {
            getLog().error(e.getMessage());
            server.showProblems(List.of(e.getMessage()));
        } catch (RuntimeException | Error e) {
            String problem = unexpected(e);
            getLog().error("pm: " + problem);
            getLog().debug(e);
            server.showProblems(List.of(problem));
        }
    }

    /**
     * What pm:serve says of a rebuild that failed with {@code e}, other than on the archive's problems: a bug in
     * pm, memory running out, or pm's classes replaced under it; and what to do.
     */
    static String unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            String what = String.valueOf(e.getMessage());
            return what.contains("Java heap space") || what.contains("GC overhead")
                    ? "the rebuild ran out of memory (" + what + "); the next change tries again, but an archive this"
                            + " large needs more: stop pm:serve and start it with more heap, for example -Xmx2g in"
                            + " .mvn/jvm.config or MAVEN_OPTS"
                    : "the rebuild ran out of memory (" + what + "): restart pm:serve";
        }
        if (e instanceof LinkageError && !failedInitialising(e)) {
            return "pm's classes changed while pm:serve ran (" + e + "), as when pm is installed again: restart"
                    + " pm:serve";
        }
        return "the rebuild failed unexpectedly (" + e + "); the next change rebuilds it again. Run with -X for the"
                + " stack trace, and please report it";
    }

    /**
     * Whether {@code e} comes from a class whose static initialiser failed, now or earlier: a bug in pm, not
     * classes replaced under it.
     */
    private static boolean failedInitialising(Throwable e) {
        return e instanceof ExceptionInInitializerError || e instanceof NoClassDefFoundError
                && String.valueOf(e.getMessage()).startsWith("Could not initialize class");
    }

    /** Throws {@code e}, which a rebuild can throw, as the failure of a {@link Publishing}. */
    private static SitePublisher.Outcome rethrow(Throwable e) throws IOException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) e;
    }

    /** A folder that cannot be watched, or a failure the rebuild did not catch: logged, and serving goes on. */
    private void reportWatchFailure(Throwable e) {
        // A folder that cannot be watched comes with a message naming it; anything else is named by its type.
        String what = e instanceof RuntimeException && e.getMessage() != null ? e.getMessage() : e.toString();
        getLog().error("pm: " + what + "; still serving, and watching for changes where possible");
        getLog().debug(e);
    }
}
