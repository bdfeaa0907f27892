package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Remedy;
import dev.pm.core.site.SectionHtml;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one way to finish the HTML reading leaves for the page: pm's own site and pm-jbake both go through
 * {@link SectionHtml}, so a task's status word and an action item's details read the same in both, in the page's
 * language.
 */
class SectionHtmlTest {

    private final Postmortem postmortem = Fixtures.parse("valid", "2026-03-12-checkout-outage.md").postmortem()
            .orElseThrow();
    private final Remedy remedy = postmortem.remedy().orElseThrow();

    @TempDir
    Path dir;

    @Test
    void theRemedyGetsStatusWordsAndEachActionItemsDetailsInTheGivenLanguage() {
        String html = SectionHtml.inLanguage("de").remedy(remedy.section().html(), remedy.actions());

        assertThat(html).isEqualTo("<p>We have started on the following.</p>\n<ul>\n"
                + "<li class=\"action done\"><span class=\"status\">Erledigt</span> Roll back the configuration"
                + " <span class=\"action-meta\"><span>Verantwortlich: Payments team</span>"
                + "<span>Erledigt am <time datetime=\"2026-03-12\">2026-03-12</time></span></span></li>\n"
                + "<li class=\"action open\"><span class=\"status\">Offen</span> Add a canary stage to configuration"
                + " pushes <span class=\"action-meta\"><span>Verantwortlich: Platform team</span>"
                + "<span>Fällig am <time datetime=\"2026-04-15\">2026-04-15</time></span><span>Art: prevent</span>"
                + "<span>Ticket: OPS-231</span></span></li>\n"
                + "<li class=\"action open\"><span class=\"status\">Offen</span> Alert on checkout error rate above"
                + " 2% for 3 minutes <span class=\"action-meta\"><span>Verantwortlich: SRE</span>"
                + "<span>Fällig am <time datetime=\"2026-03-31\">2026-03-31</time></span></span></li>\n</ul>\n");
    }

    @Test
    void aSectionGetsItsStatusWordsAndNoActionDetails() {
        String html = SectionHtml.inLanguage("en").section(remedy.section().html());

        assertThat(html).contains("<span class=\"status\">Done</span> Roll back the configuration</li>",
                "<span class=\"status\">Open</span> Add a canary stage to configuration pushes</li>")
                .doesNotContain("<!--", "action-meta");
    }

    @Test
    void thePiecesAreTheSectionCutWhereEachActionItemsDetailsGo() {
        SectionHtml english = SectionHtml.inLanguage("en");
        List<SectionHtml.Piece> pieces = english.pieces(remedy.section().html());

        assertThat(pieces).extracting(SectionHtml.Piece::action)
                .containsExactly(OptionalInt.of(0), OptionalInt.of(1), OptionalInt.of(2), OptionalInt.empty());
        assertThat(pieces.get(1).html()).isEqualTo("</li>\n<li class=\"action open\"><span class=\"status\">Open"
                + "</span> Add a canary stage to configuration pushes");
        assertThat(String.join("", pieces.stream().map(SectionHtml.Piece::html).toList()))
                .isEqualTo(english.section(remedy.section().html()));
    }

    @Test
    void htmlWithoutAnythingToFinishIsLeftAsItIs() {
        String html = postmortem.regret().orElseThrow().section().html();

        assertThat(SectionHtml.inLanguage("fr").section(html)).isSameAs(html);
        assertThat(SectionHtml.inLanguage("fr").remedy(html, remedy.actions())).isSameAs(html);
    }

    @Test
    void aLanguageWithoutMessagesGetsEnglishAndATagThatNamesNoLanguageIsRefused() {
        assertThat(SectionHtml.inLanguage("nl").section(remedy.section().html())).contains(">Done</span>");
        assertThatThrownBy(() -> SectionHtml.inLanguage("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BCP 47");
    }

    @Test
    void aSitesThemeFolderGivesItsOwnWords() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Files.writeString(theme.resolve("messages.properties"), "action_done=Fixed & shipped\naction_owner=By {0}\n");
        SiteSettings settings = SiteSettings.builder().themeDirectory(theme).build();

        assertThat(SectionHtml.of(settings).remedy(remedy.section().html(), remedy.actions()))
                .contains("<span class=\"status\">Fixed &amp; shipped</span>", "<span>By Payments team</span>");
    }

    @Test
    void aThemeFolderWhoseWordsPmCannotUseIsRefusedWithEachProblemAtItsLine() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("bad-theme"));
        Files.writeString(theme.resolve("messages.properties"), "action_done=Fixed\naction_owner=By nobody\n");
        SiteSettings settings = SiteSettings.builder().themeDirectory(theme).build();

        assertThatThrownBy(() -> SectionHtml.of(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messages.properties:2:1: error [theme-messages] message 'action_owner' has"
                        + " no {0}");
    }

    /**
     * pm's theme writes the details with its own template; with ISO days they read exactly as pm-jbake's pages
     * show them. A change to the words or the markup on one side only fails here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "ja"})
    void thePostmortemPageShowsTheRemedyAsSectionHtmlWritesIt(String language) throws IOException {
        SiteSettings settings = SiteSettings.builder().title("Example status").dateFormat("yyyy-MM-dd")
                .context(RunContext.defaults().withLanguage(language)).build();
        Path out = dir.resolve("site-" + language);
        new SiteGenerator(settings).generate(Archive.of(List.of(postmortem), ZoneOffset.UTC), out);

        String page = Files.readString(out.resolve("postmortems/" + postmortem.slug() + ".html"));
        assertThat(page).contains(SectionHtml.of(settings).remedy(remedy.section().html(), remedy.actions()));
    }
}
