package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Postmortems" page of the Maven site: a summary, the findings per postmortem and per rule, and the link to
 * the rendered archive. It only lays out what pm-core's reading and checks gave, in the words of the site's locale
 * ({@link ReportText}); the findings' messages are pm-core's, in English.
 */
final class PostmortemsReportRenderer extends AbstractMavenReportRenderer {

    private final ReadResult result;
    private final CheckVerdict verdict;
    private final Path base;
    private final Optional<String> archiveHref;
    private final ReportText words;
    /** The findings the baseline knows, by identity as {@link CheckVerdict#fresh} tells them from the others. */
    private final Set<Diagnostic> known = Collections.newSetFromMap(new IdentityHashMap<>());

    PostmortemsReportRenderer(Sink sink, ReadResult result, CheckVerdict verdict, Path base,
            Optional<String> archiveHref, Locale locale) {
        super(sink);
        this.result = result;
        this.verdict = verdict;
        this.base = base;
        this.archiveHref = archiveHref;
        this.words = new ReportText(locale);
        known.addAll(verdict.known());
    }

    @Override
    public String getTitle() {
        return words.text("name");
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(words.text("intro"));
        archive();
        summary();
        byPostmortem();
        byRule();
        endSection();
    }

    private void archive() {
        if (archiveHref.isPresent()) {
            String sentence = words.text("archive");
            int at = sentence.indexOf("{0}");
            String before = sentence.substring(0, at);
            String after = sentence.substring(at + "{0}".length());
            // the sink directly: the renderer's text() writes "-" for an empty part
            sink.paragraph();
            if (!before.isEmpty()) {
                sink.text(before);
            }
            link(archiveHref.get(), words.text("archive.link"));
            if (!after.isEmpty()) {
                sink.text(after);
            }
            sink.paragraph_();
        } else {
            paragraph(words.text("archive.none"));
        }
    }

    private void summary() {
        startSection(words.text("summary"), "summary");
        Map<Diagnostic.Level, Long> byLevel = countByLevel(result.diagnostics());
        startTable();
        tableHeader(new String[] {words.text("summary.what"), words.text("summary.count")});
        tableRow(new String[] {words.text("summary.postmortems"), words.number(result.archive().postmortems().size())});
        tableRow(new String[] {words.text("summary.files"), words.number(result.fileCount())});
        for (Diagnostic.Level level : Diagnostic.Level.values()) {
            tableRow(new String[] {plural(level), words.number(byLevel.get(level))});
        }
        if (!verdict.known().isEmpty()) {
            tableRow(new String[] {words.text("summary.known"), words.number(verdict.known().size())});
        }
        tableRow(new String[] {words.text("summary.verdict"), verdict.failure()
                .map(failure -> words.format("verdict.fail", reason(failure))).orElse(words.text("verdict.pass"))});
        endTable();
        endSection();
    }

    /** Why pm:check would fail, as {@link CheckVerdict} decided, in the page's words. */
    private String reason(CheckVerdict.Failure failure) {
        if (failure instanceof CheckVerdict.ThresholdReached reached) {
            return words.format("verdict.threshold", reached.findings(), reached.threshold().label());
        }
        CheckVerdict.TooManyWarnings tooMany = (CheckVerdict.TooManyWarnings) failure;
        return words.format("verdict.warnings", tooMany.warnings(), tooMany.allowed());
    }

    private void byPostmortem() {
        startSection(words.text("by_postmortem"), "by-postmortem");
        Map<String, Postmortem> postmortems = new TreeMap<>();
        for (Postmortem postmortem : result.archive().postmortems()) {
            postmortems.put(shown(postmortem.source()), postmortem);
        }
        Map<String, List<Diagnostic>> findings = new TreeMap<>();
        for (String file : postmortems.keySet()) {
            findings.put(file, new ArrayList<>());
        }
        for (Diagnostic d : result.diagnostics()) {
            findings.computeIfAbsent(shown(d.file()), file -> new ArrayList<>()).add(d);
        }
        startTable();
        tableHeader(new String[] {words.text("column.file"), words.text("column.title"), plural(Diagnostic.Level.ERROR),
                plural(Diagnostic.Level.WARNING), plural(Diagnostic.Level.INFO)});
        findings.forEach((file, list) -> {
            Map<Diagnostic.Level, Long> counts = countByLevel(list);
            Postmortem postmortem = postmortems.get(file);
            tableRow(new String[] {file, postmortem != null ? postmortem.title() : words.text("not_read"),
                    words.number(counts.get(Diagnostic.Level.ERROR)),
                    words.number(counts.get(Diagnostic.Level.WARNING)),
                    words.number(counts.get(Diagnostic.Level.INFO))});
        });
        endTable();
        findings.forEach((file, list) -> {
            if (list.isEmpty()) {
                return;
            }
            startSection(file);
            findingsTable(list);
            endSection();
        });
        endSection();
    }

    private void byRule() {
        startSection(words.text("by_rule"), "by-rule");
        Map<String, List<Diagnostic>> findings = new TreeMap<>();
        for (Diagnostic d : result.diagnostics()) {
            findings.computeIfAbsent(d.rule(), rule -> new ArrayList<>()).add(d);
        }
        if (findings.isEmpty()) {
            paragraph(words.text("no_findings"));
            endSection();
            return;
        }
        startTable();
        tableHeader(new String[] {words.text("column.rule"), plural(Diagnostic.Level.ERROR),
                plural(Diagnostic.Level.WARNING), plural(Diagnostic.Level.INFO)});
        findings.forEach((rule, list) -> {
            Map<Diagnostic.Level, Long> counts = countByLevel(list);
            tableRow(new String[] {rule, words.number(counts.get(Diagnostic.Level.ERROR)),
                    words.number(counts.get(Diagnostic.Level.WARNING)),
                    words.number(counts.get(Diagnostic.Level.INFO))});
        });
        endTable();
        findings.forEach((rule, list) -> {
            startSection(rule, "rule-" + rule);
            findingsTable(list);
            endSection();
        });
        endSection();
    }

    /** One row per finding: where (file:line:col), level, rule, message. */
    private void findingsTable(List<Diagnostic> findings) {
        startTable();
        tableHeader(new String[] {words.text("column.location"), words.text("column.level"), words.text("column.rule"),
                words.text("column.message")});
        for (Diagnostic d : findings) {
            String level = words.text("level." + d.level().label());
            tableRow(new String[] {location(d), known.contains(d) ? words.format("level.in_baseline", level) : level,
                    d.rule(), d.message()});
        }
        endTable();
    }

    /** {@code path:line:col}, as pm:check prints it. */
    private String location(Diagnostic d) {
        return shown(d.file()) + ":" + Math.max(d.line(), 1) + ":" + Math.max(d.column(), 1);
    }

    private String shown(Path file) {
        Diagnostic probe = Diagnostic.error(file, 0, 0, "-", "-");
        return probe.shownPath(base).toString().replace('\\', '/');
    }

    private static Map<Diagnostic.Level, Long> countByLevel(List<Diagnostic> diagnostics) {
        Map<Diagnostic.Level, Long> counts = new EnumMap<>(Diagnostic.Level.class);
        for (Diagnostic.Level level : Diagnostic.Level.values()) {
            counts.put(level, 0L);
        }
        diagnostics.forEach(d -> counts.merge(d.level(), 1L, Long::sum));
        return counts;
    }

    /**
     * A cell of plain text. The renderer's own reads {@code {text, url}} in a cell as a link, which a finding's
     * message must not become, and needs maven-shared-utils, which {@code mvn site} provides to a report but a
     * plugin's own class realm ({@code mvn pm:report}) does not.
     */
    @Override
    protected void tableCell(String text, boolean asHtml) {
        sink.tableCell();
        if (text != null && !text.isEmpty()) {
            sink.text(text);
        }
        sink.tableCell_();
    }

    private String plural(Diagnostic.Level level) {
        return words.text("levels." + level.label());
    }
}
