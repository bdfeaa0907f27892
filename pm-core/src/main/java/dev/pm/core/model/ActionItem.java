package dev.pm.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One action item of the Remedy: a task-list item with optional attributes.
 *
 * @param text the plain text, without the attributes
 * @param html the text as HTML
 * @param done whether it is ticked ({@code [x]})
 * @param owner who is on it
 * @param due when it is due
 * @param doneOn when it was done
 * @param ticket a ticket id or URL
 * @param type what it is for
 * @param line the 1-based source line
 * @param column the 1-based column of the item's text
 */
public record ActionItem(String text, String html, boolean done, Optional<String> owner, Optional<LocalDate> due,
        Optional<LocalDate> doneOn, Optional<String> ticket, Optional<ActionType> type, int line, int column) {
}
