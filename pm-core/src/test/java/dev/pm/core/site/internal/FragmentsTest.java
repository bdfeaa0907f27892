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

/** The once directive: content rendered once per build for a record and a root, then written again. */
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

    @Test
    void withoutAKeyOrARootOnceFailsTheTemplate() throws IOException {
        Files.writeString(theme.resolve("templates/probe.ftlh"), "<@once key=page>x</@once>");

        assertThatThrownBy(() -> templates.render("probe.ftlh", page("A"), new Fragments()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("once needs key=");
    }
}
