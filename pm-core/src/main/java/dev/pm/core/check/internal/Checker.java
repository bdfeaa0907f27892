package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.RunContext;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ReadRule;
import dev.pm.core.read.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the enabled rules on one postmortem at a time. Thread-safe: rules keep no state. */
public final class Checker {

    private final CheckSettings settings;
    private final RunContext context;

    private final Wording wording;

    public Checker(CheckSettings settings, RunContext context) {
        this.settings = settings;
        this.context = context;
        this.wording = new Wording(settings.thirdParties());
    }

    /** The third parties the blameless rule knows by default (resource {@code third-parties.txt}). */
    public static java.util.List<String> defaultThirdParties() {
        return Phrases.lines("third-parties");
    }

    /** The findings on one postmortem read from {@code file}, in source order. */
    public List<Diagnostic> check(Path file, Postmortem postmortem, SourceText text) {
        Problems problems = new Problems(file);
        for (String ignored : postmortem.front().ignoredRules().stream().sorted().toList()) {
            if (Rules.find(ignored).isEmpty()) {
                problems.warning(text.positionOf("pm-check"), ReadRule.UNKNOWN_RULE, "'pm-check.ignore' names '" + ignored
                        + "', which is no rule: " + Rules.hint(ignored));
            }
        }
        Subject subject = new Subject(postmortem, text.prose(), text.keys(), text.tableActions(), context.today(),
                context.zone(), wording);
        for (Rule rule : Rules.ALL) {
            String id = rule.description().id();
            Optional<Diagnostic.Level> level = settings.levelOf(id);
            if (level.isEmpty() || postmortem.front().ignoredRules().contains(id)) {
                continue;
            }
            Findings findings = new Findings();
            rule.check(subject, findings);
            findings.all().forEach(f -> problems.report(f.at(), id, level.get(), f.message()));
        }
        return problems.sorted();
    }
}
