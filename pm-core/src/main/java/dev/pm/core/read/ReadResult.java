package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import dev.pm.core.model.Archive;
import java.util.List;

/**
 * What reading a source folder gave.
 *
 * @param archive every postmortem that could be read
 * @param diagnostics every problem found, ordered by file, line and column
 * @param fileCount how many Markdown files were read
 */
public record ReadResult(Archive archive, List<Diagnostic> diagnostics, int fileCount) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.level() == Diagnostic.Level.WARNING).count();
    }
}
