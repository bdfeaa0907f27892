package dev.pm.core.check.internal;

import dev.pm.core.check.CheckRule;

/** One quality rule: a stable description and a check of one postmortem. Implementations keep no state. */
abstract class Rule {

    private final CheckRule description;

    Rule(CheckRule description) {
        this.description = description;
    }

    final CheckRule description() {
        return description;
    }

    abstract void check(Subject subject, Findings findings);
}
