package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries of the Reason's timeline and the times they start with. Reads the tree and never changes it: each
 * entry carries the words left once its time is taken off, for {@link TreeEdits} to write back.
 */
final class Timeline {

    /** An entry's time, the text node that began with it and that node's words without it. */
    record Entry(ListItem item, OffsetDateTime at, int line, Text timed, BasedSequence words) {
    }

    private final Optional<Outline.Part> part;
    private final List<Entry> entries;

    private Timeline(Optional<Outline.Part> part, List<Entry> entries) {
        this.part = part;
        this.entries = entries;
    }

    /** The entries of the first timeline sub-section that has any; a later one stays a sub-section only. */
    static Timeline read(Optional<Outline.Part> reason, LineIndex lines, OffsetDateTime incidentStart, ZoneId zone,
            Problems problems) {
        for (Outline.Part part : reason.map(Outline.Part::headedParts).orElse(List.of())) {
            if (part.kind() == SectionKind.TIMELINE) {
                List<Entry> entries = entries(part.blocks(), lines, incidentStart, zone, problems);
                if (!entries.isEmpty()) {
                    return new Timeline(Optional.of(part), List.copyOf(entries));
                }
            }
        }
        return new Timeline(Optional.empty(), List.of());
    }

    List<Entry> entries() {
        return entries;
    }

    /** Whether the entries are those of this very sub-section. */
    boolean isFrom(Outline.Part candidate) {
        return part.filter(found -> found == candidate).isPresent();
    }

    private static List<Entry> entries(List<Node> blocks, LineIndex lines, OffsetDateTime incidentStart, ZoneId zone,
            Problems problems) {
        List<Entry> entries = new ArrayList<>();
        // The first entry may precede the incident's start: timelines often open with the change that led to it.
        OffsetDateTime previous = null;
        for (ListItem item : Outline.listItems(blocks)) {
            Position at = lines.at(item.getFirstChild() == null ? item.getStartOffset()
                    : item.getFirstChild().getStartOffset());
            Optional<Text> first = Optional.ofNullable(item.getFirstChild()).map(Node::getFirstChild)
                    .filter(Text.class::isInstance).map(Text.class::cast);
            OffsetDateTime reference = entries.isEmpty() ? incidentStart : entries.get(entries.size() - 1).at();
            Optional<Times.Leading> leading = first.flatMap(t -> Times.parseLeading(t.getChars().toString(),
                    reference, zone));
            if (leading.isEmpty()) {
                problems.warning(at, ReadRule.TIMELINE_ENTRY, "this timeline entry does not start with a time: begin it"
                        + " with a date and time such as '2026-03-12T09:14Z' or a time such as '09:14'");
                continue;
            }
            OffsetDateTime when = leading.get().at();
            if (previous != null && when.isBefore(previous)) {
                problems.warning(at, ReadRule.TIMELINE_ORDER, "this entry (" + when + ") is earlier than the one before"
                        + " it (" + previous + "): keep the timeline in order");
            }
            previous = when;
            Text text = first.orElseThrow();
            entries.add(new Entry(item, when, at.line(), text, withoutTime(text.getChars(), leading.get())));
        }
        return entries;
    }

    private static BasedSequence withoutTime(BasedSequence chars, Times.Leading time) {
        BasedSequence rest = chars.subSequence(time.length()).trimStart();
        if (rest.startsWith("-") || rest.startsWith("–") || rest.startsWith(":")) {
            rest = rest.subSequence(1).trimStart();
        }
        return rest;
    }
}
