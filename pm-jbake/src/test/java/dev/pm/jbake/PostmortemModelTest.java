package dev.pm.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.model.LocalLink;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Remedy;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SectionHtml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Properties;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemModelTest {

    /** A postmortem with a done and an open action item, with owners, dates, a type and a ticket. */
    private static final Path INVITATIONS = Path.of(System.getProperty("pm.jbake.fixtures",
            "src/test/resources/dev/pm/jbake/fidelity")).resolve("2026-06-16-duplicate-invitations.pmd");

    @TempDir
    Path dir;

    @Test
    void theRemedyShowsEachActionItemAsPmCoreWritesIt() throws IOException {
        Postmortem p = read(INVITATIONS);
        Remedy remedy = p.remedy().orElseThrow();
        SectionHtml english = SectionHtml.inLanguage("en");

        DocumentModel doc = PostmortemModel.of(p, ZoneOffset.UTC, english);

        String expected = english.remedy(p.bundle().resolve(remedy.section().html(), LocalLink::written),
                remedy.actions());
        assertThat(doc.get("pm_remedy")).isEqualTo(expected);
        assertThat(doc.getBody()).contains(expected);
        assertThat(expected).contains("<li class=\"action done\"><span class=\"status\">Done</span> Stop the second"
                + " sender <span class=\"action-meta\"><span>Owner: Calendar team</span><span>Done <time"
                + " datetime=\"2026-06-16\">2026-06-16</time></span></span></li>");
    }

    @Test
    void eachSectionHeadingKeepsTheIdThatLinksInTheFilePointTo() throws IOException {
        DocumentModel doc = PostmortemModel.of(read(INVITATIONS), ZoneOffset.UTC, SectionHtml.inLanguage("en"));

        assertThat(doc.get("pm_regret_id")).isEqualTo("regret");
        assertThat(doc.get("pm_reason_id")).isEqualTo("reason");
        assertThat(doc.get("pm_remedy_id")).isEqualTo("remedy");
        assertThat((String) doc.get("pm_reason")).contains("<h3 id=\"summary\">Summary</h3>")
                .contains("<h3 id=\"technical-account\">Technical account</h3>");
        assertThat(doc.getBody()).contains("<h2 id=\"regret\">Regret</h2>");
    }

    @Test
    void aSiteInAnotherLanguageGetsPmsWordsInThatLanguage() throws IOException {
        Files.writeString(dir.resolve("jbake.properties"), "template.postmortem.file=pm/postmortem.pmftl\n"
                + "pm.language=de\n");
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(),
                dir.resolve("site").toFile(), true);
        Postmortem p = read(INVITATIONS);
        Remedy remedy = p.remedy().orElseThrow();

        DocumentModel doc = new PostmortemEngine().parse(config, INVITATIONS.toFile());

        assertThat(doc.get("pm_remedy")).isEqualTo(SectionHtml.inLanguage("de").remedy(
                p.bundle().resolve(remedy.section().html(), LocalLink::written), remedy.actions()));
        assertThat(doc.getBody()).contains("<span class=\"status\">Erledigt</span> Stop the second sender",
                "<span class=\"status\">Offen</span>", "<span>Verantwortlich: Calendar team</span>",
                "<span>Fällig am <time datetime=\"2026-07-10\">2026-07-10</time></span>",
                "<span>Art: prevent</span>")
                .doesNotContain("Owner", ">Done<", ">Open<", "<!--pm-");
    }

    /** Before, every string of the document went through the mark replacement, plain texts too. */
    @Test
    void plainTextThatLooksLikeAMarkKeepsTheAuthorsWords() throws IOException {
        Path file = dir.resolve("marks.pmd");
        Files.writeString(file, Files.readString(INVITATIONS)
                .replace("summary: Calendar invitations sent overnight went out twice.",
                        "summary: \"The <!--pm-action:0--> and <!--pm-status:done--> comments leaked.\"")
                .replace("- [ ] Alert when two senders run at once {owner=\"SRE\"",
                        "- [ ] Alert on `<!--pm-action:1-->` in a page {owner=\"SRE <!--pm-status:open-->\""));
        Postmortem p = read(file);

        DocumentModel doc = PostmortemModel.of(p, ZoneOffset.UTC, SectionHtml.inLanguage("en"));

        assertThat(doc.get("pm_summary")).isEqualTo("The <!--pm-action:0--> and <!--pm-status:done--> comments"
                + " leaked.");
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> actions =
                (java.util.List<java.util.Map<String, Object>>) doc.get("pm_actions");
        java.util.Map<String, Object> last = actions.get(2);
        assertThat(last.get("text")).asString().contains("<!--pm-action:1-->");
        assertThat(last.get("owner")).isEqualTo("SRE <!--pm-status:open-->");
        assertThat(doc.getBody()).contains("&lt;!--pm-action:1--&gt;");
    }

    /** Before, the owner's quotes were left as they were, and the bundle read them as a link with an index. */
    @Test
    void anOwnerThatLooksLikeALocalLinkIsTheAuthorsText() throws IOException {
        Path file = dir.resolve("owner.pmd");
        Files.writeString(file, Files.readString(INVITATIONS).replace("{owner=\"SRE\"",
                "{owner='SRE href=\"pm-local:99999999999\" and href=\"pm-local:0\"'"));
        Postmortem p = read(file);

        DocumentModel doc = PostmortemModel.of(p, ZoneOffset.UTC, SectionHtml.inLanguage("en"));

        assertThat(doc.get("pm_remedy")).asString().contains("Owner: SRE href=&quot;pm-local:99999999999&quot; and"
                + " href=&quot;pm-local:0&quot;");
    }

    private static Postmortem read(Path file) throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).parse(file, Files.readAllBytes(file)).postmortem()
                .orElseThrow();
    }

    @Test
    void durationsReadAsPmShowsThem() {
        assertThat(PostmortemModel.text(Duration.ofMinutes(47))).isEqualTo("47 min");
        assertThat(PostmortemModel.text(Duration.ofMinutes(127))).isEqualTo("2 h 7 min");
        assertThat(PostmortemModel.text(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(PostmortemModel.text(Duration.ofHours(52))).isEqualTo("2 d 4 h");
    }

    @Test
    void listingFileNamesAreSafe() {
        assertThat(PostmortemPages.fileName("Payments API")).isEqualTo("payments-api");
        assertThat(PostmortemPages.fileName("../x")).isEqualTo("..-x");
    }

    @Test
    void engineIsRegisteredForPmdOnly() throws IOException {
        Properties engines = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/org.jbake.parser.MarkupEngines.properties")) {
            engines.load(in);
        }
        assertThat(engines).containsOnly(org.assertj.core.api.Assertions.entry(PostmortemEngine.class.getName(), "pmd"));
    }
}
