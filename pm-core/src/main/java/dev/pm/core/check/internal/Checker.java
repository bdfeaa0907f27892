package dev.pm.core.check.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.Prose;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Runs the enabled rules on one postmortem at a time. Thread-safe: rules keep no state. */
public final class Checker {

    private final CheckSettings settings;
    private final ZoneId zone;

    public Checker(CheckSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    public void check(Postmortem postmortem, Prose prose, Map<String, Position> fields, Problems problems) {
        if (!settings.enabled()) {
            return;
        }
        for (String ignored : postmortem.ignoredRules().stream().sorted().toList()) {
            if (Rules.find(ignored).isEmpty()) {
                problems.warning(fields.getOrDefault("pm-check", Position.START), "unknown-rule", "'pm-check.ignore'"
                        + " names '" + ignored + "', which is no rule: " + Rules.hint(ignored));
            }
        }
        Subject subject = new Subject(postmortem, prose, fields, settings.today(), zone);
        for (Rule rule : Rules.ALL) {
            String id = rule.description().id();
            Optional<Diagnostic.Level> level = settings.levelOf(id);
            if (level.isEmpty() || postmortem.ignoredRules().contains(id)) {
                continue;
            }
            Findings findings = new Findings();
            rule.check(subject, findings);
            findings.all().forEach(f -> problems.report(f.at(), id, level.get(), f.message()));
        }
    }
}
