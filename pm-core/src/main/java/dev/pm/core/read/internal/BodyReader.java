package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.internal.Suggestions;
import dev.pm.core.model.ActionItem;
import dev.pm.core.model.ActionType;
import dev.pm.core.model.Factor;
import dev.pm.core.model.Reason;
import dev.pm.core.model.Regret;
import dev.pm.core.model.Remedy;
import dev.pm.core.model.Section;
import dev.pm.core.model.SectionKind;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.LineIndex;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a postmortem's Markdown body: finds the Regret, Reason and Remedy sections by their headings and
 * aliases, the sub-sections of Reason, the timeline and the action items.
 */
final class BodyReader {

    private static final Map<String, SectionKind> TOP_LEVEL = aliases(Map.of(
            SectionKind.REGRET, List.of("regret", "apology", "we're sorry", "we are sorry", "our apology"),
            SectionKind.REASON, List.of("reason", "what happened", "analysis"),
            SectionKind.REMEDY, List.of("remedy", "remediation", "action items", "what we are doing",
                    "what we're doing")));
    private static final Map<String, SectionKind> REASON_PARTS = aliases(Map.of(
            SectionKind.SUMMARY, List.of("summary"),
            SectionKind.TECHNICAL_ACCOUNT, List.of("technical account", "technical details"),
            SectionKind.DIAGNOSIS, List.of("diagnosis"),
            SectionKind.CONTRIBUTING_FACTORS, List.of("contributing factors", "causes"),
            SectionKind.TIMELINE, List.of("timeline"),
            SectionKind.LESSONS, List.of("lessons", "lessons learned", "lessons learnt")));
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.!]+$");
    private static final Set<String> SAFE_ATTRIBUTES = Set.of(".", "#", "class", "id");
    private static final List<String> ACTION_ATTRIBUTES = List.of("owner", "due", "done", "ticket", "type");

    private final MarkdownEngine markdown;
    private final ZoneId zone;

    BodyReader(MarkdownEngine markdown, ZoneId zone) {
        this.markdown = markdown;
        this.zone = zone;
    }

    /** A heading and the blocks under it; the heading is absent for text before the first heading. */
    private record Group(Optional<Heading> heading, List<Node> blocks) {
    }

    /** An action item whose attributes are read, waiting to be rendered once the document is sanitised. */
    private record PendingAction(TaskListItem item, Map<String, Attribute> attributes, Position at) {
    }

    /** An action item attribute's value and where it was written. */
    private record Attribute(String value, Position at) {
    }

    Body read(String body, int firstLine, OffsetDateTime incidentStart, boolean withProse, Problems problems) {
        LineIndex lines = new LineIndex(body, firstLine);
        Document document = markdown.parse(body);
        List<Group> groups = group(document, 2);

        Map<SectionKind, Group> found = new LinkedHashMap<>();
        List<Group> others = new ArrayList<>();
        ProseCollector prose = withProse ? ProseCollector.of(lines) : ProseCollector.none(lines);
        for (Group group : groups) {
            SectionKind kind = group.heading().map(h -> classify(h, TOP_LEVEL)).orElse(SectionKind.OTHER);
            if (kind != SectionKind.OTHER && found.containsKey(kind)) {
                Position at = lines.at(group.heading().orElseThrow().getStartOffset());
                problems.warning(at, dev.pm.core.read.ReadRule.DUPLICATE_SECTION, "a second " + title(kind) + " section: merge it into"
                        + " the first one (line " + lines.at(found.get(kind).heading().orElseThrow()
                        .getStartOffset()).line() + "); it is shown as a separate section for now");
                kind = SectionKind.OTHER;
            }
            addProse(prose, kind, group);
            if (kind == SectionKind.OTHER) {
                if (group.heading().isPresent() || !group.blocks().isEmpty()) {
                    others.add(group);
                }
            } else {
                found.put(kind, group);
            }
        }
        for (SectionKind required : List.of(SectionKind.REGRET, SectionKind.REASON, SectionKind.REMEDY)) {
            if (!found.containsKey(required)) {
                problems.error(firstLine, 1, dev.pm.core.read.ReadRule.MISSING_SECTION, "no " + title(required) + " section: add a heading"
                        + " '## " + title(required) + "' with " + purpose(required));
            }
        }

        List<PendingAction> pending = Optional.ofNullable(found.get(SectionKind.REMEDY))
                .map(g -> extractActions(g, lines, problems)).orElse(List.of());
        sanitise(document);

        Optional<Regret> regret = Optional.ofNullable(found.get(SectionKind.REGRET)).map(g -> new Regret(
                section(SectionKind.REGRET, g, g.blocks(), lines, document), firstParagraph(g.blocks())));
        Optional<Reason> reason = Optional.ofNullable(found.get(SectionKind.REASON))
                .map(g -> reason(g, lines, incidentStart, problems, document));
        Optional<Remedy> remedy = Optional.ofNullable(found.get(SectionKind.REMEDY)).map(g -> {
            List<ActionItem> actions = pending.stream().map(p -> action(p, problems)).toList();
            pending.forEach(p -> p.item().unlink());
            List<Node> rest = g.blocks().stream().filter(b -> !(b instanceof ListBlock && !b.hasChildren())).toList();
            return new Remedy(section(SectionKind.REMEDY, g, rest, lines, document), actions);
        });
        List<Section> otherSections = others.stream()
                .map(g -> section(SectionKind.OTHER, g, g.blocks(), lines, document)).toList();
        return new Body(regret, reason, remedy, otherSections, prose.build());
    }

    /** Records a section's words before the action items and timeline are taken out of the tree. */
    private static void addProse(ProseCollector prose, SectionKind kind, Group group) {
        group.heading().ifPresent(h -> prose.heading(kind, kind, h));
        if (kind != SectionKind.REASON) {
            prose.add(kind, kind, group.blocks());
            return;
        }
        for (Group part : group(group.blocks(), 3)) {
            SectionKind partKind = part.heading().map(h -> classify(h, REASON_PARTS)).orElse(SectionKind.REASON);
            part.heading().ifPresent(h -> prose.heading(kind, partKind, h));
            prose.add(kind, partKind, part.blocks());
        }
    }

    private Reason reason(Group group, LineIndex lines, OffsetDateTime incidentStart, Problems problems,
            Document document) {
        List<Group> parts = group(group.blocks(), 3);
        List<Node> intro = parts.isEmpty() || parts.get(0).heading().isPresent() ? List.of() : parts.get(0).blocks();
        List<Section> subsections = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Group part : parts) {
            if (part.heading().isEmpty()) {
                continue;
            }
            SectionKind kind = classify(part.heading().get(), REASON_PARTS);
            if (kind == SectionKind.CONTRIBUTING_FACTORS && factors.isEmpty()) {
                listItems(part.blocks()).forEach(item -> factors.add(new Factor(plainText(item).strip(),
                        markdown.renderInline(firstBlock(item)), lines.at(item.getStartOffset()).line())));
            }
            if (kind == SectionKind.TIMELINE && timeline.isEmpty()) {
                timeline.addAll(timeline(part.blocks(), lines, incidentStart, problems));
            }
            subsections.add(section(kind, part, part.blocks(), lines, document));
        }
        return new Reason(section(SectionKind.REASON, group, intro, lines, document), subsections, factors, timeline);
    }

    private List<TimelineEntry> timeline(List<Node> blocks, LineIndex lines, OffsetDateTime incidentStart,
            Problems problems) {
        List<TimelineEntry> entries = new ArrayList<>();
        // The first entry may precede the incident's start: timelines often open with the change that led to it.
        OffsetDateTime previous = null;
        for (ListItem item : listItems(blocks)) {
            Position at = lines.at(item.getFirstChild() == null ? item.getStartOffset()
                    : item.getFirstChild().getStartOffset());
            Optional<Text> first = Optional.ofNullable(item.getFirstChild()).map(Node::getFirstChild)
                    .filter(Text.class::isInstance).map(Text.class::cast);
            Optional<Times.Leading> leading = first.flatMap(t -> Times.parseLeading(t.getChars().toString(),
                    previousOrStart(entries, incidentStart), zone));
            if (leading.isEmpty()) {
                problems.warning(at, dev.pm.core.read.ReadRule.TIMELINE_ENTRY, "this timeline entry does not start with a time: begin it"
                        + " with a date and time such as '2026-03-12T09:14Z' or a time such as '09:14'");
                continue;
            }
            OffsetDateTime when = leading.get().at();
            if (previous != null && when.isBefore(previous)) {
                problems.warning(at, dev.pm.core.read.ReadRule.TIMELINE_ORDER, "this entry (" + when + ") is earlier than the one before"
                        + " it (" + previous + "): keep the timeline in order");
            }
            previous = when;
            Text text = first.orElseThrow();
            BasedSequence rest = text.getChars().subSequence(leading.get().length()).trimStart();
            if (rest.startsWith("-") || rest.startsWith("–") || rest.startsWith(":")) {
                rest = rest.subSequence(1).trimStart();
            }
            text.setChars(rest);
            entries.add(new TimelineEntry(when, markdown.renderInline(item.getFirstChild()), at.line()));
        }
        return entries;
    }

    private static OffsetDateTime previousOrStart(List<TimelineEntry> entries, OffsetDateTime start) {
        return entries.isEmpty() ? start : entries.get(entries.size() - 1).at();
    }

    private List<PendingAction> extractActions(Group remedy, LineIndex lines, Problems problems) {
        List<PendingAction> pending = new ArrayList<>();
        for (Node block : remedy.blocks()) {
            if (!(block instanceof ListBlock list)) {
                continue;
            }
            List<TaskListItem> items = new ArrayList<>();
            for (Node child : list.getChildren()) {
                if (child instanceof TaskListItem task) {
                    items.add(task);
                }
            }
            for (TaskListItem item : items) {
                Map<String, Attribute> attributes = new LinkedHashMap<>();
                Node content = item.getFirstChild();
                if (content != null) {
                    for (Node node : content.getChildren()) {
                        if (node instanceof AttributesNode attributesNode) {
                            readActionAttributes(attributesNode, attributes, lines, problems);
                        }
                    }
                    List<Node> attributeNodes = new ArrayList<>();
                    content.getChildren().forEach(n -> {
                        if (n instanceof AttributesNode) {
                            attributeNodes.add(n);
                        }
                    });
                    attributeNodes.forEach(Node::unlink);
                }
                Position at = lines.at(content == null ? item.getStartOffset() : content.getStartOffset());
                pending.add(new PendingAction(item, attributes, at));
            }
        }
        return pending;
    }

    private static void readActionAttributes(AttributesNode node, Map<String, Attribute> into, LineIndex lines,
            Problems problems) {
        for (Node child : node.getChildren()) {
            if (!(child instanceof AttributeNode attribute)) {
                continue;
            }
            String name = attribute.getName().toString();
            if (SAFE_ATTRIBUTES.contains(name)) {
                continue;
            }
            if (!ACTION_ATTRIBUTES.contains(name)) {
                String hint = Suggestions.closest(name, ACTION_ATTRIBUTES).map(s -> "did you mean '" + s + "'?")
                        .orElse("action items take " + String.join(", ", ACTION_ATTRIBUTES));
                problems.warning(lines.at(attribute.getStartOffset()), dev.pm.core.read.ReadRule.ACTION_ATTRIBUTE, "unknown action item"
                        + " attribute '" + name + "': " + hint);
                continue;
            }
            into.put(name, new Attribute(attribute.getValue().toString().strip(),
                    lines.at(attribute.getStartOffset())));
        }
    }

    private ActionItem action(PendingAction pending, Problems problems) {
        Map<String, Attribute> attributes = pending.attributes();
        Optional<LocalDate> due = actionDate(attributes.get("due"), "due", problems);
        Optional<LocalDate> done = actionDate(attributes.get("done"), "done", problems);
        Optional<ActionType> type = Optional.ofNullable(attributes.get("type")).flatMap(attribute -> {
            Optional<ActionType> known = ActionType.find(attribute.value());
            if (known.isEmpty()) {
                problems.error(attribute.at(), dev.pm.core.read.ReadRule.ACTION_TYPE, "unknown action type '" + attribute.value()
                        + "': use one of mitigate, prevent, detect, process");
            }
            return known;
        });
        Node content = pending.item().getFirstChild();
        String text = content == null ? "" : plainText(content).strip();
        String html = content == null ? "" : markdown.renderInline(content);
        return new ActionItem(text, html, pending.item().isItemDoneMarker(),
                text(attributes.get("owner")), due, done, text(attributes.get("ticket")), type,
                pending.at().line(), pending.at().column());
    }

    private Optional<LocalDate> actionDate(Attribute attribute, String name, Problems problems) {
        if (attribute == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Times.parseDate(attribute.value(), zone);
        if (day.isEmpty()) {
            problems.error(attribute.at(), dev.pm.core.read.ReadRule.DATE_FORMAT, "'" + name + "' is not a date: '" + attribute.value()
                    + "'; write it as YYYY-MM-DD, for example " + name + "=2026-04-15");
        }
        return day;
    }

    private static Optional<String> text(Attribute attribute) {
        return Optional.ofNullable(attribute).map(Attribute::value).filter(s -> !s.isBlank());
    }

    /**
     * Keeps only {@code id} and {@code class} attributes in the document, so that Markdown cannot add event
     * handlers, styles or links to the HTML through attribute syntax.
     */
    private static void sanitise(Document document) {
        List<Node> unsafe = new ArrayList<>();
        collectUnsafe(document, unsafe);
        unsafe.forEach(Node::unlink);
    }

    private static void collectUnsafe(Node node, List<Node> unsafe) {
        for (Node child : node.getChildren()) {
            if (child instanceof AttributeNode attribute
                    && !SAFE_ATTRIBUTES.contains(attribute.getName().toString().toLowerCase(Locale.ROOT))) {
                unsafe.add(child);
            } else {
                collectUnsafe(child, unsafe);
            }
        }
    }

    /** A section's model; renders its blocks, which moves them out of the document, so call it last for them. */
    private Section section(SectionKind kind, Group group, List<Node> blocks, LineIndex lines, Document document) {
        int line = group.heading().map(h -> lines.at(h.getStartOffset()).line())
                .orElseGet(() -> blocks.isEmpty() ? 1 : lines.at(blocks.get(0).getStartOffset()).line());
        String html = markdown.renderBlocks(document, blocks);
        boolean internal = group.heading().map(BodyReader::isInternal).orElse(false);
        return new Section(kind, group.heading().map(BodyReader::headingText).orElse(""), html, line,
                internal);
    }

    private static List<Group> group(Node parent, int maxLevel) {
        List<Node> children = new ArrayList<>();
        parent.getChildren().forEach(children::add);
        return group(children, maxLevel);
    }

    /** Splits blocks at every heading of {@code level} or above (a smaller number). */
    private static List<Group> group(List<Node> blocks, int level) {
        List<Group> groups = new ArrayList<>();
        Group current = new Group(Optional.empty(), new ArrayList<>());
        for (Node block : blocks) {
            if (block instanceof Heading heading && heading.getLevel() <= level) {
                if (current.heading().isPresent() || !current.blocks().isEmpty()) {
                    groups.add(current);
                }
                current = new Group(Optional.of(heading), new ArrayList<>());
            } else {
                current.blocks().add(block);
            }
        }
        if (current.heading().isPresent() || !current.blocks().isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static SectionKind classify(Heading heading, Map<String, SectionKind> known) {
        String normalised = headingText(heading).toLowerCase(Locale.ROOT).replace('’', '\'')
                .transform(text -> TRAILING_PUNCTUATION.matcher(WHITE_SPACE.matcher(text).replaceAll(" ")).replaceAll(""))
                .strip();
        return known.getOrDefault(normalised, SectionKind.OTHER);
    }

    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child : heading.getChildren()) {
            if (!(child instanceof AttributesNode)) {
                text.append(plainText(child));
            }
        }
        return text.toString().strip();
    }

    private static boolean isInternal(Heading heading) {
        for (Node child : heading.getChildren()) {
            if (child instanceof AttributesNode attributes) {
                for (Node node : attributes.getChildren()) {
                    if (node instanceof AttributeNode attribute && isInternalClass(attribute)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isInternalClass(AttributeNode attribute) {
        String name = attribute.getName().toString();
        String value = attribute.getValue().toString();
        return (name.equals(".") && value.equals("internal"))
                || (name.equals("class") && List.of(value.split("\\s+")).contains("internal"));
    }

    private static String firstParagraph(List<Node> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).findFirst()
                .map(p -> WHITE_SPACE.matcher(plainText(p).strip()).replaceAll(" ")).orElse("");
    }

    private static List<ListItem> listItems(List<Node> blocks) {
        List<ListItem> items = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof ListBlock) {
                block.getChildren().forEach(child -> {
                    if (child instanceof ListItem item) {
                        items.add(item);
                    }
                });
            }
        }
        return items;
    }

    private static Node firstBlock(ListItem item) {
        return item.getFirstChild() == null ? item : item.getFirstChild();
    }

    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static String title(SectionKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String purpose(SectionKind kind) {
        return switch (kind) {
            case REGRET -> "a plain apology to your users as its first paragraph";
            case REASON -> "what happened: a summary, a technical account and the contributing factors";
            default -> "the action items, as '- [ ] what {owner=\"team\" due=2026-04-15}'";
        };
    }

    private static Map<String, SectionKind> aliases(Map<SectionKind, List<String>> byKind) {
        Map<String, SectionKind> lookup = new LinkedHashMap<>();
        byKind.forEach((kind, names) -> names.forEach(name -> lookup.put(name, kind)));
        return Map.copyOf(lookup);
    }
}
