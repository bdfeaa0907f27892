package dev.pm.core.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file. Not thread-safe: one per file. */
public final class Problems {

    private final Path file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public void error(int line, int column, Diagnostic.FixedRule rule, String message) {
        found.add(diagnostic(line, column, rule, Diagnostic.Level.ERROR, message));
    }

    public void warning(int line, int column, Diagnostic.FixedRule rule, String message) {
        found.add(diagnostic(line, column, rule, Diagnostic.Level.WARNING, message));
    }

    public void error(Position at, Diagnostic.FixedRule rule, String message) {
        error(at.line(), at.column(), rule, message);
    }

    public void warning(Position at, Diagnostic.FixedRule rule, String message) {
        warning(at.line(), at.column(), rule, message);
    }

    /**
     * The diagnostic, once its caller's idea of the level is confirmed: the rule's own level decides, and a call
     * that disagrees with it is a bug in pm, not in the postmortem.
     */
    private Diagnostic diagnostic(int line, int column, Diagnostic.FixedRule rule, Diagnostic.Level expected,
            String message) {
        if (rule.level() != expected) {
            throw new IllegalArgumentException("rule '" + rule.id() + "' reports at level " + rule.level().label()
                    + ", not " + expected.label());
        }
        return new Diagnostic(file, line, column, rule.id(), rule.level(), message);
    }

    /** A finding of a rule whose level is configured. */
    public void report(Position at, String rule, Diagnostic.Level level, String message) {
        found.add(new Diagnostic(file, at.line(), at.column(), rule, level, message));
    }

    /**
     * The diagnostic for a failure of pm itself on one file, caught at a per-file boundary: the author cannot
     * fix pm, so it names the failure for the report and says how to get the build going meanwhile.
     *
     * @param activity what pm was doing with the file, such as "reading" or "rendering"
     */
    public static Diagnostic internalError(Path file, Throwable failure, String activity) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " in " + trace[0].getClassName() + "." + trace[0].getMethodName();
        return Diagnostic.error(file, 0, 0, "internal-error", "pm failed while " + activity + " this file ("
                + failure.getClass().getSimpleName() + where + "): this is a bug in pm, please report it on pm's"
                + " issue tracker with the file attached; meanwhile, simplify what you changed last in the file"
                + " (deep nesting, very long lines) until the error goes away");
    }

    public int errorCount() {
        return (int) found.stream().filter(Diagnostic::isError).count();
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(found);
        copy.sort(Diagnostic.ORDER);
        return copy;
    }
}
