package dev.pm.core.internal;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown parser and HTML renderer, built once per run and shared by threads (both are immutable once
 * built). Raw HTML is escaped unless allowed; {@code javascript:}, {@code vbscript:} and {@code data:} links
 * are never rendered live.
 */
public final class MarkdownEngine {

    private static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownEngine(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        // pm renders sections node by node, never whole documents; Flexmark renders links in a lone node only
        // when this option is set (its link nesting counter starts inverted for non-document nodes).
        options.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders one node; a document is rendered child by child, which keeps its links live. */
    public String render(Node node) {
        if (node instanceof Document) {
            StringBuilder html = new StringBuilder();
            node.getChildren().forEach(child -> html.append(renderer.render(child)));
            return html.toString();
        }
        return renderer.render(node);
    }

    /** Renders a block's content without its wrapping paragraph, for list items and table cells. */
    public String renderInline(Node block) {
        String html = render(block).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
