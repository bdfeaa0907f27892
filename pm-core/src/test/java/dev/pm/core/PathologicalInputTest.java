package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a parser: whatever a source file holds, reading and rendering it end in diagnostics
 * or a correct page, never an exception. The body of every input here starts on line 16.
 */
class PathologicalInputTest {

    private static final String HEADER = "---\ntitle: Deep\ndate: 2026-03-14\nincident:\n"
            + "  start: 2026-03-12T09:14:00Z\n  resolved: 2026-03-12T10:01:00Z\nseverity: SEV2\n---\n\n"
            + "## Regret\n\nWe are sorry.\n\n## Reason\n\n";
    private static final String REMEDY = "\n\n## Remedy\n\n- [ ] Fix it {owner=\"Ops\" due=2026-04-01}\n";
    private static final int BODY_LINE = 16;

    @TempDir
    Path dir;

    @Test
    void blockQuotesNestedThousandsDeepGiveOneMarkdownDepthErrorAtTheirLine() throws IOException {
        ReadResult read = readOne("deep.md", HEADER + ">".repeat(5000) + " deep" + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 33));
        assertThat(read.diagnostics().get(0).message()).contains("nested more than 32 deep", "flatten");
        assertThat(read.archive().postmortems()).isEmpty();
    }

    @Test
    void listsIndentedThousandsDeepGiveOneMarkdownDepthErrorAtTheFirstLevelTooMany() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 2000; level++) {
            list.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }

        ReadResult read = readOne("deep.md", HEADER + list + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE + 32, 65));
    }

    @Test
    void listMarkersAndQuotesMixedOnOneLineCountTogether() throws IOException {
        ReadResult read = readOne("deep.md", HEADER + "> - ".repeat(3000) + "x" + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 65));
    }

    @Test
    void nestingUpToTheLimitAndCodeThatLooksNestedAreRead() throws IOException {
        String quotes = ">".repeat(32) + " thirty-two levels\n\n";
        String code = "```\n" + ">".repeat(500) + "\n```\n\n    " + "- ".repeat(500) + "\n\n";
        String rule = "- ".repeat(100) + "\n\n";

        ReadResult read = readOne("fine.md", HEADER + quotes + code + rule + REMEDY);

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.archive().postmortems()).hasSize(1);
    }

    @Test
    void emphasisNestedThousandsDeepGivesAMarkdownDepthErrorAtItsFirstMark() throws IOException {
        ReadResult read = readOne("deep.md", HEADER + "*_".repeat(5000) + "x" + "_*".repeat(5000) + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 1));
    }

    @Test
    void strikethroughMarksThousandsLongGiveAMarkdownDepthError() throws IOException {
        ReadResult read = readOne("deep.md", HEADER + "~~".repeat(5000) + "x" + "~~".repeat(5000) + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 1));
    }

    @Test
    void linksAndImagesNestedThousandsDeepGiveAMarkdownDepthErrorAtTheFirstBracketTooMany() throws IOException {
        ReadResult links = readOne("links.md", HEADER + "[".repeat(5000) + "x" + "](u)".repeat(5000) + REMEDY);
        ReadResult images = readOne("images.md", HEADER + "![".repeat(5000) + "x" + "](u)".repeat(5000) + REMEDY);

        assertThat(links.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 33));
        assertThat(images.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("markdown-depth", BODY_LINE, 66));
    }

    @Test
    void aFiveMegabyteLineIsReadAndRenderedInReasonableTime() {
        String line = "word ".repeat(1_000_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ReadResult read = readOne("long.md", HEADER + line + REMEDY);
            assertThat(read.diagnostics()).isEmpty();
            SiteResult site = render(read);
            assertThat(site.problems()).isEmpty();
            assertThat(Files.size(dir.resolve("site/postmortems/long.html"))).isGreaterThan(5_000_000);
        });
    }

    @Test
    void aNulInTheBodyIsReplacedAsCommonMarkSaysAndTheRestIsRendered() throws IOException {
        ReadResult read = readOne("nul.md", HEADER + "before\u0000after and \u0001 \u001b[31m" + REMEDY);

        assertThat(read.diagnostics()).isEmpty();
        String html = read.archive().postmortems().get(0).reason().orElseThrow().section().html();
        assertThat(html).contains("before\uFFFDafter").doesNotContain("\u0000");
        assertThat(render(read).problems()).isEmpty();
    }

    @Test
    void controlCharactersInTheFrontMatterGiveAYamlErrorAtTheirPosition() throws IOException {
        ReadResult nul = readOne("nul.md", HEADER.replace("title: Deep", "title: De\u0000ep") + REMEDY);
        ReadResult bell = readOne("bell.md", HEADER.replace("severity: SEV2", "severity: SEV\u00072") + REMEDY);

        assertThat(nul.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("yaml", 2, 10));
        assertThat(nul.diagnostics().get(0).message()).contains("U+0000", "remove it");
        assertThat(bell.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("yaml", 7, 14));
        assertThat(bell.diagnostics().get(0).message()).contains("U+0007");
    }

    @Test
    void aYamlAliasBombGivesOneYamlError() throws IOException {
        StringBuilder bomb = new StringBuilder("---\na: &a"
                + " [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }

        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> readOne("laughs.md", bomb + "---\n" + REMEDY));

        assertThat(read.diagnostics()).extracting(Diagnostic::rule).containsExactly("yaml");
        assertThat(read.diagnostics().get(0).message()).contains("aliases");
    }

    @Test
    void aParagraphOfTwentyThousandRootCausesIsCheckedWithoutAQuadraticSlowdown() {
        // Each match used to search all the text before it for a negation: this took minutes.
        String paragraph = "It was not the root cause, but the root cause; ".repeat(20_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Path sources = Files.createTempDirectory(dir, "sources");
            Files.writeString(sources.resolve("causes.md"), HEADER + paragraph + REMEDY);
            ReaderOptions options = ReaderOptions.defaults();
            ReadResult read = new PostmortemReader(options).read(sources, Progress.NONE,
                    new Checks(CheckSettings.defaults(), options.context()));

            assertThat(read.diagnostics()).filteredOn(d -> d.rule().equals("no-root-cause")).hasSize(20_000)
                    .first().satisfies(d -> assertThat(d.column()).isEqualTo(32));
        });
    }

    @Test
    void aSentenceOfTwentyThousandAdverbsBeforeShouldHaveCaughtIsCheckedWithoutOverflowingTheStack()
            throws IOException {
        // The blameless rule looks for the subject of "should have caught" past adverbs; it overflowed here.
        String sentence = "The test " + "really ".repeat(20_000) + "should have caught it.";

        ReadResult read = readChecked("adverbs.md", HEADER + sentence + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule).doesNotContain("internal-error");
        assertThat(read.archive().postmortems()).hasSize(1);
    }

    @Test
    void aZoneLineOfFiveThousandSlashesIsReadWithoutOverflowingTheStack() throws IOException {
        // A timeline's zone line is searched for zone ids such as America/Argentina/Buenos_Aires; it overflowed here.
        String timeline = "### Timeline\n\nAll times " + "PST/".repeat(5000) + "\n\n- 09:14 Deploy.";

        ReadResult read = readOne("zones.md", HEADER + timeline + REMEDY);

        assertThat(read.diagnostics()).extracting(Diagnostic::rule).doesNotContain("internal-error");
        assertThat(read.archive().postmortems().get(0).reason().orElseThrow().timeline()).singleElement()
                .satisfies(entry -> assertThat(entry.at()).isEqualTo("2026-03-12T09:14-08:00"));
    }

    @Test
    void aZoneLineOfTwentyThousandSlashWordsAndOneHundredKilobyteOneIsCheckedForTyposInReasonableTime() {
        // Each word written as a zone id is compared with the zone database's ids: 6.8 s per such file at first.
        String words = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "Team" + letters(i) + "/Board"
                + letters(i * 7)).collect(java.util.stream.Collectors.joining(" "));
        String timeline = "### Timeline\n\nAll times from " + words + " and " + "A/" + "b".repeat(100_000)
                + "\n\n- 09:14 Deploy.";

        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> readOne("slash-words.md", HEADER + timeline + REMEDY));

        assertThat(read.diagnostics()).extracting(Diagnostic::rule).doesNotContain("internal-error", "timeline-zone");
    }

    /** A word of letters for a number: 0 is "a", 27 is "bb". */
    private static String letters(int number) {
        StringBuilder word = new StringBuilder();
        for (int rest = number; ; rest = rest / 26 - 1) {
            word.append((char) ('a' + rest % 26));
            if (rest < 26) {
                return word.toString();
            }
        }
    }

    @Test
    void fiveThousandHeadingsGivenOneIdGiveOneWarningThatNamesAFewOfThem() throws IOException {
        StringBuilder headings = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            headings.append("#### Part ").append(i).append(" {#part}\n\nWords.\n\n");
        }

        ReadResult read = readOne("ids.md", HEADER + headings + REMEDY);

        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("heading-id");
            assertThat(d.message()).contains("'Part 0' on line " + BODY_LINE, "and 4,996 more").hasSizeLessThan(300);
        });
    }

    @Test
    void fiftyThousandHeadingsAndOneHundredThousandListItemsAreReadAndRenderedWithoutAQuadraticSlowdown() {
        StringBuilder headings = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            headings.append("### Part ").append(i).append("\n\ntext\n\n");
        }
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            items.append("- item ").append(i).append('\n');
        }

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ReadResult read = readOne("many.md", HEADER + headings + "\n" + items + REMEDY);
            assertThat(read.diagnostics()).isEmpty();
            assertThat(render(read).problems()).isEmpty();
        });
    }

    @Test
    void aPageThatOverflowsTheStackWhileRenderingBecomesOneInternalErrorAndTheOtherPagesStillRender()
            throws IOException {
        Path sources = dir.resolve("sources");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("boom.md"), HEADER + "Fine." + REMEDY);
        Files.writeString(sources.resolve("calm.md"), HEADER + "Fine." + REMEDY);
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/postmortem.ftlh"), "<#macro down n><@down n + 1/></#macro>"
                + "<#if postmortem.slug == 'boom'><@down 0/></#if><p>${postmortem.title}</p>\n");
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(sources);
        assertThat(read.diagnostics()).isEmpty();
        Path out = dir.resolve("site");

        SiteResult site = new SiteGenerator(SiteSettings.builder().title("t").themeDirectory(theme).build())
                .generate(read.archive(), out);

        assertThat(site.problems()).extracting(Diagnostic::file, Diagnostic::rule)
                .containsExactly(tuple(sources.resolve("boom.md"), "internal-error"));
        assertThat(site.problems().get(0).message()).contains("StackOverflowError", "postmortems/boom.html");
        assertThat(site.succeeded()).isFalse();
        assertThat(out).doesNotExist();
    }

    @Test
    void tenThousandTimelineEntriesAndActionItemsReadInSeconds() {
        StringBuilder body = new StringBuilder("### Timeline\n\n");
        for (int i = 0; i < 10_000; i++) {
            body.append("- 09:").append(String.format("%02d", i % 60)).append(" entry ").append(i).append('\n');
        }
        body.append("\n## Remedy\n\n");
        for (int i = 0; i < 10_000; i++) {
            body.append("- [ ] Fix ").append(i).append(" {owner=\"Ops\" due=2026-04-01}\n");
        }

        // Each item used to walk the whole document again (Flexmark generates every heading id per rendering):
        // 55 s here. Linear, it takes about 3 s on a busy 2-core machine.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ReadResult read = readOne("many-items.md", HEADER + body);
            assertThat(read.archive().postmortems()).singleElement()
                    .satisfies(p -> assertThat(p.remedy().orElseThrow().actions()).hasSize(10_000));
        });
    }

    private ReadResult readOne(String name, String content) throws IOException {
        Path sources = Files.createTempDirectory(dir, "sources");
        Files.write(sources.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        return new PostmortemReader(ReaderOptions.defaults()).read(sources);
    }

    private ReadResult readChecked(String name, String content) throws IOException {
        Path sources = Files.createTempDirectory(dir, "sources");
        Files.write(sources.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        ReaderOptions options = ReaderOptions.defaults();
        return new PostmortemReader(options).read(sources, Progress.NONE,
                new Checks(CheckSettings.defaults(), options.context()));
    }

    private SiteResult render(ReadResult read) throws IOException {
        return new SiteGenerator(SiteSettings.builder().title("t").build()).generate(read.archive(), dir.resolve("site"));
    }
}
