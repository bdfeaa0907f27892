package dev.pm.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every translated word of pm is filled in by: the site's theme and the plugin's report page share them. */
class MessageBundleTest {

    private static final Map<String, String> COUNTS = Map.of("count.one", "{0} postmortem",
            "count.other", "{0} postmortems", "title", "{0}: {1}");

    @Test
    void zeroTakesTheSingularOnlyWhereTheBundleSaysSo() {
        MessageBundle english = MessageBundle.of(COUNTS, Locale.ENGLISH);
        MessageBundle french = MessageBundle.of(Map.of("count.one", "{0} postmortem", "count.other",
                "{0} postmortems", MessageBundle.ZERO_IS_ONE, "true"), Locale.FRENCH);

        assertThat(english.format("count", 0)).isEqualTo("0 postmortems");
        assertThat(english.format("count", 1)).isEqualTo("1 postmortem");
        assertThat(french.format("count", 0)).isEqualTo("0 postmortem");
        assertThat(french.format("count", 2)).isEqualTo("2 postmortems");
    }

    @Test
    void numbersAreWrittenPlainlyUnlessANumberFormatIsGiven() {
        MessageBundle german = MessageBundle.of(COUNTS, Locale.GERMAN);

        assertThat(german.format("count", 1200)).isEqualTo("1200 postmortems");
        assertThat(german.format(NumberFormat.getIntegerInstance(Locale.GERMAN), "count", 1200))
                .isEqualTo("1.200 postmortems");
        assertThat(german.format("title", "Tag", "database")).isEqualTo("Tag: database");
        assertThat(german.format("missing", 1)).isEqualTo("[missing]");
    }

    @Test
    void aValueIsWrittenAsGivenEvenWhenItLooksLikeAPlace() {
        MessageBundle bundle = MessageBundle.of(Map.of("feed", "{0}: tag {1}", "places", "{01} {1} {2} { 0 } {0"),
                Locale.ROOT);

        assertThat(bundle.format("feed", "Ops {1} board", "db")).isEqualTo("Ops {1} board: tag db");
        assertThat(bundle.format("places", "a", "b")).as("only {0}, {1} ... for values given")
                .isEqualTo("{01} b {2} { 0 } {0");
    }

    @Test
    void aBundleIsReadFromTheLocalesFilesAndEnglishNeverFromTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            ClassLoader loader = MessageBundleTest.class.getClassLoader();

            assertThat(MessageBundle.load(loader, "dev/pm/theme/messages", Locale.ROOT).text("nav_latest"))
                    .isEqualTo("Latest");
            assertThat(MessageBundle.load(loader, "dev/pm/theme/messages", Locale.forLanguageTag("nl"))
                    .text("nav_latest")).isEqualTo("Latest");
            assertThat(MessageBundle.load(loader, "dev/pm/theme/messages", Locale.forLanguageTag("fr-CA"))
                    .format("count_postmortems", 0)).isEqualTo("0 postmortem");
        } finally {
            Locale.setDefault(machine);
        }
    }
}
