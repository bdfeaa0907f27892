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

    public void error(int line, int column, String rule, String message) {
        found.add(Diagnostic.error(file, line, column, rule, message));
    }

    public void warning(int line, int column, String rule, String message) {
        found.add(Diagnostic.warning(file, line, column, rule, message));
    }

    public void error(Position at, String rule, String message) {
        error(at.line(), at.column(), rule, message);
    }

    public void warning(Position at, String rule, String message) {
        warning(at.line(), at.column(), rule, message);
    }

    public void report(Position at, String rule, Diagnostic.Level level, String message) {
        found.add(new Diagnostic(file, at.line(), at.column(), rule, level, message));
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
