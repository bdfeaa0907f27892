package dev.pm.jbake;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.Checks;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SectionHtml;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JBake's markup engine for pm postmortems: files with the extension {@code .pmd}, registered in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties}. JBake picks an engine by the text after a file's last
 * dot, so {@code .md} files keep going to JBake's own Markdown engine whatever the class path order, and a
 * {@code .pmd} file only ever reaches this one.
 *
 * <p>The file is read whole by pm's reader (YAML front matter or a JBake header closed by {@code ~~~~~~}) and
 * judged by pm's checks. A finding at the failing level stops the bake with every finding of the file as
 * {@code file:line:col: level [rule] message}. Drafts and internal postmortems are left out of the site: the engine
 * returns no document, so JBake neither stores nor renders them. A published postmortem becomes a document of type
 * {@code postmortem} ({@link PostmortemModel}), without its internal sections.
 */
public class PostmortemEngine extends MarkupEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PostmortemEngine.class);

    private Reading reading;

    private record Reading(JBakeConfiguration config, PmSettings settings, PostmortemReader reader, Checks checks,
            SectionHtml sectionHtml) {
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        requireTemplate(config, file);
        Reading r = reading(config);
        byte[] content;
        try {
            content = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ParsedFile parsed = r.reader().parse(file.toPath(), content, r.checks());
        Path base = Path.of("").toAbsolutePath();
        List<Diagnostic> failing = parsed.diagnostics().stream()
                .filter(d -> d.isError() || (r.settings().failOnWarning() && d.level() == Diagnostic.Level.WARNING))
                .toList();
        for (Diagnostic d : parsed.diagnostics()) {
            if (!failing.contains(d)) {
                LOG.warn("{}", d.format(base));
            }
        }
        if (!failing.isEmpty() || parsed.postmortem().isEmpty()) {
            String findings = parsed.diagnostics().stream().map(d -> d.format(base))
                    .collect(Collectors.joining("\n"));
            throw new PostmortemBakeException(findings + "\npm: " + failing.size() + " finding(s) in "
                    + base.relativize(file.toPath().toAbsolutePath()) + " fail the bake; fix them and bake again");
        }
        Postmortem postmortem = parsed.postmortem().get();
        if (postmortem.isDraft() || postmortem.isInternal()) {
            LOG.info("pm: {} is {}, so it stays out of the site", file,
                    postmortem.isDraft() ? "a draft" : "internal");
            return null;
        }
        return PostmortemModel.of(postmortem, r.settings().context().zone(), r.sectionHtml());
    }

    private synchronized Reading reading(JBakeConfiguration config) {
        // one reader per bake: JBake keeps this engine for the life of the JVM, but hands each bake its config
        if (reading == null || reading.config() != config) {
            PmSettings settings = PmSettings.of(config);
            reading = new Reading(config, settings, new PostmortemReader(ReaderOptions.of(settings.context())),
                    new Checks(settings.checks(), settings.context()),
                    SectionHtml.inLanguage(settings.context().language()));
        }
        return reading;
    }

    private static void requireTemplate(JBakeConfiguration config, File file) {
        if (config.get("template." + PostmortemModel.TYPE + ".file") == null) {
            throw new PostmortemBakeException(file + ":1:1: error [jbake-setup] JBake has no template for"
                    + " postmortems, so it would drop this one: add 'template.postmortem.file=pm/postmortem.pmftl'"
                    + " (the template in pm-jbake's jar) or 'template.postmortem.file=pm/postmortem.ftl' (a copy in"
                    + " your templates folder) to jbake.properties");
        }
    }
}
