package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the quality rules on a labelled corpus: the twenty-seven real postmortems under {@code real/} and the
 * near-misses under {@code check/}. {@code check/labels.tsv} names, for each file, every finding a careful editor
 * expects (file, line, rule, {@code finding}) and the places that must stay silent ({@code silent}). A finding
 * at a labelled line of its rule is right; any other finding of a quality rule is a false alarm; an expected
 * finding not reported is a miss. The test prints precision and recall per rule and fails when either drops
 * below the figures the rules reach today ({@link #FLOOR}).
 */
class CorpusAccuracyTest {

    /**
     * Precision and recall each rule must keep, in per cent: what the rules reach today on the labelled corpus.
     * Every rule is listed, so a new rule must be labelled and given its figures here.
     */
    private static final Map<String, int[]> FLOOR = Map.ofEntries(
            Map.entry("regret-first", new int[] {100, 100}),
            Map.entry("regret-sincere", new int[] {100, 100}),
            Map.entry("reason-summary", new int[] {100, 100}),
            Map.entry("reason-components", new int[] {100, 100}),
            Map.entry("no-root-cause", new int[] {100, 100}),
            Map.entry("blameless", new int[] {100, 100}),
            Map.entry("remedy-actions", new int[] {100, 100}),
            Map.entry("remedy-specific", new int[] {100, 100}),
            Map.entry("remedy-owned", new int[] {97, 100}),
            Map.entry("remedy-unknown", new int[] {100, 100}),
            Map.entry("metadata", new int[] {100, 100}),
            Map.entry("placeholder", new int[] {100, 100}));

    record Label(String file, int line, String rule, boolean finding, String note) {
    }

    record Key(String file, int line, String rule) {
    }

    static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String row : Files.readAllLines(Fixtures.file("check", "labels.tsv"), StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            labels.add(new Label(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3].equals("finding"),
                    cells.length > 4 ? cells[4] : ""));
        }
        return labels;
    }

    static List<Diagnostic> findings(String file) throws IOException {
        Path path = Fixtures.folder(".").resolve(file);
        RunContext context = RunContext.defaults();
        Set<String> quality = new HashSet<>();
        CheckSettings.rules().forEach(r -> quality.add(r.id()));
        return new PostmortemReader(ReaderOptions.of(context))
                .parse(path, Files.readAllBytes(path), new Checks(CheckSettings.defaults(), context)).diagnostics()
                .stream().filter(d -> quality.contains(d.rule())).toList();
    }

    @Test
    void theRulesKeepTheirPrecisionAndRecallOnTheLabelledCorpus() throws IOException {
        List<Label> labels = labels();
        Set<String> files = new java.util.TreeSet<>();
        labels.forEach(l -> files.add(l.file()));
        Set<Key> expected = new HashSet<>();
        labels.stream().filter(Label::finding).forEach(l -> expected.add(new Key(l.file(), l.line(), l.rule())));
        Map<String, int[]> counts = new TreeMap<>(); // rule -> true positives, false positives, misses
        CheckSettings.rules().forEach(r -> counts.put(r.id(), new int[3]));
        Set<Key> found = new HashSet<>();
        StringBuilder unexpected = new StringBuilder();
        for (String file : files) {
            for (Diagnostic d : findings(file)) {
                Key key = new Key(file, d.line(), d.rule());
                found.add(key);
                if (expected.contains(key)) {
                    counts.get(d.rule())[0]++;
                } else {
                    counts.get(d.rule())[1]++;
                    unexpected.append(file).append('\t').append(d.line()).append('\t').append(d.rule())
                            .append("\tfalse alarm\t").append(d.message()).append('\n');
                }
            }
        }
        for (Key key : expected) {
            if (!found.contains(key)) {
                counts.get(key.rule())[2]++;
                unexpected.append(key.file()).append('\t').append(key.line()).append('\t').append(key.rule())
                        .append("\tmissed\n");
            }
        }
        StringBuilder table = new StringBuilder("rule\tright\tfalse alarms\tmissed\tprecision\trecall\n");
        Map<String, int[]> figures = new LinkedHashMap<>();
        counts.forEach((rule, c) -> {
            int precision = c[0] + c[1] == 0 ? 100 : (int) Math.floor(100.0 * c[0] / (c[0] + c[1]));
            int recall = c[0] + c[2] == 0 ? 100 : (int) Math.floor(100.0 * c[0] / (c[0] + c[2]));
            figures.put(rule, new int[] {precision, recall});
            table.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d%%\t%d%%%n", rule, c[0], c[1], c[2],
                    precision, recall));
        });
        System.out.println("pm:check on " + files.size() + " labelled files (" + expected.size()
                + " expected findings)\n" + table + unexpected);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-accuracy.tsv"), table + "\n" + unexpected);
        figures.forEach((rule, pr) -> {
            assertThat(FLOOR).as("figures for %s", rule).containsKey(rule);
            int[] floor = FLOOR.get(rule);
            assertThat(pr[0]).as("precision of %s", rule).isGreaterThanOrEqualTo(floor[0]);
            assertThat(pr[1]).as("recall of %s", rule).isGreaterThanOrEqualTo(floor[1]);
        });
    }
}
