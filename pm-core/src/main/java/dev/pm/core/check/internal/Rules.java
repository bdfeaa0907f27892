package dev.pm.core.check.internal;

import dev.pm.core.check.CheckRule;
import dev.pm.core.internal.Suggestions;
import dev.pm.core.read.ReadRule;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every quality rule, in the order of the format's table. */
public final class Rules {

    static final List<Rule> ALL = List.of(new RegretFirst(), new RegretSincere(), new ReasonSummary(),
            new ReasonComponents(), new NoRootCause(), new Blameless(), new RemedyActions(), new RemedySpecific(),
            new RemedyOwned(), new RemedyUnknown(), new Metadata(), new Placeholder());

    private static final List<CheckRule> CATALOGUE = ALL.stream().map(Rule::description).toList();

    private static final List<CheckRule> READ = Arrays.stream(ReadRule.values())
            .map(rule -> new CheckRule(rule.id(), rule.level(), rule.description(), rule.hint())).toList();

    private Rules() {
    }

    public static List<CheckRule> catalogue() {
        return CATALOGUE;
    }

    /** The read rules ({@link ReadRule}), in the catalogue's shape: always on, at their own level. */
    public static List<CheckRule> readRules() {
        return READ;
    }

    public static Optional<CheckRule> find(String id) {
        return CATALOGUE.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * The rule with this id.
     *
     * @throws IllegalArgumentException naming the closest known id when there is no such rule
     */
    public static CheckRule require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "': "
                + hint(id)));
    }

    /** "did you mean 'x'?", or the list of known rules. */
    public static String hint(String id) {
        List<String> ids = CATALOGUE.stream().map(CheckRule::id).toList();
        return Suggestions.closest(id == null ? "" : id, ids)
                .map(s -> "did you mean '" + s + "'?").orElse("the rules are " + String.join(", ", ids));
    }
}
