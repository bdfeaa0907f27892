package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Postmortem;
import java.time.LocalDate;

/**
 * The front matter makes the history usable: dates agree with the incident, and a published postmortem gives
 * the moments from which the durations are derived, and a summary for lists and feeds. Missing or malformed
 * required fields are reported earlier, as read errors, because without them there is no postmortem to judge.
 */
final class Metadata extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("metadata", Diagnostic.Level.WARNING,
            "Dates agree with the incident window; a published postmortem has detected, mitigated and a summary.",
            "Set 'date' on or after the incident, 'updated' after 'date', and give every incident time and 'summary'.");

    Metadata() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        Postmortem postmortem = subject.postmortem();
        IncidentWindow incident = postmortem.incident();
        LocalDate started = incident.start().atZoneSameInstant(subject.zone()).toLocalDate();
        if (postmortem.published().isBefore(started)) {
            findings.add(subject.field("date"), "'date' (" + postmortem.published() + ") is before the incident"
                    + " started (" + started + "): set it to the day the postmortem was published");
        }
        postmortem.updated().filter(updated -> updated.isBefore(postmortem.published())).ifPresent(updated ->
                findings.add(subject.field("updated"), "'updated' (" + updated + ") is before 'date' ("
                        + postmortem.published() + "): set it to the day of the last material revision"));
        if (postmortem.isDraft()) {
            return;
        }
        if (incident.detected().isEmpty()) {
            findings.add(subject.field("incident"), "no 'incident.detected': add when you learned of the"
                    + " incident, so readers see the time to detect");
        }
        if (incident.mitigated().isEmpty()) {
            findings.add(subject.field("incident"), "no 'incident.mitigated': add when users stopped being"
                    + " harmed, so readers see the time to mitigate");
        }
        if (postmortem.summary().isEmpty()) {
            findings.add(subject.field("title"), "no 'summary': add one sentence saying what happened, for the"
                    + " archive's lists and feeds");
        }
    }
}
