package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a body as its headings divide it: Regret, Reason (with its sub-sections) and Remedy found by
 * their names and aliases, every other section as it stands. Reads the tree and never changes it.
 */
final class Outline {

    private static final Map<String, SectionKind> TOP_LEVEL = aliases(Map.of(
            SectionKind.REGRET, List.of("regret", "apology", "we're sorry", "we are sorry", "our apology"),
            SectionKind.REASON, List.of("reason", "what happened", "analysis"),
            SectionKind.REMEDY, List.of("remedy", "remediation", "action items", "what we are doing",
                    "what we're doing")));
    /** Sub-sections of Reason, from pm's own names and from the common templates' headings. */
    private static final Map<String, SectionKind> REASON_PARTS = aliases(Map.of(
            SectionKind.SUMMARY, List.of("summary", "overview", "issue summary", "incident summary",
                    "executive summary"),
            SectionKind.TECHNICAL_ACCOUNT, List.of("technical account", "technical details", "what happened",
                    "leadup", "lead-up", "lead up", "fault", "trigger"),
            SectionKind.DIAGNOSIS, List.of("diagnosis", "detection", "response", "recovery", "resolution",
                    "resolution and recovery"),
            SectionKind.CONTRIBUTING_FACTORS, List.of("contributing factors", "causes", "root causes", "root cause",
                    "root cause analysis", "contributors", "five whys", "5 whys"),
            SectionKind.TIMELINE, List.of("timeline", "timeline of events", "incident timeline",
                    "response timeline"),
            SectionKind.LESSONS, List.of("lessons", "lessons learned", "lessons learnt", "what went well",
                    "what went wrong", "where we got lucky", "learnings", "learnings and risks", "mitigators",
                    "insights"),
            SectionKind.OTHER, List.of("responders")));
    /**
     * Top-level headings of the common templates (Google SRE, PagerDuty, Atlassian, incident.io) and the R they
     * belong to: a level-2 heading that names none of the three R's but one of these is read into that R.
     */
    private static final Map<String, SectionKind> TEMPLATE_TOP = templateTop();
    private static final List<SectionKind> REQUIRED = List.of(SectionKind.REGRET, SectionKind.REASON,
            SectionKind.REMEDY);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.!]+$");
    /**
     * A kramdown attribute list that opens with an id, {@code {:#staff .internal}}, at a heading's end: Flexmark
     * does not read it as attributes, so it stays in the heading's words.
     */
    private static final Pattern UNREAD_KRAMDOWN_LIST = Pattern.compile(
            "\\{:\\s*#[\\p{L}\\p{N}_-]+((?:\\s+[.#][\\p{L}\\p{N}_-]+)*)\\s*}\\s*$");

    /**
     * A heading and the blocks under it; the heading is absent for text before the first heading. Only Reason
     * has parts: its sub-sections, the text before the first of them being a part of kind Reason.
     */
    record Part(SectionKind kind, Optional<Heading> heading, boolean internal, List<Node> blocks, List<Part> parts) {

        List<Part> headedParts() {
            return parts.stream().filter(part -> part.heading().isPresent()).toList();
        }

        List<Node> intro() {
            return parts.isEmpty() || parts.get(0).heading().isPresent() ? List.of() : parts.get(0).blocks();
        }
    }

    private final List<Part> sections;

    private Outline(List<Part> sections) {
        this.sections = sections;
    }

    /** Every section in the order written; a second Regret, Reason or Remedy counts as an other section. */
    List<Part> sections() {
        return sections;
    }

    Optional<Part> regret() {
        return first(SectionKind.REGRET);
    }

    Optional<Part> reason() {
        return first(SectionKind.REASON);
    }

    Optional<Part> remedy() {
        return first(SectionKind.REMEDY);
    }

    List<Part> others() {
        return sections.stream().filter(section -> section.kind() == SectionKind.OTHER).toList();
    }

    private Optional<Part> first(SectionKind kind) {
        return sections.stream().filter(section -> section.kind() == kind).findFirst();
    }

    static Outline of(Document document, LineIndex lines, Problems problems) {
        List<Node> children = new ArrayList<>();
        document.getChildren().forEach(children::add);
        Map<SectionKind, Heading> found = new LinkedHashMap<>();
        List<Group> groups = group(children, 2);
        List<SectionKind> kinds = new ArrayList<>();
        List<SectionKind> templated = new ArrayList<>();
        for (Group group : groups) {
            SectionKind kind = group.heading().map(h -> classify(h, TOP_LEVEL)).orElse(SectionKind.OTHER);
            if (kind != SectionKind.OTHER && found.containsKey(kind)) {
                problems.warning(lines.at(group.heading().orElseThrow().getStartOffset()), ReadRule.DUPLICATE_SECTION,
                        "a second " + title(kind) + " section: merge it into the first one (line "
                                + lines.at(found.get(kind).getStartOffset()).line() + "); it is shown as a"
                                + " separate section for now");
                kinds.add(SectionKind.OTHER);
                templated.add(null);
                continue;
            }
            if (kind != SectionKind.OTHER) {
                found.put(kind, group.heading().orElseThrow());
            }
            kinds.add(kind);
            templated.add(kind == SectionKind.OTHER
                    ? group.heading().map(h -> classify(h, TEMPLATE_TOP)).filter(k -> k != SectionKind.OTHER)
                            .orElse(null)
                    : null);
        }
        List<Part> sections = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            SectionKind kind = kinds.get(i);
            SectionKind into = templated.get(i);
            if (into != null) {
                if (!found.containsKey(into)) {
                    // The first template heading of an R stands for that R, in its place.
                    found.put(into, group.heading().orElseThrow());
                    sections.add(into == SectionKind.REASON ? synthetic(SectionKind.REASON, groups, kinds, templated)
                            : merged(into, group, groups, kinds, templated));
                }
                continue;
            }
            if (kind == SectionKind.REASON) {
                sections.add(part(kind, group, reasonParts(groups, kinds, templated, i)));
            } else if (kind == SectionKind.REGRET || kind == SectionKind.REMEDY) {
                sections.add(merged(kind, group, groups, kinds, templated));
            } else {
                sections.add(part(kind, group, List.of()));
            }
        }
        for (SectionKind required : REQUIRED) {
            if (!found.containsKey(required)) {
                problems.error(lines.at(0), ReadRule.MISSING_SECTION, "no " + title(required) + " section: add"
                        + " a heading '## " + title(required) + "' with " + purpose(required));
            }
        }
        return new Outline(List.copyOf(sections));
    }

    /** Reason read from template headings alone: no heading of its own, each template section a part. */
    private static Part synthetic(SectionKind kind, List<Group> groups, List<SectionKind> kinds,
            List<SectionKind> templated) {
        return new Part(kind, Optional.empty(), false, List.of(), reasonParts(groups, kinds, templated, -1));
    }

    /**
     * The parts of Reason: the explicit Reason's text and sub-sections, with every template section that belongs
     * to Reason, in the order written.
     */
    private static List<Part> reasonParts(List<Group> groups, List<SectionKind> kinds, List<SectionKind> templated,
            int explicit) {
        List<Part> parts = new ArrayList<>();
        List<Part> later = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (i == explicit) {
                List<Part> own = reasonParts(groups.get(i).blocks());
                if (!own.isEmpty() && own.get(0).heading().isEmpty()) {
                    parts.add(own.get(0));
                    later.addAll(own.subList(1, own.size()));
                } else {
                    later.addAll(own);
                }
            } else if (templated.get(i) == SectionKind.REASON) {
                Group group = groups.get(i);
                later.add(part(group.heading().map(h -> classify(h, REASON_PARTS)).orElse(SectionKind.OTHER), group,
                        List.of()));
            }
        }
        parts.addAll(later);
        return List.copyOf(parts);
    }

    /**
     * Regret or Remedy with the template sections that belong to it: each one's heading and blocks follow the
     * section's own blocks, in the order written.
     */
    private static Part merged(SectionKind kind, Group first, List<Group> groups, List<SectionKind> kinds,
            List<SectionKind> templated) {
        List<Node> blocks = new ArrayList<>(first.blocks());
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (group != first && templated.get(i) == kind) {
                blocks.add(group.heading().orElseThrow());
                blocks.addAll(group.blocks());
            }
        }
        return new Part(kind, first.heading(), first.heading().map(Outline::isInternal).orElse(false),
                List.copyOf(blocks), List.of());
    }

    private static Map<String, SectionKind> templateTop() {
        Map<String, SectionKind> top = new LinkedHashMap<>();
        REASON_PARTS.keySet().forEach(name -> top.put(name, SectionKind.REASON));
        top.put("impact", SectionKind.REGRET);
        for (String name : List.of("corrective actions", "corrective and preventative measures",
                "corrective and preventive measures", "follow-ups", "follow ups", "followups", "next steps",
                "future actions", "action items", "remediation")) {
            top.put(name, SectionKind.REMEDY);
        }
        return Map.copyOf(top);
    }

    private static List<Part> reasonParts(List<Node> blocks) {
        return group(blocks, 3).stream().map(group -> part(group.heading()
                .map(h -> classify(h, REASON_PARTS)).orElse(SectionKind.REASON), group, List.of())).toList();
    }

    private static Part part(SectionKind kind, Group group, List<Part> parts) {
        return new Part(kind, group.heading(), group.heading().map(Outline::isInternal).orElse(false),
                group.blocks(), parts);
    }

    /** The items of the lists among {@code blocks}, not of lists nested in them. */
    static List<ListItem> listItems(List<Node> blocks) {
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

    /**
     * The words of {@code node} as a reader sees them. Flexmark's text drops the brackets of a reference that
     * nothing defines, which the page shows as written: "incident response [20m]" became "incident response 20m"
     * in an action item's text and a heading's title. Such a reference is taken as written. A paragraph's words are
     * collected part by part: Flexmark's text of a whole paragraph fills the gap before a line break from the
     * source, which put an action item's attribute group taken out of the tree ({@code {owner="SRE"}}) back.
     */
    static String plainText(Node node) {
        if (!(node instanceof Paragraph) && !holdsUndefinedReference(node)) {
            return new TextCollectingVisitor().collectAndGetText(node);
        }
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block && child.getPrevious() != null && !text.isEmpty()) {
                // As Flexmark's text has it between blocks.
                text.append("\n\n");
            }
            text.append(plainText(child));
        }
        if (node instanceof RefNode ref && !ref.isDefined() && node.getFirstChild() != null) {
            // As written around its words: "[20m]", "[words][label]", "[words][]".
            BasedSequence chars = node.getChars();
            return chars.baseSubSequence(node.getStartOffset(), node.getFirstChild().getStartOffset())
                    + text.toString() + chars.baseSubSequence(node.getLastChild().getEndOffset(), node.getEndOffset());
        }
        return text.toString();
    }

    private static boolean holdsUndefinedReference(Node node) {
        if (node instanceof RefNode ref && !ref.isDefined()) {
            return true;
        }
        for (Node descendant : node.getDescendants()) {
            if (descendant instanceof RefNode ref && !ref.isDefined()) {
                return true;
            }
        }
        return false;
    }

    static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child : heading.getChildren()) {
            if (!(child instanceof AttributesNode)) {
                text.append(plainText(child));
            }
        }
        return text.toString().strip();
    }

    private record Group(Optional<Heading> heading, List<Node> blocks) {
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
        String spaced = WHITE_SPACE.matcher(headingText(heading).toLowerCase(Locale.ROOT).replace('’', '\''))
                .replaceAll(" ");
        String normalised = TRAILING_PUNCTUATION.matcher(spaced).replaceAll("").strip();
        SectionKind kind = known.get(normalised);
        if (kind == null) {
            // "Timeline (times in BST)", "Timeline (all times PST). All times are approximate": the words before a
            // bracket name the section, what follows qualifies it.
            int bracket = normalised.indexOf('(');
            kind = bracket > 0 ? known.get(TRAILING_PUNCTUATION.matcher(normalised.substring(0, bracket).strip())
                    .replaceAll("")) : null;
        }
        return kind == null ? SectionKind.OTHER : kind;
    }

    private static boolean isInternal(Heading heading) {
        // Left in the words, such a list still says what the author meant: a section for staff stays internal.
        if (heading.getLastChild() instanceof Text last) {
            Matcher list = UNREAD_KRAMDOWN_LIST.matcher(last.getChars());
            if (list.find() && List.of(list.group(1).strip().split("\\s+")).contains(".internal")) {
                return true;
            }
        }
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
        // kramdown reads {: .a.internal} as two classes, Flexmark as one, "a.internal": staff-only either way.
        return (name.equals(".") && List.of(value.split("\\.")).contains("internal"))
                || (name.equals("class") && List.of(value.split("\\s+")).contains("internal"));
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
