package dev.pm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pm.core.Diagnostic;
import dev.pm.core.Progress;
import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.model.Archive;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pm:report's page and its menu entry in the Maven site's language. */
class PostmortemsReportRendererTest {

    /** Words each language writes as English does. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "de", Set.of("name", "summary.postmortems", "plural.zero_is_one"),
            "fr", Set.of("name", "summary.postmortems", "column.message", "level.info"),
            "es", Set.of("name", "summary.postmortems", "level.error", "plural.zero_is_one"),
            "ja", Set.of("plural.zero_is_one"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @TempDir
    Path dir;

    @Test
    void aGermanSiteGetsTheWholePageInGerman() throws IOException {
        String html = render(Locale.GERMAN, Optional.empty());

        assertThat(html).contains("<h2>Übersicht</h2>", "<h2>Nach Postmortem</h2>", "<h2>Nach Regel</h2>",
                ">Gelesene Dateien</td>", ">Fehler</td>", ">Warnungen</td>", ">Hinweise</td>", ">Stelle</th>",
                "scheitern: 1 Befund auf oder über der Schwelle „error“",
                "Das gerenderte Archiv ist nicht Teil dieser Site");
        assertThat(html).containsPattern("<td>src/postmortems/no-apology.md:17:1</td>\\s*<td>Fehler</td>");
        assertThat(render(Locale.GERMAN, Optional.of("postmortems/index.html")))
                .contains("Das gerenderte Archiv: <a href=\"postmortems/index.html\">die Postmortems lesen</a>.");
    }

    @Test
    void theDefaultLocaleOfTheSiteGivesEnglishWhateverTheMachinesLocale() throws IOException {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            String html = render(Locale.ROOT, Optional.empty());
            assertThat(html).contains("<h2>Summary</h2>", ">Files read</td>", "fail: 1 finding at or above the"
                    + " 'error' threshold").doesNotContain("Übersicht");
            assertThat(new ReportMojo().getName(Locale.ROOT)).isEqualTo("Postmortems");
            assertThat(new ReportMojo().getDescription(Locale.forLanguageTag("nl")))
                    .isEqualTo("The postmortems and what pm's quality rules found in them.");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ja"})
    void everyShippedLanguageIsCompleteAndLeavesNoEnglishWordOnThePage(String language) throws IOException {
        Properties english = bundle("report.properties");
        Properties other = bundle("report_" + language + ".properties");
        assertThat(other.stringPropertyNames()).as("keys of report_%s.properties", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        Locale locale = Locale.forLanguageTag(language);
        String html = render(locale, Optional.empty()) + render(locale, Optional.of("x/index.html"));
        List<String> left = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (SAME_AS_ENGLISH.get(language).contains(key)) {
                continue;
            }
            // the page puts the archive's link where {0} stands in 'archive', and values where the others have them
            assertThat(placeholders(other.getProperty(key))).as("placeholders of %s in report_%s.properties", key,
                    language).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(other.getProperty(key)).as("%s in report_%s.properties", key, language)
                    .isNotEqualTo(english.getProperty(key));
            for (String part : english.getProperty(key).split("\\{[0-9]\\}")) {
                // the findings' messages are pm-core's, in English: look at whole cells and headings only
                String words = part.strip();
                if (words.length() >= 4 && (html.contains(">" + words + "<") || words.length() > 12
                        && html.contains(words))) {
                    left.add(key + ": " + words);
                }
            }
        }
        assertThat(left).as("English on the %s page", language).isEmpty();
        assertThat(new ReportMojo().getDescription(locale)).isEqualTo(other.getProperty("description"));
    }

    @Test
    void theLanguagesTheMessagesNameAreTheBundlesThatShip() throws Exception {
        Path folder = Path.of(ReportText.class.getResource("report.properties").toURI()).getParent();
        List<String> shipped;
        try (Stream<Path> files = Files.list(folder)) {
            shipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("report(_[a-z]{2,3})?\\.properties"))
                    .map(name -> name.equals("report.properties") ? "en" : name.substring(7, name.indexOf('.')))
                    .toList();
        }

        assertThat(shipped).containsExactlyInAnyOrderElementsOf(ReportText.LANGUAGES);
    }

    @Test
    void theLocaleParameterReadsTheNamesMavenUses() {
        assertThat(ReportText.parse("default")).isEqualTo(Locale.ROOT);
        assertThat(ReportText.parse(" ")).isEqualTo(Locale.ROOT);
        assertThat(ReportText.parse("de")).isEqualTo(Locale.GERMAN);
        assertThat(ReportText.parse("pt_BR")).isEqualTo(Locale.forLanguageTag("pt-BR"));
        assertThat(new ReportText(Locale.forLanguageTag("de-AT")).text("summary")).isEqualTo("Übersicht");
        assertThat(new ReportText(Locale.GERMAN).format("verdict.warnings", 1200, 10))
                .isEqualTo("1.200 Warnungen, mehr als die erlaubten 10");
    }

    @Test
    void theVerdictIsCheckVerdictsInThePagesWords() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("verdict/src/postmortems"));
        ReadResult twoWarnings = new ReadResult(Archive.of(List.of(), ZoneOffset.UTC),
                List.of(Diagnostic.warning(sources.resolve("a.md"), 3, 1, "blameless", "m"),
                        Diagnostic.warning(sources.resolve("b.md"), 5, 1, "blameless", "m")), 2);
        CheckVerdict tooManyWarnings = CheckVerdict.of(twoWarnings, CheckVerdict.Threshold.ERROR, 1);
        CheckVerdict thresholdReached = CheckVerdict.of(twoWarnings, CheckVerdict.Threshold.WARNING, -1);
        CheckVerdict passes = CheckVerdict.of(twoWarnings, CheckVerdict.Threshold.ERROR, 2);
        Path project = dir.resolve("verdict");

        assertThat(render(project, twoWarnings, tooManyWarnings, Locale.ROOT, Optional.empty()))
                .contains("<td>fail: " + tooManyWarnings.reason() + "</td>");
        assertThat(render(project, twoWarnings, thresholdReached, Locale.ROOT, Optional.empty()))
                .contains("<td>fail: " + thresholdReached.reason() + "</td>");
        assertThat(render(project, twoWarnings, passes, Locale.ROOT, Optional.empty())).contains("<td>pass</td>");
        assertThat(render(project, twoWarnings, tooManyWarnings, Locale.GERMAN, Optional.empty()))
                .contains("<td>scheitern: 2 Warnungen, mehr als die erlaubten 1</td>");
        assertThat(render(project, twoWarnings, thresholdReached, Locale.GERMAN, Optional.empty()))
                .contains("<td>scheitern: 2 Befunde auf oder über der Schwelle „warning“</td>");
    }

    @Test
    void findingsTheBaselineKnowsAreCountedAndMarkedAsSuch() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("known/src/postmortems"));
        Diagnostic known = Diagnostic.error(sources.resolve("a.md"), 3, 1, "blameless", "old");
        Diagnostic fresh = Diagnostic.warning(sources.resolve("b.md"), 5, 1, "blameless", "new");
        ReadResult read = new ReadResult(Archive.of(List.of(), ZoneOffset.UTC), List.of(known, fresh), 2);
        CheckVerdict verdict = new CheckVerdict("1 warning; 1 known finding in the baseline", Optional.empty(),
                List.of(known), List.of());
        Path project = dir.resolve("known");

        String english = render(project, read, verdict, Locale.ROOT, Optional.empty());
        String german = render(project, read, verdict, Locale.GERMAN, Optional.empty());

        assertThat(english).contains("<td>Of these, known in the baseline</td>", "<td>error, in the baseline</td>",
                "<td>warning</td>").doesNotContain("<td>warning, in the baseline</td>");
        assertThat(german).contains("<td>Davon in der Baseline bekannt</td>", "<td>Fehler, in der Baseline</td>");
        assertThat(render(project, read, CheckVerdict.of(read, CheckVerdict.Threshold.ERROR, -1), Locale.ROOT,
                Optional.empty())).doesNotContain("in the baseline");
    }

    @Test
    void aLocaleThatIsNoLanguageTagIsAnErrorNamingItAndTheLanguagesPmShips() {
        for (String value : List.of("fr!", "de DE", "123")) {
            assertThatThrownBy(() -> ReportText.parse(value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("locale (pm.locale) '" + value + "' is not a language tag")
                    .hasMessageContaining("en, de, fr, es, ja");
        }
    }

    @Test
    void aLanguagePmDoesNotShipGivesEnglishAndSaysSo() {
        assertThat(ReportText.englishInstead(ReportText.parse("nl"))).hasValueSatisfying(notice -> assertThat(notice)
                .contains("Dutch (nl)", "English", "en, de, fr, es, ja"));
        for (String shipped : List.of("default", "en", "en_GB", "de", "fr-CA", "es", "ja")) {
            assertThat(ReportText.englishInstead(ReportText.parse(shipped))).as(shipped).isEmpty();
        }
        for (String language : ReportText.LANGUAGES) {
            assertThat(ReportText.class.getResource(language.equals("en") ? "report.properties"
                    : "report_" + language + ".properties")).as("the %s bundle", language).isNotNull();
        }
    }

    @Test
    void frenchCountsZeroAsSingularOnThePageAsTheSiteDoes() {
        assertThat(new ReportText(Locale.FRENCH).format("verdict.threshold", 0, "error"))
                .isEqualTo("0 constat au niveau « error » ou au-dessus");
        assertThat(new ReportText(Locale.FRENCH).format("verdict.threshold", 2, "error"))
                .isEqualTo("2 constats au niveau « error » ou au-dessus");
        assertThat(new ReportText(Locale.ROOT).format("verdict.threshold", 0, "error"))
                .isEqualTo("0 findings at or above the 'error' threshold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_de", "_fr", "_es", "_ja"})
    void everyLanguageCountsZeroOnThePageAsTheThemeDoes(String suffix) throws IOException {
        assertThat(bundle("report" + suffix + ".properties").getProperty("plural.zero_is_one"))
                .as("plural.zero_is_one in report%s.properties and in pm-core's messages%s.properties", suffix, suffix)
                .isEqualTo(bundle("/dev/pm/theme/messages" + suffix + ".properties").getProperty("plural.zero_is_one"));
    }

    /** The page for the sample with one error (no apology first) and one clean postmortem. */
    private String render(Locale locale, Optional<String> archive) throws IOException {
        Path project = dir.resolve(locale.toLanguageTag() + archive.map(a -> "-linked").orElse(""));
        Path sources = Files.createDirectories(project.resolve("src/postmortems"));
        for (String name : List.of("good.md", "no-apology.md")) {
            try (InputStream in = getClass().getResourceAsStream("report/" + name)) {
                Files.copy(in, sources.resolve(name));
            }
        }
        RunContext context = RunContext.defaults();
        ReadResult result = new PostmortemReader(ReaderOptions.defaults()).read(sources, Progress.NONE,
                new Checks(CheckSettings.defaults(), context));
        return render(project, result, CheckVerdict.of(result, CheckVerdict.Threshold.ERROR, -1), locale, archive);
    }

    private static String render(Path project, ReadResult result, CheckVerdict verdict, Locale locale,
            Optional<String> archive) throws IOException {
        Sink sink = new Xhtml5SinkFactory().createSink(project.toFile(), "report.html");
        new PostmortemsReportRenderer(sink, result, verdict, project, archive, locale).render();
        // Doxia writes characters outside ASCII as numeric references (&#xe4;): read them back
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(Files.readString(
                project.resolve("report.html"))).replaceAll(m -> new String(Character.toChars(
                        Integer.parseInt(m.group(1), 16))));
    }

    private static Set<String> placeholders(String message) {
        return PLACEHOLDER.matcher(message).results().map(MatchResult::group).collect(Collectors.toSet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
