package dev.pm.core.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);

    private static final String BLOCKS = """
            - a tight item with **bold**, a [link](https://example.com) and a note[^1]
            - an item with <kbd>allowed</kbd> and <script>refused</script> HTML, `code` and ~~struck~~ words

            1. a loose item

            2. a second loose item, www.example.com written bare

            | when | what |
            |------|:----:|
            | 09:14 | cell *one* |

            A paragraph with a NUL \u0000 in it.

            [^1]: the note
            """;

    private static List<Node> blocks(Document document) {
        List<Node> blocks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph || node instanceof TableCell) {
                blocks.add(node);
            }
        }
        return blocks;
    }

    @Test
    void blocksRenderedInOnePassGetTheHtmlEachGetsAlone() {
        Document document = ENGINE.parse(BLOCKS);
        List<Node> blocks = blocks(document);
        List<String> alone = blocks.stream().map(ENGINE::renderInline).toList();

        Map<Node, String> together = ENGINE.renderInline(blocks);

        assertThat(blocks).hasSizeGreaterThan(8);
        assertThat(blocks.stream().map(together::get).toList()).isEqualTo(alone);
        assertThat(document.getLastChild()).as("the batch leaves the document as it was")
                .isNotInstanceOf(MarkdownEngine.InlineBatch.class);
    }

    @Test
    void aBlockHoldingAHeadingIsLeftToBeRenderedWhenItsTurnComes() {
        Document document = ENGINE.parse("- # A heading in an item\n- plain words\n");
        Node headed = document.getFirstChild().getFirstChild();
        Node plain = headed.getNext();

        Map<Node, String> together = ENGINE.renderInline(List.of(headed, plain));

        assertThat(headed.getFirstChild()).isInstanceOf(Heading.class);
        assertThat(together).containsOnlyKeys(plain);
        assertThat(together.get(plain)).isEqualTo(ENGINE.renderInline(plain));
    }

    /** Sections as a postmortem has them: each a run of top-level blocks, several with what sets blank lines. */
    private static final String SECTIONS = """
            We are sorry. {.apology #regret-text}

            <div>an HTML block</div>

            - a tight item with **bold** and a [link](https://example.com)
            - [x] a done task

            1. a loose item

            2. a second loose item, www.example.com written bare

            ```java
            code()
            ```

                indented code

            > a quote

            ---

            | when | what |
            |------|:----:|
            | 09:14 | cell *one* |

            A paragraph with a note[^1] and <!-- a comment -->.

            #### A heading of its own

            Words under it.

            #### Another heading

            one

            #### A third heading

            two

            - ## A heading in an item

            [^1]: the note
            """;

    /** The document's top-level blocks in runs of two, the last run holding the rest, then an empty one. */
    private static List<List<Node>> sections(Document document) {
        List<List<Node>> sections = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            run.add(node);
            if (run.size() == 2) {
                sections.add(run);
                run = new ArrayList<>();
            }
        }
        sections.add(run);
        sections.add(List.of());
        return sections;
    }

    /** Each section rendered in a pass of its own, in order, as pm rendered them before. */
    private static List<String> eachAlone(MarkdownEngine engine, Document document) {
        return sections(document).stream().map(blocks -> engine.renderAlone(document, blocks)).toList();
    }

    @Test
    void sectionsRenderedInOnePassGetTheHtmlEachGetsAlone() {
        for (boolean rawHtml : List.of(false, true)) {
            MarkdownEngine engine = new MarkdownEngine(rawHtml);
            List<String> alone = eachAlone(engine, engine.parse(SECTIONS));
            Document document = engine.parse(SECTIONS);

            MarkdownEngine.SectionBatch batch = engine.sections(document);
            List<Integer> added = sections(document).stream().map(batch::add).toList();
            batch.render();

            assertThat(alone).hasSizeGreaterThan(8).anySatisfy(html -> assertThat(html)
                    .contains("class=\"apology\"", "id=\"regret-text\""));
            assertThat(String.join("", alone)).contains("id=\"another-heading\"", "id=\"a-heading-in-an-item\"");
            assertThat(added.stream().map(batch::html).toList()).as("raw HTML %s", rawHtml).isEqualTo(alone);
            assertThat(document.hasChildren()).as("every block was taken out of the document").isFalse();
        }
    }

    @Test
    void textIsRenderedAsFlexmarkRendersItWhetherOrNotItHoldsWhatFlexmarkChanges() {
        // Plain text is copied from the file; text with escapes, entities, line ends, characters HTML escapes or
        // NUL is Flexmark's. The expected HTML is what Flexmark gave before pm rendered text itself.
        String markdown = "Plain words, and *emphasis* with `code`.\n\nA \\*star\\*, an &amp; entity, &copy;, a < b > c,"
                + " \"quotes\" and a\\\nbreak.\n\nLine one\r\nline two\rline three\n\nNUL: a\u0000b, tab\tend.\n\n"
                + "- item <b>bold</b> & more\n- [link \"t\"](https://example.com/?a=1&b=2) after\n";
        String common = "<p>Plain words, and <em>emphasis</em> with <code>code</code>.</p>\n"
                + "<p>A *star*, an &amp; entity, \u00a9, a &lt; b &gt; c, &quot;quotes&quot; and a<br />\nbreak.</p>\n"
                + "<p>Line one\nline two\nline three</p>\n<p>NUL: a\ufffdb, tab\tend.</p>\n<ul>\n";
        String link = "<li><a href=\"https://example.com/?a=1&amp;b=2\">link &quot;t&quot;</a> after</li>\n</ul>\n";
        for (boolean rawHtml : List.of(false, true)) {
            MarkdownEngine engine = new MarkdownEngine(rawHtml);
            Document document = engine.parse(markdown);
            List<Node> blocks = new ArrayList<>();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                blocks.add(node);
            }
            String item = rawHtml ? "<li>item <b>bold</b> &amp; more</li>\n"
                    : "<li>item &lt;b&gt;bold&lt;/b&gt; &amp; more</li>\n";

            assertThat(engine.renderAlone(document, blocks)).as("raw HTML %s", rawHtml).isEqualTo(common + item + link);
        }
    }

    @Test
    void aHeadingRepeatedInAnotherSectionGetsAnIdOfItsOwnTheFirstInTheFileThePlainOne() {
        Document document = ENGINE.parse("### Details\n\nLogin failed.\n\n### Details\n\nMore.\n");
        List<Node> first = List.of(document.getFirstChild(), document.getFirstChild().getNext());
        List<Node> second = List.of(first.get(1).getNext(), first.get(1).getNext().getNext());
        MarkdownEngine.SectionBatch batch = ENGINE.sections(document);

        int later = batch.add(second);
        int earlier = batch.add(first);
        batch.render();

        assertThat(batch.html(earlier)).contains("<h3 id=\"details\">Details</h3>", "Login failed.");
        assertThat(batch.html(later)).contains("<h3 id=\"details-1\">Details</h3>", "More.");
    }

    @Test
    void aSectionsHtmlAskedForBeforeTheBatchIsRenderedIsRefusedNotEmpty() {
        Document document = ENGINE.parse("Words the author wrote.\n");
        MarkdownEngine.SectionBatch batch = ENGINE.sections(document);
        int index = batch.add(List.of(document.getFirstChild()));

        assertThatThrownBy(() -> batch.html(index)).isInstanceOf(IllegalStateException.class);
        batch.render();
        assertThat(batch.html(index)).contains("Words the author wrote.");
    }

    @Test
    void aSectionAddedAfterTheBatchIsRenderedIsRefusedNotLeftWithoutWords() {
        Document document = ENGINE.parse("First.\n\nLater.\n");
        MarkdownEngine.SectionBatch batch = ENGINE.sections(document);
        batch.add(List.of(document.getFirstChild()));
        batch.render();

        assertThatThrownBy(() -> batch.add(List.of(document.getFirstChild()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before render()");
    }
}
