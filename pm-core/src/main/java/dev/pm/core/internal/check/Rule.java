package dev.pm.core.internal.check;

import dev.pm.core.CheckRule;

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
