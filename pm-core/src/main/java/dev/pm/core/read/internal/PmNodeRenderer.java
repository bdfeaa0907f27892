package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.pm.core.internal.SectionMarks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How pm renders what Flexmark would render otherwise: marks of recognised timeline entries and action items
 * (in place, in a section; left out where an item's words are rendered alone), footnotes where the author put
 * them, task-list items without form controls, and raw HTML through {@link HtmlAllowList} (or as written, when
 * raw HTML is allowed, with comments that would read as pm's marks defused).
 */
final class PmNodeRenderer implements NodeRenderer {

    private final boolean inPlace;
    private final boolean allowList;
    /** The allow-list's verdicts, per parent node; one renderer serves one rendering. */
    private final Map<Node, Map<Node, List<HtmlAllowList.Token>>> verdicts = new IdentityHashMap<>();

    private PmNodeRenderer(boolean inPlace, boolean allowList) {
        this.inPlace = inPlace;
        this.allowList = allowList;
    }

    /** Put it last among the renderer's extensions: the last extension's renderers win. */
    static HtmlRenderer.HtmlRendererExtension extension(boolean inPlace, boolean allowList) {
        return new HtmlRenderer.HtmlRendererExtension() {
            @Override
            public void rendererOptions(MutableDataHolder options) {
            }

            @Override
            public void extend(HtmlRenderer.Builder builder, String rendererType) {
                builder.nodeRendererFactory(options -> new PmNodeRenderer(inPlace, allowList));
            }
        };
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> handlers = new HashSet<>(List.of(
                new NodeRenderingHandler<>(Text.class, PmNodeRenderer::text),
                new NodeRenderingHandler<>(InPlaceMarks.TimeMark.class, this::time),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(InPlaceMarks.ActionMark.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(TaskListItem.class, this::task),
                new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(FootnoteBlock.class, this::footnoteBlock),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(MarkdownEngine.InlineBatch.class, PmNodeRenderer::batch),
                new NodeRenderingHandler<>(MarkdownEngine.SectionHolder.class, PmNodeRenderer::section)));
        if (allowList) {
            handlers.add(new NodeRenderingHandler<>(HtmlInline.class, this::html));
            handlers.add(new NodeRenderingHandler<>(HtmlBlock.class, this::html));
        } else {
            handlers.add(new NodeRenderingHandler<>(HtmlInline.class, PmNodeRenderer::rawHtml));
            handlers.add(new NodeRenderingHandler<>(HtmlInlineComment.class, PmNodeRenderer::rawHtml));
            handlers.add(new NodeRenderingHandler<>(HtmlBlock.class, PmNodeRenderer::rawHtml));
            handlers.add(new NodeRenderingHandler<>(HtmlCommentBlock.class, PmNodeRenderer::rawHtml));
            handlers.add(new NodeRenderingHandler<>(HtmlInnerBlock.class, PmNodeRenderer::rawHtml));
            handlers.add(new NodeRenderingHandler<>(HtmlInnerBlockComment.class, PmNodeRenderer::rawHtml));
        }
        return handlers;
    }

    /**
     * Plain text as Flexmark renders it, taken from the file in one copy where Flexmark would change none of its
     * characters. Flexmark unescapes, normalises line ends and escapes every text node, each in a pass of its own
     * that copies the text character by character through {@code BasedSequence}: those passes were a third of
     * the time spent rendering sections. Text with anything a pass would change (a backslash, an entity, a
     * carriage return, a character HTML escapes, NUL) or not taken from the file in one piece is Flexmark's.
     */
    private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String file) {
            String text = file.substring(chars.getStartOffset(), chars.getEndOffset());
            if (unchangedByFlexmark(text)) {
                html.raw(text);
                return;
            }
        }
        context.delegateRender();
    }

    private static boolean unchangedByFlexmark(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"', '\0' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * Raw HTML as the author wrote it ({@code allowRawHtml}), rendered by Flexmark, except that a comment that
     * opens as pm's marks do is given a space ({@link SectionMarks#defused}): it stays in the page, but is no
     * longer read as a mark that shows a status word or repeats an action item's details. The node is rendered
     * with the changed text and then given its own back.
     */
    private static void rawHtml(Node node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (!SectionMarks.anyIn(chars.toString())) {
            context.delegateRender();
            return;
        }
        if (!(node instanceof ContentNode content) || content.getContentLines().isEmpty()) {
            node.setChars(BasedSequence.of(SectionMarks.defused(chars.toString())));
            try {
                context.delegateRender();
            } finally {
                node.setChars(chars);
            }
            return;
        }
        // An HTML block renders its content lines: each is defused, and all cut from one sequence, as Flexmark
        // joins a node's lines only when they share one.
        List<BasedSequence> lines = content.getContentLines();
        List<String> defused = lines.stream().map(line -> SectionMarks.defused(line.toString())).toList();
        BasedSequence whole = BasedSequence.of(String.join("", defused));
        List<BasedSequence> cut = new ArrayList<>(defused.size());
        int at = 0;
        for (String line : defused) {
            cut.add(whole.subSequence(at, at + line.length()));
            at += line.length();
        }
        content.setContentLines(cut);
        content.setChars(whole);
        try {
            context.delegateRender();
        } finally {
            content.setContentLines(lines);
            content.setChars(chars);
        }
    }

    private static void batch(MarkdownEngine.InlineBatch node, NodeRendererContext context, HtmlWriter html) {
        for (Node block : node.blocks()) {
            html.raw(MarkdownEngine.BATCH_SEPARATOR);
            context.render(block);
        }
        html.raw(MarkdownEngine.BATCH_SEPARATOR);
    }

    /**
     * A section of a batch, rendered where it stands and cut out of the writer by its lines, with the same
     * blank-line rules as a rendering of its own. Not through a sub-context with a writer of its own: a
     * sub-context asks the attribute providers about the node its parent renders (the batch), which lost
     * attributes such as {@code {.class #id}}. A line holding only a separator comes first, so that one section's
     * blank lines never join the next one's, and a section starts after a line of text as it would start on an
     * empty writer (pm's writers keep leading blank lines: {@code F_TRIM_LEADING_EOL} is off).
     */
    private static void section(MarkdownEngine.SectionHolder node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(MarkdownEngine.BATCH_SEPARATOR);
        html.line();
        int start = html.getLineCount();
        context.renderChildren(node);
        html.line();
        int end = html.getLineCount();
        StringBuilder out = new StringBuilder();
        html.appendToSilently(out, true, context.getHtmlOptions().maxBlankLines,
                context.getHtmlOptions().maxTrailingBlankLines, start, end);
        node.rendered(out.toString());
    }

    private void time(InPlaceMarks.TimeMark node, NodeRendererContext context, HtmlWriter html) {
        if (inPlace) {
            html.raw(time(node.datetime(), node.stamp()));
            node.until().ifPresent(until -> html.raw(escape(until.join()) + time(until.datetime(), until.stamp())));
            html.raw(escape(node.separator()));
        }
    }

    /**
     * A code span that a timeline entry's time starts ("- `07:35` Team funds the contract"): the time marked up
     * inside it, as in text, or left out where the entry's words are rendered alone. Flexmark renders a code span
     * from its source, which would leave the mark out.
     */
    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        if (!(node.getFirstChild() instanceof InPlaceMarks.TimeMark mark)) {
            context.delegateRender();
            return;
        }
        StringBuilder rest = new StringBuilder();
        for (Node after = mark.getNext(); after != null; after = after.getNext()) {
            rest.append(after.getChars());
        }
        String words = Escaping.collapseWhitespace(rest, true);
        if (inPlace) {
            // As Flexmark opens a code span, with the attributes written after it ({#t1}).
            html.srcPos(node.getText()).withAttr().tag("code");
            time(mark, context, html);
            html.raw(escape(words)).tag("/code");
        } else if (!words.isBlank()) {
            html.raw("<code>" + escape(words.strip()) + "</code>");
        }
    }

    private static String time(String datetime, String written) {
        return "<time datetime=\"" + datetime + "\">" + escape(written) + "</time>";
    }

    private void task(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
        Node first = node.getFirstChild();
        Integer action = first instanceof Paragraph && first.getFirstChild() instanceof InPlaceMarks.ActionMark mark
                ? mark.index() : null;
        boolean done = node.isItemDoneMarker();
        html.line();
        html.raw("<li class=\"" + (action != null ? "action " : "task ") + (done ? "done" : "open") + "\">");
        html.raw("<span class=\"status\">" + SectionMarks.status(done) + "</span> ");
        for (Node child = first; child != null; child = child.getNext()) {
            context.render(child);
            if (child == first && action != null && inPlace) {
                html.raw(SectionMarks.actionDetails(action));
            }
        }
        html.raw("</li>");
        html.line();
    }

    /** A table scrolls inside a box of its own, so that a wide one never widens the page. */
    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw("<div class=\"table-wrap\">");
        context.delegateRender();
        html.raw("</div>");
        html.line();
    }

    private void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null || block.getFootnoteOrdinal() == 0) {
            html.text(node.getChars().toString());
            return;
        }
        int n = block.getFootnoteOrdinal();
        if (!inPlace) {
            html.raw("<sup>" + n + "</sup>");
            return;
        }
        String id = "fnref-" + n + (node.getReferenceOrdinal() > 0 ? "-" + node.getReferenceOrdinal() : "");
        html.raw("<sup class=\"footnote-ref\"><a id=\"" + id + "\" href=\"#fn-" + n + "\">" + n + "</a></sup>");
    }

    private void footnoteBlock(FootnoteBlock node, NodeRendererContext context, HtmlWriter html) {
        int n = node.getFootnoteOrdinal();
        html.line();
        html.raw("<div class=\"footnote\"" + (n > 0 && inPlace ? " id=\"fn-" + n + "\"" : "") + ">");
        html.raw("<span class=\"footnote-label\">" + (n > 0 ? n + "." : escape(node.getText().toString()) + ":")
                + "</span>");
        context.renderChildren(node);
        if (n > 0 && inPlace) {
            html.raw("<a class=\"footnote-back\" href=\"#fnref-" + n + "\" aria-label=\"Back to reference " + n
                    + "\">↩</a>");
        }
        html.raw("</div>");
        html.line();
    }

    private void html(Node node, NodeRendererContext context, HtmlWriter html) {
        Node parent = node.getParent();
        List<HtmlAllowList.Token> tokens = verdicts.computeIfAbsent(parent, HtmlAllowList::judge).get(node);
        boolean block = node instanceof HtmlBlock;
        boolean anyAllowed = tokens != null && tokens.stream().anyMatch(HtmlAllowList.Token::allowed);
        if (block) {
            html.line();
            if (!anyAllowed) {
                html.raw("<p>");
            }
        }
        if (tokens == null) {
            html.raw(escape(node.getChars().toString()));
        } else {
            for (HtmlAllowList.Token token : tokens) {
                html.raw(token.allowed() ? token.canonical() : escape(token.raw()));
            }
        }
        if (block) {
            if (!anyAllowed) {
                html.raw("</p>");
            }
            html.line();
        }
    }

    static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
