package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SectionHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemReaderTest {

    private static final String MINIMAL = """
            ---
            title: %s
            date: 2026-03-14
            incident:
              start: 2026-03-12T09:14:00
              resolved: 2026-03-12T10:01:00
            severity: SEV3
            tags: [%s]
            ---

            ## Regret

            We are sorry.

            ## Reason

            Something broke.

            ## Remedy

            - [ ] Fix it {owner="SRE"}
            """;

    private final PostmortemReader reader = new PostmortemReader(ReaderOptions.defaults());

    @Test
    void readsMarkdownFilesRecursivelyAndSkipsDotFilesAndOtherFiles() throws IOException {
        ReadResult result = reader.read(Fixtures.folder("valid"));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.fileCount()).isEqualTo(3);
        assertThat(result.archive().postmortems()).extracting(Postmortem::slug)
                .containsExactly("2026-04-02-comma-separated-lists", "2026-03-12-checkout-outage",
                        "2025-11-02-payments-latency");
    }

    @Test
    void aMissingSourceFolderIsADiagnosticNotAnException(@TempDir Path dir) throws IOException {
        ReadResult result = reader.read(dir.resolve("nope"));

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line,
                Diagnostic::column).containsExactly(tuple(dir.resolve("nope"), "source-folder", 0, 0));
        assertThat(result.diagnostics().get(0).message()).startsWith("the source folder does not exist:");
    }

    @Test
    void aSourceFolderThatIsAFileIsReportedAsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("postmortems"), "not a folder");

        ReadResult result = reader.read(file);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line,
                Diagnostic::column).containsExactly(tuple(file, "source-folder", 0, 0));
        assertThat(result.diagnostics().get(0).message()).isEqualTo("the source folder is a file, not a folder:"
                + " point 'sourceDirectory' at the folder that holds the postmortems");
        assertThat(result.fileCount()).isZero();
    }

    @Test
    void twoFilesWithTheSameSlugAreBothReportedAndNamed(@TempDir Path dir) throws IOException {
        write(dir.resolve("a/outage.md"), MINIMAL.formatted("One", "x"));
        write(dir.resolve("b/Outage.md"), MINIMAL.formatted("Two", "x"));

        ReadResult result = reader.read(dir);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule).containsExactly(
                tuple(dir.resolve("a/outage.md"), "duplicate-slug"),
                tuple(dir.resolve("b/Outage.md"), "duplicate-slug"));
        assertThat(result.diagnostics().get(0).message()).contains(dir.resolve("b/Outage.md").toString());
        assertThat(result.archive().postmortems()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAccepted(@TempDir Path dir) throws IOException {
        byte[] text = MINIMAL.formatted("Windows", "x").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ParsedFile parsed = reader.parse(dir.resolve("win.md"), withBom);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.postmortem().orElseThrow().title()).isEqualTo("Windows");
    }

    @Test
    void timesWithoutAnOffsetAreReadInTheConfiguredZone() {
        PostmortemReader paris = new PostmortemReader(
                ReaderOptions.of(RunContext.defaults().withZone(ZoneId.of("Europe/Paris"))));

        Postmortem p = paris.parse(Path.of("p.md"), MINIMAL.formatted("Paris", "x").getBytes(StandardCharsets.UTF_8))
                .postmortem().orElseThrow();

        assertThat(p.incident().start().toString()).isEqualTo("2026-03-12T09:14+01:00");
    }

    @Test
    void slugsComeFromTheFileNameOrTheSlugKeyAndAreUrlSafe() {
        String withSlug = MINIMAL.formatted("Slugged", "x").replace("severity:", "slug: ../../Ça Déborde!\nseverity:");

        Postmortem fromName = reader.parse(Path.of("Été 2026 — panne.md"),
                MINIMAL.formatted("A", "x").getBytes(StandardCharsets.UTF_8)).postmortem().orElseThrow();
        Postmortem fromKey = reader.parse(Path.of("x.md"), withSlug.getBytes(StandardCharsets.UTF_8))
                .postmortem().orElseThrow();

        assertThat(fromName.slug()).isEqualTo("ete-2026-panne");
        assertThat(fromKey.slug()).isEqualTo("ca-deborde");
    }

    @Test
    void aFileNameWithNothingUrlSafeIsReported() {
        ParsedFile parsed = reader.parse(Path.of("___.md"), MINIMAL.formatted("A", "x").getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).containsExactly("bad-slug");
    }

    @Test
    void rawHtmlIsEscapedByDefaultAndPassedThroughWhenAllowed() {
        String text = MINIMAL.formatted("Html", "x").replace("We are sorry.", "We are"
                + " <b>sorry</b>.\n\n<script>alert(1)</script>");

        String escaped = regretHtml(reader, text);
        String raw = regretHtml(new PostmortemReader(ReaderOptions.defaults().withRawHtml(true)), text);

        assertThat(escaped).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;");
        assertThat(raw).contains("<b>sorry</b>", "<script>");
    }

    @Test
    void anAuthorsCommentWrittenLikeAPmMarkStaysAnInertCommentWhenRawHtmlIsAllowed() {
        String text = MINIMAL.formatted("Marks", "x")
                .replace("We are sorry.", "We are sorry. <!--pm-status:done--> <!--pm-action:0-->\n\n"
                        + "<!--pm-action:0-->\n\n<div><!--pm-status:open--></div>")
                .replace("Something broke.", "Something broke.\n\n"
                        + "<!--pm-action:0-->\n<!--pm-action:0-->\n\nSee <!--pm-action:0--> again.")
                .replace("- [ ] Fix it {owner=\"SRE\"}", "- [ ] Fix it {owner=\"SRE\"}\n\nAs <!--pm-action:0--> says.");
        ParsedFile parsed = new PostmortemReader(ReaderOptions.defaults().withRawHtml(true))
                .parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));
        Postmortem postmortem = parsed.postmortem().orElseThrow();
        String regret = postmortem.regret().orElseThrow().section().html();
        String reason = postmortem.reason().orElseThrow().section().html();
        SectionHtml words = SectionHtml.inLanguage("en");

        assertThat(regret + reason).doesNotContain("<!--pm-");
        assertThat(regret).contains("<!-- pm-status:done--> <!-- pm-action:0-->", "<!-- pm-action:0-->\n",
                "<div><!-- pm-status:open--></div>");
        assertThat(reason).contains("<!-- pm-action:0-->\n<!-- pm-action:0-->", "See <!-- pm-action:0--> again.");
        assertThat(words.section(regret)).isEqualTo(regret);
        assertThat(words.section(reason)).isEqualTo(reason);
        String remedy = words.remedy(postmortem.remedy().orElseThrow().section().html(),
                postmortem.remedy().orElseThrow().actions());
        assertThat(remedy).contains("As <!-- pm-action:0--> says.");
        assertThat(remedy.split("class=\"action-meta\"", -1)).as("the action's details, once").hasSize(2);
    }

    @Test
    void scriptAndDataLinksAreNeverLiveWhateverTheOptions() {
        String text = MINIMAL.formatted("Links", "x").replace("We are sorry.",
                "[a](javascript:alert(1)) [b]( JAVASCRIPT:alert(1)) ![c](data:text/html;base64,xx)"
                        + " [ok](https://example.com)");

        for (boolean raw : List.of(false, true)) {
            String html = regretHtml(new PostmortemReader(ReaderOptions.defaults().withRawHtml(raw)), text);
            assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:")
                    .contains("href=\"https://example.com\"");
        }
    }

    @Test
    void attributeSyntaxCannotAddEventHandlersOrStylesItStaysTheTextItWas() {
        String text = MINIMAL.formatted("Attrs", "x").replace("We are sorry.",
                "We are sorry. {onclick=\"alert(1)\" style=\"x\" .apology #regret-text}");

        String html = regretHtml(reader, text);

        assertThat(html).isEqualTo("<p>We are sorry. {onclick=&quot;alert(1)&quot; style=&quot;x&quot; .apology"
                + " #regret-text}</p>\n");
    }

    @Test
    void attributeSyntaxWithOnlyIdsAndClassesStillSetsThem() {
        String text = MINIMAL.formatted("Attrs", "x").replace("We are sorry.", "We are sorry. {.apology #regret-text}");

        assertThat(regretHtml(reader, text)).contains("class=\"apology\"", "id=\"regret-text\"")
                .doesNotContain("{", "}");
    }

    @Test
    void kramdownAttributeListsSetIdsAndClassesAsJekyllSitesWriteThem() {
        // Postmortems kept in a GitHub Pages site (Jekyll, kramdown) put "{: .note}" on the line after a paragraph.
        // Since braces that are not ids and classes are words, kramdown's ':' made such a list words on the page.
        String text = MINIMAL.formatted("Kramdown", "x").replace("We are sorry.",
                "We are sorry.\n{: .apology #regret-text}\n\nA {: .mark} word, and {: not a list} stays.");

        String html = regretHtml(reader, text);

        assertThat(html).contains("<p class=\"apology\" id=\"regret-text\">We are sorry.</p>",
                "<span class=\"mark\">A </span> word", "{: not a list} stays.").doesNotContain(":=", "{: .");
    }

    @Test
    void aKramdownListWrittenWithoutASpaceSetsItsClassAndMarksAHeadingsSectionInternal() {
        // kramdown reads "{:.internal}" as "{: .internal}"; Flexmark reads one attribute named ":.internal", which
        // left a section meant for staff public.
        String text = MINIMAL.formatted("Kramdown", "x")
                .replace("We are sorry.", "We are sorry.\n{:.apology}")
                .replace("Something broke.", "Something broke.\n\n### Responder notes {:.internal}\n\nAlice was out."
                        + "\n\n### Pager log {:.log.internal}\n\nPaged twice.\n\n### Chat {: .chat.internal}\n\nQuiet."
                        + "\n\n### Public {:.x=\"internal\"}\n\nSeen.\n\n### Staff {:#staff .internal}\n\nHidden.")
                .replace("- [ ] Fix it {owner=\"SRE\"}", "- [ ] Fix it {: .urgent owner=\"SRE\"}");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        Postmortem postmortem = parsed.postmortem().orElseThrow();
        assertThat(postmortem.regret().orElseThrow().section().html()).contains("<p class=\"apology\">We are sorry.</p>");
        assertThat(postmortem.reason().orElseThrow().subsections()).filteredOn(Section::internal)
                .extracting(Section::title).containsExactly("Responder notes", "Pager log", "Chat",
                        "Staff {:#staff .internal}");
        assertThat(postmortem.remedy().orElseThrow().actions()).singleElement()
                .satisfies(action -> assertThat(action.owner()).contains("SRE"));
        assertThat(parsed.diagnostics()).noneMatch(d -> d.rule().equals("action-attribute"));
    }

    @Test
    void wordsInBracesThatAreNotIdsOrClassesReachThePageAsWritten() {
        // From 2i2c's 2025-08-12 LEAP outage report: an alert's label set, quoted. Flexmark reads any {...} as
        // attributes, and such a group was dropped from the page without a word.
        String quoted = "> An uptime check on two-eye-two-see Uptime Check URL labels {project_id=two-eye-two-see,"
                + " host=leap.2i2c.cloud} is failing.";
        String text = MINIMAL.formatted("Braces", "x").replace("We are sorry.",
                "We are sorry.\n\n" + quoted + "\n\nSet {foo} before {{ TITLE }} runs; it returns {} on error.");

        String html = regretHtml(reader, text);

        assertThat(html).contains("labels {project_id=two-eye-two-see, host=leap.2i2c.cloud} is failing.",
                "Set {foo} before {{ TITLE }} runs; it returns {} on error.");
    }

    @Test
    void theSameFolderGivesTheSameModelWhateverTheDefaultZoneAndLocale() throws Exception {
        String first = MachineDefaults.with("Pacific/Kiritimati", "tr-TR",
                () -> describe(reader.read(Fixtures.folder("valid"))));
        String second = MachineDefaults.with("America/Adak", "ar-EG",
                () -> describe(new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("valid"))));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("start=2026-03-12T09:14Z", "SEV2");
    }

    private static String describe(ReadResult result) {
        return result.archive().postmortems() + "\n" + result.diagnostics();
    }

    @Test
    void aHeadingRepeatedInAnotherSectionGetsAnIdOfItsOwnTheFirstInTheFileThePlainOne() {
        String action = "- [ ] Fix it {owner=\"SRE\"}";
        // Reason's words before its first sub-section are made into a section after its sub-sections are.
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "#### Details\n\nFirst.\n\n### Technical account\n\n#### Details"
                        + "\n\nSecond.")
                .replace(action, action + "\n\n#### Details\n\nThird.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        Postmortem postmortem = parsed.postmortem().orElseThrow();
        // Reason's words and Remedy are under an h2 on the page, so their '####' headings are shown as h3.
        assertThat(postmortem.reason().orElseThrow().section().html()).contains("<h3 id=\"details\">", "First.");
        assertThat(postmortem.reason().orElseThrow().subsections().get(0).html())
                .contains("<h4 id=\"details-1\">", "Second.");
        assertThat(postmortem.remedy().orElseThrow().section().html()).contains("<h3 id=\"details-2\">", "Third.");
    }

    @Test
    void sectionHeadingsGetTheIdsLinksInTheFilePointToNumberedWithTheHeadingsInsideSections() {
        // '#### Summary' comes first in the file, so it keeps 'summary' and the sub-section heading gets 'summary-1'.
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "#### Summary\n\nFirst.\n\n### Summary\n\nSecond.\n\n"
                        + "### Technical account {#how-it-happened}\n\nThird.")
                .replace("## Remedy", "## Remedy {#what-we-do}");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        Postmortem postmortem = parsed.postmortem().orElseThrow();
        Reason reason = postmortem.reason().orElseThrow();
        assertThat(postmortem.regret().orElseThrow().section().id()).isEqualTo("regret");
        assertThat(reason.section().id()).isEqualTo("reason");
        assertThat(reason.section().html()).contains("<h3 id=\"summary\">");
        assertThat(reason.subsections()).extracting(Section::id).containsExactly("summary-1", "how-it-happened");
        assertThat(postmortem.remedy().orElseThrow().section().id()).isEqualTo("what-we-do");
    }

    @Test
    void aWrittenIdThatAnotherHeadingGetsFromItsWordsIsWarnedAtItsBracesAndKept() {
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "### Summary {#diagnosis}\n\nFirst.\n\n### Diagnosis\n\nSecond.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column,
                Diagnostic::level).containsExactly(tuple("heading-id", 17, 13, Diagnostic.Level.WARNING));
        assertThat(parsed.diagnostics().get(0).message()).contains("'diagnosis'", "'Diagnosis' on line 21");
        // The author's links use the id as written, so it stays; the warning says which heading to change.
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().subsections()).extracting(Section::id)
                .containsExactly("diagnosis", "diagnosis");
    }

    @Test
    void twoHeadingsGivenTheSameWrittenIdAreWarnedOnceAtTheSecond() {
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "#### One {#same}\n\nFirst.\n\n#### Two {#same}\n\nSecond.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("heading-id", 21, 10));
        assertThat(parsed.diagnostics().get(0).message()).contains("'One' on line 17");
    }

    @Test
    void aWrittenIdWithASpaceIsWarnedWithAnIdThatCanBeWrittenInstead() {
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "### Summary {id=\"how it happened\"}\n\nFirst.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(
                tuple("heading-id", 17));
        assertThat(parsed.diagnostics().get(0).message()).contains("holds a space", "'how-it-happened'");
    }

    @Test
    void writtenIdsOfThePagesOwnPartsAndOfFootnotesAreWarned() {
        String text = MINIMAL.formatted("Ids", "x").replace("Something broke.",
                "See the note.[^1]\n\n#### Main {#pm_main}\n\nA.\n\n#### Note {#fn-1}\n\nB.\n\n"
                        + "#### Back {#fnref-1-2}\n\nC.\n\n[^1]: The note.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(
                tuple("heading-id", 19), tuple("heading-id", 23), tuple("heading-id", 27));
        assertThat(parsed.diagnostics()).extracting(Diagnostic::message).satisfiesExactly(
                main -> assertThat(main).contains("'pm_main'", "pm_"),
                note -> assertThat(note).contains("'fn-1'", "footnotes"),
                back -> assertThat(back).contains("'fnref-1-2'", "footnotes"));
    }

    @Test
    void wordsThatMakeTheIdARepeatWasNumberedToAreWarnedAtTheLaterHeading() {
        String text = MINIMAL.formatted("Ids", "x").replace("Something broke.",
                "#### Details\n\nA.\n\n#### Details\n\nB.\n\n#### Details 1\n\nC.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("heading-id", 25, 1));
        assertThat(parsed.diagnostics().get(0).message()).contains("'details-1'", "'Details' on line 21",
                "{#details-1-2}");
    }

    @Test
    void repeatedWordsAndDistinctWrittenIdsAreNotWarned() {
        String text = MINIMAL.formatted("Ids", "x")
                .replace("Something broke.", "#### Details\n\nA.\n\n### Summary {#what-happened}\n\n"
                        + "#### Details\n\nB.[^a]\n\n### Fn-1 and pm_main\n\nC.\n\n[^a]: Note.")
                .replace("## Remedy", "## Remedy {#remedy-plan}");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().subsections()).extracting(Section::id)
                .containsExactly("what-happened", "fn-1-and-pm-main");
    }

    @Test
    void bracesOnAQuotesNextLineKeepTheSpaceOfTheLineBreakBeforeThem() {
        String text = MINIMAL.formatted("Braces", "x").replace("We are sorry.",
                "We are sorry.\n\n> quoted line\n> {quoted}");

        assertThat(regretHtml(reader, text)).contains("<p>quoted line {quoted}</p>");
    }

    @Test
    void bracesThatOpenAParagraphKeepTheSpaceAfterThem() {
        String text = MINIMAL.formatted("Braces", "x").replace("We are sorry.", "We are sorry.\n\n{foo} starts it.");

        assertThat(regretHtml(reader, text)).contains("<p>{foo} starts it.</p>");
    }

    @Test
    void wordsInBracesInAHeadingAreItsWordsAndAnIdWithASpaceInBracesSetsNoIdWithAWarning() {
        String text = MINIMAL.formatted("Braces", "x").replace("Something broke.",
                "### Deploy {foo}\n\nA.\n\n### Odd {#how it happened}\n\nB.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().subsections())
                .extracting(Section::title, Section::id)
                .containsExactly(tuple("Deploy {foo}", "deploy-foo"),
                        tuple("Odd {#how it happened}", "odd-how-it-happened"));
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("heading-id", 21, 9));
        assertThat(parsed.diagnostics().get(0).message()).contains("sets no id", "'{#how-it-happened}'");
    }

    @Test
    void aHeadingsBracesWithMoreThanIdsAndClassesStillMarkItsSectionInternalAndNameItsKind() {
        // Found by review: braces put back as words before the outline was read published internal sections.
        String text = MINIMAL.formatted("Braces", "x").replace("Something broke.", "### Timeline {: #timeline}\n\n"
                + "- 09:14 Deploy.\n\n### Responder notes {: .internal}\n\nAlice was out.\n\n"
                + "### Staff {.internal title=\"Staff only\"}\n\nBob too.\n\n### Deploy {#deploy-2 style=\"color:red\"}"
                + "\n\nC.");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().subsections())
                .extracting(Section::kind, Section::id, Section::internal, Section::title).containsExactly(
                        tuple(SectionKind.TIMELINE, "timeline", false, "Timeline"),
                        tuple(SectionKind.OTHER, "responder-notes", true, "Responder notes"),
                        tuple(SectionKind.OTHER, "staff", true, "Staff"),
                        tuple(SectionKind.OTHER, "deploy-2", false, "Deploy"));
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().subsections().get(3).html())
                .doesNotContain("style");
    }

    @Test
    void aReferenceThatNothingDefinesKeepsItsBracketsInTitlesAndInAnActionItemsText() {
        // From 2i2c's 2025-08-12 LEAP outage report: "[20m]" is an estimate, shown as written on the page.
        String text = MINIMAL.formatted("Brackets", "x")
                .replace("Something broke.", "### What went well [draft] {.note}\n\nFirst.")
                .replace("- [ ] Fix it {owner=\"SRE\"}",
                        "- [ ] Write a runbook [20m] e.g. \"I deleted prod\" {owner=\"SRE\"}\n"
                        + "- [ ] Add [an alert](x.md)"
                        + "\n- [ ] Rename [a\\_b] and [**c**][d] and [e][] {owner=\"SRE\"}");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        Postmortem postmortem = parsed.postmortem().orElseThrow();
        assertThat(postmortem.reason().orElseThrow().subsections()).extracting(Section::title)
                .containsExactly("What went well [draft]");
        assertThat(postmortem.remedy().orElseThrow().actions()).extracting(ActionItem::text)
                .containsExactly("Write a runbook [20m] e.g. \"I deleted prod\"", "Add an alert",
                        "Rename [a_b] and [c][d] and [e][]");
    }

    @Test
    void anActionItemsAttributesBeforeALineBreakAreNotInItsText() {
        String text = MINIMAL.formatted("Attributes", "x").replace("- [ ] Fix it {owner=\"SRE\"}",
                "- [ ] Fix the cache key {owner=\"SRE\"}\n  and its lifetime {due=2026-04-01}");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.postmortem().orElseThrow().remedy().orElseThrow().actions()).singleElement()
                .satisfies(action -> {
                    assertThat(action.text()).isEqualTo("Fix the cache key \nand its lifetime");
                    assertThat(action.owner()).contains("SRE");
                    assertThat(action.due()).contains(java.time.LocalDate.parse("2026-04-01"));
                });
    }

    @Test
    void anActionItemThatOpensWithAListKeepsItsItemsApartInItsText() {
        String text = MINIMAL.formatted("Nested", "x").replace("- [ ] Fix it {owner=\"SRE\"}",
                "- [ ] \n  - sub one\n  - sub two");

        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.postmortem().orElseThrow().remedy().orElseThrow().actions()).extracting(ActionItem::text)
                .containsExactly("sub one\n\nsub two");
    }

    private static String regretHtml(PostmortemReader reader, String text) {
        ParsedFile parsed = reader.parse(Path.of("t.md"), text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.postmortem().orElseThrow().regret().orElseThrow().section().html();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
