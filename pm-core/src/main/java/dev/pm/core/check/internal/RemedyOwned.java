package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.ActionItem;
import dev.pm.core.read.SourceText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Every open action item has an owner and a due date, and, against a given reference day, is not overdue. */
final class RemedyOwned extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("remedy-owned", Diagnostic.Level.WARNING,
            "Every open action item has an owner and a due date that has not passed; steps planned in prose are action items.",
            "Add {owner=\"team\" due=YYYY-MM-DD} to the item; when a due date passes, finish it or move the date.");

    RemedyOwned() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        List<ActionItem> actions = subject.postmortem().remedy().map(r -> r.actions()).orElse(List.of());
        if (actions.isEmpty() && subject.tableActions().isEmpty()) {
            RemedyActions.steps(subject).stream().filter(s -> subject.wording().isUnownedPlan(s.text())).findFirst()
                    .ifPresent(step -> findings.add(subject.at(step, 0), "Remedy plans steps in prose ('"
                            + shorten(step.text()) + "'), with no owner or due date: write each as an action item,"
                            + " '- [ ] what {owner=\"team\" due=YYYY-MM-DD}'"));
        }
        // A table of action items is a plan of its own, beside task items or instead of them.
        for (SourceText.TableAction row : subject.tableActions()) {
            if (row.done()) {
                continue;
            }
            if (row.owner().isEmpty() || row.due().isEmpty()) {
                findings.add(row.at(), "open action item '" + shorten(row.text()) + "' in the Remedy's table has "
                        + lacks(row.owner(), row.due()) + ": give each open row an owner and a due date (YYYY-MM-DD)"
                        + " in columns 'Owner' and 'Due', or write it as '- [ ] what {owner=\"team\""
                        + " due=YYYY-MM-DD}'");
            }
            overdue(subject, row.due(), row.text(), row.at(), "set its status to done", findings);
        }
        for (ActionItem action : actions) {
            if (action.done()) {
                continue;
            }
            Position at = new Position(action.line(), action.column());
            if (action.owner().isEmpty() || action.due().isEmpty()) {
                String add = action.owner().isEmpty() && action.due().isEmpty() ? "owner=\"team\" due=YYYY-MM-DD"
                        : action.owner().isEmpty() ? "owner=\"team\"" : "due=YYYY-MM-DD";
                findings.add(at, "open action item '" + shorten(action.text()) + "' has "
                        + lacks(action.owner(), action.due()) + ": add {" + add + "}");
            }
            overdue(subject, action.due(), action.text(), at, "mark it [x] with done=YYYY-MM-DD", findings);
        }
    }

    /**
     * Reports an open action item due before the build's reference day, if it has one; {@code finish} says how to
     * mark it finished where it is written.
     */
    private static void overdue(Subject subject, Optional<LocalDate> due, String text, Position at, String finish,
            Findings findings) {
        if (due.isPresent() && subject.today().isPresent() && due.get().isBefore(subject.today().get())) {
            LocalDate today = subject.today().get();
            findings.add(at, "open action item '" + shorten(text) + "' was due on " + due.get() + ", "
                    + ChronoUnit.DAYS.between(due.get(), today) + " days before " + today + ": finish it and "
                    + finish + ", or set a new due date");
        }
    }

    /** What an open item without an owner or a due date lacks: "no owner", "no due date" or both. */
    private static String lacks(Optional<String> owner, Optional<LocalDate> due) {
        return owner.isEmpty() && due.isEmpty() ? "no owner and no due date"
                : owner.isEmpty() ? "no owner" : "no due date";
    }

    private static String shorten(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }
}
