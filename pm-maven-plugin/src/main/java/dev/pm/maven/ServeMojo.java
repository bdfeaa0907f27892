package dev.pm.maven;

import dev.pm.core.preview.PreviewServer;
import dev.pm.core.preview.SourceWatcher;
import dev.pm.core.site.SitePublisher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the site with drafts, serves it on {@code http://localhost:<port>/}, and renders it again whenever a postmortem or
 * theme file changes, until Ctrl-C. A rebuild with errors, or one that fails unexpectedly, reports it and keeps
 * serving the last good site; the next change rebuilds again. The source and theme folders are watched also when
 * they are created after the start. Takes every parameter of {@code pm:site}.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteMojo {

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
        SitePublisher publisher = publisher();
        publish(publisher);
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = PreviewServer.start(outputDirectory().toPath(), address, port);
                SourceWatcher watcher = SourceWatcher.start(List.of(sourceDirectory().toPath(),
                        themeDirectory().toPath()), baseDirectory().toPath(), 200, () -> rebuild(publisher),
                        this::reportWatchFailure)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "pm-serve-stop"));
            if (server.reachableFromOtherMachines()) {
                getLog().warn("pm: serving on " + bind + ", so every machine that can reach this one sees the"
                        + " preview, drafts included; use -Dpm.bind=127.0.0.1 unless that is what you want");
            }
            getLog().info("pm: serving " + server.url() + " and rebuilding on changes; press Ctrl-C to stop");
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("pm: cannot serve on " + bind + " port " + port + ": "
                    + e.getMessage() + " (choose another port with -Dpm.port=8081)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** Every rebuild prints its findings again. */
    @Override
    protected java.util.Map<dev.pm.core.Diagnostic, Boolean> printedInThisModule() {
        return new java.util.HashMap<>();
    }

    private void rebuild(SitePublisher publisher) {
        getLog().info("pm: a source changed; rebuilding");
        try {
            SitePublisher.Outcome outcome = publish(publisher);
            if (!outcome.published()) {
                getLog().warn("pm: the site was not rebuilt; still serving the last good one");
            }
        } catch (MojoExecutionException e) {
            getLog().error(e.getMessage());
        } catch (RuntimeException e) {
            getLog().error("pm: the rebuild failed unexpectedly (" + e + "); still serving the last good site, and"
                    + " the next change rebuilds it again. Run with -X for the stack trace, and please report it");
            getLog().debug(e);
        }
    }

    /** A folder that cannot be watched, or a failure the rebuild did not catch: logged, and serving goes on. */
    private void reportWatchFailure(RuntimeException e) {
        getLog().error("pm: " + (e.getMessage() == null ? e.toString() : e.getMessage()) + "; still serving, and"
                + " watching for changes where possible");
        getLog().debug(e);
    }
}
