package dev.pm.core.model;

import java.util.List;

/**
 * What is being done about it.
 *
 * @param section the whole section, its action items where they were written; {@code SectionHtml.remedy}
 *        (in {@code dev.pm.core.site}) writes each one's details after its words
 * @param actions the task-list items, in order
 */
public record Remedy(Section section, List<ActionItem> actions) {

    public Remedy {
        actions = List.copyOf(actions);
    }

    public long openCount() {
        return actions.stream().filter(a -> !a.done()).count();
    }

    public long doneCount() {
        return actions.stream().filter(ActionItem::done).count();
    }
}
