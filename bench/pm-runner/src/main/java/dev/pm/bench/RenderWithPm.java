package dev.pm.bench;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SitePublisher;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * pm through a plain {@code java} launch: exactly what {@code pm:site} does with its defaults (checks first,
 * then the site with feeds, search and stats), without Maven around it.
 *
 * <p>Usage: {@code RenderWithPm <source folder> <output folder>}
 */
public final class RenderWithPm {

    private RenderWithPm() {
    }

    public static void main(String[] args) throws IOException {
        SitePublisher.Request request = new SitePublisher.Request(Path.of(args[0]),
                ReaderOptions.defaults(), Optional.of(CheckSettings.defaults()),
                SiteSettings.builder().baseUrl("https://status.example.com").pageSize(20).build(),
                CheckVerdict.Threshold.ERROR, -1, Path.of(args[1]), Path.of(""), java.util.List.of());
        SitePublisher.Outcome outcome = new SitePublisher(request).publish();
        System.out.println("pm: " + outcome.verdict().summary());
        outcome.read().diagnostics().stream().filter(Diagnostic::isError).limit(5)
                .forEach(d -> System.out.println(d.format(Path.of(args[0]))));
        if (!outcome.published()) {
            System.exit(1);
        }
        System.out.println("pm: wrote " + outcome.site().orElseThrow().pageCount() + " files; read "
                + outcome.readTime().toMillis() + " ms, rendered " + outcome.renderTime().toMillis() + " ms");
    }
}
