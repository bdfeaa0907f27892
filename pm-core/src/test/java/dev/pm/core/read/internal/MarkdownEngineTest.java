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
}
