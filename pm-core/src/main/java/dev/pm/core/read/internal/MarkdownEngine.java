package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown parser and HTML renderer, built once per run and shared by threads (both are immutable once
 * built). Raw HTML is escaped unless allowed, except the few tags of {@link HtmlAllowList}; {@code javascript:},
 * {@code vbscript:} and {@code data:} links are never rendered live.
 */
public final class MarkdownEngine {

    private static final Pattern TABLE_CELL = Pattern.compile("<(t[dh])(?: [^>]*)?>(.*)</\\1>", Pattern.DOTALL);
    /** One heading, as a timeline entry's heading renders: its words are the entry's. */
    private static final Pattern HEADING = Pattern.compile("<(h[1-6])(?: [^>]*)?>(.*)</\\1>", Pattern.DOTALL);
    private static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";
    /** Written between the blocks of a batch: rendered Markdown never holds a NUL (the parser replaces it). */
    static final String BATCH_SEPARATOR = "\u0000";

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final HtmlRenderer rendererWithoutHeadingIds;
    private final HtmlRenderer documentRenderer;
    private final boolean allowRawHtml;

    public MarkdownEngine(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), AutolinkExtension.create(),
                FootnoteExtension.create()));
        MutableDataSet withoutAutolinks = new MutableDataSet(options);
        withoutAutolinks.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        // pm renders sections node by node, never whole documents; Flexmark renders links in a lone node only
        // when this option is set (its link nesting counter starts inverted for non-document nodes).
        options.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        parser = Parser.builder(options).build();
        parserWithoutAutolinks = Parser.builder(withoutAutolinks).build();
        // Footnotes are parsed by Flexmark's extension but rendered by pm, where the author wrote them; pm's
        // renderers come last, so that they win over the extensions' own.
        boolean allowList = !allowRawHtml;
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), AutolinkExtension.create(),
                PmNodeRenderer.extension(false, allowList)));
        renderer = HtmlRenderer.builder(options).build();
        MutableDataSet withoutHeadingIds = new MutableDataSet(options);
        withoutHeadingIds.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        rendererWithoutHeadingIds = HtmlRenderer.builder(withoutHeadingIds).build();
        MutableDataSet documentOptions = new MutableDataSet(options);
        documentOptions.set(HtmlRenderer.DO_NOT_RENDER_LINKS, false);
        documentOptions.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), AutolinkExtension.create(),
                PmNodeRenderer.extension(true, allowList)));
        documentRenderer = HtmlRenderer.builder(documentOptions).build();
    }

    /** Whether raw HTML reaches the page as written, instead of escaped. */
    public boolean allowsRawHtml() {
        return allowRawHtml;
    }

    /**
     * Parses a body. Looking for bare links takes about half of Flexmark's parsing time, so a body with nothing
     * that could be one (no {@code ://}, {@code www.} or {@code @}) is parsed without that step; the result is
     * the same.
     */
    public Document parse(String markdown) {
        boolean mayHaveBareLinks = markdown.contains("://") || markdown.contains("www.") || markdown.contains("@");
        return (mayHaveBareLinks ? parser : parserWithoutAutolinks).parse(markdown);
    }

    /**
     * A section's blocks rendered in a pass of their own, as every section was before {@link SectionBatch}: what
     * a batch must give for each section (bar the ids of headings repeated across sections), which tests check.
     * Moves the blocks out of their document.
     */
    String renderAlone(Document source, List<Node> blocks) {
        Document section = new Document(source, source.getChars());
        blocks.forEach(section::appendChild);
        return documentRenderer.render(section);
    }

    /** The sections of one document, to be rendered in one pass. */
    public SectionBatch sections(Document source) {
        return new SectionBatch(source);
    }

    /**
     * Sections to render: {@link #add} takes a section's blocks out of the document at once, so that what is left
     * in it (on which the ids of headings in items rendered later depend) is as it would be; {@link #render()}
     * then renders them all in one pass, in the order they stand in the file. Each rendering sets up all node
     * renderers afresh, which cost about a seventh of reading's allocation when every section of every postmortem
     * was rendered alone. One pass also gives the headings of all sections ids that differ: {@code ### Details}
     * under Regret and again under Remedy were both {@code details}, twice on one page; the second is now
     * {@code details-1}, as Flexmark numbers a repeated heading within a section.
     */
    public final class SectionBatch {


        private final Document source;
        /** Each section added, in the order added; null for one without blocks. */
        private final List<SectionHolder> sections = new ArrayList<>();
        /** The headings {@link #addHeading} took, by their index; rendering gives each its id. */
        private final Map<Integer, Heading> headings = new HashMap<>();
        /** The document the sections are rendered in, in the file's order. */
        private final Document batch;
        private boolean rendered;

        private SectionBatch(Document source) {
            this.source = source;
            this.batch = new Document(source, source.getChars());
        }

        /**
         * Takes a section's blocks out of the document; its HTML is {@code html(index)} once rendered.
         *
         * @throws IllegalStateException after {@link #render()}, which would give the section no words
         */
        public int add(List<Node> blocks) {
            if (rendered) {
                throw new IllegalStateException("add every section before render()");
            }
            SectionHolder holder = null;
            if (!blocks.isEmpty()) {
                holder = new SectionHolder();
                blocks.forEach(holder::appendChild);
            }
            sections.add(holder);
            return sections.size() - 1;
        }

        /**
         * Takes a section's heading out of the document, to be rendered with the sections, so that its id comes from
         * the same sequence as the ids of the headings inside them, numbered in the file's order; the id is
         * {@link #headingId(int)} once rendered. The page writes the heading itself, from its text.
         *
         * @throws IllegalStateException after {@link #render()}
         */
        public int addHeading(Heading heading) {
            int index = add(List.of(heading));
            headings.put(index, heading);
            return index;
        }

        /**
         * The id of the heading {@link #addHeading} numbered so: the one written with {@code {#...}}, or else the
         * one made from its words; empty when it has none.
         *
         * @throws IllegalStateException before {@link #render()}
         */
        public String headingId(int index) {
            if (!rendered) {
                throw new IllegalStateException("render() the batch before asking for a heading's id");
            }
            String id = headings.get(index).getAnchorRefId();
            return id == null ? "" : id;
        }

        /** Renders every section added, all in one pass; call it once, after the last {@link #add}. */
        public void render() {
            rendered = true;
            // In the file's order, so that of two headings with the same words the first keeps the plain id.
            sections.stream().filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(holder -> holder.getFirstChild().getStartOffset()))
                    .forEach(batch::appendChild);
            if (batch.hasChildren()) {
                // Each section's HTML is kept by its holder; the batch's own output is not needed.
                documentRenderer.render(batch, Writer.nullWriter());
            }
        }

        /**
         * Every heading of the sections, in the file's order: those {@link #addHeading} took and those inside the
         * sections, each with the id rendering gave it (or none: a heading whose id is empty).
         *
         * @throws IllegalStateException before {@link #render()}
         */
        public List<Heading> headings() {
            if (!rendered) {
                throw new IllegalStateException("render() the batch before asking for its headings");
            }
            List<Heading> all = new ArrayList<>();
            batch.getDescendants().forEach(node -> {
                if (node instanceof Heading heading) {
                    all.add(heading);
                }
            });
            return all;
        }

        /**
         * The HTML of the section {@link #add} numbered so; empty for no blocks.
         *
         * @throws IllegalStateException before {@link #render()}, which would give the section no words
         */
        public String html(int index) {
            if (!rendered) {
                throw new IllegalStateException("render() the batch before asking for a section's HTML");
            }
            SectionHolder holder = sections.get(index);
            return holder == null ? "" : holder.html();
        }
    }

    /**
     * One section's blocks in a {@link SectionBatch}: {@link PmNodeRenderer} renders them and keeps their HTML
     * here. A block, because Flexmark lets only a block hold blocks.
     */
    static final class SectionHolder extends Block {

        private String html = "";

        String html() {
            return html;
        }

        void rendered(String html) {
            this.html = html;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Renders a block's content without its wrapping paragraph or table cell, for list items and table cells. */
    public String renderInline(Node block) {
        return unwrap((holdsHeading(block) ? renderer : rendererWithoutHeadingIds).render(block));
    }

    /**
     * Renders blocks of one document as {@link #renderInline(Node)} renders each, those without a heading in one
     * pass: every rendering sets up all node renderers afresh, which cost more than rendering a timeline entry,
     * a factor or an action item. A block with a heading is left out of the result, to be rendered on its own
     * when its turn comes, since its heading's id depends on what is still in the document then.
     *
     * @return the HTML of each block without a heading
     */
    public Map<Node, String> renderInline(List<Node> blocks) {
        List<Node> batch = blocks.stream().filter(block -> !holdsHeading(block)).toList();
        Map<Node, String> rendered = new IdentityHashMap<>();
        if (batch.isEmpty()) {
            return rendered;
        }
        InlineBatch holder = new InlineBatch(batch);
        batch.get(0).getDocument().appendChild(holder);
        String html;
        try {
            html = rendererWithoutHeadingIds.render(holder);
        } finally {
            holder.unlink();
        }
        String[] pieces = html.split(BATCH_SEPARATOR, -1);
        if (pieces.length != batch.size() + 2) {
            // A separator in the text itself: render one by one rather than cut in the wrong places.
            batch.forEach(block -> rendered.put(block, renderInline(block)));
            return rendered;
        }
        for (int i = 0; i < batch.size(); i++) {
            rendered.put(batch.get(i), unwrap(pieces[i + 1]));
        }
        return rendered;
    }

    private static String unwrap(String rendered) {
        String html = rendered.strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        Matcher heading = HEADING.matcher(html);
        if (heading.matches()) {
            return heading.group(2);
        }
        Matcher cell = TABLE_CELL.matcher(html);
        return cell.matches() ? cell.group(2) : html;
    }

    /**
     * Blocks rendered in one pass by {@link PmNodeRenderer}, each after a {@link #BATCH_SEPARATOR}. It holds them
     * by reference, not as children, so that each is rendered where it stands in its document (in a tight or a
     * loose list, say), and it is added to the document only while the batch renders.
     */
    static final class InlineBatch extends Node {

        private final List<Node> blocks;

        InlineBatch(List<Node> blocks) {
            this.blocks = new ArrayList<>(blocks);
        }

        List<Node> blocks() {
            return blocks;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * Whether a heading is inside {@code block}. Rendering any node makes Flexmark generate the ids of every
     * heading in its whole document first, so rendering 10,000 list items one by one walked the document 10,000
     * times; only a block with a heading of its own needs the ids, and gets the same ones as before.
     */
    private static boolean holdsHeading(Node block) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Heading) {
                return true;
            }
        }
        return false;
    }
}
