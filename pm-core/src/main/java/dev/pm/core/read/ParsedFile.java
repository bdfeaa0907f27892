package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import dev.pm.core.model.Postmortem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the postmortem when its front matter was usable, the text it was read from when
 * that was asked for, and every problem found.
 *
 * @param file the file
 * @param postmortem the postmortem, absent when the front matter had errors
 * @param text the author's words and key positions, present with the postmortem when a {@link FileCheck} asked
 * @param diagnostics the problems, in source order
 */
public record ParsedFile(Path file, Optional<Postmortem> postmortem, Optional<SourceText> text,
        List<Diagnostic> diagnostics) {

    public ParsedFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** This file with more diagnostics, in source order, and without its text, which is no longer needed. */
    public ParsedFile judged(List<Diagnostic> findings) {
        if (findings.isEmpty() && text.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(findings);
        all.sort(Diagnostic.ORDER);
        return new ParsedFile(file, postmortem, Optional.empty(), all);
    }
}
