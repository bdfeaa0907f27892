package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Factor;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.LineIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an edited tree into the body's sections, rendered to HTML. Adding a section to the batch moves its blocks
 * out of the document, so this is the last thing done with a tree, and the words of an item are rendered before
 * its section is added; the sections are rendered together at the end, and only then made into the model.
 */
final class SectionRenderer {

    /** The level of the headings of the three R's and other sections on the page; Reason's parts are one below. */
    private static final int SECTION_LEVEL = 2;
    private static final int MAX_HEADING_LEVEL = 6;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EMPTY_STRONG = Pattern.compile("<(strong|em)></\\1>");

    /**
     * The sections of a body, rendered.
     *
     * @param headings every heading of the sections, in the file's order, with the id it was rendered with
     */
    record Rendered(Optional<Regret> regret, Optional<Reason> reason, Optional<Remedy> remedy, List<Section> others,
            List<Heading> headings) {
    }

    private final MarkdownEngine markdown;
    private final Document document;
    private final LineIndex lines;
    /** The words of items, rendered inline, by block. */
    private final Map<Node, String> inline = new IdentityHashMap<>();
    private final MarkdownEngine.SectionBatch sections;

    private SectionRenderer(MarkdownEngine markdown, TreeEdits.Edited tree, LineIndex lines) {
        this.markdown = markdown;
        this.document = tree.document();
        this.lines = lines;
        this.sections = markdown.sections(document);
    }

    static Rendered render(MarkdownEngine markdown, TreeEdits.Edited tree, LineIndex lines) {
        SectionRenderer renderer = new SectionRenderer(markdown, tree, lines);
        Outline outline = tree.reading().outline();
        Timeline timeline = tree.reading().timeline();
        List<ActionItems.Action> actions = tree.reading().actions();
        renderer.inline.putAll(markdown.renderInline(itemWords(outline, timeline, actions)));
        Optional<Supplier<Regret>> regret = outline.regret().map(renderer::regret);
        Optional<Supplier<Reason>> reason = outline.reason().map(part -> renderer.reason(part, timeline));
        Optional<Supplier<Remedy>> remedy = outline.remedy().map(part -> renderer.remedy(part, actions));
        List<Supplier<Section>> others = outline.others().stream()
                .map(part -> renderer.section(part, part.blocks(), SECTION_LEVEL))
                .toList();
        renderer.sections.render();
        return new Rendered(regret.map(Supplier::get), reason.map(Supplier::get), remedy.map(Supplier::get),
                others.stream().map(Supplier::get).toList(), renderer.sections.headings());
    }

    /** What is rendered on its own: the words of timeline entries, contributing factors and action items. */
    private static List<Node> itemWords(Outline outline, Timeline timeline, List<ActionItems.Action> actions) {
        List<Node> words = new ArrayList<>();
        timeline.entries().forEach(entry -> words.addAll(entry.words()));
        outline.reason().ifPresent(reason -> reason.headedParts().stream()
                .filter(part -> part.kind() == SectionKind.CONTRIBUTING_FACTORS)
                .forEach(part -> Outline.listItems(part.blocks()).forEach(item -> words.add(factorBlock(item)))));
        actions.stream().map(action -> action.item().getFirstChild()).filter(Objects::nonNull).forEach(words::add);
        return words;
    }

    /** A block's words rendered inline: rendered with the others up front, or now if it holds a heading. */
    private String inline(Node block) {
        return inline.computeIfAbsent(block, markdown::renderInline);
    }

    private Supplier<Regret> regret(Outline.Part regret) {
        String firstParagraph = firstParagraph(regret.blocks());
        Supplier<Section> section = section(regret, regret.blocks(), SECTION_LEVEL);
        return () -> new Regret(section.get(), firstParagraph);
    }

    private Supplier<Reason> reason(Outline.Part reason, Timeline timeline) {
        List<Supplier<Section>> subsections = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        List<TimelineEntry> entries = new ArrayList<>();
        // An entry's words are rendered before its section, which moves them out of the document.
        for (Timeline.Entry entry : timeline.entries()) {
            // A row's cells are joined as the author separated them; a cell left empty by its time is dropped.
            String words = entry.words().stream()
                    .map(node -> EMPTY_STRONG.matcher(inline(node)).replaceAll("").strip())
                    .filter(html -> !html.isEmpty()).collect(Collectors.joining(" | "));
            entries.add(new TimelineEntry(entry.at(), words, entry.line()));
        }
        for (Outline.Part part : reason.headedParts()) {
            if (part.kind() == SectionKind.CONTRIBUTING_FACTORS && factors.isEmpty()) {
                Outline.listItems(part.blocks()).forEach(item -> factors.add(factor(item)));
            }
            subsections.add(section(part, part.blocks(), SECTION_LEVEL + 1));
        }
        Supplier<Section> intro = section(reason, reason.intro(), SECTION_LEVEL);
        return () -> new Reason(intro.get(), subsections.stream().map(Supplier::get).toList(), factors, entries);
    }

    private Factor factor(ListItem item) {
        return new Factor(Outline.plainText(item).strip(), inline(factorBlock(item)),
                lines.at(item.getStartOffset()).line());
    }

    private static Node factorBlock(ListItem item) {
        return item.getFirstChild() == null ? item : item.getFirstChild();
    }

    /** The Remedy as written, its action items marked where they stand; their words are rendered first. */
    private Supplier<Remedy> remedy(Outline.Part remedy, List<ActionItems.Action> actions) {
        List<ActionItem> items = actions.stream().map(this::actionItem).toList();
        Supplier<Section> section = section(remedy, remedy.blocks(), SECTION_LEVEL);
        return () -> new Remedy(section.get(), items);
    }

    private ActionItem actionItem(ActionItems.Action action) {
        Node content = action.item().getFirstChild();
        String text = content == null ? "" : Outline.plainText(content).strip();
        String html = content == null ? "" : inline(content);
        return new ActionItem(text, html, action.item().isItemDoneMarker(), action.owner(), action.due(),
                action.done(), action.ticket(), action.type(), action.at().line(), action.at().column());
    }

    /**
     * A section, its blocks added to the batch now; the section itself once the batch is rendered. {@code level}: the
     * level of the section's own heading on the page, under which its headings are nested ({@link #nest}).
     */
    private Supplier<Section> section(Outline.Part part, List<Node> blocks, int level) {
        nest(blocks, level);
        int line = part.heading().map(h -> lines.at(h.getStartOffset()).line())
                .orElseGet(() -> blocks.isEmpty() ? 1 : lines.at(blocks.get(0).getStartOffset()).line());
        // Reason read from template headings alone has no heading of its own: it is called what it is.
        String untitled = part.kind() == SectionKind.REASON && part.parts().size() > 0 ? "Reason" : "";
        String title = part.heading().map(Outline::headingText).orElse(untitled);
        Optional<Integer> heading = part.heading().map(sections::addHeading);
        int index = sections.add(blocks);
        return () -> new Section(part.kind(), title, heading.map(sections::headingId).orElse(""),
                sections.html(index), line, part.internal());
    }

    /**
     * Renumbers the levels of a section's headings so that none skips one below the section's own heading, as HTML's
     * outline (and the Nu checker) expects: Chia's CATbleed report has {@code #### General Questions} right under
     * {@code ## FAQ}. A heading is one level below the nearest heading before it whose written level is smaller, or
     * below the section's heading; headings written at one level stay at one level. A document whose levels do not
     * skip keeps them; words and ids never change.
     */
    private static void nest(List<Node> blocks, int level) {
        // Each open heading's level as written and as shown, innermost first.
        Deque<int[]> open = new ArrayDeque<>();
        for (Node block : blocks) {
            List<Heading> headings = new ArrayList<>();
            if (block instanceof Heading heading) {
                headings.add(heading);
            }
            block.getDescendants().forEach(node -> {
                if (node instanceof Heading heading) {
                    headings.add(heading);
                }
            });
            for (Heading heading : headings) {
                int written = heading.getLevel();
                while (!open.isEmpty() && open.peek()[0] >= written) {
                    open.pop();
                }
                int shown = Math.min(MAX_HEADING_LEVEL, open.isEmpty() ? level + 1 : open.peek()[1] + 1);
                open.push(new int[] {written, shown});
                heading.setLevel(shown);
            }
        }
    }

    private static String firstParagraph(List<Node> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).findFirst()
                .map(p -> WHITE_SPACE.matcher(Outline.plainText(p).strip()).replaceAll(" ")).orElse("");
    }
}
