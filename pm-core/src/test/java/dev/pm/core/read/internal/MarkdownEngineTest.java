package dev.pm.core.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

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

            #### Same

            one

            #### Same

            two

            - ## A heading in an item

            [^1]: the note
            """;

    /**
     * The document's top-level blocks in runs of two, the last run holding the rest, then an empty one: each
     * heading starts a run, and two runs have headings of the same words, which get the same id when each run is
     * rendered alone.
     */
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

    @Test
    void sectionsRenderedInOnePassGetTheHtmlEachGetsAlone() {
        for (boolean rawHtml : List.of(false, true)) {
            MarkdownEngine engine = new MarkdownEngine(rawHtml);
            Document first = engine.parse(SECTIONS);
            List<String> alone = sections(first).stream().map(blocks -> engine.renderBlocks(first, blocks)).toList();
            Document second = engine.parse(SECTIONS);

            MarkdownEngine.SectionBatch batch = engine.sections(second);
            List<Integer> added = sections(second).stream().map(batch::add).toList();
            batch.render();

            assertThat(alone).hasSizeGreaterThan(8).anySatisfy(html -> assertThat(html)
                    .contains("class=\"apology\"", "id=\"regret-text\""));
            String all = String.join("", alone);
            assertThat(all.split("id=\"same\"", -1)).as("two headings with the id 'same'").hasSize(3);
            assertThat(all).doesNotContain("same-1").contains("id=\"a-heading-in-an-item\"");
            assertThat(added.stream().map(batch::html).toList()).as("raw HTML %s", rawHtml).isEqualTo(alone);
            assertThat(second.hasChildren()).as("every block was taken out of the document").isFalse();
        }
    }
}
