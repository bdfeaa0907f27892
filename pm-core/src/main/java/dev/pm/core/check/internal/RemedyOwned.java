package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.ActionItem;
import dev.pm.core.read.SourceText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
        if (actions.isEmpty() && !subject.tableActions().isEmpty()) {
            // A table of action items is the plan; the prose around it (how to write one) is not.
            for (SourceText.TableAction row : subject.tableActions()) {
                if (!row.done() && (!row.owned() || !row.dated())) {
                    String lacks = !row.owned() && !row.dated() ? "no owner and no due date"
                            : !row.owned() ? "no owner" : "no due date";
                    findings.add(row.at(), "open action item '" + shorten(row.text()) + "' in the Remedy's table"
                            + " has " + lacks + ": give each open row an owner and a due date in columns 'Owner' and"
                            + " 'Due', or write it as '- [ ] what {owner=\"team\" due=YYYY-MM-DD}'");
                }
            }
        } else if (actions.isEmpty()) {
            RemedyActions.steps(subject).stream().filter(s -> subject.wording().isUnownedPlan(s.text())).findFirst()
                    .ifPresent(step -> findings.add(subject.at(step, 0), "Remedy plans steps in prose ('"
                            + shorten(step.text()) + "'), with no owner or due date: write each as an action item,"
                            + " '- [ ] what {owner=\"team\" due=YYYY-MM-DD}'"));
        }
        for (ActionItem action : actions) {
            if (action.done()) {
                continue;
            }
            Position at = new Position(action.line(), action.column());
            if (action.owner().isEmpty() || action.due().isEmpty()) {
                java.util.List<String> lacks = new java.util.ArrayList<>();
                java.util.List<String> add = new java.util.ArrayList<>();
                if (action.owner().isEmpty()) {
                    lacks.add("no owner");
                    add.add("owner=\"team\"");
                }
                if (action.due().isEmpty()) {
                    lacks.add("no due date");
                    add.add("due=YYYY-MM-DD");
                }
                findings.add(at, "open action item '" + shorten(action.text()) + "' has " + String.join(" and ", lacks)
                        + ": add {" + String.join(" ", add) + "}");
            }
            if (action.due().isPresent() && subject.today().isPresent()) {
                LocalDate due = action.due().get();
                LocalDate today = subject.today().get();
                if (due.isBefore(today)) {
                    findings.add(at, "open action item '" + shorten(action.text()) + "' was due on " + due + ", "
                            + ChronoUnit.DAYS.between(due, today) + " days before " + today + ": finish it and"
                            + " mark it [x] with done=YYYY-MM-DD, or set a new due date");
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }
}
