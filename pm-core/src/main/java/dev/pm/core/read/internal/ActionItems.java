package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.internal.Suggestions;
import dev.pm.core.model.ActionType;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task-list items of the Remedy's lists and their attributes ({@code owner}, {@code due}, {@code done},
 * {@code ticket}, {@code type}). Reads the tree and never changes it: the attribute nodes to drop are handed to
 * {@link TreeEdits}.
 */
final class ActionItems {

    private static final List<String> NAMES = List.of("owner", "due", "done", "ticket", "type");

    /** An action item as written; its words are taken from the tree once it is cleaned. */
    record Action(TaskListItem item, Optional<String> owner, Optional<LocalDate> due, Optional<LocalDate> done,
            Optional<String> ticket, Optional<ActionType> type, Position at, List<Node> attributeNodes) {
    }

    /** An attribute's value and where it was written. */
    private record Attribute(String value, Position at) {
    }

    private ActionItems() {
    }

    static List<Action> read(Optional<Outline.Part> remedy, LineIndex lines, ZoneId zone, Problems problems) {
        List<Action> actions = new ArrayList<>();
        for (Node block : remedy.map(Outline.Part::blocks).orElse(List.of())) {
            if (block instanceof ListBlock list) {
                for (Node child : list.getChildren()) {
                    if (child instanceof TaskListItem item) {
                        actions.add(action(item, lines, zone, problems));
                    }
                }
            }
        }
        return actions;
    }

    private static Action action(TaskListItem item, LineIndex lines, ZoneId zone, Problems problems) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<Node> attributeNodes = new ArrayList<>();
        Node content = item.getFirstChild();
        if (content != null) {
            for (Node node : content.getChildren()) {
                if (node instanceof AttributesNode attributesNode) {
                    read(attributesNode, attributes, lines, problems);
                    attributeNodes.add(attributesNode);
                }
            }
        }
        return new Action(item, text(attributes.get("owner")), date(attributes.get("due"), "due", zone, problems),
                date(attributes.get("done"), "done", zone, problems), text(attributes.get("ticket")),
                type(attributes.get("type"), problems),
                lines.at(content == null ? item.getStartOffset() : content.getStartOffset()),
                List.copyOf(attributeNodes));
    }

    private static void read(AttributesNode node, Map<String, Attribute> into, LineIndex lines, Problems problems) {
        for (Node child : node.getChildren()) {
            if (!(child instanceof AttributeNode attribute)) {
                continue;
            }
            String name = attribute.getName().toString();
            if (Sanitiser.SAFE_ATTRIBUTES.contains(name) || Sanitiser.isKramdownMark(attribute)) {
                continue;
            }
            if (!NAMES.contains(name)) {
                String hint = Suggestions.closest(name, NAMES).map(s -> "did you mean '" + s + "'?")
                        .orElse("action items take " + String.join(", ", NAMES));
                problems.warning(lines.at(attribute.getStartOffset()), ReadRule.ACTION_ATTRIBUTE, "unknown action item"
                        + " attribute '" + name + "': " + hint);
                continue;
            }
            into.put(name, new Attribute(attribute.getValue().toString().strip(),
                    lines.at(attribute.getStartOffset())));
        }
    }

    private static Optional<LocalDate> date(Attribute attribute, String name, ZoneId zone, Problems problems) {
        if (attribute == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Times.parseDate(attribute.value(), zone);
        if (day.isEmpty()) {
            problems.error(attribute.at(), ReadRule.DATE_FORMAT, "'" + name + "' is not a date: '" + attribute.value()
                    + "'; write it as YYYY-MM-DD, for example " + name + "=2026-04-15");
        }
        return day;
    }

    private static Optional<ActionType> type(Attribute attribute, Problems problems) {
        return Optional.ofNullable(attribute).flatMap(written -> {
            Optional<ActionType> known = ActionType.find(written.value());
            if (known.isEmpty()) {
                problems.error(written.at(), ReadRule.ACTION_TYPE, "unknown action type '" + written.value()
                        + "': use one of mitigate, prevent, detect, process");
            }
            return known;
        });
    }

    private static Optional<String> text(Attribute attribute) {
        return Optional.ofNullable(attribute).map(Attribute::value).filter(s -> !s.isBlank());
    }
}
