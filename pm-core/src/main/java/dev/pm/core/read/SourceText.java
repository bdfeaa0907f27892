package dev.pm.core.read;

import dev.pm.core.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading keeps of a file's text besides the model, for judging it: the author's words with their positions,
 * where each front-matter key was written ({@code date}, {@code incident.start}), and the rows of action-item
 * tables in the Remedy.
 *
 * @param prose the author's words in the body
 * @param keys the position of each front-matter key, by its dotted name
 * @param tableActions the rows of the Remedy's action-item tables, in source order
 */
public record SourceText(Prose prose, Map<String, Position> keys, List<TableAction> tableActions) {

    public SourceText {
        keys = Map.copyOf(keys);
        tableActions = List.copyOf(tableActions);
    }

    /**
     * One row of a table of action items in the Remedy, as the Google SRE template and etcd's postmortems keep
     * them ({@code | Action Item | Type | Owner | Bug |}): checked as an action item is, though not one of the
     * model's (the remedy tracker lists task items only).
     *
     * @param at where the row's first cell starts
     * @param text the words of its action cell
     * @param owner the words of its owner cell, where the table has an owner column and the cell names someone
     * @param due the date in its due-date cell ({@code YYYY-MM-DD}), where the table has such a column
     * @param done whether its status cell says it is done
     */
    public record TableAction(Position at, String text, Optional<String> owner, Optional<LocalDate> due,
            boolean done) {
    }

    /** Where a key was written, or the start of the file when it was not. */
    public Position positionOf(String key) {
        return keys.getOrDefault(key, Position.START);
    }
}
