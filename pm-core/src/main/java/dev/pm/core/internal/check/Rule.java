package dev.pm.core.internal.check;

import dev.pm.core.CheckRule;

/** One quality rule: a stable description and a check of one postmortem. Implementations are stateless. */
interface Rule {

    CheckRule description();

    void check(Subject subject, Findings findings);
}
