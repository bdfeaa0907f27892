package dev.pm.core;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a postmortem or in the configuration: where it is, which rule found it, how bad it
 * is, and a message that says how to fix it. Core code reports problems as values and never throws or logs
 * them.
 *
 * @param file the file the problem is in, as it was given to the reader
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole line or file
 * @param rule a stable rule id such as {@code yaml} or {@code no-root-cause}
 * @param level how serious it is
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(Path file, int line, int column, String rule, Level level, String message) {

    /** How serious a diagnostic is; the order is from most to least serious. */
    public enum Level {
        ERROR, WARNING, INFO;

        /** The lower-case name used in reports and configuration ({@code error}, {@code warning}, {@code info}). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A rule whose problems always have the same level, such as a {@code dev.pm.core.read.ReadRule}; the shared
     * diagnostic helpers take it so that a rule's id never travels without its level.
     */
    public interface FixedRule {

        String id();

        Level level();
    }

    /** Orders diagnostics by file, line, column, rule and message, so reports are deterministic. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(Path file, int line, int column, String rule, String message) {
        return new Diagnostic(file, line, column, rule, Level.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String rule, String message) {
        return new Diagnostic(file, line, column, rule, Level.WARNING, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /**
     * Formats the diagnostic as {@code path:line:col: level [rule] message}, with the path relative to
     * {@code base} when the file lies below it.
     */
    public String format(Path base) {
        String where = shownPath(base).toString().replace('\\', '/') + ":" + Math.max(line, 1) + ":"
                + Math.max(column, 1);
        return where + ": " + level.label() + " [" + rule + "] " + message;
    }

    /** The file relative to {@code base} when it lies below it, as reports show it; otherwise the file as given. */
    public Path shownPath(Path base) {
        if (base != null && file.isAbsolute() == base.isAbsolute() && file.normalize().startsWith(base.normalize())) {
            return base.normalize().relativize(file.normalize());
        }
        return file;
    }
}
