package dev.pm.maven;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Postmortems" page of the Maven site: a summary, the findings per postmortem and per rule, and the link to
 * the rendered archive. It only lays out what pm-core's reading and checks gave.
 */
final class PostmortemsReportRenderer extends AbstractMavenReportRenderer {

    private final ReadResult result;
    private final CheckVerdict verdict;
    private final Path base;
    private final Optional<String> archiveHref;

    PostmortemsReportRenderer(Sink sink, ReadResult result, CheckVerdict verdict, Path base,
            Optional<String> archiveHref) {
        super(sink);
        this.result = result;
        this.verdict = verdict;
        this.base = base;
        this.archiveHref = archiveHref;
    }

    @Override
    public String getTitle() {
        return "Postmortems";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph("What pm's quality rules found in the postmortems (pm:check's verdict: " + verdict.summary()
                + "). A report lists the findings and never fails the site.");
        archive();
        summary();
        byPostmortem();
        byRule();
        endSection();
    }

    private void archive() {
        if (archiveHref.isPresent()) {
            sink.paragraph();
            text("The rendered archive: ");
            link(archiveHref.get(), "browse the postmortems");
            text(".");
            sink.paragraph_();
        } else {
            paragraph("The rendered archive is not part of this site: run pm:site before the site (mvn pm:site site) "
                    + "to have it copied in as postmortems/, or set pm:report's archiveLink to where it is "
                    + "published.");
        }
    }

    private void summary() {
        startSection("Summary", "summary");
        Map<Diagnostic.Level, Long> byLevel = countByLevel(result.diagnostics());
        startTable();
        tableHeader(new String[] {"What", "How many"});
        tableRow(new String[] {"Postmortems", String.valueOf(result.archive().postmortems().size())});
        tableRow(new String[] {"Files read", String.valueOf(result.fileCount())});
        for (Diagnostic.Level level : Diagnostic.Level.values()) {
            tableRow(new String[] {plural(level), String.valueOf(byLevel.get(level))});
        }
        tableRow(new String[] {"pm:check would", verdict.failed() ? "fail: " + verdict.reason() : "pass"});
        endTable();
        endSection();
    }

    private void byPostmortem() {
        startSection("By postmortem", "by-postmortem");
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
        tableHeader(new String[] {"File", "Title", plural(Diagnostic.Level.ERROR), plural(Diagnostic.Level.WARNING),
                plural(Diagnostic.Level.INFO)});
        findings.forEach((file, list) -> {
            Map<Diagnostic.Level, Long> counts = countByLevel(list);
            Postmortem postmortem = postmortems.get(file);
            tableRow(new String[] {file, postmortem != null ? postmortem.title() : "(not read)",
                    String.valueOf(counts.get(Diagnostic.Level.ERROR)),
                    String.valueOf(counts.get(Diagnostic.Level.WARNING)),
                    String.valueOf(counts.get(Diagnostic.Level.INFO))});
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
        startSection("By rule", "by-rule");
        Map<String, List<Diagnostic>> findings = new TreeMap<>();
        for (Diagnostic d : result.diagnostics()) {
            findings.computeIfAbsent(d.rule(), rule -> new ArrayList<>()).add(d);
        }
        if (findings.isEmpty()) {
            paragraph("No rule found anything.");
            endSection();
            return;
        }
        startTable();
        tableHeader(new String[] {"Rule", plural(Diagnostic.Level.ERROR), plural(Diagnostic.Level.WARNING),
                plural(Diagnostic.Level.INFO)});
        findings.forEach((rule, list) -> {
            Map<Diagnostic.Level, Long> counts = countByLevel(list);
            tableRow(new String[] {rule, String.valueOf(counts.get(Diagnostic.Level.ERROR)),
                    String.valueOf(counts.get(Diagnostic.Level.WARNING)),
                    String.valueOf(counts.get(Diagnostic.Level.INFO))});
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
        tableHeader(new String[] {"Location", "Level", "Rule", "Message"});
        for (Diagnostic d : findings) {
            tableRow(new String[] {location(d), d.level().label(), d.rule(), d.message()});
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

    private static String plural(Diagnostic.Level level) {
        return switch (level) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }
}
