package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.model.Reason;
import dev.pm.core.model.SectionKind;

/** The affected components are named: in {@code services}, or in the technical account. */
final class ReasonComponents extends Rule {

    private static final CheckRule DESCRIPTION = new CheckRule("reason-components", Diagnostic.Level.WARNING,
            "The affected components are named: 'services' is set, or the technical account names them.",
            "List the affected services in 'services: [...]' and say in the technical account how they interact.");
    private static final Phrases COMPONENTS = Phrases.load("components");

    ReasonComponents() {
        super(DESCRIPTION);
    }

    @Override
    void check(Subject subject, Findings findings) {
        if (!subject.postmortem().services().isEmpty() || subject.postmortem().reason().isEmpty()) {
            return;
        }
        Reason reason = subject.postmortem().reason().get();
        SectionKind where = reason.technicalAccount().isPresent() ? SectionKind.TECHNICAL_ACCOUNT : SectionKind.REASON;
        if (COMPONENTS.in(subject.text(where))) {
            return;
        }
        int line = reason.technicalAccount().map(s -> s.line()).orElse(reason.section().line());
        findings.add(subject.heading(line), "no affected component is named: add 'services: [...]' to the front"
                + " matter, and say in the technical account which components failed and how they interact");
    }
}
