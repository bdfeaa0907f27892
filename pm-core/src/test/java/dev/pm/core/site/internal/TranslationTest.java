package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.RunContext;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The theme in every shipped language: complete bundles, and no English label left on any page. */
class TranslationTest {

    /** Keys whose value may be the English one: patterns, units and words the language shares with English. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "de", Set.of("date.month_pattern", "duration.join", "plural.zero_is_one", "listing_title",
                    "index_postmortems", "action_ticket"),
            "fr", Set.of("date.month_pattern", "duration.minutes", "duration.hours", "duration.join", "nav_services",
                    "services_list", "search_service", "index_title_services", "index_postmortems",
                    "singular_services", "count_postmortems.one", "count_postmortems.other", "pm_incident",
                    "pm_services", "stats_total", "stats_service", "stats_incidents", "page_of", "pages_label",
                    "action_ticket"),
            "es", Set.of("duration.minutes", "duration.hours", "duration.days", "duration.join",
                    "plural.zero_is_one", "listing_title", "index_postmortems", "count_postmortems.one",
                    "count_postmortems.other", "stats_total", "action_ticket"),
            "ja", Set.of("plural.zero_is_one"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ja"})
    void everyBundleIsCompleteAndTranslated(String language) {
        Map<String, String> english = Messages.load(Locale.ENGLISH, Optional.empty()).all();
        Map<String, String> other = Messages.load(Locale.forLanguageTag(language), Optional.empty()).all();
        Set<String> allowed = SAME_AS_ENGLISH.get(language);
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, value) -> {
            if (other.get(key).equals(value) && !allowed.contains(key)) {
                untranslated.add(key + "=" + value);
            }
        });
        assertThat(untranslated).as("keys of messages_%s.properties still in English", language).isEmpty();
        assertThat(english.keySet()).as("messages_%s.properties keeps the values pm fills in", language)
                .allSatisfy(key -> assertThat(ThemeMessageFile.placeholderProblem(key, other.get(key),
                        english.get(key))).as(key).isEmpty());
        assertThat(own(language).keySet()).as("messages_%s.properties has every key", language)
                .containsAll(english.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ja"})
    void noEnglishLabelRemainsOnAnyPage(String language) throws IOException {
        Path out = render(language, Optional.empty());
        Map<String, String> english = Messages.load(Locale.ENGLISH, Optional.empty()).all();
        Map<String, String> other = Messages.load(Locale.forLanguageTag(language), Optional.empty()).all();
        List<String> labels = english.entrySet().stream()
                .filter(e -> !e.getKey().contains(".") || e.getKey().endsWith(".one") || e.getKey().endsWith(".other"))
                .filter(e -> !e.getValue().equals(other.get(e.getKey())))
                .flatMap(e -> Stream.of(e.getValue().split("\\{[0-9]\\}")))
                .map(String::strip).filter(s -> s.length() >= 4 && !s.matches("[^A-Za-z]*"))
                // The loanword the German, French and Spanish bundles use too, and in class names.
                .filter(s -> !s.matches("(?i)postmortems?")).distinct().toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                // The postmortems are written in English: compare the theme's words only, outside their sections.
                String theme = html.replaceAll("(?s)<section class=\"part.*?</section>", "");
                for (String label : labels) {
                    if (theme.contains(">" + label + "<") || theme.contains("\"" + label + "\"")) {
                        found.add(out.relativize(page) + ": " + label);
                    }
                }
            }
        }
        assertThat(found).as("English labels on the %s site", language).isEmpty();
    }

    @Test
    void datesAndDurationsFollowTheLanguage() throws IOException {
        String german = Files.readString(render("de", Optional.empty()).resolve(
                "postmortems/2026-03-12-checkout-outage.html"));
        assertThat(german).contains("14. März 2026").contains("47 Min.").contains("lang=\"de\"");
        String japanese = Files.readString(render("ja", Optional.empty()).resolve(
                "postmortems/2026-03-12-checkout-outage.html"));
        assertThat(japanese).contains("2026年3月14日").contains("47分");
        Messages french = Messages.load(Locale.FRENCH, Optional.empty());
        assertThat(french.duration(Duration.ofMinutes(26 * 60))).isEqualTo("1 j 2 h");
        assertThat(french.format("count_postmortems", 0)).isEqualTo("0 postmortem");
        assertThat(Messages.load(Locale.ENGLISH, Optional.empty()).format("count_postmortems", 0))
                .isEqualTo("0 postmortems");
    }

    /** Year pages group by publication day, the date the cards show, and their heading says so. */
    @ParameterizedTest
    @CsvSource({"en, Published in 2026", "de, Veröffentlicht im Jahr 2026", "fr, Publiés en 2026",
        "es, Publicados en 2026", "ja, 2026年に公開"})
    void theYearPageHeadingSaysItListsWhatWasPublishedThatYear(String language, String heading) throws IOException {
        String page = Files.readString(render(language, Optional.empty()).resolve("years/2026.html"));
        assertThat(page).contains("<h1>" + heading + "</h1>").contains("<title>" + heading + " · Status</title>");
    }

    @Test
    void laterHomePagesAreTitledInTheSitesLanguage() throws IOException {
        Path out = dir.resolve("site-de-paged");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(fixtures());
        new SiteGenerator(SiteSettings.builder().title("Status").pageSize(1)
                .context(RunContext.defaults().withLanguage("de")).build()).generate(read.archive(), out);
        assertThat(Files.readString(out.resolve("page/2.html"))).contains("<title>Seite 2 von 3 · Status</title>");
    }

    @Test
    void aProjectAddsALanguageOrOverridesAKeyWithAFileInItsThemeFolder() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Files.writeString(theme.resolve("messages_nl.properties"), "nav_latest=Nieuwste\nhome_latest=Laatste"
                + " postmortems\n");
        Files.writeString(theme.resolve("messages_de.properties"), "nav_latest=Aktuell\n");
        String dutch = Files.readString(render("nl", Optional.of(theme)).resolve("index.html"));
        assertThat(dutch).contains(">Nieuwste<").contains("Laatste postmortems").contains(">Tags<");
        String german = Files.readString(render("de", Optional.of(theme)).resolve("index.html"));
        assertThat(german).contains(">Aktuell<").contains(">Schlagwörter<");
    }

    /**
     * A theme messages file that cannot be read stops the site with an IOException naming it, which the goals
     * report as a message about the theme; before, it escaped as an UncheckedIOException, a stack trace in Maven.
     * The file is a link to {@code /proc/self/mem}, a regular file that even root cannot read from its start.
     */
    @Test
    void aThemeMessagesFileThatCannotBeReadIsAnIOExceptionNamingIt() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux's /proc/self/mem");
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Path file = Files.createSymbolicLink(theme.resolve("messages_nl.properties"), mem);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteGenerator(SiteSettings.builder()
                .title("Status").themeDirectory(theme).context(RunContext.defaults().withLanguage("nl")).build()))
                .isInstanceOf(IOException.class).isNotInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void theSingularFormOfACountMayLeaveOutTheCount() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Files.writeString(theme.resolve("messages_de.properties"), "days_ago.one=gestern\n");
        Path out = dir.resolve("site");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(fixtures());

        SiteResult result = new SiteGenerator(SiteSettings.builder().title("Status").themeDirectory(theme)
                .context(RunContext.defaults().withLanguage("de")).build()).generate(read.archive(), out);

        assertThat(result.problems()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(ThemeMessageFile.placeholderProblem("days_ago.one", "vor {1} Tag", "{0} day ago"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("{1}"));
        assertThat(ThemeMessageFile.placeholderProblem("days_ago.other", "Tage", "{0} days ago"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("has no {0}"));
    }

    /**
     * A theme translation pm cannot use as written: before, a message without one of its values lost that value from
     * every page silently, and the others stopped the build with an exception naming neither the file nor the key.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableTranslations")
    void aThemeTranslationPmCannotUseIsAnErrorAtItsLineThatSaysHowToFixIt(String defect, byte[] translation,
            int line, String rule, List<String> saying) throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Path file = theme.resolve("messages_nl.properties");
        Files.write(file, translation);
        Path out = dir.resolve("site");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(fixtures());

        SiteResult result = new SiteGenerator(SiteSettings.builder().title("Status").themeDirectory(theme)
                .context(RunContext.defaults().withLanguage("nl")).build()).generate(read.archive(), out);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.rule()).isEqualTo(rule);
            assertThat(problem.message()).contains(saying);
        });
        assertThat(out).doesNotExist();
    }

    static Stream<Arguments> unusableTranslations() {
        return Stream.of(
                Arguments.of("a value left out", utf8("nav_latest=Nieuwste\npage_of=Pagina {0}\n"), 2,
                        "theme-messages", List.of("'page_of'", "has no {1}", "Page {0} of {1}")),
                Arguments.of("a value left out, after a byte-order mark and CRLF", utf8("\uFEFFnav_latest=Nieuwste\r\n"
                        + "page_of=Pagina {0}\r\n"), 2, "theme-messages", List.of("'page_of'", "has no {1}")),
                Arguments.of("a value pm does not fill in", utf8("footer_by=Postmortems van {0} en {1}.\n"), 1,
                        "theme-messages", List.of("'footer_by'", "{1}", "Postmortems by {0}.")),
                Arguments.of("no date pattern", utf8("nav_latest=Nieuwste\n\ndate.month_pattern=bbbb yyyy\n"), 3,
                        "theme-messages", List.of("'date.month_pattern'", "not a date pattern", "LLLL uuuu")),
                Arguments.of("a malformed escape", utf8("nav_latest=Nieuwste\nhome_latest=Laatste \\u00e"
                        + " postmortems\n"), 2, "theme-messages", List.of("\\u", "four hexadecimal digits")),
                Arguments.of("a count written for every number", utf8("nav_latest=Nieuwste\ncount_postmortems={0}"
                        + " postmortems\n"), 2, "theme-messages", List.of("'count_postmortems' is never used",
                        "count_postmortems.one", "{0} postmortem")),
                Arguments.of("count forms of a message without them", utf8("page_of.one=Pagina {0}\n"), 1,
                        "theme-messages", List.of("'page_of' has no forms for counts", "[page_of.other]")),
                Arguments.of("a count form pm does not use", utf8("nav_latest=Nieuwste\ncount_postmortems.few={0}"
                        + " postmortemy\n"), 2, "theme-messages", List.of("'count_postmortems.few' is never used",
                        "'count_postmortems.other'")),
                Arguments.of("a malformed escape after one in a comment", utf8("# \\u00 is not read here\n"
                        + "nav_latest=Nieuwste\nhome_latest=Laatste \\u00e postmortems\n"), 3, "theme-messages",
                        List.of("four hexadecimal digits")),
                Arguments.of("a key written with an escape", utf8("nav_latest=Nieuwste\npage\\u005fof=Pagina {0}\n"),
                        2, "theme-messages", List.of("'page_of'", "has no {1}")),
                Arguments.of("a key's words on a value's next line", utf8("page_of=Pagina {0}\nfooter_by=Door \\\n"
                        + "  page_of={0}\n"), 1, "theme-messages", List.of("'page_of'", "has no {1}")),
                Arguments.of("a switch neither true nor false", utf8("plural.zero_is_one=yes\n"), 1,
                        "theme-messages", List.of("'plural.zero_is_one' is 'yes'", "write true or false")),
                Arguments.of("not UTF-8", "nav_latest=Nieuwste\nhome_latest=Derni\u00e8res\n"
                        .getBytes(StandardCharsets.ISO_8859_1), 2, "encoding", List.of("0xE8", "UTF-8")),
                Arguments.of("not UTF-8 after a byte-order mark and CR line ends", withByteOrderMark(
                        "nav_latest=Nieuwste\rhome_latest=Derni\u00e8res\r".getBytes(StandardCharsets.ISO_8859_1)), 2,
                        "encoding", List.of("0xE8", "UTF-8")));
    }

    private static byte[] withByteOrderMark(byte[] text) {
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePostmortemPageLeadsWithTheApologyAndShowsTheSeverityOnceWithWhatItMeans() throws IOException {
        String page = Files.readString(render("en", Optional.empty()).resolve(
                "postmortems/2026-03-12-checkout-outage.html"));
        String main = page.substring(page.indexOf("<main"));
        assertThat(main.indexOf("part-regret")).isLessThan(main.indexOf("class=\"facts\""));
        assertThat(main.split(">SEV2<", -1)).hasSize(2);
        assertThat(main).contains("A major feature is down or badly degraded for many users.")
                .contains("Users affected for 47 min");
        dev.pm.core.model.SeverityScale scale = dev.pm.core.model.SeverityScale.of(List.of("SEV1=Nobody can pay",
                "SEV2"));
        assertThat(scale.description(scale.levels().get(0))).contains("Nobody can pay");
        assertThat(scale.levels().get(0).label()).isEqualTo("SEV1");
    }

    private Path render(String language, Optional<Path> theme) throws IOException {
        Path out = dir.resolve("site-" + language + theme.map(t -> "-themed").orElse(""));
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(fixtures());
        SiteSettings.Builder settings = SiteSettings.builder().title("Status").description("–")
                .baseUrl("https://status.example.com")
                .context(RunContext.defaults().withLanguage(language));
        theme.ifPresent(settings::themeDirectory);
        new SiteGenerator(settings.build()).generate(read.archive(), out);
        return out;
    }

    private static Path fixtures() {
        try {
            return Path.of(TranslationTest.class.getResource("/dev/pm/core/site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> own(String language) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Messages.class.getResourceAsStream(Messages.BUNDLED + "messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> map = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }
}
