package dev.pm.core.read.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.SourceText.TableAction;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables of action items in a Remedy: a table whose first or second column heading names the actions ("Action
 * Item", "Action", "Task", "Follow-up"), read row by row with the row's owner, due date and status where the table
 * has columns for them.
 */
final class ActionTables {

    /** Column headings, matched on their words: "Action Item(s)", "Owner(s)", "Due date". */
    private static final Pattern ACTION = Pattern.compile("\\b(?:action(?: items?)?|actions|tasks?|to-?dos?"
            + "|follow-?ups?|remediations?(?: items?)?|corrective actions?|work items?)\\b");
    private static final Pattern OWNER = Pattern.compile("\\b(?:owners?|assignees?|assigned|who|responsible|dri"
            + "|owning team)\\b");
    private static final Pattern DUE = Pattern.compile("\\b(?:due|deadline|target|eta|date|when|by)\\b");
    private static final Pattern STATUS = Pattern.compile("\\b(?:status|state|done)\\b");
    /**
     * A column that numbers the rows before the actions: "#", "No.", "ID", "P" or "Priority" (P0, P1), or a
     * heading left empty.
     */
    private static final Pattern NUMBERING = Pattern.compile("(?:#|no\\.?|nr\\.?|id|priority|p|)");
    /** What a status cell says of an action that is finished. */
    private static final Pattern FINISHED = Pattern.compile("(?:done|complete[d]?|closed|fixed|resolved|finished"
            + "|merged|shipped|yes|\u2705|\u2714\ufe0f?)(?:\\W.*)?", Pattern.CASE_INSENSITIVE);
    /** An owner cell that names nobody. */
    private static final Pattern NOBODY = Pattern.compile("(?:-+|\u2014|\u2013|\\?+|tbd|tba|n/?a|none|nobody"
            + "|unassigned)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("\\s+");

    private ActionTables() {
    }

    /** @param zone the zone a due date written as a date and time is read in */
    static List<TableAction> read(Optional<Outline.Part> remedy, LineIndex lines, ZoneId zone) {
        List<TableAction> actions = new ArrayList<>();
        for (Node block : remedy.map(Outline.Part::blocks).orElse(List.of())) {
            if (block instanceof TableBlock table) {
                read(table, lines, zone, actions);
            }
        }
        return actions;
    }

    private static void read(TableBlock table, LineIndex lines, ZoneId zone, List<TableAction> into) {
        List<String> heading = List.of();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Node part : table.getChildren()) {
            for (Node row : part.getChildren()) {
                if (row instanceof TableRow && part instanceof TableHead && heading.isEmpty()) {
                    heading = Timeline.cells(row).stream().map(ActionTables::words).map(w -> w.toLowerCase(Locale.ROOT))
                            .toList();
                } else if (row instanceof TableRow && part instanceof TableBody) {
                    rows.add(Timeline.cells(row));
                }
            }
        }
        int action = column(heading, ACTION);
        // The actions lead the table ("| Action Item | Type | Owner |", "| # | Action | Owner |"); a column called
        // "Action" after another is what to do about what the row names ("| Alert | Action |" in a runbook).
        if (action < 0 || action > 0 && !(action == 1 && NUMBERING.matcher(heading.get(0)).matches())) {
            return;
        }
        int owner = column(heading, OWNER);
        int due = column(heading, DUE);
        int status = column(heading, STATUS);
        for (List<TableCell> row : rows) {
            String text = cell(row, action);
            if (text.isEmpty()) {
                continue;
            }
            String who = cell(row, owner);
            String when = cell(row, due);
            into.add(new TableAction(lines.at(row.get(0).getStartOffset()), text,
                    who.isEmpty() || NOBODY.matcher(who).matches() ? Optional.empty() : Optional.of(who),
                    when.isEmpty() ? Optional.empty() : Times.parseDate(FIRST_WORD.split(when, 2)[0], zone),
                    FINISHED.matcher(cell(row, status)).matches() || text.startsWith("\u2705")
                            || text.startsWith("\u2714")));
        }
    }

    private static int column(List<String> heading, Pattern names) {
        for (int i = 0; i < heading.size(); i++) {
            if (names.matcher(heading.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<TableCell> row, int column) {
        return column >= 0 && column < row.size() ? words(row.get(column)) : "";
    }

    /** A cell's words, without the colon or bold marks a heading cell may end with. */
    private static String words(TableCell cell) {
        String words = Outline.plainText(cell).strip();
        int end = words.length();
        while (end > 0 && (Character.isWhitespace(words.charAt(end - 1)) || words.charAt(end - 1) == ':'
                || words.charAt(end - 1) == '*')) {
            end--;
        }
        return words.substring(0, end);
    }
}
