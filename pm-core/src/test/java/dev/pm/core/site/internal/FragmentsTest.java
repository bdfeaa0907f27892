package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The once directive: content rendered once per build for a record and a root, then written again; with a slot,
 * also in the next build (pm:serve).
 */
class FragmentsTest {

    @TempDir
    Path theme;

    private Templates templates;

    private static final TemplateModel.Site SITE = new TemplateModel.Site("Status", "Our incidents", "en", "Acme",
            null, "UTC", false, false, 3, null, List.of());

    @BeforeEach
    void probe() throws IOException {
        Files.createDirectories(theme.resolve("templates"));
        // The content shows the loop's index, which the key leaves out: a text written again shows the first one.
        Files.writeString(theme.resolve("templates/probe.ftlh"), "<#list 1..2 as i>"
                + "<@once key=page root=page.root>${page.title}${i} </@once><@once key=page root='x'>${i}</@once>|"
                + "</#list>");
        templates = new Templates(Optional.of(theme), Locale.ENGLISH, Messages.load(Locale.ENGLISH,
                Optional.empty()));
    }

    private static TemplateModel.PlainPage page(String title) {
        return new TemplateModel.PlainPage(new TemplateModel.PageInfo("index.html", "", title, null, null), SITE);
    }

    @Test
    void contentIsRenderedOnceForARecordAndARootAndThenWrittenAgain() throws Exception {
        assertThat(templates.render("probe.ftlh", page("A<"), new Fragments())).isEqualTo("A&lt;1 1|A&lt;1 1|");
    }

    @Test
    void aBuildSharesItsFragmentsAcrossPagesByTheRecordsValue() throws Exception {
        Fragments build = new Fragments();

        templates.render("probe.ftlh", page("A"), build);

        assertThat(templates.render("probe.ftlh", page("A"), build)).as("an equal record").isEqualTo("A1 1|A1 1|");
        assertThat(templates.render("probe.ftlh", page("B"), build)).as("another record").isEqualTo("B1 1|B1 1|");
    }

    @Test
    void twoBlocksForTheSameRecordAndRootKeepTheirOwnContent() throws Exception {
        Files.writeString(theme.resolve("templates/probe.ftlh"), "<@once key=page root=page.root>list ${page.title}"
                + "</@once>|<@once key=page root=page.root>aside ${page.title}</@once>");

        assertThat(templates.render("probe.ftlh", page("A"), new Fragments())).isEqualTo("list A|aside A");
    }

    private static TemplateModel.PlainPage page(String title, String path) {
        return new TemplateModel.PlainPage(new TemplateModel.PageInfo(path, "", title, null, null), SITE);
    }

    /** A block whose key (the site) leaves out what it shows (the page's path): a text written again shows. */
    private void slotted(String slot) throws IOException {
        Files.writeString(theme.resolve("templates/probe.ftlh"), "<@once key=site root=page.root" + slot
                + ">${page.path}</@once>");
        templates = new Templates(Optional.of(theme), Locale.ENGLISH, Messages.load(Locale.ENGLISH,
                Optional.empty()));
    }

    @Test
    void aSlottedTextIsWrittenAgainInTheNextBuildWhereItsKeyIsTheSame() throws Exception {
        slotted(" slot=page.title");
        Fragments first = Fragments.forRebuilds();

        assertThat(templates.render("probe.ftlh", page("A", "1.html"), first)).isEqualTo("1.html");
        assertThat(templates.render("probe.ftlh", page("A", "2.html"), first.next())).isEqualTo("1.html");
        assertThat(templates.render("probe.ftlh", page("B", "2.html"), first.next())).as("another slot")
                .isEqualTo("2.html");
    }

    @Test
    void aSingleBuildWritesASlottedTextAgainWithinItselfButKeepsNoneForANextBuild() throws Exception {
        slotted(" slot=page.title");
        Fragments single = new Fragments();

        assertThat(templates.render("probe.ftlh", page("A", "1.html"), single)).isEqualTo("1.html");
        assertThat(templates.render("probe.ftlh", page("A", "2.html"), single)).isEqualTo("1.html");
        assertThatThrownBy(single::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTextWithoutASlotIsNotKeptForTheNextBuild() throws Exception {
        slotted("");
        Fragments first = Fragments.forRebuilds();

        templates.render("probe.ftlh", page("A", "1.html"), first);

        assertThat(templates.render("probe.ftlh", page("A", "2.html"), first.next())).isEqualTo("2.html");
    }

    @Test
    void aSlotWhoseKeyChangedIsRenderedAgainAndKeepsOnlyItsLastText() throws Exception {
        slotted(" slot='s'");
        TemplateModel.Site other = new TemplateModel.Site("Other", "Our incidents", "en", "Acme", null, "UTC", false,
                false, 3, null, List.of());
        Fragments first = Fragments.forRebuilds();
        templates.render("probe.ftlh", page("A", "1.html"), first);
        Fragments second = first.next();

        assertThat(templates.render("probe.ftlh", new TemplateModel.PlainPage(new TemplateModel.PageInfo("2.html",
                "", "A", null, null), other), second)).as("another key in the slot").isEqualTo("2.html");
        assertThat(templates.render("probe.ftlh", page("A", "3.html"), second.next()))
                .as("the first key's text was replaced by the second's").isEqualTo("3.html");
    }

    /** The directive of a second build, which met slot C, after a first that met A and B (limit: four slots). */
    private Fragments secondBuildAfterSlotsAAndBThenC() throws Exception {
        slotted(" slot=page.title");
        Fragments first = Fragments.forRebuilds();
        templates.render("probe.ftlh", page("A", "1.html"), first);
        templates.render("probe.ftlh", page("B", "1.html"), first);
        Fragments second = first.next();
        templates.render("probe.ftlh", page("C", "1.html"), second);
        return second;
    }

    @Test
    void slotsNoBuildMeetsAnyMoreAreDroppedOnceTwiceAsManyAsABuildMet() throws Exception {
        Fragments third = secondBuildAfterSlotsAAndBThenC().next();

        assertThat(templates.render("probe.ftlh", page("D", "1.html"), third)).isEqualTo("1.html");
        assertThat(templates.render("probe.ftlh", page("E", "1.html"), third)).isEqualTo("1.html");

        // Each in a build of its own: within one build, blocks with equal keys share their text.
        assertThat(templates.render("probe.ftlh", page("A", "2.html"), third.next()))
                .as("five slots, more than twice the two the first build met: A, not met by the third, dropped")
                .isEqualTo("2.html");
        assertThat(templates.render("probe.ftlh", page("D", "2.html"), third.next())).as("D, met by the third, kept")
                .isEqualTo("1.html");
    }

    @Test
    void slotsStayWhileTheyAreFewerThanTwiceAsManyAsABuildMet() throws Exception {
        Fragments second = secondBuildAfterSlotsAAndBThenC();

        assertThat(templates.render("probe.ftlh", page("A", "2.html"), second.next().next())).isEqualTo("1.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<@once key=page>x</@once>", "<@once key=page root=page.root slot=3>x</@once>",
        "<@once key=page root=page.root other='y'>x</@once>", "<@once key=page root=page.root/>",
        "<@once key='text' root=page.root>x</@once>", "<@once key=page root=3>x</@once>",
        "<@once key=page root=page>x</@once>", "<@once key=page root=page.root slot=page>x</@once>"})
    void aCallWithoutItsKeyRootOrContentOrWithARootOrSlotThatIsNoTextFailsTheTemplate(String probe)
            throws IOException {
        Files.writeString(theme.resolve("templates/probe.ftlh"), probe);

        assertThatThrownBy(() -> templates.render("probe.ftlh", page("A"), new Fragments()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("once needs key=");
    }
}
