package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import dev.pm.core.Diagnostic.Level;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidPostmortemTest {

    @ParameterizedTest(name = "{0} -> [{1}] at {2}:{3}")
    @CsvSource({
        "empty.md,                       empty-file,       1,  1, ERROR,   the file is empty",
        "no-front-matter.md,             front-matter,     1,  1, ERROR,   no front matter",
        "unclosed-front-matter.md,       front-matter,     1,  1, ERROR,   never closed",
        "malformed-yaml.md,              yaml,             5,  9, ERROR,   malformed YAML front matter",
        "recursive-alias.md,             yaml,             9,  9, ERROR,   a YAML alias refers to a value that"
                + " contains it",
        "duplicate-key.md,               yaml,             4,  1, ERROR,   duplicate key 'title' (first set on line 2)",
        "unknown-key.md,                 unknown-key,      8,  1, WARNING, did you mean 'title'?",
        "comma-in-authors.md,            comma-list,       8, 10, WARNING, 'authors' is read as one value",
        "wrong-type.md,                  field-type,       9,  3, ERROR,   each item of 'tags' must be a text, not"
                + " a mapping",
        "invalid-date.md,                date-format,      3,  7, ERROR,   'date' is not a date: '2026-13-45'",
        "invalid-incident-time.md,       date-format,      5, 10, ERROR,   'incident.start' is not a date and time",
        "incident-out-of-order.md,       incident-order,   7, 13, ERROR,   incident.resolved (2026-03-12T09:20Z) is"
                + " before incident.detected",
        "missing-title.md,               required-field,   1,  1, ERROR,   missing 'title'",
        "missing-resolved.md,            required-field,   4,  1, ERROR,   missing 'incident.resolved'",
        "unknown-severity.md,            unknown-severity, 7, 11, ERROR,   use one of SEV1, SEV2, SEV3, SEV4, SEV5",
        "unknown-status.md,              field-type,       8,  9, ERROR,   'status' cannot be 'finished': use one"
                + " of draft, published",
        "missing-remedy.md,              missing-section,  9,  1, ERROR,   no Remedy section",
        "bad-action-date.md,             date-format,     20, 27, ERROR,   'due' is not a date: 'next-week'",
        "unknown-action-attribute.md,    action-attribute,20, 42, WARNING, unknown action item attribute 'priority'",
        "unknown-action-type.md,         action-type,     20, 42, ERROR,   unknown action type 'repair'",
        "timeline-entry-without-time.md, timeline-entry,  19,  3, WARNING, does not start with a time",
        "unclosed-comment.md,            unclosed-comment,22,  1, ERROR,   everything after it up to line 24 is part"
                + " of it",
    })
    void eachDefectIsReportedOnceWithItsRuleAndPosition(String file, String rule, int line, int column, Level level,
            String message) {
        ParsedFile parsed = Fixtures.parse("invalid", file);

        assertThat(parsed.diagnostics())
                .extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column, Diagnostic::level)
                .containsExactly(tuple(rule, line, column, level));
        assertThat(parsed.diagnostics().get(0).message()).contains(message);
        assertThat(parsed.diagnostics().get(0).file()).isEqualTo(Fixtures.file("invalid", file));
    }

    @Test
    void aCommentLeftOpenInAnHtmlBlockIsAnErrorOnlyWhereRawHtmlReachesThePage() throws Exception {
        Path file = Fixtures.file("invalid", "unclosed-comment-in-html.md");
        byte[] content = Files.readAllBytes(file);

        ParsedFile raw = new PostmortemReader(ReaderOptions.defaults().withRawHtml(true)).parse(file, content);
        ParsedFile escaped = new PostmortemReader(ReaderOptions.defaults()).parse(file, content);

        assertThat(raw.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column,
                Diagnostic::level).containsExactly(tuple("unclosed-comment", 18, 31, Level.ERROR));
        assertThat(raw.diagnostics().get(0).message()).contains("hides everything after it on the page",
                "end it with '-->'");
        assertThat(escaped.diagnostics()).isEmpty();
    }

    @Test
    void closedEmptyAndCodeCommentsAreNotReported() {
        String text = withRegret("Sorry.\n\n<!-- a -- b -->\n\n<!--> <!--->\n\n> <!-- quoted -->\n\n```html\n<!-- in a"
                + " fence\n```\n\nIn code: `<!--` and in text: a <!-- b.\n\n<div><!-- one --><!-- two --></div>");

        for (boolean rawHtml : new boolean[] {false, true}) {
            assertThat(parse(text, rawHtml).diagnostics()).as("raw HTML " + rawHtml).isEmpty();
        }
    }

    @Test
    void aCommentThatALaterRawBlockClosesHidesNothingInTheBrowser() {
        String spanning = withRegret("Sorry.\n\n<div>\n<!-- old\n<p>a</p>\n\n<p>b</p>\n-->\n</div>");
        String script = withRegret("Sorry.\n\n<script>\nif (a <!--b) {}\n</script>");

        assertThat(parse(spanning, true).diagnostics()).isEmpty();
        assertThat(parse(script, true).diagnostics()).isEmpty();
    }

    @Test
    void anOpenerInsideAStyleTextareaOrTitleIsTextNotAComment() {
        for (String element : List.of("<style>\np::before { content: \"<!--\"; }\n</style>",
                "<STYLE type=\"text/css\">\n/* <!-- */\n</STYLE>", "<textarea>\nPaste here <!-- the log\n</textarea>",
                "<title>\nOld <!-- page\n</title>")) {
            assertThat(parse(withRegret("Sorry.\n\n" + element + "\n\nMore words."), true).diagnostics())
                    .as(element).isEmpty();
        }
    }

    @Test
    void aCommentBlockMarkdownReadsToTheEndOfItsListItemIsReportedAlthoughABrowserWouldCloseIt() {
        String text = withRegret("Sorry.\n\n- first\n\n  <!-- aside --!>\n\n  more words\n- second");

        assertFindingsWithAndWithoutRawHtml(text, tuple("unclosed-comment", 16, 3));
    }

    @Test
    void twoCommentsLeftOpenAreEachReportedOnce() {
        String text = withRegret("Sorry.\n\n- first\n\n  <!-- one\n\n  more\n- second\n\n  <!-- two\n\n  rest");

        assertFindingsWithAndWithoutRawHtml(text, tuple("unclosed-comment", 16, 3), tuple("unclosed-comment", 21, 3));
    }

    /** A valid postmortem whose Regret section is {@code regret}, from line 12 on. */
    private static String withRegret(String regret) {
        return "---\ntitle: x\ndate: 2026-03-14\nseverity: SEV3\nincident:\n  start: 2026-03-12T09:14:00Z\n"
                + "  resolved: 2026-03-12T10:01:00Z\n---\n\n## Regret\n\n" + regret + "\n\n## Reason\n\nIt broke.\n\n"
                + "## Remedy\n\n- [ ] Fix it {owner=\"SRE\"}\n";
    }

    /** {@code text} gives exactly these findings (rule, line, column), whether raw HTML is allowed or not. */
    private static void assertFindingsWithAndWithoutRawHtml(String text, Tuple... findings) {
        for (boolean rawHtml : new boolean[] {false, true}) {
            assertThat(parse(text, rawHtml).diagnostics()).as("raw HTML " + rawHtml)
                    .extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column).containsExactly(findings);
        }
    }

    private static ParsedFile parse(String text, boolean rawHtml) {
        return new PostmortemReader(ReaderOptions.defaults().withRawHtml(rawHtml))
                .parse(Path.of("comments.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void errorsInTheFrontMatterLeaveNoPostmortemButSectionProblemsDoNot() {
        assertThat(Fixtures.parse("invalid", "missing-title.md").postmortem()).isEmpty();
        assertThat(Fixtures.parse("invalid", "missing-remedy.md").postmortem()).get()
                .satisfies(p -> assertThat(p.remedy()).isEmpty());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLineAndColumn() {
        byte[] content = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);

        ParsedFile parsed = new PostmortemReader(ReaderOptions.defaults()).parse(Path.of("latin1.md"), content);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("encoding", 2, 11));
        assertThat(parsed.diagnostics().get(0).message()).contains("0xE9", "save the file as UTF-8");
    }

    @Test
    void columnsCountUtf16CodeUnitsInTheFrontMatterTheBodyAndBadBytesAlike() {
        String fire = "\uD83D\uDD25";
        String text = "---\ntitle: " + fire + " x\ndate: 2026-03-14\nseverity: SEV3\nincident:\n"
                + "  start: 2026-03-12T09:14:00Z\n  resolved: 2026-03-12T10:01:00Z\ntags: [" + fire + "]\n---\n\n"
                + "## Regret\n\nSorry.\n\n## Reason\n\nIt broke.\n\n## Remedy\n\n"
                + "- [ ] Fix " + fire + " it {owner=\"SRE\" priority=high}\n";
        byte[] badByte = ("---\ntitle: " + fire + "?\n---\n").getBytes(StandardCharsets.UTF_8);
        badByte[15] = (byte) 0xE9;

        PostmortemReader reader = new PostmortemReader(ReaderOptions.defaults());
        ParsedFile body = reader.parse(Path.of("body.md"), text.getBytes(StandardCharsets.UTF_8));
        ParsedFile frontMatter = reader.parse(Path.of("front-matter.md"),
                text.replace("[" + fire + "]", "[" + fire + ", {a: b}]").getBytes(StandardCharsets.UTF_8));
        ParsedFile notUtf8 = reader.parse(Path.of("bytes.md"), badByte);
        // SnakeYAML breaks lines at U+2028 too, editors and the body's lines do not.
        ParsedFile lineSeparator = reader.parse(Path.of("separator.md"), text.replace(fire + " x", "\"a\u2028b\"")
                .replace("[" + fire + "]", "[x, {a: b}]").getBytes(StandardCharsets.UTF_8));

        assertThat(body.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("action-attribute", 21, 30));
        assertThat(frontMatter.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("field-type", 8, 12));
        assertThat(notUtf8.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("encoding", 2, 10));
        assertThat(lineSeparator.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("field-type", 8, 11));
        // SnakeYAML gives a control character's place as an offset in code points.
        ParsedFile control = reader.parse(Path.of("control.md"), text.replace(fire + " x", fire + " a\u0007b")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(control.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("yaml", 2, 12));
    }

    @Test
    void allProblemsOfAFileAreCollectedTogether() {
        String text = "---\ntitle: x\ndate: soon\nseverity: SEV0\nincident:\n  start: 2026-01-01T00:00Z\n"
                + "  resolved: 2026-01-01T01:00Z\ncolour: red\n---\n";

        ParsedFile parsed = new PostmortemReader(ReaderOptions.defaults())
                .parse(Path.of("many.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("date-format", 3), tuple("unknown-severity", 4), tuple("unknown-key", 8));
    }

    @Test
    void formattedDiagnosticsArePathLineColumnLevelRuleAndMessage() {
        Diagnostic d = Diagnostic.error(Path.of("/p/src/postmortems/a.md"), 3, 7, "date-format", "fix it");

        assertThat(d.format(Path.of("/p"))).isEqualTo("src/postmortems/a.md:3:7: error [date-format] fix it");
    }
}
